-- Each response keeps its answers to the scored questions as one short byte string (ScoredAnswers), so that
-- results read a wave in one scan of its responses instead of joining millions of answer rows (issue 7,
-- docs/benchmarks.md). The answer rows stay the record; responses stored before this have no copy, and
-- results read their answer rows as before. The previous release neither reads nor writes the column.
ALTER TABLE response ADD COLUMN scored VARBINARY(255) NULL;
