-- The annual report's written texts (issue 15): one row per version of the
-- text of a part (`intro`, `axis-<code>`, `measure-<n>`, `conclusion`) of
-- a year's report in a language. A text is a draft, then waits for review,
-- then a second person publishes it (or sends it back to draft); a newer
-- published text supersedes the older one. Rules in domain::annual_report;
-- instants unix seconds.
CREATE TABLE annual_report_texts (
    id {{ID}},
    year INTEGER NOT NULL,
    part TEXT NOT NULL,
    lang TEXT NOT NULL,
    body TEXT NOT NULL,
    state TEXT NOT NULL,
    written_by BIGINT REFERENCES users(id),
    written_at BIGINT NOT NULL,
    reviewed_by BIGINT REFERENCES users(id),
    reviewed_at BIGINT,
    review_note TEXT,
    CONSTRAINT annual_report_texts_state_check
        CHECK (state IN ('draft', 'review', 'published', 'superseded'))
);

CREATE INDEX annual_report_texts_part ON annual_report_texts (year, lang, part, state);
