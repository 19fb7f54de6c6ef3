-- Calls for projects, applications, the jury and the selection (issue 14).
-- Rules of every field are in domain::grants; amounts are integer cents,
-- dates ISO 'YYYY-MM-DD' text, instants unix seconds.

-- The Belgian company number (10 digits, checked by domain::company_number)
-- of an organisation, when known: its 360Giving id is BE-BCE_KBO-<number>.
ALTER TABLE organisations ADD COLUMN company_number TEXT;

-- A call: who funds it and who runs it (the region may delegate to a
-- foundation), its envelope, the least and most per project, who may apply,
-- when, and how an agreement is paid. `status`: 'draft' (only the
-- coordination sees it), 'published' (open from opens_on, closed after
-- closes_at), 'decided' (the selection is recorded). `languages`: the
-- languages an application may be written in, comma-separated codes.
-- `eligible_kinds`: organisation kinds that may apply (comma-separated codes
-- of domain::grants::call, empty: any); `eligible_publics`: the publics of
-- which a project must address at least one (empty: any); `in_region`: the
-- project's place must be a commune of the region. `tranches`: the agreement
-- is paid in these percents, comma-separated ('80,20').
CREATE TABLE grant_calls (
    id {{ID}},
    key TEXT NOT NULL,
    funder_organisation_id BIGINT NOT NULL REFERENCES organisations(id),
    operator_organisation_id BIGINT NOT NULL REFERENCES organisations(id),
    envelope_cents BIGINT NOT NULL,
    operator_fee_cents BIGINT NOT NULL DEFAULT 0,
    min_cents BIGINT NOT NULL,
    max_cents BIGINT NOT NULL,
    opens_on TEXT NOT NULL,
    closes_at BIGINT NOT NULL,
    languages TEXT NOT NULL,
    eligible_kinds TEXT NOT NULL,
    eligible_publics TEXT NOT NULL,
    in_region BOOLEAN NOT NULL,
    tranches TEXT NOT NULL,
    -- Days after the end of the project by which the final report is due.
    report_days INTEGER NOT NULL DEFAULT 60,
    status TEXT NOT NULL,
    -- Where the call's record comes from when it was not run in Passerelle
    -- (a report's lines), and what the open data must say about it.
    source TEXT,
    created_by BIGINT REFERENCES users(id),
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    CONSTRAINT grant_calls_key_key UNIQUE (key),
    CONSTRAINT grant_calls_status_check CHECK (status IN ('draft', 'published', 'decided')),
    CONSTRAINT grant_calls_amounts_check CHECK (envelope_cents >= 0 AND operator_fee_cents >= 0
        AND min_cents >= 0 AND max_cents >= min_cents)
);

-- A call's words in each language it is published in: title, summary, the
-- rules as the public page shows them.
CREATE TABLE grant_call_texts (
    call_id BIGINT NOT NULL REFERENCES grant_calls(id),
    lang TEXT NOT NULL,
    title TEXT NOT NULL,
    summary TEXT NOT NULL,
    rules TEXT NOT NULL,
    PRIMARY KEY (call_id, lang)
);

-- The weighted criteria the jury scores, each on a scale 0..scale_max.
-- `labels`: a JSON object language -> words.
CREATE TABLE grant_criteria (
    call_id BIGINT NOT NULL REFERENCES grant_calls(id),
    key TEXT NOT NULL,
    position INTEGER NOT NULL,
    weight INTEGER NOT NULL,
    scale_max INTEGER NOT NULL,
    labels TEXT NOT NULL,
    PRIMARY KEY (call_id, key),
    CONSTRAINT grant_criteria_check CHECK (weight > 0 AND scale_max > 0)
);

-- The questions of the application form beyond the fixed fields.
-- `labels`: a JSON object language -> words.
CREATE TABLE grant_questions (
    call_id BIGINT NOT NULL REFERENCES grant_calls(id),
    key TEXT NOT NULL,
    position INTEGER NOT NULL,
    labels TEXT NOT NULL,
    required BOOLEAN NOT NULL,
    max_chars INTEGER NOT NULL,
    PRIMARY KEY (call_id, key)
);

-- An application of an organisation to a call. `status` as in
-- domain::grants::application: 'draft', 'submitted', 'corrections' (the
-- instruction asked for corrections; the applicant can edit and answer),
-- 'accepted', 'refused', 'closed'. `reference`: the call's number for it
-- (the report's 'DB21-01'), set at submission. `answers`: a JSON object
-- question key -> text. `publics`: comma-separated codes.
CREATE TABLE grant_applications (
    id {{ID}},
    call_id BIGINT NOT NULL REFERENCES grant_calls(id),
    organisation_id BIGINT NOT NULL REFERENCES organisations(id),
    reference TEXT,
    status TEXT NOT NULL,
    lang TEXT NOT NULL,
    title TEXT NOT NULL,
    postcode TEXT,
    commune_nis TEXT REFERENCES communes(nis),
    amount_cents BIGINT,
    publics TEXT NOT NULL,
    description TEXT NOT NULL,
    answers TEXT NOT NULL,
    created_by BIGINT REFERENCES users(id),
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    submitted_at BIGINT,
    CONSTRAINT grant_applications_reference_key UNIQUE (call_id, reference),
    CONSTRAINT grant_applications_status_check CHECK (status IN ('draft', 'submitted', 'corrections', 'accepted', 'refused', 'closed')),
    CONSTRAINT grant_applications_amount_check CHECK (amount_cents IS NULL OR amount_cents >= 0)
);
CREATE INDEX grant_applications_call_idx ON grant_applications (call_id, status);
CREATE INDEX grant_applications_organisation_idx ON grant_applications (organisation_id);

-- The project's budget lines, as the applicant writes them.
CREATE TABLE grant_budget_lines (
    application_id BIGINT NOT NULL REFERENCES grant_applications(id),
    position INTEGER NOT NULL,
    label TEXT NOT NULL,
    amount_cents BIGINT NOT NULL,
    PRIMARY KEY (application_id, position),
    CONSTRAINT grant_budget_lines_amount_check CHECK (amount_cents >= 0)
);

-- Files attached to an application (kept in the database, so that a backup
-- holds them; the size is limited by domain::grants::application).
CREATE TABLE grant_attachments (
    id {{ID}},
    application_id BIGINT NOT NULL REFERENCES grant_applications(id),
    filename TEXT NOT NULL,
    content_type TEXT NOT NULL,
    size_bytes BIGINT NOT NULL,
    sha256 TEXT NOT NULL,
    content BYTEA NOT NULL,
    uploaded_by BIGINT REFERENCES users(id),
    uploaded_at BIGINT NOT NULL
);
CREATE INDEX grant_attachments_application_idx ON grant_attachments (application_id);

-- Every step of an application, with who, when and why: created,
-- submitted, corrections_asked, corrections_answered, accepted, refused,
-- closed. `status` is the status after the step.
CREATE TABLE grant_application_events (
    id {{ID}},
    application_id BIGINT NOT NULL REFERENCES grant_applications(id),
    action TEXT NOT NULL,
    status TEXT NOT NULL,
    note TEXT,
    user_id BIGINT REFERENCES users(id),
    at BIGINT NOT NULL
);
CREATE INDEX grant_application_events_idx ON grant_application_events (application_id, id);

-- The jurors invited to a call (accounts of role 'jury').
CREATE TABLE grant_jurors (
    call_id BIGINT NOT NULL REFERENCES grant_calls(id),
    user_id BIGINT NOT NULL REFERENCES users(id),
    invited_by BIGINT REFERENCES users(id),
    invited_at BIGINT NOT NULL,
    PRIMARY KEY (call_id, user_id)
);

-- A juror's conflict of interest with an application, declared by the
-- juror or by the coordination: that juror neither sees nor scores it.
CREATE TABLE grant_conflicts (
    application_id BIGINT NOT NULL REFERENCES grant_applications(id),
    user_id BIGINT NOT NULL REFERENCES users(id),
    reason TEXT NOT NULL,
    declared_by BIGINT REFERENCES users(id),
    declared_at BIGINT NOT NULL,
    PRIMARY KEY (application_id, user_id)
);

-- A juror's mark on one criterion of one application: `score` NULL is
-- "not assessed", kept apart from 0.
CREATE TABLE grant_scores (
    application_id BIGINT NOT NULL REFERENCES grant_applications(id),
    user_id BIGINT NOT NULL REFERENCES users(id),
    criterion TEXT NOT NULL,
    score INTEGER,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (application_id, user_id, criterion),
    CONSTRAINT grant_scores_check CHECK (score IS NULL OR score >= 0)
);

-- A juror's comment on an application.
CREATE TABLE grant_reviews (
    application_id BIGINT NOT NULL REFERENCES grant_applications(id),
    user_id BIGINT NOT NULL REFERENCES users(id),
    comment TEXT NOT NULL,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (application_id, user_id)
);

-- Scenarios of selection under the envelope: which applications, with
-- which amounts.
CREATE TABLE grant_scenarios (
    id {{ID}},
    call_id BIGINT NOT NULL REFERENCES grant_calls(id),
    name TEXT NOT NULL,
    note TEXT,
    created_by BIGINT REFERENCES users(id),
    created_at BIGINT NOT NULL
);
CREATE TABLE grant_scenario_lines (
    scenario_id BIGINT NOT NULL REFERENCES grant_scenarios(id),
    application_id BIGINT NOT NULL REFERENCES grant_applications(id),
    amount_cents BIGINT NOT NULL,
    PRIMARY KEY (scenario_id, application_id),
    CONSTRAINT grant_scenario_lines_amount_check CHECK (amount_cents > 0)
);

-- The decision of a call: the scenario retained, the date, the jury's
-- minutes (text, and optionally an address where they are published).
CREATE TABLE grant_decisions (
    call_id BIGINT NOT NULL REFERENCES grant_calls(id) PRIMARY KEY,
    scenario_id BIGINT REFERENCES grant_scenarios(id),
    decided_on TEXT NOT NULL,
    minutes TEXT NOT NULL,
    -- What the open data must say about the decision date (a report that
    -- gives none), when anything.
    date_note TEXT,
    decided_by BIGINT REFERENCES users(id),
    recorded_at BIGINT NOT NULL
);

-- The agreement of an accepted application: the amount awarded, its
-- tranches, when the final report is due.
CREATE TABLE grant_agreements (
    id {{ID}},
    application_id BIGINT NOT NULL REFERENCES grant_applications(id),
    amount_cents BIGINT NOT NULL,
    tranches TEXT NOT NULL,
    signed_on TEXT,
    project_ends_on TEXT,
    report_due_on TEXT,
    created_by BIGINT REFERENCES users(id),
    created_at BIGINT NOT NULL,
    CONSTRAINT grant_agreements_application_key UNIQUE (application_id),
    CONSTRAINT grant_agreements_amount_check CHECK (amount_cents > 0)
);

-- Each tranche paid.
CREATE TABLE grant_payments (
    id {{ID}},
    agreement_id BIGINT NOT NULL REFERENCES grant_agreements(id),
    tranche INTEGER NOT NULL,
    amount_cents BIGINT NOT NULL,
    paid_on TEXT NOT NULL,
    recorded_by BIGINT REFERENCES users(id),
    recorded_at BIGINT NOT NULL,
    CONSTRAINT grant_payments_tranche_key UNIQUE (agreement_id, tranche),
    CONSTRAINT grant_payments_amount_check CHECK (amount_cents > 0)
);

-- The final activity report of an agreement, and the reminders sent for it.
CREATE TABLE grant_reports (
    agreement_id BIGINT NOT NULL REFERENCES grant_agreements(id) PRIMARY KEY,
    received_on TEXT NOT NULL,
    summary TEXT NOT NULL,
    recorded_by BIGINT REFERENCES users(id),
    recorded_at BIGINT NOT NULL
);
CREATE TABLE grant_report_reminders (
    agreement_id BIGINT NOT NULL REFERENCES grant_agreements(id),
    sent_on TEXT NOT NULL,
    PRIMARY KEY (agreement_id, sent_on)
);

-- What a report declares about a call recorded from it ("30 projects,
-- 390,000 EUR in all"), kept beside the lines so that the difference can
-- be shown, never corrected.
CREATE TABLE grant_declared (
    call_id BIGINT NOT NULL REFERENCES grant_calls(id) PRIMARY KEY,
    total_cents BIGINT,
    projects BIGINT
);
