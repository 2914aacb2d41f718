-- Guide version 2 has steps for one partner only: "Ease off, stay reachable" for the partner who
-- tends to reach out more (PURSUER), its matching step for the partner who tends to step back
-- (DISTANCER). Such a step is never assigned to both partners.
ALTER TABLE guide_step ADD COLUMN partner_role VARCHAR(12) NULL;
