-- "Needs attention" reads, per couple, its old unsigned drafts and its latest counselor report.
-- These indexes keep both lookups to an index range per couple, whatever the practice size.

CREATE INDEX ix_session_couple_draft ON counseling_session (couple_id, signed, created_at);

CREATE INDEX ix_report_couple_audience ON progress_report (couple_id, audience, generated_at);
