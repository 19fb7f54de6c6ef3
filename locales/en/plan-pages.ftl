## The plan's public pages: the plan, an axis, a measure, the quarters.
plan-pages-intro = The regional plan for digital inclusion, from { $first } to { $last }. It has { $axes } axes and { $measures } measures. For each measure, you see what must be done, by when, and how far it is.
plan-pages-approved = Approved by the steering committee on { $date } (version { $number }).
plan-pages-not-approved = The steering committee has not approved a version of the plan yet.
plan-pages-changes-since = { $count ->
    [one] Since then, 1 item of the plan has changed.
   *[other] Since then, { $count } items of the plan have changed.
}
plan-pages-no-changes-since = Nothing has changed since then.
plan-pages-quarters-link = The deliverables quarter by quarter
plan-pages-budget-link = The plan's budget
plan-pages-csv-link = Download all the deliverables (CSV file)
plan-pages-axes-title = The axes and their measures
plan-pages-axis-name = Axis { $number }: { $name }
plan-pages-deliverables-count = { $count ->
    [0] No deliverable yet.
    [one] 1 deliverable —
   *[other] { $count } deliverables —
}
plan-pages-status-count = { $status }: { $count }
plan-pages-overdue = Past its due date
plan-pages-overdue-count = Past their due date: { $count }
plan-pages-owner = In charge: { $name }
plan-pages-due = Due: { $quarter }
plan-pages-no-deliverables = No deliverable yet.
plan-pages-deliverables-title = The deliverables
plan-pages-measures-title = The measures
plan-pages-budget-title = The budget
plan-pages-all-plan = The whole plan
plan-pages-field-year = Year
plan-pages-all-years = All years
plan-pages-show = Show
plan-pages-axis-label = Axis
plan-pages-owners = Led by
plan-pages-partners = Partners
plan-pages-publics = For whom
plan-pages-nobody = Nobody yet
plan-pages-actions-title = The actions
plan-pages-no-actions = No detailed action.
plan-pages-evidence-title = The evidence in Passerelle
plan-pages-evidence-intro = These pages of Passerelle show the work done for this measure.
plan-pages-no-evidence = Passerelle has no public page for this measure yet.
plan-pages-area-label = The label of public digital spaces (EPN)
plan-pages-area-label-list = The list of labelled EPN
plan-pages-label-count = { $count ->
    [0] No EPN is labelled yet.
    [one] Today, 1 EPN is labelled.
   *[other] Today, { $count } EPN are labelled.
}
plan-pages-area-survey = The results of the visitor survey ({ $edition })
plan-pages-area-figures = The figures of visits and activity
plan-pages-area-sessions = Workshops and courses
plan-pages-area-directory = Find help with digital near you
plan-pages-area-diagnostic = The check to find which help suits you
plan-pages-quarters-title = The deliverables quarter by quarter
plan-pages-quarters-intro = For each quarter of the plan: what must be delivered, and how far it is. "Past its due date" means the quarter has ended and the deliverable is not done.
plan-pages-quarter-count = { $count ->
    [one] 1 deliverable
   *[other] { $count } deliverables
}
plan-pages-quarter-empty = Nothing is due this quarter.
plan-pages-current-quarter = this quarter
plan-pages-opendata-title = The plan and its deliverables
plan-pages-opendata-text = The plan's axes and measures, with what must be delivered and how far it is, also as a CSV file:
plan-pages-opendata-link = The plan's page
plan-pages-budget-plan-link = The plan's measures and their deliverables
