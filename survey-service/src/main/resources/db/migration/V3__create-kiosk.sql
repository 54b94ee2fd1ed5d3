-- An open kiosk link for a tablet at a unit: each completion starts a fresh anonymous response.
-- The token is the secret in the link, so only people at the unit can use it.
CREATE TABLE kiosk (
    token      CHAR(32)    NOT NULL,
    wave_id    BIGINT      NOT NULL,
    unit       VARCHAR(40) NOT NULL,
    role       VARCHAR(40) NOT NULL,
    created_on DATE        NOT NULL,
    PRIMARY KEY (token),
    UNIQUE KEY kiosk_unit (wave_id, unit, role),
    CONSTRAINT kiosk_wave FOREIGN KEY (wave_id) REFERENCES wave (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
