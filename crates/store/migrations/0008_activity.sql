-- The EPN activity log. An individual support is one person helped: where,
-- when, how long, themes, equipment, autonomy, redirection; nothing about the
-- person. `day` is the local calendar date of the support (YYYY-MM-DD: a day,
-- not an instant); timestamps are UTC Unix seconds; lists of codes are
-- space-separated text.
CREATE TABLE activity_supports (
    id {{ID}},
    organisation_id BIGINT NOT NULL REFERENCES organisations(id),
    place_id BIGINT NOT NULL REFERENCES places(id),
    day TEXT NOT NULL,
    minutes INTEGER NOT NULL,
    -- place, home, remote or elsewhere.
    location TEXT NOT NULL,
    themes TEXT NOT NULL,
    equipment TEXT NOT NULL,
    -- alone, helped or done-for.
    autonomy TEXT NOT NULL,
    redirect_place_id BIGINT REFERENCES places(id),
    redirect_text TEXT,
    created_by BIGINT REFERENCES users(id),
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    CONSTRAINT activity_supports_minutes_check CHECK (minutes > 0),
    CONSTRAINT activity_supports_location_check CHECK (location IN ('place', 'home', 'remote', 'elsewhere')),
    CONSTRAINT activity_supports_autonomy_check CHECK (autonomy IN ('alone', 'helped', 'done-for'))
);
CREATE INDEX activity_supports_org_idx ON activity_supports (organisation_id, day);

-- Quick help ("five minutes at the desk"): a count per day, place and theme.
CREATE TABLE activity_quick_help (
    id {{ID}},
    organisation_id BIGINT NOT NULL REFERENCES organisations(id),
    place_id BIGINT NOT NULL REFERENCES places(id),
    day TEXT NOT NULL,
    theme TEXT NOT NULL,
    count INTEGER NOT NULL,
    updated_at BIGINT NOT NULL,
    CONSTRAINT activity_quick_help_key UNIQUE (place_id, day, theme)
);
CREATE INDEX activity_quick_help_org_idx ON activity_quick_help (organisation_id, day);
