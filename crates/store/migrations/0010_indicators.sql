-- Programme indicators and events of the plan (issue 11). The definitions of
-- programmes, indicators and audience kinds are data of the region
-- (data/regions/<region>/indicators.toml); here are the values the
-- coordination enters. A value is an integer in its unit's stored form
-- (tenths of hours, cents of euros); a period is 'YYYY' or 'YYYY-MM'.
-- Timestamps are UTC Unix seconds.
CREATE TABLE indicator_values (
    id {{ID}},
    indicator TEXT NOT NULL,
    period TEXT NOT NULL,
    value BIGINT NOT NULL,
    source_note TEXT NOT NULL,
    updated_by BIGINT REFERENCES users(id),
    updated_at BIGINT NOT NULL,
    UNIQUE (indicator, period)
);

-- An event of the plan (a workshop series, a fair…): its day (YYYY-MM-DD),
-- the plan's measure (free text until the measures are data), a public
-- (vocabulary code), a title and a source note.
CREATE TABLE plan_events (
    id {{ID}},
    event_date TEXT NOT NULL,
    measure TEXT NOT NULL,
    public_code TEXT NOT NULL,
    title TEXT NOT NULL,
    source_note TEXT NOT NULL,
    created_by BIGINT REFERENCES users(id),
    created_at BIGINT NOT NULL
);
CREATE INDEX plan_events_date ON plan_events (event_date);

-- An event's audience counts by kind (sessions, pupils…).
CREATE TABLE plan_event_audiences (
    event_id BIGINT NOT NULL REFERENCES plan_events(id),
    kind TEXT NOT NULL,
    count BIGINT NOT NULL,
    PRIMARY KEY (event_id, kind)
);
