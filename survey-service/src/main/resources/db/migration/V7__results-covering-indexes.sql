-- Results read every respondent and every scored answer of a wave (issue 7, reports at scale). These
-- indexes hold every column those reads need, so they are read from the index alone instead of one
-- row lookup per respondent, answer and code. Each replaces an index that was there (its leading columns
-- are the same), so a submitted response writes no more index entries than before.
ALTER TABLE response
    DROP INDEX response_wave,
    ADD INDEX response_wave (wave_id, unit, role, answered_how);

ALTER TABLE invitation
    DROP INDEX invitation_wave,
    ADD INDEX invitation_wave (wave_id, unit, role, requested_by);

-- Replaces the index MariaDB made by itself for the foreign key on response_id.
ALTER TABLE answer
    ADD INDEX answer_scored (response_id, question_key, step, dont_know);
