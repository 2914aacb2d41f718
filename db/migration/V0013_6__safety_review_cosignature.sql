-- A supervisor's co-signature on a safety review that finds joint work may resume after a
-- lethality indicator or coercive control. A row of its own keeps safety_review immutable, and
-- the primary key makes a second co-signature of the same review impossible.
CREATE TABLE safety_review_cosignature (
    safety_review_id BIGINT       NOT NULL,
    cosigned_by      VARCHAR(254) NOT NULL,
    cosigned_at      DATETIME(6)  NOT NULL,
    PRIMARY KEY (safety_review_id),
    CONSTRAINT fk_cosignature_review FOREIGN KEY (safety_review_id) REFERENCES safety_review (safety_review_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
