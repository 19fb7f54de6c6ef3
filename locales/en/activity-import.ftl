# Activity log: importing a spreadsheet, changing a workshop, the one list.

activity-import-link = Import a spreadsheet
activity-import-title = Import activity records
activity-import-intro = Do you keep your own spreadsheet? Download a template, copy your records into it (one row per support or workshop), then send the file. Every row is checked like the form: if a row has a problem, nothing is imported and the page says which row to fix.
activity-import-templates-title = Templates to download
activity-import-template-link = { $kind } template ({ $format })
activity-import-kind-support = Individual support
activity-import-kind-workshop = Collective workshop
activity-import-kind-quick = Quick help
activity-import-form-title = Send the file
activity-import-field-kind = The file holds
activity-import-field-file = CSV or XLSX file
activity-import-field-file-hint = The filled-in template, or your spreadsheet with the same columns. At most { $mb } MB.
activity-import-field-good-only = Import the correct rows only
activity-import-field-good-only-hint = Without this box, a single row with a problem stops the whole import. With it, the correct rows are imported and the others are listed.
activity-import-button = Check and import
activity-import-errors-title = Nothing was imported
activity-import-error-no-file = Choose a CSV or XLSX file.
activity-import-error-too-large = The file is too large: at most { $mb } MB.
activity-import-error-empty = The file is empty or unreadable: it needs a row of column names and at least one record.
activity-import-error-csv = The CSV file cannot be read from line { $line }: is a quote left open?
activity-import-error-too-many = The file has too many rows: at most { $max }. Send it in several parts.
activity-import-error-columns = Columns are missing: { $missing }. Columns found: { $found }. Start from the template.
activity-import-error-overflow = This row has more values than there are columns.
activity-import-refused = { $bad ->
    [one] One row out of { $rows } has a problem: nothing was imported.
   *[other] { $bad } rows out of { $rows } have a problem: nothing was imported.
}
activity-import-fix-hint = Fix these rows in your spreadsheet and send it again, or tick "Import the correct rows only".
activity-import-problems-title = Rows to fix
activity-import-th-value = Value
activity-import-th-problem = Problem
activity-import-th-expected = Expected
activity-import-line = Row { $line }
activity-import-whole-row = The whole row
activity-import-empty = (empty)
activity-import-done = { $count ->
    [one] One record is imported.
   *[other] { $count } records are imported.
}
activity-import-skipped = { $bad ->
    [one] One row with a problem was not imported: it is listed below.
   *[other] { $bad } rows with a problem were not imported: they are listed below.
}
activity-import-ignored = Columns not read: { $columns }.
activity-import-summary-title = What was imported
activity-import-summary-caption = Records imported by month and place
activity-import-th-month = Month
activity-import-th-records = Records
activity-import-skipped-title = Rows not imported
activity-import-columns-title = The columns and the codes
activity-import-columns-intro = The file's first row holds the column names, as written here (the same in every language). Values are codes: a place by its number, themes by their codes, separated by spaces or commas. The order of the columns does not matter; an extra column is ignored.
activity-import-columns-support = Columns of an individual support
activity-import-columns-workshop = Columns of a collective workshop
activity-import-codes-places = Your places and their numbers
activity-import-codes-themes = The themes and their codes
activity-import-codes-other = The other codes
activity-import-col-place = place
activity-import-col-date = date
activity-import-col-minutes = duration in minutes
activity-import-col-location = where
activity-import-col-themes = themes
activity-import-col-equipment = equipment
activity-import-col-autonomy = autonomy
activity-import-col-redirect-place = redirected to a place
activity-import-col-redirect-text = redirected to (text)
activity-import-col-title = title
activity-import-col-level = level
activity-import-col-participants = participants
activity-import-expect-place = The number of one of your places (list below).
activity-import-expect-date = A date in a month still open, not in the future: 2026-11-26 or 26/11/2026.
activity-import-expect-minutes = A number of minutes, from 1 to 600.
activity-import-expect-location = A code: place, home, remote or elsewhere.
activity-import-expect-themes = One or more theme codes, separated by spaces or commas.
activity-import-expect-equipment = Empty, or equipment codes: computer, phone, tablet, printer, other.
activity-import-expect-autonomy = A code: alone, helped or done-for.
activity-import-expect-redirect-place = Empty, or the number of a place of the directory.
activity-import-expect-redirect-text = Empty, or a text of at most 200 characters.
activity-import-expect-title = A text of 1 to 200 characters.
activity-import-expect-level = A code: beginner, intermediate or advanced.
activity-import-expect-participants = A number from 1 to 500.
activity-import-expect-count = Empty, or a number; once a box of a breakdown is filled in, the breakdown must add up to the participants.
activity-import-expect-row = One value per column; a text containing the separator must be in quotes.
activity-import-example-redirect = Social welfare office
activity-import-example-title = My first e-mails
activity-import-workshop-edit-title = Change a collective workshop
activity-import-list-title = All records
activity-import-filter-kind = Kind of record
activity-import-filter-all = All kinds
activity-import-filter-button = Show
activity-import-list-none = No records yet.
activity-import-list-caption = { $count ->
    [one] One record, the most recent first
   *[other] { $count } records, the most recent first
}
activity-import-col-what = What
activity-import-col-detail = Detail
activity-import-detail-support = { $minutes } min, { $autonomy }
activity-import-detail-workshop = { $minutes } min, { $participants ->
    [one] one participant
   *[other] { $participants } participants
}
activity-import-detail-quick = { $count ->
    [one] one quick help
   *[other] { $count } quick helps
}
activity-import-quick-deleted = The quick-help count is deleted.
