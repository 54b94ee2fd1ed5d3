-- The language the citizen used when filing ('da' or 'en'): e-mails to them are written in it.
-- NULL (cases filed before this column, or by code that does not know it) means Danish.
ALTER TABLE complaint_case ADD COLUMN language VARCHAR(2) NULL;
