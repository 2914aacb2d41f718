-- Couples: one record with two partners (A and B), intake context, status history, referrals,
-- and a summary row per couple that keeps the caseload grid to one query.

CREATE TABLE couple_reference_counter (
    counter_id  INT    NOT NULL,
    next_value  BIGINT NOT NULL,
    PRIMARY KEY (counter_id)
) ENGINE = InnoDB;

INSERT INTO couple_reference_counter (counter_id, next_value) VALUES (1, 1);

CREATE TABLE couple (
    couple_id             BIGINT       NOT NULL AUTO_INCREMENT,
    reference             VARCHAR(20)  NOT NULL,
    counselor_id          BIGINT       NOT NULL,
    intake_date           DATE         NOT NULL,
    status                VARCHAR(20)  NOT NULL,
    a_first_name          VARCHAR(100) NOT NULL,
    a_last_name           VARCHAR(100) NOT NULL,
    a_pronouns            VARCHAR(40)  NULL,
    a_email               VARCHAR(254) NULL,
    a_phone               VARCHAR(40)  NULL,
    a_safe_email          BOOLEAN      NULL,
    a_safe_phone          BOOLEAN      NULL,
    a_safe_note           VARCHAR(500) NULL,
    b_first_name          VARCHAR(100) NOT NULL,
    b_last_name           VARCHAR(100) NOT NULL,
    b_pronouns            VARCHAR(40)  NULL,
    b_email               VARCHAR(254) NULL,
    b_phone               VARCHAR(40)  NULL,
    b_safe_email          BOOLEAN      NULL,
    b_safe_phone          BOOLEAN      NULL,
    b_safe_note           VARCHAR(500) NULL,
    withdrawal_onset      VARCHAR(20)  NOT NULL DEFAULT 'UNKNOWN',
    pursuer               VARCHAR(10)  NOT NULL DEFAULT 'UNKNOWN',
    signs                 VARCHAR(200) NULL,
    stressors             VARCHAR(300) NULL,
    stressor_other        VARCHAR(200) NULL,
    context_notes         TEXT         NULL,
    goals                 TEXT         NULL,
    secrets_policy        VARCHAR(20)  NOT NULL DEFAULT 'NOT_AGREED',
    children_in_household INT          NULL,
    closing_summary       TEXT         NULL,
    created_at            DATETIME(6)  NOT NULL,
    version               BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (couple_id),
    CONSTRAINT uk_couple_reference UNIQUE (reference),
    CONSTRAINT fk_couple_counselor FOREIGN KEY (counselor_id) REFERENCES counselor (counselor_id),
    INDEX ix_couple_counselor_status (counselor_id, status),
    INDEX ix_couple_a_last (a_last_name),
    INDEX ix_couple_b_last (b_last_name),
    INDEX ix_couple_intake (intake_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE couple_status_change (
    couple_status_change_id BIGINT       NOT NULL AUTO_INCREMENT,
    couple_id               BIGINT       NOT NULL,
    status                  VARCHAR(20)  NOT NULL,
    changed_at              DATETIME(6)  NOT NULL,
    changed_by              VARCHAR(254) NULL,
    reason                  VARCHAR(1000) NULL,
    PRIMARY KEY (couple_status_change_id),
    CONSTRAINT fk_status_change_couple FOREIGN KEY (couple_id) REFERENCES couple (couple_id),
    INDEX ix_status_change_couple (couple_id, changed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE referral (
    referral_id  BIGINT        NOT NULL AUTO_INCREMENT,
    couple_id    BIGINT        NOT NULL,
    type         VARCHAR(30)   NOT NULL,
    referred_on  DATE          NOT NULL,
    referred_to  VARCHAR(300)  NULL,
    notes        VARCHAR(2000) NULL,
    created_at   DATETIME(6)   NOT NULL,
    PRIMARY KEY (referral_id),
    CONSTRAINT fk_referral_couple FOREIGN KEY (couple_id) REFERENCES couple (couple_id),
    INDEX ix_referral_couple (couple_id, referred_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Derived figures per couple, maintained when sessions, homework or status change, so a
-- caseload page never reads sessions or assignments.
CREATE TABLE couple_summary (
    couple_id          BIGINT      NOT NULL,
    last_session_date  DATE        NULL,
    next_homework_due  DATE        NULL,
    overdue_homework   INT         NOT NULL DEFAULT 0,
    adherence          DECIMAL(4,2) NULL,
    recommendation     VARCHAR(30) NULL,
    safety_marker      BOOLEAN     NOT NULL DEFAULT FALSE,
    updated_at         DATETIME(6) NOT NULL,
    PRIMARY KEY (couple_id),
    CONSTRAINT fk_summary_couple FOREIGN KEY (couple_id) REFERENCES couple (couple_id),
    INDEX ix_summary_last_session (last_session_date),
    INDEX ix_summary_next_due (next_homework_due)
) ENGINE = InnoDB;
