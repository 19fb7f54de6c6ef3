-- The plan's deliverables and its approved versions (issue 13).
--
-- A deliverable belongs to a measure of a plan (`plan` is the plan's code,
-- `measure` its number, `owner` an organisation code of the plan file —
-- all checked by domain::deliverable before a row is written). `due_year`
-- and `due_quarter` say when it is due; `status` is one of
-- domain::deliverable::Status; `evidence` an http(s) address or a path of
-- this site. A deliverable is never deleted: it is dropped.
CREATE TABLE plan_deliverables (
    id {{ID}},
    plan TEXT NOT NULL,
    measure INTEGER NOT NULL,
    what TEXT NOT NULL,
    lang TEXT NOT NULL,
    owner TEXT,
    due_year INTEGER NOT NULL,
    due_quarter INTEGER NOT NULL,
    status TEXT NOT NULL,
    evidence TEXT,
    note TEXT,
    created_by BIGINT REFERENCES users(id),
    created_at BIGINT NOT NULL,
    updated_by BIGINT REFERENCES users(id),
    updated_at BIGINT NOT NULL,
    CONSTRAINT plan_deliverables_quarter_check CHECK (due_quarter BETWEEN 1 AND 4),
    CONSTRAINT plan_deliverables_status_check CHECK (status IN ('planned', 'in_progress', 'done', 'late', 'dropped'))
);

CREATE INDEX plan_deliverables_due_idx ON plan_deliverables (plan, due_year, due_quarter);
CREATE INDEX plan_deliverables_measure_idx ON plan_deliverables (plan, measure);

-- Each status a deliverable took, with who, when and why (the first one
-- is written when the deliverable is created).
CREATE TABLE plan_deliverable_events (
    id {{ID}},
    deliverable_id BIGINT NOT NULL REFERENCES plan_deliverables(id),
    status TEXT NOT NULL,
    evidence TEXT,
    note TEXT,
    user_id BIGINT REFERENCES users(id),
    at BIGINT NOT NULL
);

CREATE INDEX plan_deliverable_events_idx ON plan_deliverable_events (deliverable_id, id);

-- A version of the plan submitted to the steering committee: the snapshot
-- (domain::plan_version::Snapshot as canonical JSON) as it was when
-- submitted, never changed; the committee's decision ('approved' or
-- 'returned') with who, when and why. At most one version of a plan waits
-- for a decision at a time (checked by the store).
CREATE TABLE plan_versions (
    id {{ID}},
    plan TEXT NOT NULL,
    number INTEGER NOT NULL,
    snapshot TEXT NOT NULL,
    note TEXT,
    submitted_by BIGINT REFERENCES users(id),
    submitted_at BIGINT NOT NULL,
    decision TEXT,
    decision_note TEXT,
    decided_by BIGINT REFERENCES users(id),
    decided_at BIGINT,
    CONSTRAINT plan_versions_number_key UNIQUE (plan, number),
    CONSTRAINT plan_versions_decision_check CHECK (decision IS NULL OR decision IN ('approved', 'returned'))
);
