-- The database's own protection of signed notes, amendments and the audit trail, with exactly
-- the exceptions issue 12 needs (docs/decisions/0042 and 0043):
--
--  * a signed session never changes; it is deleted only after its couple's tombstone exists;
--  * an amendment never changes; it is deleted only after its couple's tombstone exists, or, for
--    a private amendment (PRIVATE_A / PRIVATE_B), after that partner's erasure was recorded;
--  * a private note of a signed session is never added or changed; it is deleted only after that
--    partner's erasure or the couple's tombstone was recorded;
--  * audit events and tombstones never change and are never deleted.
--
-- The protection of sessions, amendments and audit events may already exist (issue 11 creates
-- triggers of the same names); they are dropped and created again here with the exceptions.

DROP TRIGGER IF EXISTS trg_session_signed_no_update;
DROP TRIGGER IF EXISTS trg_session_signed_no_delete;
DROP TRIGGER IF EXISTS trg_amendment_no_update;
DROP TRIGGER IF EXISTS trg_amendment_no_delete;
DROP TRIGGER IF EXISTS trg_audit_no_update;
DROP TRIGGER IF EXISTS trg_audit_no_delete;
DROP TRIGGER IF EXISTS trg_private_note_signed_no_insert;
DROP TRIGGER IF EXISTS trg_private_note_signed_no_update;
DROP TRIGGER IF EXISTS trg_private_note_signed_no_delete;
DROP TRIGGER IF EXISTS trg_tombstone_no_update;
DROP TRIGGER IF EXISTS trg_tombstone_no_delete;

DELIMITER $$

CREATE TRIGGER trg_session_signed_no_update BEFORE UPDATE ON counseling_session FOR EACH ROW
BEGIN
    IF OLD.signed THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'A signed session cannot be changed; add an amendment.';
    END IF;
END$$

CREATE TRIGGER trg_session_signed_no_delete BEFORE DELETE ON counseling_session FOR EACH ROW
BEGIN
    IF OLD.signed AND NOT EXISTS (
            SELECT 1 FROM couple_tombstone t JOIN couple c ON c.reference = t.reference
            WHERE c.couple_id = OLD.couple_id) THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'A signed session cannot be deleted.';
    END IF;
END$$

CREATE TRIGGER trg_amendment_no_update BEFORE UPDATE ON session_amendment FOR EACH ROW
BEGIN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'An amendment cannot be changed.';
END$$

CREATE TRIGGER trg_amendment_no_delete BEFORE DELETE ON session_amendment FOR EACH ROW
BEGIN
    IF NOT EXISTS (
            SELECT 1 FROM counseling_session s JOIN couple c ON c.couple_id = s.couple_id
            JOIN couple_tombstone t ON t.reference = c.reference
            WHERE s.counseling_session_id = OLD.counseling_session_id)
       AND NOT (OLD.scope IN ('PRIVATE_A', 'PRIVATE_B') AND EXISTS (
            SELECT 1 FROM counseling_session s JOIN partner_erasure e ON e.couple_id = s.couple_id
            WHERE s.counseling_session_id = OLD.counseling_session_id
              AND e.partner = SUBSTRING(OLD.scope, 9, 1))) THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'An amendment cannot be deleted.';
    END IF;
END$$

CREATE TRIGGER trg_audit_no_update BEFORE UPDATE ON audit_event FOR EACH ROW
BEGIN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'The audit trail cannot be changed.';
END$$

CREATE TRIGGER trg_audit_no_delete BEFORE DELETE ON audit_event FOR EACH ROW
BEGIN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'The audit trail cannot be deleted.';
END$$

CREATE TRIGGER trg_private_note_signed_no_insert BEFORE INSERT ON session_private_note FOR EACH ROW
BEGIN
    IF EXISTS (SELECT 1 FROM counseling_session s
               WHERE s.counseling_session_id = NEW.counseling_session_id AND s.signed) THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'A signed session cannot get a new private note; add a private amendment.';
    END IF;
END$$

CREATE TRIGGER trg_private_note_signed_no_update BEFORE UPDATE ON session_private_note FOR EACH ROW
BEGIN
    IF EXISTS (SELECT 1 FROM counseling_session s
               WHERE s.counseling_session_id IN (OLD.counseling_session_id, NEW.counseling_session_id) AND s.signed) THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'A private note of a signed session cannot be changed; add a private amendment.';
    END IF;
END$$

CREATE TRIGGER trg_private_note_signed_no_delete BEFORE DELETE ON session_private_note FOR EACH ROW
BEGIN
    IF EXISTS (SELECT 1 FROM counseling_session s
               WHERE s.counseling_session_id = OLD.counseling_session_id AND s.signed)
       AND NOT EXISTS (
            SELECT 1 FROM counseling_session s JOIN partner_erasure e ON e.couple_id = s.couple_id
            WHERE s.counseling_session_id = OLD.counseling_session_id AND e.partner = OLD.partner)
       AND NOT EXISTS (
            SELECT 1 FROM counseling_session s JOIN couple c ON c.couple_id = s.couple_id
            JOIN couple_tombstone t ON t.reference = c.reference
            WHERE s.counseling_session_id = OLD.counseling_session_id) THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'A private note of a signed session is deleted only when its partner is erased.';
    END IF;
END$$

CREATE TRIGGER trg_tombstone_no_update BEFORE UPDATE ON couple_tombstone FOR EACH ROW
BEGIN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'A tombstone cannot be changed.';
END$$

CREATE TRIGGER trg_tombstone_no_delete BEFORE DELETE ON couple_tombstone FOR EACH ROW
BEGIN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'A tombstone cannot be deleted.';
END$$

DELIMITER ;
