# The plan's figures: public and back-office pages, charts, exports.

figures-title = Digital inclusion in figures
figures-link = Figures
figures-nav = Figures
figures-intro = What the region's public digital spaces (EPN) do, what they have and who funds them. The figures are totals: nobody can be recognised in them.
figures-public-note = Only the year can be chosen. With finer filters, a small hidden number could be found by subtracting one table from another.
figures-bo-title = Figures
figures-bo-intro-coordination = The figures of every place, to filter by period, commune or place. Small numbers are not hidden here: do not publish them as they are.
figures-bo-intro-manager = The figures of your places, to filter by period or place.
figures-activity = Activities
figures-capacity = Capacity and visits
figures-cadastre = Funding and staff
figures-none-yet = No figures for this period yet.
figures-percent = { $value }%
figures-euros = €{ $amount }
figures-hours = { $hours } h
figures-month = { $month } { $year }
figures-hidden = hidden
figures-not-given = not given
figures-hidden-note = Hidden number: fewer than { $threshold }, or a number that would let such a small number be computed.
figures-hidden-export-note = "hidden": fewer than { $threshold }, or a number that would let such a small number be computed.
figures-total = Total
figures-respondents = Number of respondents: { $count }.
figures-source = Source:
figures-download-csv = { $title }: download as CSV
figures-download-xlsx = { $title }: download as a spreadsheet (Excel)
figures-chart-desc = Bars: { $column } by { $dimension }, { $rows ->
        [one] one row
       *[other] { $rows } rows
    }. Every figure is in the table.
figures-filter-title = Choose the figures
figures-show = Show
figures-field-year = Year
figures-year-hint = The figures of the whole calendar year.
figures-field-from = From month
figures-field-to = To month
figures-month-hint = A month written as { $example }.
figures-field-commune = Commune
figures-field-place = Place
figures-any-commune = All communes
figures-any-place = All places
figures-all-my-places = All my places
figures-error-year = { $field }: choose a year between { $first } and { $last }.
figures-error-month = { $field }: write a month as { $example }.
figures-error-order = { $field }: the last month must come after the first month.
figures-error-commune = { $field }: choose a commune from the list.
figures-error-place = { $field }: choose a place from the list.
figures-scope-all = Every place of the region
figures-scope-commune = The places of { $commune }
figures-scope-place = { $place }
figures-scope-mine = All your places
figures-scope = Period: { $from } to { $to }. Places: { $places }.
figures-contents = On this page
