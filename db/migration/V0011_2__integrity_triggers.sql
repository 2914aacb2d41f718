-- Integrity below the application: signed session notes, amendments and audit events cannot be
-- changed or deleted by any SQL sent to this schema, the application's own account included.
-- The application never updates a signed row (CounselingSession refuses it before the database
-- does), never updates or deletes an amendment or an audit event. A draft stays editable.
-- On MySQL with binary logging, creating triggers needs log_bin_trust_function_creators=1 or
-- the SUPER privilege (see the README, "Production database").

DELIMITER $$

CREATE TRIGGER trg_session_signed_no_update BEFORE UPDATE ON counseling_session FOR EACH ROW
BEGIN
    IF OLD.signed THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'A signed session note cannot be changed; add an amendment instead.';
    END IF;
END$$

CREATE TRIGGER trg_session_signed_no_delete BEFORE DELETE ON counseling_session FOR EACH ROW
BEGIN
    IF OLD.signed THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'A signed session note cannot be deleted.';
    END IF;
END$$

CREATE TRIGGER trg_amendment_no_update BEFORE UPDATE ON session_amendment FOR EACH ROW
BEGIN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'An amendment cannot be changed.';
END$$

CREATE TRIGGER trg_amendment_no_delete BEFORE DELETE ON session_amendment FOR EACH ROW
BEGIN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'An amendment cannot be deleted.';
END$$

CREATE TRIGGER trg_audit_no_update BEFORE UPDATE ON audit_event FOR EACH ROW
BEGIN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'An audit event cannot be changed.';
END$$

CREATE TRIGGER trg_audit_no_delete BEFORE DELETE ON audit_event FOR EACH ROW
BEGIN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'An audit event cannot be deleted.';
END$$

DELIMITER ;
