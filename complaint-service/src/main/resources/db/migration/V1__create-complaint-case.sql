-- A complaint case belongs to one organisation and is known to the citizen by its reference.
-- Tracks, deadlines, replies and the audit trail follow in later migrations.
CREATE TABLE complaint_case (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    organisation VARCHAR(40)  NOT NULL,
    reference    VARCHAR(20)  NOT NULL,
    kind         VARCHAR(20)  NOT NULL,
    received_on  DATE         NOT NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY complaint_case_reference (reference)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
