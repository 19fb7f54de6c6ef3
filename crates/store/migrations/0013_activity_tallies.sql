-- The monthly rollup of the activity log, kept so that the figures of the
-- region (over a year and every place: up to millions of records) read a
-- few thousand lines instead of every record. One line per month
-- (YYYY-MM), place, organisation (the record's), kind (support, workshop,
-- quick), dimension and value (`domain::activity::figures`): how many
-- records, people and minutes fall there. Every write of the activity log
-- changes it in the same transaction (store::activity::tallies); `passerelle
-- rebuild-tallies` recomputes it from the records. A line whose three sums
-- are zero is removed.
CREATE TABLE activity_tallies (
    month TEXT NOT NULL,
    place_id BIGINT NOT NULL REFERENCES places(id),
    organisation_id BIGINT NOT NULL REFERENCES organisations(id),
    kind TEXT NOT NULL,
    dimension TEXT NOT NULL,
    value TEXT NOT NULL,
    records BIGINT NOT NULL,
    people BIGINT NOT NULL,
    minutes BIGINT NOT NULL,
    CONSTRAINT activity_tallies_key PRIMARY KEY (month, place_id, organisation_id, kind, dimension, value),
    CONSTRAINT activity_tallies_kind_check CHECK (kind IN ('support', 'workshop', 'quick'))
);
-- An EPN's own figures (Places::Organisation) and a group of places.
CREATE INDEX activity_tallies_org_idx ON activity_tallies (organisation_id, month);
CREATE INDEX activity_tallies_place_idx ON activity_tallies (place_id, month);
