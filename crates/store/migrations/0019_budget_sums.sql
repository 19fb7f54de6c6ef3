-- The rollup of the budget ledger (issue 13), kept so that the tables and
-- checks read one line per (plan, year, phase, source, axis, measure,
-- action, detail) instead of grouping every ledger row: the sum of its rows
-- in cents and how many rows it has. Every insert into budget_ledger
-- (store::budget: an import, a form's row, a reversal) adds to it in the
-- same transaction; ledger rows are never updated nor deleted, so nothing
-- is ever taken away and a line is never removed (a row and its reversal
-- leave a line of 0 cents and 2 rows, as the grouped query gave 0).
-- `passerelle budget rebuild-sums` recomputes it from the rows.
--
-- The key has no NULL, so that `INSERT ... ON CONFLICT ... DO UPDATE`
-- finds the line on both engines: `measure` -1 for none (a measure's
-- number is positive), `action` '' for none, `detail` '' for rows with an
-- action, else the row's supplier or, without one, its label (both
-- trimmed, never empty, at most 500 characters: domain::budget). The key
-- is therefore at most 2,000 bytes of detail plus the plan's short codes,
-- below PostgreSQL's B-tree entry limit of 2,704 bytes (tested with a
-- 500-character supplier of 4-byte characters).
CREATE TABLE budget_sums (
    plan TEXT NOT NULL,
    year INTEGER NOT NULL,
    phase TEXT NOT NULL,
    source TEXT NOT NULL,
    axis TEXT NOT NULL,
    measure INTEGER NOT NULL,
    action TEXT NOT NULL,
    detail TEXT NOT NULL,
    cents BIGINT NOT NULL,
    row_count BIGINT NOT NULL,
    CONSTRAINT budget_sums_key PRIMARY KEY (plan, year, phase, source, axis, measure, action, detail)
);

INSERT INTO budget_sums (plan, year, phase, source, axis, measure, action, detail, cents, row_count)
SELECT plan, year, phase, source, axis, COALESCE(measure, -1), COALESCE(action, ''),
    CASE WHEN action IS NULL THEN COALESCE(supplier, label) ELSE '' END,
    CAST(SUM(amount_cents) AS BIGINT), COUNT(*)
FROM budget_ledger
GROUP BY plan, year, phase, source, axis, COALESCE(measure, -1), COALESCE(action, ''),
    CASE WHEN action IS NULL THEN COALESCE(supplier, label) ELSE '' END;
