-- Foundation: accounts, login throttling, audit trail, practice settings and the guide library.
-- Written for both MySQL 8.4 and MariaDB 10.11+; instants are stored as UTC DATETIME(6).

CREATE TABLE counselor (
    counselor_id   BIGINT       NOT NULL AUTO_INCREMENT,
    email          VARCHAR(254) NOT NULL,
    display_name   VARCHAR(120) NOT NULL,
    password_hash  VARCHAR(255) NOT NULL,
    role           VARCHAR(20)  NOT NULL,
    active         BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at     DATETIME(6)  NOT NULL,
    password_changed_at DATETIME(6) NOT NULL,
    version        BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (counselor_id),
    CONSTRAINT uk_counselor_email UNIQUE (email)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Failed logins per submitted user name (normalised), whether or not the account exists,
-- kept in the database so several Tandem instances agree on the throttle.
CREATE TABLE login_failure (
    login_failure_id BIGINT       NOT NULL AUTO_INCREMENT,
    username_key     VARCHAR(254) NOT NULL,
    failed_at        DATETIME(6)  NOT NULL,
    PRIMARY KEY (login_failure_id),
    INDEX ix_login_failure_user_time (username_key, failed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Append-only from the application: no update or delete path exists in the code.
CREATE TABLE audit_event (
    audit_event_id BIGINT       NOT NULL AUTO_INCREMENT,
    occurred_at    DATETIME(6)  NOT NULL,
    actor_id       BIGINT       NULL,
    actor_email    VARCHAR(254) NULL,
    action         VARCHAR(60)  NOT NULL,
    object_type    VARCHAR(40)  NULL,
    object_id      VARCHAR(64)  NULL,
    outcome        VARCHAR(20)  NOT NULL,
    detail         VARCHAR(500) NULL,
    PRIMARY KEY (audit_event_id),
    INDEX ix_audit_event_time (occurred_at),
    INDEX ix_audit_event_actor (actor_id, occurred_at),
    INDEX ix_audit_event_object (object_type, object_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE practice_settings (
    practice_settings_id BIGINT        NOT NULL,
    practice_name        VARCHAR(200)  NOT NULL,
    contact              VARCHAR(500)  NULL,
    local_resources      TEXT          NULL,
    page_size            VARCHAR(10)   NOT NULL DEFAULT 'A4',
    time_zone            VARCHAR(64)   NOT NULL DEFAULT 'UTC',
    version              BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (practice_settings_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO practice_settings (practice_settings_id, practice_name, page_size, time_zone)
VALUES (1, 'Tandem practice', 'A4', 'UTC');

-- The guide library: each seed version of the guide is kept; practice steps have no version.
CREATE TABLE guide_version (
    guide_version_id BIGINT       NOT NULL AUTO_INCREMENT,
    guide_key        VARCHAR(60)  NOT NULL,
    version_no       INT          NOT NULL,
    title            VARCHAR(200) NOT NULL,
    loaded_at        DATETIME(6)  NOT NULL,
    PRIMARY KEY (guide_version_id),
    CONSTRAINT uk_guide_version UNIQUE (guide_key, version_no)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE guide_section (
    guide_section_id BIGINT       NOT NULL AUTO_INCREMENT,
    guide_version_id BIGINT       NOT NULL,
    section_key      VARCHAR(60)  NOT NULL,
    title            VARCHAR(200) NOT NULL,
    summary          TEXT         NULL,
    position         INT          NOT NULL,
    PRIMARY KEY (guide_section_id),
    CONSTRAINT uk_guide_section UNIQUE (guide_version_id, section_key),
    CONSTRAINT fk_guide_section_version FOREIGN KEY (guide_version_id) REFERENCES guide_version (guide_version_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE guide_step (
    guide_step_id         BIGINT       NOT NULL AUTO_INCREMENT,
    guide_section_id      BIGINT       NULL,
    step_key              VARCHAR(80)  NOT NULL,
    title                 VARCHAR(200) NOT NULL,
    purpose               TEXT         NULL,
    instructions          TEXT         NULL,
    examples              TEXT         NULL,
    default_duration_days INT          NULL,
    assignable            BOOLEAN      NOT NULL,
    position              INT          NOT NULL,
    practice_step         BOOLEAN      NOT NULL DEFAULT FALSE,
    retired               BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at            DATETIME(6)  NOT NULL,
    version               BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (guide_step_id),
    INDEX ix_guide_step_key (step_key),
    CONSTRAINT fk_guide_step_section FOREIGN KEY (guide_section_id) REFERENCES guide_section (guide_section_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
