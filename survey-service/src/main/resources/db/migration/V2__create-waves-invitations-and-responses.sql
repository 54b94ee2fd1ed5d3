-- A published survey version is immutable; its definition is kept whole, as the respondent saw it.
CREATE TABLE survey_version (
    id           BIGINT   NOT NULL AUTO_INCREMENT,
    survey_id    BIGINT   NOT NULL,
    number       INT      NOT NULL,
    definition   LONGTEXT NOT NULL,
    published_on DATE     NULL,
    PRIMARY KEY (id),
    UNIQUE KEY survey_version_number (survey_id, number),
    CONSTRAINT survey_version_survey FOREIGN KEY (survey_id) REFERENCES survey (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A wave (måling) fields one survey version for a period, in chosen units, for chosen respondent roles.
CREATE TABLE wave (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    organisation      VARCHAR(40)  NOT NULL,
    survey_version_id BIGINT       NOT NULL,
    name              VARCHAR(120) NOT NULL,
    opens_on          DATE         NOT NULL,
    closes_on         DATE         NOT NULL,
    version           BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY wave_organisation (organisation, opens_on),
    CONSTRAINT wave_survey_version FOREIGN KEY (survey_version_id) REFERENCES survey_version (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE wave_unit (
    wave_id BIGINT      NOT NULL,
    unit    VARCHAR(40) NOT NULL,
    PRIMARY KEY (wave_id, unit),
    CONSTRAINT wave_unit_wave FOREIGN KEY (wave_id) REFERENCES wave (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE wave_role (
    wave_id BIGINT      NOT NULL,
    role    VARCHAR(40) NOT NULL,
    PRIMARY KEY (wave_id, role),
    CONSTRAINT wave_role_wave FOREIGN KEY (wave_id) REFERENCES wave (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A single-use invitation. It records that it was used, never when: a use date beside a response's
-- day would link a code, and so whoever was handed it, to an answer.
CREATE TABLE invitation (
    code          CHAR(12)    NOT NULL,
    wave_id       BIGINT      NOT NULL,
    unit          VARCHAR(40) NOT NULL,
    role          VARCHAR(40) NOT NULL,
    issued_on     DATE        NOT NULL,
    used          BOOLEAN     NOT NULL DEFAULT FALSE,
    requested_by  VARCHAR(60) NULL,
    request_key   VARCHAR(80) NULL,
    PRIMARY KEY (code),
    KEY invitation_wave (wave_id, unit, role),
    UNIQUE KEY invitation_request (requested_by, request_key),
    CONSTRAINT invitation_wave FOREIGN KEY (wave_id) REFERENCES wave (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Answers saved to finish later, tied to the code only until submit, deleted in the same transaction
-- that stores the anonymous response.
CREATE TABLE saved_answers (
    code     CHAR(12) NOT NULL,
    answers  LONGTEXT NOT NULL,
    saved_on DATE     NOT NULL,
    PRIMARY KEY (code),
    CONSTRAINT saved_answers_invitation FOREIGN KEY (code) REFERENCES invitation (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An anonymous response: no code, no address, no browser, no time finer than the day.
CREATE TABLE response (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    wave_id      BIGINT      NOT NULL,
    unit         VARCHAR(40) NOT NULL,
    role         VARCHAR(40) NOT NULL,
    answered_how VARCHAR(40) NOT NULL,
    submitted_on DATE        NOT NULL,
    PRIMARY KEY (id),
    KEY response_wave (wave_id, unit, role),
    CONSTRAINT response_wave FOREIGN KEY (wave_id) REFERENCES wave (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per answered value: a scale step, a "don't know", a chosen option (several for multiple
-- choice) or a text.
CREATE TABLE answer (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    response_id  BIGINT        NOT NULL,
    question_key VARCHAR(40)   NOT NULL,
    step         SMALLINT      NULL,
    dont_know    BOOLEAN       NOT NULL DEFAULT FALSE,
    choice       VARCHAR(60)   NULL,
    text         VARCHAR(2000) NULL,
    PRIMARY KEY (id),
    KEY answer_question (question_key, response_id),
    CONSTRAINT answer_response FOREIGN KEY (response_id) REFERENCES response (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
