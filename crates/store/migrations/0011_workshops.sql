-- Collective workshops of the activity log: where, when, what, how long, at
-- which level, on which themes, and anonymous counts of participants. `day`
-- is the local calendar date (YYYY-MM-DD); timestamps are UTC Unix seconds.
-- A breakdown (gender, age band, status) is its counts as space-separated
-- numbers in the order of `domain::activity::workshop::Breakdown`'s
-- categories, or NULL when not given.
CREATE TABLE activity_workshops (
    id {{ID}},
    organisation_id BIGINT NOT NULL REFERENCES organisations(id),
    place_id BIGINT NOT NULL REFERENCES places(id),
    -- The Passerelle session it was filled in from, if any.
    session_id BIGINT REFERENCES activity_sessions(id),
    day TEXT NOT NULL,
    title TEXT NOT NULL,
    -- beginner, intermediate or advanced.
    level TEXT NOT NULL,
    minutes INTEGER NOT NULL,
    themes TEXT NOT NULL,
    participants INTEGER NOT NULL,
    gender_counts TEXT,
    age_counts TEXT,
    status_counts TEXT,
    created_by BIGINT REFERENCES users(id),
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    CONSTRAINT activity_workshops_minutes_check CHECK (minutes > 0),
    CONSTRAINT activity_workshops_participants_check CHECK (participants BETWEEN 1 AND 500),
    CONSTRAINT activity_workshops_level_check CHECK (level IN ('beginner', 'intermediate', 'advanced'))
);
CREATE INDEX activity_workshops_org_idx ON activity_workshops (organisation_id, day);
