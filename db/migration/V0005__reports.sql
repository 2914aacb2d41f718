-- Progress reports: every generated PDF is kept byte for byte with a digest of its inputs, so it
-- can be downloaded again exactly as handed out; decisions record the counselor's accept/override.

CREATE TABLE progress_report (
    progress_report_id   BIGINT       NOT NULL AUTO_INCREMENT,
    couple_id            BIGINT       NOT NULL,
    audience             VARCHAR(10)  NOT NULL,
    rule_set             VARCHAR(40)  NOT NULL,
    as_of                DATE         NOT NULL,
    recommendation       VARCHAR(30)  NOT NULL,
    decisive_rule        VARCHAR(4)   NULL,
    final_recommendation VARCHAR(30)  NULL,
    -- Reports that arrive in an imported case file have no PDF and no digest.
    inputs_digest        CHAR(64)     NULL,
    pdf                  LONGBLOB     NULL,
    file_name            VARCHAR(120) NOT NULL,
    generated_at         DATETIME(6)  NOT NULL,
    generated_by         VARCHAR(254) NOT NULL,
    PRIMARY KEY (progress_report_id),
    CONSTRAINT fk_report_couple FOREIGN KEY (couple_id) REFERENCES couple (couple_id),
    INDEX ix_report_couple (couple_id, generated_at),
    INDEX ix_report_time (generated_at)
) ENGINE = InnoDB;

CREATE TABLE report_decision (
    report_decision_id   BIGINT        NOT NULL AUTO_INCREMENT,
    couple_id            BIGINT        NOT NULL,
    progress_report_id   BIGINT        NOT NULL,
    type                 VARCHAR(10)   NOT NULL,
    final_recommendation VARCHAR(30)   NOT NULL,
    reason               VARCHAR(2000) NULL,
    decided_by           VARCHAR(254)  NOT NULL,
    decided_at           DATETIME(6)   NOT NULL,
    PRIMARY KEY (report_decision_id),
    CONSTRAINT fk_decision_couple FOREIGN KEY (couple_id) REFERENCES couple (couple_id),
    CONSTRAINT fk_decision_report FOREIGN KEY (progress_report_id) REFERENCES progress_report (progress_report_id),
    CONSTRAINT uk_decision_report UNIQUE (progress_report_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
