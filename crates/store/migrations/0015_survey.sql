-- The yearly visitor survey (issue 12).
--
-- A questionnaire version is stored whole, as the JSON of
-- `domain::survey::Questionnaire` (sections, questions, lists, conditions,
-- labels in every language); a version never changes once an edition uses
-- it (a new version is a new line).
CREATE TABLE survey_questionnaires (
    id {{ID}},
    form_id TEXT NOT NULL,
    version TEXT NOT NULL,
    definition TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    CONSTRAINT survey_questionnaires_version_key UNIQUE (form_id, version)
);

-- An edition: a questionnaire version asked during a period (dates
-- inclusive, YYYY-MM-DD, Europe/Brussels). `illustrative` marks generated
-- demo answers, said on every page that shows them. `compare_with` is the
-- earlier edition its results are compared to.
CREATE TABLE survey_editions (
    id {{ID}},
    slug TEXT NOT NULL,
    title TEXT NOT NULL,
    questionnaire_id BIGINT NOT NULL REFERENCES survey_questionnaires(id),
    opens_on TEXT NOT NULL,
    closes_on TEXT NOT NULL,
    illustrative BOOLEAN NOT NULL DEFAULT FALSE,
    compare_with BIGINT REFERENCES survey_editions(id),
    created_at BIGINT NOT NULL,
    CONSTRAINT survey_editions_slug_key UNIQUE (slug),
    CONSTRAINT survey_editions_period_check CHECK (opens_on <= closes_on)
);

-- A participating place: its short code (the link /s/{code} and the QR
-- code of its poster), its estimated weekly visitors (taken from its
-- capacity records when they exist, `weekly_source` = 'capacity', or
-- entered, 'entered'; NULL when unknown) and the value of the
-- questionnaire's hidden question for its public (e.g. `mobile`, so that
-- the mobile EPN's visitors see their part only).
CREATE TABLE survey_edition_places (
    edition_id BIGINT NOT NULL REFERENCES survey_editions(id),
    place_id BIGINT NOT NULL REFERENCES places(id),
    code TEXT NOT NULL,
    weekly_visitors BIGINT,
    weekly_source TEXT,
    public TEXT,
    PRIMARY KEY (edition_id, place_id),
    CONSTRAINT survey_edition_places_code_key UNIQUE (code),
    CONSTRAINT survey_edition_places_source_check CHECK (weekly_source IN ('capacity', 'entered'))
);

-- A complete answer. Anonymous by construction: no account, no address,
-- no user agent, no referrer, no time of day — the day only. `answers` is
-- the JSON object of `domain::survey::Answers` (question name → value).
CREATE TABLE survey_answers (
    id {{ID}},
    edition_id BIGINT NOT NULL REFERENCES survey_editions(id),
    place_id BIGINT NOT NULL REFERENCES places(id),
    answered_on TEXT NOT NULL,
    lang TEXT NOT NULL,
    answers TEXT NOT NULL
);
CREATE INDEX survey_answers_edition_idx ON survey_answers (edition_id, place_id);

-- An answer being given, so that a visitor can stop and come back on the
-- same device: the device keeps a random token in a cookie, the database
-- its SHA-256 only. Deleted when the answer is complete, and 30 days after
-- the last change (the daily job).
CREATE TABLE survey_drafts (
    token_hash TEXT NOT NULL PRIMARY KEY,
    edition_id BIGINT NOT NULL REFERENCES survey_editions(id),
    place_id BIGINT NOT NULL REFERENCES places(id),
    lang TEXT NOT NULL,
    answers TEXT NOT NULL,
    updated_on TEXT NOT NULL
);
