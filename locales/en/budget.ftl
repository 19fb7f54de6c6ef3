# The plan's budget: back office (tables, checks, ledger, entry, import) and public page.
budget-nav-link = Budget
budget-nav = Budget pages
budget-title = Budget of the plan
budget-intro = The budget of the { $plan }, computed from the ledger's rows: what was planned, what was spent, and every declared total that does not match its lines.
budget-tables-link = Tables and checks
budget-ledger-link = Ledger
budget-new-row-link = Enter a row
budget-import-link = Import a spreadsheet
budget-public-link = Public page
budget-show = Show
budget-year-title = Year { $year }
budget-planned-title = Planned budget
budget-actual-title = Actual spending
budget-measures-title = Per measure and action
budget-downloads-title = Downloads
budget-download-ledger-csv = Ledger rows of { $year } (CSV)
budget-download-rows-csv = These rows (CSV)
budget-download-xlsx = Tables of { $year } in the report's shape (XLSX)
budget-download-datapackage = Open data: the budget as a Data Package (ZIP of CSV files)
budget-planned-caption = Planned budget { $year } by axis and funding source, in euros
budget-actual-caption = Actual spending { $year } of the plan's sources by axis, in euros
budget-variance-caption = Planned and actual { $year } by axis and source, with the difference and its share, in euros
budget-other-caption = Actual spending { $year } of the IT centre's other budget by axis, in euros
budget-measures-caption = Budget { $year } per measure and action, in euros
budget-axis = Axis
budget-source = Source
budget-measure = Measure
budget-total = Total
budget-axis-total = Axis total
budget-planned = Planned
budget-actual = Actual
budget-actual-plan = Spent (plan)
budget-actual-other = Spent (other budget)
budget-difference = Difference
budget-share = Share
budget-no-share = not computed (nothing planned)
budget-measure-name = Measure { $number } – { $name }
budget-axis-other-lines = { $axis }: lines without a measure
budget-line-unspecified = Without action
budget-sources-all = all sources
budget-sources-plan = the plan's sources
budget-sources-other = the other budget
budget-checks-title = Consistency checks
budget-checks-none = Every declared total equals the sum of its lines.
budget-checks-count = { $count ->
    [one] One declared total differs from the sum of its lines.
   *[other] { $count } declared totals differ from the sum of their lines.
}
budget-checks-caption = Declared totals { $year } that differ from their lines, in euros
budget-check-where = Declared total
budget-check-declared = Declared
budget-check-computed = Sum of the lines
budget-phase-budget = Budget
budget-phase-revised = Revised budget
budget-phase-commitment = Commitment
budget-phase-actual = Actual
budget-field-year = Year
budget-field-phase = Phase
budget-field-source = Funding source
budget-field-axis = Axis
budget-field-measure = Measure
budget-field-action = Action
budget-field-date = Date
budget-field-supplier = Supplier
budget-field-invoice = Invoice reference
budget-field-label = Description
budget-field-amount = Amount incl. VAT (euros)
budget-field-note = Note
budget-field-reason = Reason
budget-problem-missing = { $field }: this is required.
budget-problem-unknown = { $field }: “{ $value }” is not one of the plan's. Choose one from the list.
budget-problem-not-under = { $field }: it is not part of the chosen axis or measure. Choose one under it, or leave it empty.
budget-problem-year-outside = { $field }: give a year of the plan, from { $first } to { $last }.
budget-problem-not-a-year = { $field }: give a year with four digits, from { $first } to { $last }.
budget-problem-date-outside = { $field }: the date must fall in the row's year.
budget-problem-not-a-date = { $field }: give a date as day/month/year, for example 15/03/2021.
budget-problem-amount-missing = { $field }: give an amount in euros, for example 1 250,50.
budget-problem-amount-not-an-amount = { $field }: write an amount in euros with digits, for example 1 250,50.
budget-problem-amount-decimals = { $field }: at most two decimals (cents), for example 42 320,96.
budget-problem-amount-ambiguous = { $field }: is it thousands or three decimals? Write 1 234,00 for one thousand two hundred and thirty-four euros, or give at most two decimals.
budget-problem-amount-negative = { $field }: a negative amount is only for a revised budget. To correct a row, reverse it.
budget-problem-amount-too-large = { $field }: the amount is too large (below one thousand million euros).
budget-problem-too-long = { $field }: at most { $max } characters.
budget-ledger-title = Budget ledger
budget-ledger-intro = One row per money movement. A row is never changed: a mistake is reversed by a new row, with a reason.
budget-ledger-caption = { $count ->
    [one] One ledger row, newest first
   *[other] { $count } ledger rows, newest first
}
budget-ledger-empty = No row matches these filters.
budget-filters-title = Filter the rows
budget-filter = Filter
budget-filter-any = All
budget-where = Axis, measure, action
budget-amount-euros = Amount (€)
budget-row-is-reversal = (reversal)
budget-row-is-reversed = (reversed)
budget-row-title = Ledger row: { $label }
budget-row-number = Row { $id }
budget-row-saved = The row is saved in the ledger.
budget-row-reversal-saved = The reversal is saved: this new row cancels the original one.
budget-none = —
budget-none-choice = (none)
budget-origin = Entered by
budget-origin-form = form
budget-origin-import = spreadsheet import
budget-origin-demo = demo data
budget-created = Entered on
budget-reverses = Reverses
budget-reversed-by = Reversed by
budget-reverse-title = Reverse this row
budget-reverse-intro = A row is never changed. Reversing it adds a new row of the opposite amount, with your reason; both stay in the ledger.
budget-reverse-reason-hint = Why is this row reversed? For example: entered twice, wrong measure.
budget-reverse-button = Reverse the row
budget-reverse-refused-title = This row cannot be reversed
budget-reverse-refused-text = It is already reversed, or it is itself a reversal.
budget-back-to-row = Back to the row
budget-new-row-title = Enter a ledger row
budget-new-row-intro = Fields with a list take the plan's axes, measures and actions. The axis may stay empty when a measure is chosen.
budget-phase-hint = Budget and revised budget plan the money; commitment and actual spend it.
budget-axis-hint = Leave empty to take the measure's axis.
budget-measure-hint = Optional; choose it to count the row under a measure.
budget-action-hint = Optional; an action of the chosen measure.
budget-date-hint = Optional; in the row's year.
budget-label-hint = What the money is for, as it will appear in the tables.
budget-amount-hint = In euros with VAT, for example 42 320,96 or 42320.96. Negative only for a revised budget.
budget-reason-hint = Required for a revised budget: why the budget changes.
budget-save-row = Save the row
budget-overspend-title = This row goes beyond its budget
budget-overspend-text = It takes this line beyond its budget: { $where }.
budget-overspend-budget = Budget of the line:
budget-overspend-after = With this row:
budget-overspend-beyond = Beyond the budget by:
budget-overspend-choice = Save it anyway if this is right, or change the row and check it again.
budget-overspend-confirm = Save anyway
budget-check-again = Check again
budget-public-title = Budget of the plan
budget-public-intro = The budget of the { $plan }: what is planned by axis, funding source and measure.
budget-actuals-not-public = The actual spending is not published for this plan.
budget-summary-planned = Planned budget { $year }
budget-summary-spent = Spent in { $year }
budget-summary-link = The plan's whole budget
budget-import-title = Import ledger rows from a spreadsheet
budget-import-intro = A CSV or XLSX file with one row per money movement and a header line. Nothing is written before you have seen every problem.
budget-import-step-upload = Send the file.
budget-import-step-map = Say which column gives each field (guessed from the headers).
budget-import-step-preview = See every bad row with its line, then import nothing or only the good rows.
budget-import-file = Spreadsheet (CSV or XLSX)
budget-import-file-hint = At most { $mb } MB; the first line names the columns.
budget-import-send = Send and map the columns
budget-import-no-file = Spreadsheet: choose a CSV or XLSX file.
budget-import-too-large = Spreadsheet: the file is larger than { $mb } MB.
budget-import-empty = Spreadsheet: the file has no header line or no row under it.
budget-import-not-utf8 = Spreadsheet: the CSV file is not in UTF-8. Save it as “CSV UTF-8” and send it again.
budget-import-csv-line = Spreadsheet: line { $line } cannot be read (an unclosed quote?).
budget-import-not-workbook = Spreadsheet: the file is not a workbook that can be opened. Save it as XLSX or CSV.
budget-import-too-many = Spreadsheet: at most { $max } rows in one file.
budget-import-unknown-column = { $field }: the file has no column “{ $column }”.
budget-import-gone-title = This import is no longer available
budget-import-gone-text = The file is kept one hour, for the person who sent it. Send it again.
budget-import-again = Import a file
budget-import-map-title = Which column gives each field?
budget-import-map-intro = The file { $file } has { $columns } columns. The choices below are guessed from its headers: check them.
budget-import-not-in-file = (not in the file)
budget-import-columns = Columns of the file
budget-import-columns-hint = A field without a column stays empty on every row.
budget-import-fixed = One value for every row
budget-import-fixed-hint = When the file has no column for the year, the phase or the source, choose it here.
budget-import-check = Check the rows
budget-import-preview-title = Check before importing
budget-import-counts = { $good ->
    [one] One good row
   *[other] { $good } good rows
}, { $bad ->
    [0] no bad row.
    [one] one bad row.
   *[other] { $bad } bad rows.
}
budget-import-problems-caption = { $count ->
    [one] One problem, by line of the file
   *[other] { $count } problems, by line of the file
}
budget-import-line = Line
budget-import-field = Field
budget-import-problem = Problem
budget-import-good-caption = The first { $count } of { $total } good rows
budget-import-choice = What to do
budget-import-all = Import the { $count } rows
budget-import-good-only = Import the { $count } good rows only
budget-import-nothing = Import nothing: fix the file and send it again
budget-import-done = { $count ->
    [one] One row imported.
   *[other] { $count } rows imported.
}
budget-opendata-title = The plan's budget
budget-opendata-text = The budget of the plan — planned, and spent when the region publishes it — is open data too: its tables, a spreadsheet and a Data Package.
budget-opendata-link = The budget page
