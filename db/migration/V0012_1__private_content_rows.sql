-- One partner's privacy and safety never exposed to the other (issue 12).
--
-- Private notes move out of the session row into rows of their own, so that erasing one
-- partner's private content never touches a signed session row; amendments get a scope
-- (a correction of a private note is private too); records that arrive in a case file say who
-- imported them and when; the couple's record gains the other partner's authorisation to release
-- joint records, one partner's erasure and, after destruction, a tombstone.

CREATE TABLE session_private_note (
    session_private_note_id BIGINT  NOT NULL AUTO_INCREMENT,
    counseling_session_id   BIGINT  NOT NULL,
    partner                 CHAR(1) NOT NULL,
    text                    TEXT    NOT NULL,
    PRIMARY KEY (session_private_note_id),
    CONSTRAINT uk_private_note_session_partner UNIQUE (counseling_session_id, partner),
    CONSTRAINT fk_private_note_session FOREIGN KEY (counseling_session_id) REFERENCES counseling_session (counseling_session_id),
    CONSTRAINT ck_private_note_partner CHECK (partner IN ('A', 'B'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO session_private_note (counseling_session_id, partner, text)
SELECT counseling_session_id, 'A', private_note_a FROM counseling_session
WHERE private_note_a IS NOT NULL AND TRIM(private_note_a) <> '';

INSERT INTO session_private_note (counseling_session_id, partner, text)
SELECT counseling_session_id, 'B', private_note_b FROM counseling_session
WHERE private_note_b IS NOT NULL AND TRIM(private_note_b) <> '';

ALTER TABLE counseling_session
    DROP COLUMN private_note_a,
    DROP COLUMN private_note_b,
    ADD COLUMN imported_at DATETIME(6)  NULL,
    ADD COLUMN imported_by VARCHAR(254) NULL,
    -- Signed before it was imported: signed_by and signed_at are what the file says, as text.
    ADD COLUMN signed_elsewhere BOOLEAN NOT NULL DEFAULT FALSE;

-- Existing amendments were all written against the shared note.
ALTER TABLE session_amendment
    ADD COLUMN scope       VARCHAR(10)  NOT NULL DEFAULT 'SHARED',
    ADD COLUMN imported_at DATETIME(6)  NULL,
    ADD COLUMN imported_by VARCHAR(254) NULL,
    ADD CONSTRAINT ck_amendment_scope CHECK (scope IN ('SHARED', 'PRIVATE_A', 'PRIVATE_B'));

-- A case file may name no reviewer; an imported review keeps exactly what its file says.
ALTER TABLE safety_review
    MODIFY reviewed_by VARCHAR(254) NULL,
    ADD COLUMN imported_at DATETIME(6)  NULL,
    ADD COLUMN imported_by VARCHAR(254) NULL;

-- A data-access copy is audited with the plain-words summary the counselor saw.
ALTER TABLE audit_event MODIFY detail VARCHAR(2000) NULL;

-- Closed couples are kept this many years after closing, then listed for destruction.
ALTER TABLE practice_settings ADD COLUMN retention_years INT NOT NULL DEFAULT 7;

-- A kept report's PDF is removed when a partner it names is erased; the record stays.
ALTER TABLE progress_report ADD COLUMN pdf_removed_at DATETIME(6) NULL;

-- Partner X's authorisation that joint records (joint notes, the other's scores in joint
-- sessions) may go into the other partner's data-access copy: when and how it was given.
CREATE TABLE joint_release_consent (
    joint_release_consent_id BIGINT       NOT NULL AUTO_INCREMENT,
    couple_id                BIGINT       NOT NULL,
    partner                  CHAR(1)      NOT NULL,
    given_on                 DATE         NOT NULL,
    how_given                VARCHAR(300) NOT NULL,
    recorded_at              DATETIME(6)  NOT NULL,
    recorded_by              VARCHAR(254) NOT NULL,
    PRIMARY KEY (joint_release_consent_id),
    CONSTRAINT uk_joint_release_partner UNIQUE (couple_id, partner),
    CONSTRAINT fk_joint_release_couple FOREIGN KEY (couple_id) REFERENCES couple (couple_id),
    CONSTRAINT ck_joint_release_partner CHECK (partner IN ('A', 'B'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One partner's identifying data and private content erased on request. The row is what lets
-- the database remove that partner's private notes and private amendments of signed sessions.
CREATE TABLE partner_erasure (
    partner_erasure_id BIGINT       NOT NULL AUTO_INCREMENT,
    couple_id          BIGINT       NOT NULL,
    partner            CHAR(1)      NOT NULL,
    requested_on       DATE         NOT NULL,
    erased_at          DATETIME(6)  NOT NULL,
    erased_by          VARCHAR(254) NOT NULL,
    PRIMARY KEY (partner_erasure_id),
    CONSTRAINT uk_partner_erasure UNIQUE (couple_id, partner),
    CONSTRAINT fk_partner_erasure_couple FOREIGN KEY (couple_id) REFERENCES couple (couple_id),
    CONSTRAINT ck_partner_erasure_partner CHECK (partner IN ('A', 'B'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What is left of a couple destroyed after the retention period: the reference, the dates and
-- who destroyed it. Written before anything is deleted; never changed or deleted itself. No
-- foreign key: the couple row is gone. References are never reused, so it names one couple.
CREATE TABLE couple_tombstone (
    couple_tombstone_id BIGINT       NOT NULL AUTO_INCREMENT,
    reference           VARCHAR(20)  NOT NULL,
    intake_date         DATE         NOT NULL,
    closed_on           DATE         NULL,
    destroyed_at        DATETIME(6)  NOT NULL,
    destroyed_by        VARCHAR(254) NOT NULL,
    PRIMARY KEY (couple_tombstone_id),
    CONSTRAINT uk_tombstone_reference UNIQUE (reference)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
