-- Intake work with each partner: informed consent to couples work, and the structured IPV screen
-- made with one partner alone. Rows are per partner ('A' or 'B'); an IPV screen is private to
-- its partner like a private note (never in the other partner's data copy, never in a report).
-- Both are records of what happened and are never edited: a new consent or a re-screen is a new row.
CREATE TABLE partner_consent (
    partner_consent_id BIGINT       NOT NULL AUTO_INCREMENT,
    couple_id          BIGINT       NOT NULL,
    partner            CHAR(1)      NOT NULL,
    given_on           DATE         NOT NULL,
    method             VARCHAR(30)  NOT NULL,
    text_version       INT          NOT NULL,
    recorded_by        VARCHAR(254) NULL,
    created_at         DATETIME(6)  NOT NULL,
    PRIMARY KEY (partner_consent_id),
    CONSTRAINT fk_consent_couple FOREIGN KEY (couple_id) REFERENCES couple (couple_id),
    INDEX ix_consent_couple (couple_id, partner, given_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE ipv_screen (
    ipv_screen_id      BIGINT       NOT NULL AUTO_INCREMENT,
    couple_id          BIGINT       NOT NULL,
    partner            CHAR(1)      NOT NULL,
    screened_on        DATE         NOT NULL,
    screened_by        VARCHAR(254) NULL,
    hits_hurt          TINYINT      NULL,
    hits_insult        TINYINT      NULL,
    hits_threaten      TINYINT      NULL,
    hits_scream        TINYINT      NULL,
    afraid             BOOLEAN      NULL,
    controlled         BOOLEAN      NULL,
    forced_sex         BOOLEAN      NULL,
    strangled          BOOLEAN      NULL,
    threatened_to_kill BOOLEAN      NULL,
    weapon             BOOLEAN      NULL,
    safe_to_go_home    BOOLEAN      NULL,
    used_force         BOOLEAN      NULL,
    conclusion         VARCHAR(20)  NOT NULL,
    notes              TEXT         NULL,
    created_at         DATETIME(6)  NOT NULL,
    PRIMARY KEY (ipv_screen_id),
    CONSTRAINT fk_ipv_screen_couple FOREIGN KEY (couple_id) REFERENCES couple (couple_id),
    INDEX ix_ipv_screen_couple (couple_id, partner, screened_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
