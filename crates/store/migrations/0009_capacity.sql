-- What each place can take in, per calendar year (issue 11): days and hours
-- open in a usual week, visitors (average a weekday, on Saturday, counted or
-- estimated), equipment, trainings and animators. One record per place and
-- year; a correction replaces it (the audit log keeps the former values).
CREATE TABLE place_capacity (
    id {{ID}},
    place_id BIGINT NOT NULL REFERENCES places(id),
    year INTEGER NOT NULL,
    days_open INTEGER NOT NULL,
    hours_open INTEGER NOT NULL,
    visitors_weekday INTEGER NOT NULL,
    visitors_saturday INTEGER NOT NULL,
    visitors_counted BOOLEAN NOT NULL,
    computers INTEGER NOT NULL,
    tablets INTEGER NOT NULL,
    other_equipment TEXT,
    trainings BOOLEAN NOT NULL,
    animators INTEGER NOT NULL,
    -- Full-time equivalents in hundredths (250 = 2.5); NULL: not said.
    animators_fte_hundredths INTEGER,
    created_by BIGINT REFERENCES users(id),
    created_at BIGINT NOT NULL,
    updated_by BIGINT REFERENCES users(id),
    updated_at BIGINT NOT NULL,
    UNIQUE (place_id, year)
);
