-- An action's public text is written for citizens when it is published ("I sagde, vi gjorde"): the
-- internal description may name the case, so it is never shown publicly. English is optional.
-- Who created an action and when is kept for the staff list; the audit trail of the case has the rest.
ALTER TABLE complaint_action
    ADD COLUMN public_text    TEXT         NULL,
    ADD COLUMN public_text_en TEXT         NULL,
    ADD COLUMN published_on   DATE         NULL,
    ADD COLUMN created_by     VARCHAR(120) NULL,
    ADD COLUMN created_at     DATETIME(3)  NULL,
    ADD KEY complaint_action_published (organisation, published, unit_id);
