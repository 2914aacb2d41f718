-- Issue 18: each partner checks in between sessions through a personal link
-- (docs/decisions/0100-check-in-links.md, 0101-check-in-page.md, 0102-check-in-safety.md).

-- How many days a new check-in link stays valid (a practice setting).
ALTER TABLE practice_settings ADD COLUMN check_in_link_days INT NOT NULL DEFAULT 14;

-- One personal link of one partner of one couple. Only the SHA-256 of the token is kept: the
-- token itself is shown once, to the counselor who made the link.
CREATE TABLE check_in_link (
    check_in_link_id BIGINT      NOT NULL AUTO_INCREMENT,
    couple_id        BIGINT      NOT NULL,
    partner          CHAR(1)     NOT NULL,
    token_hash       CHAR(64)    NOT NULL,
    created_at       DATETIME(6) NOT NULL,
    created_by       BIGINT      NOT NULL,
    expires_at       DATETIME(6) NOT NULL,
    revoked_at       DATETIME(6) NULL,
    revoked_by       BIGINT      NULL,
    last_used_at     DATETIME(6) NULL,
    PRIMARY KEY (check_in_link_id),
    UNIQUE KEY uq_check_in_link_token (token_hash),
    INDEX ix_check_in_link_couple (couple_id, partner),
    CONSTRAINT ck_check_in_link_partner CHECK (partner IN ('A', 'B')),
    CONSTRAINT fk_check_in_link_couple FOREIGN KEY (couple_id) REFERENCES couple (couple_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One partner's check-in on one day through one link: client-reported, never a session score.
-- feels_safe is SAFE, NOT_SURE or NOT_SAFE; anything but SAFE holds joint work until a safety
-- review is recorded after it.
CREATE TABLE check_in (
    check_in_id               BIGINT       NOT NULL AUTO_INCREMENT,
    check_in_link_id          BIGINT       NOT NULL,
    couple_id                 BIGINT       NOT NULL,
    partner                   CHAR(1)      NOT NULL,
    check_in_date             DATE         NOT NULL,
    submitted_at              DATETIME(6)  NOT NULL,
    updated_at                DATETIME(6)  NOT NULL,
    anchors_version           INT          NOT NULL,
    emotional_safety          INT          NULL,
    reciprocal_effort         INT          NULL,
    clear_communication       INT          NULL,
    csi4                      INT          NULL,
    feels_safe                VARCHAR(10)  NOT NULL,
    note                      TEXT         NULL,
    reviewed_at               DATETIME(6)  NULL,
    reviewed_by               BIGINT       NULL,
    version                   BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (check_in_id),
    UNIQUE KEY uq_check_in_link_day (check_in_link_id, check_in_date),
    INDEX ix_check_in_couple (couple_id, partner, check_in_date),
    CONSTRAINT ck_check_in_partner CHECK (partner IN ('A', 'B')),
    CONSTRAINT ck_check_in_safe CHECK (feels_safe IN ('SAFE', 'NOT_SURE', 'NOT_SAFE')),
    CONSTRAINT ck_check_in_scores CHECK ((emotional_safety IS NULL OR emotional_safety BETWEEN 0 AND 10)
        AND (reciprocal_effort IS NULL OR reciprocal_effort BETWEEN 0 AND 10)
        AND (clear_communication IS NULL OR clear_communication BETWEEN 0 AND 10)
        AND (csi4 IS NULL OR csi4 BETWEEN 0 AND 21)),
    CONSTRAINT fk_check_in_link FOREIGN KEY (check_in_link_id) REFERENCES check_in_link (check_in_link_id),
    CONSTRAINT fk_check_in_couple FOREIGN KEY (couple_id) REFERENCES couple (couple_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A homework step as the partner reported it in a check-in: shown as "reported by partner A"
-- until the counselor confirms or corrects it.
CREATE TABLE check_in_homework (
    check_in_id            BIGINT        NOT NULL,
    homework_assignment_id BIGINT        NOT NULL,
    completion             VARCHAR(20)   NOT NULL,
    reflection             VARCHAR(2000) NULL,
    PRIMARY KEY (check_in_id, homework_assignment_id),
    CONSTRAINT fk_check_in_homework_check_in FOREIGN KEY (check_in_id) REFERENCES check_in (check_in_id),
    CONSTRAINT fk_check_in_homework_assignment FOREIGN KEY (homework_assignment_id)
        REFERENCES homework_assignment (homework_assignment_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
