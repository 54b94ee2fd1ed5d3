-- An e-mail's payload holds the complainant's address (encrypted); it is cleared once the mail is
-- delivered, so the column must allow nothing.
ALTER TABLE outbox_message MODIFY COLUMN payload TEXT NULL;
