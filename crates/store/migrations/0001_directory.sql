-- The directory: reference data, organisations, places.
-- Portable SQL for SQLite and PostgreSQL; {{ID}} is the engine's auto-increment primary key.
-- Timestamps are UTC Unix seconds (BIGINT); lists of vocabulary codes are space-separated text.

CREATE TABLE regions (
    code TEXT PRIMARY KEY,
    country TEXT NOT NULL,
    timezone TEXT NOT NULL
);

CREATE TABLE brochure_groups (
    code TEXT PRIMARY KEY,
    region TEXT NOT NULL REFERENCES regions(code),
    name_fr TEXT,
    name_nl TEXT,
    name_en TEXT
);

CREATE TABLE communes (
    nis TEXT PRIMARY KEY,
    region TEXT NOT NULL REFERENCES regions(code),
    slug TEXT NOT NULL,
    name_fr TEXT,
    name_nl TEXT,
    lat DOUBLE PRECISION NOT NULL,
    lon DOUBLE PRECISION NOT NULL,
    brochure_group TEXT REFERENCES brochure_groups(code),
    CONSTRAINT communes_slug_key UNIQUE (region, slug)
);

CREATE TABLE postcodes (
    code TEXT NOT NULL,
    commune_nis TEXT NOT NULL REFERENCES communes(nis),
    is_main BOOLEAN NOT NULL,
    lat DOUBLE PRECISION NOT NULL,
    lon DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (code, commune_nis)
);

CREATE TABLE vocabulary_terms (
    kind TEXT NOT NULL,
    code TEXT NOT NULL,
    mednum TEXT,
    position INTEGER NOT NULL,
    PRIMARY KEY (kind, code)
);

CREATE TABLE organisations (
    id {{ID}},
    source_key TEXT,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    CONSTRAINT organisations_source_key_key UNIQUE (source_key)
);

CREATE TABLE places (
    id {{ID}},
    source_key TEXT,
    organisation_id BIGINT NOT NULL REFERENCES organisations(id),
    kind TEXT NOT NULL,
    name TEXT NOT NULL,
    address TEXT,
    postcode TEXT,
    commune_nis TEXT REFERENCES communes(nis),
    lat DOUBLE PRECISION,
    lon DOUBLE PRECISION,
    opening_hours TEXT,
    mobile BOOLEAN NOT NULL,
    services TEXT NOT NULL,
    publics TEXT NOT NULL,
    languages TEXT NOT NULL,
    accessibility TEXT NOT NULL,
    price TEXT,
    computers INTEGER,
    tablets INTEGER,
    phone TEXT,
    email TEXT,
    website TEXT,
    description TEXT,
    label_status TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    CONSTRAINT places_source_key_key UNIQUE (source_key),
    CONSTRAINT places_kind_check CHECK (kind IN ('epn', 'project', 'other')),
    CONSTRAINT places_label_status_check CHECK (label_status IN ('none', 'labelled', 'withdrawn', 'refused')),
    CONSTRAINT places_lat_check CHECK (lat IS NULL OR (lat >= -90 AND lat <= 90)),
    CONSTRAINT places_lon_check CHECK (lon IS NULL OR (lon >= -180 AND lon <= 180)),
    CONSTRAINT places_capacity_check CHECK ((computers IS NULL OR computers >= 0) AND (tablets IS NULL OR tablets >= 0))
);
CREATE INDEX places_commune_idx ON places (commune_nis);
CREATE INDEX places_organisation_idx ON places (organisation_id);
CREATE INDEX places_updated_idx ON places (updated_at);

-- A funded project run by an organisation at a place (e.g. a call for projects).
CREATE TABLE projects (
    id {{ID}},
    place_id BIGINT NOT NULL REFERENCES places(id),
    call_code TEXT NOT NULL,
    name TEXT NOT NULL,
    amount_cents BIGINT,
    publics_text TEXT,
    source TEXT
);

-- Refurbished IT equipment given by the region to a non-profit, per year.
CREATE TABLE refurbished_it (
    organisation_id BIGINT NOT NULL REFERENCES organisations(id),
    year INTEGER NOT NULL,
    laptops INTEGER NOT NULL,
    desktops INTEGER NOT NULL,
    screens INTEGER NOT NULL,
    source TEXT,
    PRIMARY KEY (organisation_id, year)
);

-- Contradictions found in source data, reported by the data-quality checks.
CREATE TABLE data_issues (
    id {{ID}},
    place_id BIGINT REFERENCES places(id),
    field TEXT NOT NULL,
    value TEXT NOT NULL,
    message TEXT NOT NULL,
    source TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
