-- One row per scheduled job: the instance that holds it runs the job, the others skip that run,
-- so a job runs once however many Tandem instances share this database (ShedLock's JDBC provider).
-- Written for both MySQL 8.4 and MariaDB 10.11+; times are the database's own (UTC session).

CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL,
    lock_until TIMESTAMP(3) NOT NULL,
    locked_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    locked_by  VARCHAR(255) NOT NULL,
    PRIMARY KEY (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
