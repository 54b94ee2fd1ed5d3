-- The results' index of a wave's responses holds the scored answers' copy too (V8), so a wave is still read from
-- the index alone. It replaces the index with the same leading columns, which the previous release reads the same way.
ALTER TABLE response
    DROP INDEX response_wave,
    ADD INDEX response_wave (wave_id, unit, role, answered_how, scored),
    ALGORITHM = INPLACE, LOCK = NONE;
