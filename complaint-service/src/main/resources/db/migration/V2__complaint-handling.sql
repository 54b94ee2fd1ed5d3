-- The whole complaint case: what the citizen wrote, how it is routed and handled, its clocks, its
-- messages and its audit trail. Contact details are stored only encrypted (AES-GCM, with the key id
-- beside the cipher text so keys can rotate) and erased after the organisation's retention period;
-- everything else stays for the statistics.

-- A reference (K-2026-000123) is unique within its organisation, numbered per year.
ALTER TABLE complaint_case DROP INDEX complaint_case_reference;

ALTER TABLE complaint_case
    ADD COLUMN received_at             DATETIME(3)   NOT NULL,
    ADD COLUMN status                  VARCHAR(30)   NOT NULL,
    ADD COLUMN channel                 VARCHAR(20)   NOT NULL,
    ADD COLUMN registered_by           VARCHAR(120)  NULL,
    ADD COLUMN complainant_role        VARCHAR(20)   NOT NULL,
    ADD COLUMN area_id                 VARCHAR(60)   NULL,
    ADD COLUMN unit_id                 VARCHAR(60)   NULL,
    ADD COLUMN category                VARCHAR(60)   NULL,
    ADD COLUMN what_happened           TEXT          NOT NULL,
    ADD COLUMN wish                    TEXT          NULL,
    ADD COLUMN about_decision          BOOLEAN       NOT NULL DEFAULT FALSE,
    ADD COLUMN decision_date           DATE          NULL,
    ADD COLUMN late_decision_complaint BOOLEAN       NOT NULL DEFAULT FALSE,
    ADD COLUMN anonymous               BOOLEAN       NOT NULL DEFAULT FALSE,
    ADD COLUMN hide_name_from_unit     BOOLEAN       NOT NULL DEFAULT FALSE,
    ADD COLUMN contact_ciphertext      VARBINARY(4096) NULL,
    ADD COLUMN contact_key_id          VARCHAR(40)   NULL,
    ADD COLUMN contact_erased_on       DATE          NULL,
    ADD COLUMN status_code_hash        VARCHAR(100)  NOT NULL,
    ADD COLUMN submission_key          VARCHAR(64)   NULL,
    ADD COLUMN team_id                 VARCHAR(60)   NOT NULL,
    ADD COLUMN assignee                VARCHAR(120)  NULL,
    ADD COLUMN safety_concern          BOOLEAN       NOT NULL DEFAULT FALSE,
    ADD COLUMN reconsideration_result  VARCHAR(20)   NULL,
    ADD COLUMN reconsidered_on         DATE          NULL,
    ADD COLUMN forwarded_on            DATE          NULL,
    ADD COLUMN ankestyrelsen_decision  VARCHAR(20)   NULL,
    ADD COLUMN ankestyrelsen_decided_on DATE         NULL,
    ADD COLUMN outcome                 VARCHAR(20)   NULL,
    ADD COLUMN root_cause              VARCHAR(60)   NULL,
    ADD COLUMN learning                TEXT          NULL,
    ADD COLUMN reply_sent              BOOLEAN       NULL,
    ADD COLUMN no_reply_reason         VARCHAR(1000) NULL,
    ADD COLUMN closed_at               DATETIME(3)   NULL,
    ADD COLUMN reopen_count            INT           NOT NULL DEFAULT 0,
    ADD COLUMN merged_into             BIGINT        NULL,
    ADD COLUMN updated_at              DATETIME(3)   NOT NULL,
    ADD UNIQUE KEY complaint_case_reference (organisation, reference),
    ADD UNIQUE KEY complaint_case_submission (organisation, submission_key),
    ADD KEY complaint_case_status (organisation, status),
    ADD KEY complaint_case_team (organisation, team_id),
    ADD KEY complaint_case_unit (organisation, unit_id),
    ADD KEY complaint_case_received (organisation, received_on);

