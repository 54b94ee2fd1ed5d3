-- Each response keeps its answers to the scored questions as one short byte string (ScoredAnswers), so that
-- results read a wave in one scan of its responses instead of joining millions of answer rows (issue 7,
-- docs/benchmarks.md). The answer rows stay the record; responses stored before this have no copy, and
-- results read their answer rows as before.
ALTER TABLE response ADD COLUMN scored VARBINARY(255) NULL;

-- The results' index of a wave's responses holds the copy too, so the read is still from the index alone.
ALTER TABLE response
    DROP INDEX response_wave,
    ADD INDEX response_wave (wave_id, unit, role, answered_how, scored);
