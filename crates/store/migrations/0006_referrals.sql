-- Referrals (orientation): a referring structure sends a person to a place or
-- a session of an EPN, with the person's consent; both follow it up. The
-- person is pseudonymous (a first name or a nickname) and their personal
-- fields become NULL (anonymised_at set) a configurable time after the
-- referral ends; the row stays for the counts. Timestamps are UTC Unix
-- seconds; lists of codes are space-separated text.
CREATE TABLE referrals (
    id {{ID}},
    state TEXT NOT NULL,
    -- The referring structure and the person who sent it.
    from_organisation_id BIGINT NOT NULL REFERENCES organisations(id),
    created_by BIGINT REFERENCES users(id),
    -- Where to: a place, or a session (and its place when it has one); the
    -- receiving EPN's organisation.
    place_id BIGINT REFERENCES places(id),
    session_id BIGINT REFERENCES activity_sessions(id),
    to_organisation_id BIGINT NOT NULL REFERENCES organisations(id),
    -- Personal fields: NULL once anonymised.
    person_name TEXT,
    contact_value TEXT,
    needs_note TEXT,
    -- {"answers": …, "profile": …} of the diagnostic, when one was made.
    diagnostic_json TEXT,
    -- phone, email or referrer (through the referrer).
    contact_way TEXT NOT NULL,
    -- The language the person speaks (a language code).
    lang TEXT NOT NULL,
    -- Need codes (DigComp areas and practical needs).
    needs TEXT NOT NULL,
    -- The person agreed that the receiving EPN sees their diagnostic.
    share_diagnostic BOOLEAN NOT NULL,
    consent_text TEXT NOT NULL,
    consent_at BIGINT NOT NULL,
    refuse_reason TEXT,
    sent_at BIGINT NOT NULL,
    reminded_at BIGINT,
    -- When it reached a final state (refused, closed, expired).
    ended_at BIGINT,
    anonymised_at BIGINT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    CONSTRAINT referrals_state_check CHECK (state IN ('sent', 'accepted', 'refused',
        'first_visit_done', 'followed_up', 'closed', 'expired')),
    CONSTRAINT referrals_contact_check CHECK (contact_way IN ('phone', 'email', 'referrer')),
    CONSTRAINT referrals_target_check CHECK (place_id IS NOT NULL OR session_id IS NOT NULL)
);
CREATE INDEX referrals_from_idx ON referrals (from_organisation_id, sent_at);
CREATE INDEX referrals_to_idx ON referrals (to_organisation_id, sent_at);
CREATE INDEX referrals_state_idx ON referrals (state, sent_at);
CREATE INDEX referrals_ended_idx ON referrals (ended_at);

-- The history both sides see: every step with who took it, from which side,
-- and its reason or note (NULL once the referral is anonymised).
CREATE TABLE referral_events (
    id {{ID}},
    referral_id BIGINT NOT NULL REFERENCES referrals(id),
    at BIGINT NOT NULL,
    user_id BIGINT REFERENCES users(id),
    -- referrer, receiver or system.
    side TEXT NOT NULL,
    -- send, accept, refuse, first_visit, follow_up, close, expire, remind.
    step TEXT NOT NULL,
    state_after TEXT NOT NULL,
    note TEXT
);
CREATE INDEX referral_events_referral_idx ON referral_events (referral_id, at);