-- The next reference number of an organisation in a year; taken under a row lock.
CREATE TABLE complaint_reference (
    organisation VARCHAR(40) NOT NULL,
    year         INT         NOT NULL,
    last_number  INT         NOT NULL,
    PRIMARY KEY (organisation, year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE complaint_track (
    case_id BIGINT      NOT NULL,
    track   VARCHAR(30) NOT NULL,
    PRIMARY KEY (case_id, track),
    CONSTRAINT complaint_track_case FOREIGN KEY (case_id) REFERENCES complaint_case (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per clock. An extended deadline keeps its original date and the reason it moved.
CREATE TABLE complaint_deadline (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    case_id          BIGINT        NOT NULL,
    kind             VARCHAR(30)   NOT NULL,
    due_on           DATE          NOT NULL,
    original_due_on  DATE          NOT NULL,
    met_at           DATETIME(3)   NULL,
    extension_reason VARCHAR(1000) NULL,
    PRIMARY KEY (id),
    UNIQUE KEY complaint_deadline_kind (case_id, kind),
    KEY complaint_deadline_due (due_on),
    CONSTRAINT complaint_deadline_case FOREIGN KEY (case_id) REFERENCES complaint_case (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Internal notes, public replies (shown on the status page and e-mailed) and deadline notices.
CREATE TABLE complaint_message (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    case_id    BIGINT       NOT NULL,
    kind       VARCHAR(20)  NOT NULL,
    body       TEXT         NOT NULL,
    author     VARCHAR(120) NOT NULL,
    written_at DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    KEY complaint_message_case (case_id, written_at),
    CONSTRAINT complaint_message_case FOREIGN KEY (case_id) REFERENCES complaint_case (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The audit trail: every change and every view of contact details. Rows are only ever inserted;
-- before and after hold the changed fields as JSON, never contact details.
CREATE TABLE complaint_event (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    case_id     BIGINT       NOT NULL,
    occurred_at DATETIME(3)  NOT NULL,
    actor       VARCHAR(120) NOT NULL,
    action      VARCHAR(40)  NOT NULL,
    before_json TEXT         NULL,
    after_json  TEXT         NULL,
    PRIMARY KEY (id),
    KEY complaint_event_case (case_id, occurred_at),
    CONSTRAINT complaint_event_case FOREIGN KEY (case_id) REFERENCES complaint_case (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A learning turned into an action with an owner and a due date, tracked to done and published per
-- unit as "you said, we did".
CREATE TABLE complaint_action (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    organisation VARCHAR(40)   NOT NULL,
    case_id      BIGINT        NOT NULL,
    unit_id      VARCHAR(60)   NULL,
    description  TEXT          NOT NULL,
    owner        VARCHAR(120)  NOT NULL,
    due_on       DATE          NOT NULL,
    done_on      DATE          NULL,
    published    BOOLEAN       NOT NULL DEFAULT FALSE,
    version      BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY complaint_action_unit (organisation, unit_id),
    CONSTRAINT complaint_action_case FOREIGN KEY (case_id) REFERENCES complaint_case (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Messages to other services and e-mails, written in the same transaction as the change that causes
-- them and delivered afterwards with retries; the key makes delivery idempotent at the receiver.
CREATE TABLE outbox_message (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    organisation    VARCHAR(40)   NOT NULL,
    kind            VARCHAR(40)   NOT NULL,
    idempotency_key VARCHAR(120)  NOT NULL,
    payload         TEXT          NOT NULL,
    created_at      DATETIME(3)   NOT NULL,
    attempts        INT           NOT NULL DEFAULT 0,
    next_attempt_at DATETIME(3)   NOT NULL,
    delivered_at    DATETIME(3)   NULL,
    last_error      VARCHAR(500)  NULL,
    PRIMARY KEY (id),
    UNIQUE KEY outbox_message_key (kind, idempotency_key),
    KEY outbox_message_due (delivered_at, next_attempt_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
