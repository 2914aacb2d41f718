-- tandem-rules-2's PARTNERS_DIVERGE concern (one partner reliably improved, the other needs change)
-- gets its own "needs attention" category, read like the other flags from the stored assessment.
-- Rows stored under tandem-rules-1 start at FALSE; the refresh re-assesses them under the new rule
-- set (a stored rule set other than the engine's counts as stale).
ALTER TABLE couple_assessment
    ADD COLUMN partners_diverge BOOLEAN NOT NULL DEFAULT FALSE;
