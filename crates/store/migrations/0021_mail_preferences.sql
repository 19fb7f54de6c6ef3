-- What an account is written to in, and which e-mails it wants (issue 17).
-- `mail_lang`: the language of the e-mails written to this person (fr, nl,
-- en, ar); NULL until known — set at sign-in from the page's language, and
-- changed on "My e-mails" — and then the region's staff languages are used,
-- as before. `referral_progress_mails`: a referrer is told when the person
-- came, was followed up and when the referral was closed; they can turn it
-- off (answers — accepted, refused, expired — are always sent).
ALTER TABLE users ADD COLUMN mail_lang TEXT;
ALTER TABLE users ADD COLUMN referral_progress_mails BOOLEAN NOT NULL DEFAULT TRUE;
