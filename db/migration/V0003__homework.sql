-- Homework: guide steps assigned to a couple. Each assignment keeps a copy of the step as it was
-- when assigned; recurring connection appointments are one row per occurrence with a series id.

CREATE TABLE homework_assignment (
    homework_assignment_id BIGINT       NOT NULL AUTO_INCREMENT,
    couple_id              BIGINT       NOT NULL,
    guide_step_id          BIGINT       NULL,
    step_key               VARCHAR(80)  NOT NULL,
    title                  VARCHAR(200) NOT NULL,
    purpose                TEXT         NULL,
    instructions           TEXT         NULL,
    examples               TEXT         NULL,
    assignee               VARCHAR(4)   NOT NULL,
    assigned_on            DATE         NOT NULL,
    due_on                 DATE         NOT NULL,
    series_id              VARCHAR(40)  NULL,
    series_frequency       VARCHAR(10)  NULL,
    completion_a           VARCHAR(10)  NULL,
    completion_b           VARCHAR(10)  NULL,
    reflection_a           TEXT         NULL,
    reflection_b           TEXT         NULL,
    reviewed_on            DATE         NULL,
    created_at             DATETIME(6)  NOT NULL,
    version                BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (homework_assignment_id),
    CONSTRAINT fk_homework_couple FOREIGN KEY (couple_id) REFERENCES couple (couple_id),
    CONSTRAINT fk_homework_step FOREIGN KEY (guide_step_id) REFERENCES guide_step (guide_step_id),
    INDEX ix_homework_couple_due (couple_id, due_on),
    INDEX ix_homework_series (series_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
