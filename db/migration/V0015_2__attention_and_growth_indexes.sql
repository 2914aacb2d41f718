-- Issue 15: needs attention counts a couple's old drafts from one range over the few unsigned
-- sessions (grouped per couple) instead of a look-up per couple; this index is that range.
CREATE INDEX ix_session_unsigned ON counseling_session (signed, created_at, couple_id);

-- A counselor's caseload page (B1) is filtered by the couple's counselor and status and sorted by
-- the summary's last session date: two tables, so no index could hand out the first 50 rows in
-- order, and every page read and sorted the counselor's whole caseload (10 times the rows at
-- 100,000 couples). The summary row now carries copies of the couple's counselor and status,
-- kept by the triggers below, and one index gives a page in order (decision 0076).
ALTER TABLE couple_summary
    ADD COLUMN counselor_id  BIGINT      NULL,
    ADD COLUMN couple_status VARCHAR(20) NULL;

UPDATE couple_summary s JOIN couple c ON c.couple_id = s.couple_id
   SET s.counselor_id = c.counselor_id, s.couple_status = c.status;

CREATE INDEX ix_summary_caseload ON couple_summary (counselor_id, couple_status, last_session_date);

DROP TRIGGER IF EXISTS trg_summary_copy_couple;
DROP TRIGGER IF EXISTS trg_couple_copy_to_summary;

DELIMITER $$

CREATE TRIGGER trg_summary_copy_couple BEFORE INSERT ON couple_summary FOR EACH ROW
BEGIN
    SET NEW.counselor_id = (SELECT c.counselor_id FROM couple c WHERE c.couple_id = NEW.couple_id);
    SET NEW.couple_status = (SELECT c.status FROM couple c WHERE c.couple_id = NEW.couple_id);
END$$

CREATE TRIGGER trg_couple_copy_to_summary AFTER UPDATE ON couple FOR EACH ROW
BEGIN
    IF NOT (OLD.counselor_id <=> NEW.counselor_id) OR NOT (OLD.status <=> NEW.status) THEN
        UPDATE couple_summary SET counselor_id = NEW.counselor_id, couple_status = NEW.status
         WHERE couple_id = NEW.couple_id;
    END IF;
END$$

DELIMITER ;
