# The annual report: the public page and the PDF.

## Report
annual-title = Annual report { $year } — { $plan }
annual-list-title = Annual reports
annual-list-intro = Each year, the coordination of the { $plan } reports on what was done. The figures come from the data of this site, always up to date.
annual-year-link = Report { $year }
annual-date-line = Figures of { $date }
annual-contents = Contents
annual-page = Page
annual-pdf = Download the report (PDF)
annual-plan-link = See the plan
annual-intro = Introduction
annual-conclusion = Conclusion
annual-annex = Annex: the budget of the year
annual-axis-title = Axis { $number }: { $name }
annual-measure-title = Measure { $number }: { $name }
annual-not-written = The text of this part is not written yet.
annual-no-text-in-language = No text of this report is published in this language yet. The figures are below.
annual-preview-note = Preview: the texts being written are shown. The public report shows only the published texts.
annual-see-also = Figures for this part:
annual-separator = {", "}
annual-figure-source = Where “{ $title }” comes from
annual-figure-source-pdf = Source: { $url }
annual-no-commune = Municipality not known
annual-fig-label = Labelled public digital spaces, by municipality
annual-fig-funded = Projects funded this year, by municipality
annual-fig-refurbished = Refurbished computers given this year
annual-fig-budget = Budget of the year, by axis
annual-dim-commune = Municipality
annual-dim-axis = Axis
annual-col-labelled = Labelled today
annual-col-granted-in-year = Label granted this year
annual-col-projects = Projects
annual-col-amount = Amount
annual-col-planned = Planned
annual-col-actual = Spent

## More figures of the year
annual-fig-label-decisions = Label decisions of the year
annual-dim-decision = Decision
annual-col-decisions = Decisions
annual-dim-what = What
annual-col-number = Number
annual-sessions-held = Sessions held
annual-sessions-cancelled = Sessions cancelled
annual-sessions-seats = Seats offered
annual-sessions-booked = Seats booked
annual-fig-orders = Equipment ordered by the labelled spaces this year
annual-col-orders = Orders
annual-fig-budget-sources = Budget of the year, by funding source
annual-dim-source = Funding source
annual-fig-budget-measures = Spending of the year, by measure
annual-dim-measure = Measure
annual-col-plan-spent = Spent from the plan’s sources
annual-col-other-spent = Spent from other sources
annual-axis-whole = { $axis }: for the whole axis
