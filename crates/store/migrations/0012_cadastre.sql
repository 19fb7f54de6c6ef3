-- The funding cadastre of the labelled EPN (issue 11, item 3): per place and
-- calendar year, the costs, and the resources by funder (a code of the
-- region's funders file) received by the EPN or mobilised by its host
-- structure. Money in integer cents. A correction replaces the year's entry
-- and its lines (the audit log keeps the former values).
CREATE TABLE cadastre_entries (
    id {{ID}},
    place_id BIGINT NOT NULL REFERENCES places(id),
    year INTEGER NOT NULL,
    cost_epn_staff_cents BIGINT NOT NULL,
    cost_host_staff_cents BIGINT NOT NULL,
    cost_running_cents BIGINT NOT NULL,
    created_by BIGINT REFERENCES users(id),
    created_at BIGINT NOT NULL,
    updated_by BIGINT REFERENCES users(id),
    updated_at BIGINT NOT NULL,
    UNIQUE (place_id, year)
);

CREATE TABLE cadastre_resources (
    id {{ID}},
    entry_id BIGINT NOT NULL REFERENCES cadastre_entries(id),
    funder TEXT NOT NULL,
    by_host BOOLEAN NOT NULL,
    amount_cents BIGINT NOT NULL,
    UNIQUE (entry_id, funder, by_host)
);

-- The staff of the entry: head counts by contract type (permanent,
-- fixed-term, subsidised, volunteer), role (animator, coordinator, other)
-- and working time.
CREATE TABLE cadastre_staff (
    id {{ID}},
    entry_id BIGINT NOT NULL REFERENCES cadastre_entries(id),
    contract TEXT NOT NULL,
    role TEXT NOT NULL,
    full_time BOOLEAN NOT NULL,
    head_count INTEGER NOT NULL,
    UNIQUE (entry_id, contract, role, full_time)
);
