-- Crisis resources per region: the practice chooses its region (US, CA, GB, IE, AU, NZ), whose
-- emergency number and crisis lines every safety report prints (the shipped defaults live in
-- seeds/texts/crisis-resources.yaml). crisis_lines holds the practice's own version of the lines;
-- NULL means the defaults. No region chosen yet: a safety report prints every region's emergency
-- number, never nothing.
ALTER TABLE practice_settings
    ADD COLUMN crisis_region VARCHAR(2) NULL,
    ADD COLUMN crisis_lines TEXT NULL;
