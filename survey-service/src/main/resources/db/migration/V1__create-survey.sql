-- A survey belongs to one organisation; its questions and versions follow in later migrations.
CREATE TABLE survey (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    organisation VARCHAR(40)  NOT NULL,
    slug         VARCHAR(60)  NOT NULL,
    created_on   DATE         NOT NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY survey_slug_per_organisation (organisation, slug)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
