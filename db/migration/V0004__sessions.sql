-- Sessions with structured notes, flags, pitfalls and per-partner scores; signed sessions are
-- immutable and corrected by amendments. Safety reviews are the only way a safety flag is cleared.

CREATE TABLE counseling_session (
    counseling_session_id BIGINT       NOT NULL AUTO_INCREMENT,
    couple_id             BIGINT       NOT NULL,
    session_date          DATE         NOT NULL,
    start_time            TIME         NULL,
    duration_minutes      INT          NULL,
    format                VARCHAR(10)  NOT NULL,
    attendance            VARCHAR(5)   NOT NULL,
    note_observations     TEXT         NULL,
    note_interventions    TEXT         NULL,
    note_homework_review  TEXT         NULL,
    note_plan             TEXT         NULL,
    private_note_a        TEXT         NULL,
    private_note_b        TEXT         NULL,
    flags                 VARCHAR(200) NULL,
    pitfalls              VARCHAR(200) NULL,
    a_emotional_safety    TINYINT      NULL,
    a_reciprocal_effort   TINYINT      NULL,
    a_clear_communication TINYINT      NULL,
    a_csi4                TINYINT      NULL,
    b_emotional_safety    TINYINT      NULL,
    b_reciprocal_effort   TINYINT      NULL,
    b_clear_communication TINYINT      NULL,
    b_csi4                TINYINT      NULL,
    signed                BOOLEAN      NOT NULL DEFAULT FALSE,
    signed_at             DATETIME(6)  NULL,
    signed_by             VARCHAR(254) NULL,
    created_at            DATETIME(6)  NOT NULL,
    updated_at            DATETIME(6)  NOT NULL,
    version               BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (counseling_session_id),
    CONSTRAINT fk_session_couple FOREIGN KEY (couple_id) REFERENCES couple (couple_id),
    INDEX ix_session_couple_date (couple_id, session_date, start_time)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE session_amendment (
    session_amendment_id  BIGINT       NOT NULL AUTO_INCREMENT,
    counseling_session_id BIGINT       NOT NULL,
    amended_at            DATETIME(6)  NOT NULL,
    author                VARCHAR(254) NOT NULL,
    reason                VARCHAR(500) NOT NULL,
    text                  TEXT         NOT NULL,
    PRIMARY KEY (session_amendment_id),
    CONSTRAINT fk_amendment_session FOREIGN KEY (counseling_session_id) REFERENCES counseling_session (counseling_session_id),
    INDEX ix_amendment_session (counseling_session_id, amended_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE safety_review (
    safety_review_id BIGINT        NOT NULL AUTO_INCREMENT,
    couple_id        BIGINT        NOT NULL,
    review_date      DATE          NOT NULL,
    reviewed_by      VARCHAR(254)  NOT NULL,
    outcome          VARCHAR(20)   NOT NULL,
    referral_made    VARCHAR(500)  NULL,
    safety_plan      TEXT          NULL,
    signed           BOOLEAN       NOT NULL DEFAULT TRUE,
    created_at       DATETIME(6)   NOT NULL,
    PRIMARY KEY (safety_review_id),
    CONSTRAINT fk_safety_review_couple FOREIGN KEY (couple_id) REFERENCES couple (couple_id),
    INDEX ix_safety_review_couple (couple_id, review_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The current assessment of each couple, refreshed when its records change and daily for the
-- passing of time, so "needs attention" never recomputes a whole practice on a visit.
CREATE TABLE couple_assessment (
    couple_id          BIGINT       NOT NULL,
    as_of              DATE         NOT NULL,
    rule_set           VARCHAR(40)  NOT NULL,
    recommendation     VARCHAR(30)  NOT NULL,
    decisive_rule      VARCHAR(4)   NOT NULL,
    urgent             BOOLEAN      NOT NULL,
    unsigned_safety    BOOLEAN      NOT NULL,
    active_safety      BOOLEAN      NOT NULL,
    assessment_json    MEDIUMTEXT   NOT NULL,
    computed_at        DATETIME(6)  NOT NULL,
    PRIMARY KEY (couple_id),
    CONSTRAINT fk_assessment_couple FOREIGN KEY (couple_id) REFERENCES couple (couple_id),
    INDEX ix_assessment_recommendation (recommendation),
    INDEX ix_assessment_as_of (as_of)
) ENGINE = InnoDB;
