-- Accounts, sign-in, the back office's proposals and moderation, the audit log,
-- merged places and mistake reports. Timestamps are UTC Unix seconds.

CREATE TABLE users (
    id {{ID}},
    email TEXT NOT NULL,
    name TEXT NOT NULL,
    role TEXT NOT NULL,
    -- argon2id PHC string; NULL until the invitation is accepted.
    password_hash TEXT,
    active BOOLEAN NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    CONSTRAINT users_email_key UNIQUE (email),
    CONSTRAINT users_role_check CHECK (role IN ('admin', 'coordinator', 'epn_manager', 'referrer', 'committee', 'jury'))
);

-- The organisations an EPN manager manages, or the referring structure of a referrer.
CREATE TABLE user_organisations (
    user_id BIGINT NOT NULL REFERENCES users(id),
    organisation_id BIGINT NOT NULL REFERENCES organisations(id),
    PRIMARY KEY (user_id, organisation_id)
);

-- Signed-in browsers: only the SHA-256 of the cookie's secret is stored.
CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users(id),
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL
);
CREATE INDEX sessions_user_idx ON sessions (user_id);

-- Bearer tokens for scripts (API); only their SHA-256 is stored.
CREATE TABLE api_tokens (
    id {{ID}},
    user_id BIGINT NOT NULL REFERENCES users(id),
    token_hash TEXT NOT NULL,
    label TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    last_used_at BIGINT,
    revoked_at BIGINT,
    CONSTRAINT api_tokens_hash_key UNIQUE (token_hash)
);

-- Links sent by e-mail: invitation (set a first password) and password reset.
CREATE TABLE one_time_tokens (
    token_hash TEXT PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users(id),
    purpose TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    used_at BIGINT,
    CONSTRAINT one_time_tokens_purpose_check CHECK (purpose IN ('invite', 'reset'))
);

-- Failed sign-ins, for throttling (by e-mail and by client address).
CREATE TABLE login_failures (
    id {{ID}},
    key TEXT NOT NULL,
    at BIGINT NOT NULL
);
CREATE INDEX login_failures_key_idx ON login_failures (key, at);

-- Organisations the coordination trusts to publish their changes directly.
ALTER TABLE organisations ADD COLUMN trusted BOOLEAN NOT NULL DEFAULT FALSE;

-- Every change: who, when, what, before and after (JSON).
CREATE TABLE audit_log (
    id {{ID}},
    at BIGINT NOT NULL,
    user_id BIGINT REFERENCES users(id),
    action TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id BIGINT,
    place_id BIGINT,
    before_json TEXT,
    after_json TEXT,
    note TEXT
);
CREATE INDEX audit_log_place_idx ON audit_log (place_id, at);
CREATE INDEX audit_log_at_idx ON audit_log (at);

-- Changes proposed by EPN managers, waiting for the coordination.
CREATE TABLE proposals (
    id {{ID}},
    place_id BIGINT REFERENCES places(id),
    organisation_id BIGINT NOT NULL REFERENCES organisations(id),
    author_id BIGINT NOT NULL REFERENCES users(id),
    status TEXT NOT NULL,
    before_json TEXT,
    after_json TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    decided_by BIGINT REFERENCES users(id),
    decided_at BIGINT,
    reason TEXT,
    CONSTRAINT proposals_status_check CHECK (status IN ('pending', 'accepted', 'rejected'))
);
CREATE INDEX proposals_status_idx ON proposals (status, created_at);

-- Places merged into another: their old pages redirect.
CREATE TABLE place_redirects (
    old_id BIGINT PRIMARY KEY,
    new_id BIGINT NOT NULL REFERENCES places(id),
    merged_at BIGINT NOT NULL,
    merged_by BIGINT REFERENCES users(id)
);

-- "Report a mistake" messages from the public page of a place.
CREATE TABLE mistake_reports (
    id {{ID}},
    place_id BIGINT NOT NULL REFERENCES places(id),
    message TEXT NOT NULL,
    contact TEXT,
    created_at BIGINT NOT NULL,
    status TEXT NOT NULL,
    handled_by BIGINT REFERENCES users(id),
    handled_at BIGINT,
    CONSTRAINT mistake_reports_status_check CHECK (status IN ('open', 'done'))
);

-- Reminders sent to the managers of stale places (one per place per period).
CREATE TABLE stale_reminders (
    place_id BIGINT NOT NULL REFERENCES places(id),
    sent_at BIGINT NOT NULL,
    recipients INTEGER NOT NULL,
    PRIMARY KEY (place_id, sent_at)
);
