-- The EPN label: applications, every step of the procedure (who, when, why),
-- yearly confirmations by labelled EPN and review flags for the coordination.
-- Timestamps are UTC Unix seconds; dates the procedure records (a visit, a
-- meeting, a decision) are 'YYYY-MM-DD' text; weekly hours are whole minutes.

-- One application of an organisation for one or several of its places (an EPN
-- on two sites holds one label). A refused or withdrawn EPN applies again with
-- a new application; the old one keeps its history.
CREATE TABLE label_applications (
    id {{ID}},
    organisation_id BIGINT NOT NULL REFERENCES organisations(id),
    state TEXT NOT NULL,
    -- The form; NULL while a draft leaves a question unanswered.
    computers INTEGER,
    opening_hours TEXT,
    training_minutes INTEGER,
    free_access_minutes INTEGER,
    open_to_all_adults BOOLEAN,
    basic_price TEXT,
    -- Vocabulary codes of the publics welcomed, space-separated.
    publics TEXT NOT NULL,
    activities TEXT,
    -- The version of the charter accepted (NULL: not accepted) and when.
    charter_version TEXT,
    charter_accepted_at BIGINT,
    -- How the record came to be known (e.g. imported from a report).
    note TEXT,
    created_by BIGINT REFERENCES users(id),
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    CONSTRAINT label_applications_state_check CHECK (state IN
        ('draft', 'submitted', 'under_examination', 'recommended', 'advised', 'granted', 'refused', 'withdrawn')),
    CONSTRAINT label_applications_price_check CHECK (basic_price IS NULL OR basic_price IN ('free', 'symbolic', 'paid')),
    CONSTRAINT label_applications_figures_check CHECK ((computers IS NULL OR computers >= 0)
        AND (training_minutes IS NULL OR training_minutes BETWEEN 0 AND 10080)
        AND (free_access_minutes IS NULL OR free_access_minutes BETWEEN 0 AND 10080))
);
CREATE INDEX label_applications_org_idx ON label_applications (organisation_id);
CREATE INDEX label_applications_state_idx ON label_applications (state);

CREATE TABLE label_application_places (
    application_id BIGINT NOT NULL REFERENCES label_applications(id),
    place_id BIGINT NOT NULL REFERENCES places(id),
    PRIMARY KEY (application_id, place_id)
);
CREATE INDEX label_application_places_place_idx ON label_application_places (place_id);

-- Every step taken: who (user_id, NULL for history imported from a source),
-- when it was recorded (at), the body that took it, and why.
CREATE TABLE label_events (
    id {{ID}},
    application_id BIGINT NOT NULL REFERENCES label_applications(id),
    at BIGINT NOT NULL,
    user_id BIGINT REFERENCES users(id),
    -- applicant, coordination, working_group, steering_committee; NULL when a source does not say.
    body TEXT,
    step TEXT NOT NULL,
    from_state TEXT NOT NULL,
    to_state TEXT NOT NULL,
    -- The date of the visit, meeting or decision; NULL when the source gives only a year (event_year) or nothing.
    event_date TEXT,
    event_year INTEGER,
    -- Favourable recommendation or advice; granted decision.
    favourable BOOLEAN,
    reasons TEXT,
    notes TEXT
);
CREATE INDEX label_events_application_idx ON label_events (application_id, id);

-- A labelled EPN confirms its data once a year (the facts as JSON).
CREATE TABLE label_confirmations (
    application_id BIGINT NOT NULL REFERENCES label_applications(id),
    year INTEGER NOT NULL,
    confirmed_by BIGINT REFERENCES users(id),
    confirmed_at BIGINT NOT NULL,
    facts_json TEXT NOT NULL,
    PRIMARY KEY (application_id, year)
);

-- A labelled place whose data no longer meets a criterion: flagged for the
-- coordination to look at. Never a withdrawal by itself.
CREATE TABLE label_review_flags (
    id {{ID}},
    application_id BIGINT NOT NULL REFERENCES label_applications(id),
    place_id BIGINT REFERENCES places(id),
    criterion TEXT NOT NULL,
    actual TEXT NOT NULL,
    required TEXT NOT NULL,
    -- Where the failing figure comes from: directory, confirmation or application.
    source TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    resolved_at BIGINT,
    resolved_by BIGINT REFERENCES users(id),
    resolution TEXT
);
CREATE INDEX label_review_flags_open_idx ON label_review_flags (resolved_at, application_id);
