-- The applicant role (issue 14): an organisation that applies to a call for
-- projects signs in with an account of role 'applicant'. The SQLite file
-- rebuilds the table; PostgreSQL replaces the constraint.
ALTER TABLE users DROP CONSTRAINT users_role_check;
ALTER TABLE users ADD CONSTRAINT users_role_check
    CHECK (role IN ('admin', 'coordinator', 'epn_manager', 'referrer', 'committee', 'jury', 'applicant'));
