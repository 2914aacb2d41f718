-- Sign-in hardening (issue 11): an atomic login throttle per account and per client address,
-- forced password changes, a per-installation secret for keyed hashes, one-time setup codes and
-- a bound on audit rows written for anonymous requests.

-- One row per throttle key, only ever locked: every attempt for a key takes this row's lock first,
-- so parallel attempts are counted one after the other and never all slip past the limit.
CREATE TABLE login_throttle (
    throttle_key VARCHAR(80) NOT NULL,
    PRIMARY KEY (throttle_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Failures were keyed by the submitted name in clear, which may be a password typed into the
-- wrong field; they are now keyed by a keyed hash ("u:…" per account, "a:…" per address).
-- The old rows only mattered for 15 minutes.
DELETE FROM login_failure;
ALTER TABLE login_failure CHANGE username_key throttle_key VARCHAR(80) NOT NULL;

-- Set when a supervisor creates an account or resets a password: the person chooses their own
-- password at the next sign-in, so no supervisor knows a password in use.
ALTER TABLE counselor ADD COLUMN password_must_change BOOLEAN NOT NULL DEFAULT FALSE;

-- Counts password changes and resets: a session signed in under an older count ends at its next
-- request (a counter, because two changes may fall within one clock tick).
ALTER TABLE counselor ADD COLUMN credentials_version INT NOT NULL DEFAULT 0;

-- Random per installation; keys the hashes of submitted user names (throttle keys, the audit of
-- failed sign-ins under unknown names) so the stored values cannot be looked up in a dictionary
-- without this database.
CREATE TABLE installation_secret (
    installation_secret_id INT         NOT NULL,
    secret                 VARBINARY(32) NOT NULL,
    PRIMARY KEY (installation_secret_id)
) ENGINE = InnoDB;
INSERT INTO installation_secret (installation_secret_id, secret) VALUES (1, RANDOM_BYTES(32));

-- Setup codes printed at a start that found no account; only their hashes are kept.
CREATE TABLE setup_code (
    setup_code_id BIGINT      NOT NULL AUTO_INCREMENT,
    code_hash     CHAR(64)    NOT NULL,
    created_at    DATETIME(6) NOT NULL,
    PRIMARY KEY (setup_code_id),
    INDEX ix_setup_code_hash (code_hash)
) ENGINE = InnoDB DEFAULT CHARSET = ascii;

-- Audit rows for requests nobody is signed in to (failed sign-ins, refused routes) are counted
-- per minute; past the budget they are counted here instead of written one by one.
CREATE TABLE anonymous_audit_window (
    window_start DATETIME    NOT NULL,
    recorded     INT         NOT NULL,
    suppressed   INT         NOT NULL,
    PRIMARY KEY (window_start)
) ENGINE = InnoDB;
