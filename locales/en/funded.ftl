funded-title = Projects funded by the calls for projects
funded-call-title = Funded projects: { $call }
funded-intro = The projects a call for projects selected, by commune, with the amount each one received.
funded-field-call = Call for projects
funded-all-calls = All calls
funded-show = Show
funded-call-by = Funded by { $funder }, run by { $operator }.
funded-envelope = The call's envelope:
funded-call-link = See the call and its rules
funded-summary = { $count ->
    [one] 1 funded project, for a total of
   *[other] { $count } funded projects, for a total of
}
funded-declared-total = The report declares a total of
funded-declared-differs = The amounts of the list make a difference of
funded-declared-kept = The amounts are shown as the report gives them, uncorrected.
funded-declared-same = The amounts of the list add up to that total.
funded-declared-projects = The report declares { $count } projects.
funded-date-note = The report does not give the date of the decision: { $date } is used.
funded-none = No funded project to show.
funded-no-commune = Commune not given
funded-commune-summary = { $count ->
    [one] 1 project,
   *[other] { $count } projects,
}
funded-col-reference = Number
funded-col-project = Project
funded-col-organisation = Organisation
funded-col-call = Call
funded-col-amount = Amount (€)
funded-downloads-title = Download this data
funded-downloads-text = In the open 360Giving format, which funders use to publish their grants.
funded-download-360giving-json = 360Giving, JSON file
funded-download-360giving-csv = 360Giving, CSV table
opendata-grants-title = Grants awarded (360Giving)
opendata-grants-text = The projects funded by the calls for projects, in the open 360Giving format.
opendata-grants-link = See the funded projects
