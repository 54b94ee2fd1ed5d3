-- Results read every respondent and every scored answer of a wave (issue 7, reports at scale). These
-- indexes hold every column those reads need, so they are read from the index alone instead of one
-- row lookup per respondent, answer and code. Each replaces an index that was there (its leading columns
-- are the same), so a submitted response writes no more index entries than before, but for the one below.
ALTER TABLE response
    DROP INDEX response_wave,
    ADD INDEX response_wave (wave_id, unit, role, answered_how);

-- The newest response of a wave in one look-up: results kept per wave are keyed by it. This one is an index
-- more, written once per response at the end of its wave's range.
ALTER TABLE response ADD INDEX response_wave_newest (wave_id, id);

ALTER TABLE invitation
    DROP INDEX invitation_wave,
    ADD INDEX invitation_wave (wave_id, unit, role, requested_by);

-- Replaces the index MariaDB made by itself for the foreign key on response_id.
ALTER TABLE answer
    ADD INDEX answer_scored (response_id, question_key, step, dont_know);
