-- Issue 17: the caseload's column chooser, remembered per counselor on the server (any browser,
-- any device). One row per counselor who changed the default; the column keys are Tandem's own.
CREATE TABLE counselor_caseload_columns (
    counselor_id BIGINT       NOT NULL,
    columns_shown VARCHAR(255) NOT NULL,
    updated_at   TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (counselor_id),
    CONSTRAINT fk_caseload_columns_counselor FOREIGN KEY (counselor_id) REFERENCES counselor (counselor_id)
);
