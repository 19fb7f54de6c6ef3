-- Sessions (workshops, trainings, drop-in help hours) that EPN publish, their
-- seats, the bookings made by referrers or by people themselves, the waiting
-- list and attendance. Timestamps are UTC Unix seconds; money is in cents;
-- lists of vocabulary codes are space-separated text.
-- (The table `sessions` of migration 3 holds sign-in sessions: these are
-- `activity_sessions`.)

-- Occurrences published together (a recurring session): how it repeats, as
-- JSON ({"every_weeks":1,"weekdays":[],"until":"2027-06-30","skip":[]}).
CREATE TABLE session_series (
    id {{ID}},
    organisation_id BIGINT NOT NULL REFERENCES organisations(id),
    rule_json TEXT NOT NULL,
    created_by BIGINT REFERENCES users(id),
    created_at BIGINT NOT NULL
);

CREATE TABLE activity_sessions (
    id {{ID}},
    series_id BIGINT REFERENCES session_series(id),
    organisation_id BIGINT NOT NULL REFERENCES organisations(id),
    -- NULL for a mobile activity, which says where it happens instead.
    place_id BIGINT REFERENCES places(id),
    location TEXT,
    postcode TEXT,
    commune_nis TEXT REFERENCES communes(nis),
    title TEXT NOT NULL,
    description TEXT,
    -- A theme code and the DigComp competence area it belongs to
    -- (information, communication, content-creation, safety, problem-solving).
    theme TEXT NOT NULL,
    area TEXT NOT NULL,
    level TEXT NOT NULL,
    languages TEXT NOT NULL,
    starts_at BIGINT NOT NULL,
    ends_at BIGINT NOT NULL,
    seats INTEGER NOT NULL,
    waiting_list BOOLEAN NOT NULL,
    self_booking BOOLEAN NOT NULL,
    price_cents BIGINT NOT NULL,
    publics TEXT NOT NULL,
    bring TEXT,
    accessibility TEXT NOT NULL,
    status TEXT NOT NULL,
    cancel_reason TEXT,
    -- Grows at every change the people booked are told of (iCalendar SEQUENCE).
    sequence INTEGER NOT NULL DEFAULT 0,
    created_by BIGINT REFERENCES users(id),
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    CONSTRAINT activity_sessions_status_check CHECK (status IN ('scheduled', 'cancelled')),
    CONSTRAINT activity_sessions_level_check CHECK (level IN ('beginner', 'intermediate', 'advanced')),
    CONSTRAINT activity_sessions_area_check CHECK (area IN ('information', 'communication', 'content-creation', 'safety', 'problem-solving')),
    CONSTRAINT activity_sessions_seats_check CHECK (seats >= 1),
    CONSTRAINT activity_sessions_price_check CHECK (price_cents >= 0),
    CONSTRAINT activity_sessions_time_check CHECK (ends_at > starts_at),
    CONSTRAINT activity_sessions_where_check CHECK (place_id IS NOT NULL OR location IS NOT NULL)
);
CREATE INDEX activity_sessions_starts_idx ON activity_sessions (starts_at);
CREATE INDEX activity_sessions_place_idx ON activity_sessions (place_id, starts_at);
CREATE INDEX activity_sessions_organisation_idx ON activity_sessions (organisation_id, starts_at);
CREATE INDEX activity_sessions_series_idx ON activity_sessions (series_id);

-- A seat (confirmed), a place on the waiting list (waiting, first come first
-- served by id) or a cancelled booking, for one person. The person is
-- pseudonymous: a first name or a nickname, a phone or an e-mail only if they
-- want reminders. Consent is kept with the exact text shown and its time.
CREATE TABLE session_bookings (
    id {{ID}},
    session_id BIGINT NOT NULL REFERENCES activity_sessions(id),
    status TEXT NOT NULL,
    -- NULL once anonymised (the booking is kept for the counts).
    person_name TEXT,
    phone TEXT,
    email TEXT,
    -- The language the person is written to in (fr, nl, en, ar).
    lang TEXT NOT NULL,
    consent_text TEXT NOT NULL,
    consent_at BIGINT NOT NULL,
    -- The referrer who booked and their referring structure; NULL when the
    -- person booked for themselves.
    booked_by BIGINT REFERENCES users(id),
    organisation_id BIGINT REFERENCES organisations(id),
    -- The referral this booking belongs to, when there is one (referrals come
    -- in a later migration; no foreign key so that this one stands alone).
    referral_id BIGINT,
    -- SHA-256 of the secret link a person who booked alone cancels with.
    cancel_token_hash TEXT,
    attendance TEXT,
    attendance_by BIGINT REFERENCES users(id),
    attendance_at BIGINT,
    reminded_at BIGINT,
    promoted_at BIGINT,
    cancelled_at BIGINT,
    cancelled_by BIGINT REFERENCES users(id),
    anonymised_at BIGINT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    CONSTRAINT session_bookings_status_check CHECK (status IN ('confirmed', 'waiting', 'cancelled')),
    CONSTRAINT session_bookings_attendance_check CHECK (attendance IS NULL OR attendance IN ('present', 'absent')),
    CONSTRAINT session_bookings_cancel_token_key UNIQUE (cancel_token_hash)
);
CREATE INDEX session_bookings_session_idx ON session_bookings (session_id, status);
CREATE INDEX session_bookings_organisation_idx ON session_bookings (organisation_id, created_at);
CREATE INDEX session_bookings_referral_idx ON session_bookings (referral_id);
