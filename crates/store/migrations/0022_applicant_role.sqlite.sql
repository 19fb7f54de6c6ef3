-- The applicant role (issue 14): an organisation that applies to a call for
-- projects signs in with an account of role 'applicant'. The role is one
-- more value of users_role_check; SQLite cannot change a CHECK constraint,
-- so the table is rebuilt (the documented procedure, with the foreign keys
-- of the tables that reference users deferred to the end of the migration's
-- transaction, where every id is back). PostgreSQL has its own file.
PRAGMA defer_foreign_keys = ON;
CREATE TEMP TABLE users_before_0022 AS SELECT * FROM users;
DROP TABLE users;
CREATE TABLE users (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    email TEXT NOT NULL,
    name TEXT NOT NULL,
    role TEXT NOT NULL,
    -- argon2id PHC string; NULL until the invitation is accepted.
    password_hash TEXT,
    active BOOLEAN NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    mail_lang TEXT,
    referral_progress_mails BOOLEAN NOT NULL DEFAULT TRUE,
    CONSTRAINT users_email_key UNIQUE (email),
    CONSTRAINT users_role_check CHECK (role IN ('admin', 'coordinator', 'epn_manager', 'referrer', 'committee', 'jury', 'applicant'))
);
INSERT INTO users (id, email, name, role, password_hash, active, created_at, updated_at, mail_lang, referral_progress_mails)
    SELECT id, email, name, role, password_hash, active, created_at, updated_at, mail_lang, referral_progress_mails
    FROM users_before_0022;
DROP TABLE users_before_0022;
