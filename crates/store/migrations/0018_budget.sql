-- The plan's budget ledger (issue 13): one row per money movement, in
-- integer cents incl. VAT, never updated nor deleted. A revision of the
-- budget is a new row (phase 'revised', positive or negative) with its
-- reason; a mistake is undone by a reversal: a new row of the opposite
-- amount that names the row it reverses (`reverses`, once per row).
--
-- `plan` is the plan's code (domain::plan::Plan::code); `source`, `axis`,
-- `measure` and `action` ("<measure>.<code>") are checked against the
-- plan file by domain::budget before a row is written. `origin` says how
-- the row came: 'form', 'import' or 'demo'.
CREATE TABLE budget_ledger (
    id {{ID}},
    plan TEXT NOT NULL,
    year INTEGER NOT NULL,
    phase TEXT NOT NULL,
    source TEXT NOT NULL,
    axis TEXT NOT NULL,
    measure INTEGER,
    action TEXT,
    on_date TEXT,
    supplier TEXT,
    invoice TEXT,
    label TEXT NOT NULL,
    amount_cents BIGINT NOT NULL,
    note TEXT,
    reason TEXT,
    reverses BIGINT REFERENCES budget_ledger(id),
    origin TEXT NOT NULL,
    created_by BIGINT REFERENCES users(id),
    created_at BIGINT NOT NULL,
    CONSTRAINT budget_ledger_phase_check CHECK (phase IN ('budget', 'revised', 'commitment', 'actual')),
    CONSTRAINT budget_ledger_reverses_key UNIQUE (reverses)
);

-- Serves the sums of the tables (store::budget::ledger_sums): the rows of
-- a plan and year in their grouping order. Supplier and label stay out of
-- it (up to 500 characters each: PostgreSQL's index entries are limited).
CREATE INDEX budget_ledger_year_idx ON budget_ledger (plan, year, phase, source, axis,
    measure, action, amount_cents);

-- A total someone declared (a report's table, a spreadsheet's total line):
-- kept as typed, compared with the sum of the rows its scope covers
-- (domain::budget::Scope: year, figure, sources 'all' | 'plan' | 'other' |
-- 'source:<code>', optionally an axis, a measure, an action).
CREATE TABLE budget_declared_totals (
    id {{ID}},
    plan TEXT NOT NULL,
    year INTEGER NOT NULL,
    figure TEXT NOT NULL,
    sources TEXT NOT NULL,
    axis TEXT,
    measure INTEGER,
    action TEXT,
    amount_cents BIGINT NOT NULL,
    label TEXT NOT NULL,
    created_by BIGINT REFERENCES users(id),
    created_at BIGINT NOT NULL
);
