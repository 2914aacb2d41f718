-- tandem-rules-2 counts the retreat rule (R6) from the couple's first attended session with the
-- service referred to, not from the referral date. Recorded later than the referral itself, so the
-- row gets an optimistic-lock version for that one edit.
ALTER TABLE referral
    ADD COLUMN first_session_on DATE NULL,
    ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
