-- Score anchors are versioned (seeds/texts/score-anchors-vN.yaml): each session keeps the version
-- its scores were given under, so an old score keeps its meaning. Every session recorded before
-- this migration was scored under version 1.
-- Video and phone sessions record, per partner, that location and privacy were confirmed at the
-- start (never where the partner was).
ALTER TABLE counseling_session
    ADD COLUMN anchors_version      TINYINT NOT NULL DEFAULT 1,
    ADD COLUMN a_location_confirmed BOOLEAN NULL,
    ADD COLUMN a_privacy_confirmed  BOOLEAN NULL,
    ADD COLUMN b_location_confirmed BOOLEAN NULL,
    ADD COLUMN b_privacy_confirmed  BOOLEAN NULL;
