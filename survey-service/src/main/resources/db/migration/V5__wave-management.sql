-- A wave an administrator closes before its end date: its codes are refused from that day on.
ALTER TABLE wave ADD COLUMN closed_on DATE NULL;

-- A batch of single-use codes made at once for one unit and respondent role, kept so the letters can be
-- printed again. It names the codes, never which of them were used.
CREATE TABLE invitation_batch (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    wave_id    BIGINT      NOT NULL,
    unit       VARCHAR(40) NOT NULL,
    role       VARCHAR(40) NOT NULL,
    size       INT         NOT NULL,
    created_on DATE        NOT NULL,
    PRIMARY KEY (id),
    KEY invitation_batch_wave (wave_id),
    CONSTRAINT invitation_batch_wave FOREIGN KEY (wave_id) REFERENCES wave (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE invitation_batch_code (
    batch_id BIGINT   NOT NULL,
    code     CHAR(12) NOT NULL,
    PRIMARY KEY (batch_id, code),
    UNIQUE KEY invitation_batch_code_code (code),
    CONSTRAINT invitation_batch_code_batch FOREIGN KEY (batch_id) REFERENCES invitation_batch (id),
    CONSTRAINT invitation_batch_code_invitation FOREIGN KEY (code) REFERENCES invitation (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The wave the internal API fields a survey in for one period (a calendar half-year), made when the
-- first code of the period is asked for. The key makes two services asking at once find the same wave.
CREATE TABLE standing_wave (
    organisation VARCHAR(40) NOT NULL,
    survey_slug  VARCHAR(60) NOT NULL,
    period       VARCHAR(20) NOT NULL,
    wave_id      BIGINT      NOT NULL,
    PRIMARY KEY (organisation, survey_slug, period),
    CONSTRAINT standing_wave_wave FOREIGN KEY (wave_id) REFERENCES wave (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
