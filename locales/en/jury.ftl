## The jury of a call for projects (jurors' pages) and the coordination's selection.
jury-nav = Jury: my calls
jury-my-calls = My calls for projects
jury-intro = The calls for projects whose jury you are a member of. You see the applications once a call has closed.
jury-no-calls = You are not a member of any jury yet.
jury-call-closed = The call has closed: its applications are waiting for your scores.
jury-after-closing = The applications will be available here after the call closes, on { $closes }. Until then you see none of them.
jury-back-to-list = Back to the list of applications
jury-conflict-title = You declared a conflict of interest
jury-conflict-text = You declared (or the coordination recorded) a conflict of interest with this application. You neither see nor score it. The other jurors do.
jury-not-juror-title = You are not a juror of this call
jury-not-juror-text = Only the jurors invited to this call see its applications. Ask the coordination if you think you should be one.
jury-call-open-title = The call is still open
jury-list-intro = Open an application to read it and score it. If you know the organisation or its people, declare a conflict of interest: the application then leaves your list.
jury-list-caption = { $count ->
    [one] One application, { $done } scored by you
   *[other] { $count } applications, { $done } scored by you
}
jury-list-empty = No application to assess.
jury-saved = Your scores are saved.
jury-conflict-saved = Your conflict of interest is recorded. The application is no longer in your list.
jury-scored = Scored
jury-to-score = To score
jury-declare-conflict-link = Declare a conflict of interest
jury-field-application = Application
jury-field-organisation = Organisation
jury-field-asked = Amount asked
jury-field-my-marks = My scores
jury-field-conflict = Conflict of interest
jury-field-reference = Reference
jury-field-place = Postcode of the project
jury-field-publics = Publics
jury-field-description = Description of the project
jury-budget-caption = Budget of the project
jury-budget-line = Expense
jury-budget-amount = Amount (€)
jury-scoring-title = Your scores
jury-scoring-intro = For each criterion, choose a score, or "not assessed" when you cannot judge it. "Not assessed" is not a zero: the criterion is left out of your total.
jury-criterion-hint = From 0 (weakest) to { $max } (best). Weight { $weight }.
jury-not-assessed = Not assessed
jury-comment = Comment
jury-comment-hint = What the other jurors and the coordination should know (optional).
jury-save-button = Save my scores
jury-error-choose = Choose a score or "not assessed" for "{ $criterion }"
jury-error-scale = The score for "{ $criterion }" must be between 0 and { $max }
jury-error-reason = Say why there is a conflict of interest
jury-conflict-form-title = Declare a conflict of interest
jury-conflict-form-intro = You know the organisation, work with it or have an interest in its project? Declare it. You will no longer see nor score this application; your scores on it, if any, are removed.
jury-conflict-reason = Reason
jury-conflict-reason-hint = For example: "I sit on the board of this non-profit".
jury-conflict-button = Declare the conflict
jury-status-draft = Draft
jury-status-submitted = Submitted
jury-status-corrections = Corrections asked
jury-status-accepted = Accepted
jury-status-refused = Refused
jury-status-closed = Closed
jury-remind-subject = Final report due on { $due }: { $title }
jury-remind-body = Hello,

    The final activity report of the project "{ $title }" ({ $reference }, { $organisation }) is due on { $due }.
    Please send it to the coordination. The last payment is made once the report is received.

selection-nav-link = Calls: jury and selection
selection-nav = Pages of the call's selection
selection-title = Calls for projects: jury and selection
selection-intro = Invite the jurors of a call, read their scores once the call has closed, compare scenarios under the envelope, record the decision, then follow agreements, payments and final reports.
selection-calls-caption = { $count ->
    [one] One call
   *[other] { $count } calls
}
selection-call = Call
selection-closes = Closes
selection-envelope = Envelope:
selection-stage = Stage
selection-stage-draft = Draft
selection-stage-open = Open to applications
selection-stage-closed = Closed: the jury scores
selection-stage-decided = Decided
selection-jury-link = Jury
selection-results-link = Results
selection-scenarios-link = Scenarios and decision
selection-agreements-link = Agreements and payments
selection-call-facts = Closes { $closes }. { $count ->
    [one] One application for the jury.
   *[other] { $count } applications for the jury.
}
selection-done-invited = The juror is invited.
selection-done-sent = The juror is invited and has received an e-mail to choose a password.
selection-done-not-sent = The juror is invited, but the e-mail could not be sent.
selection-done-removed = The juror is removed from this call. Their scores no longer count.
selection-done-conflict = The conflict of interest is recorded.
selection-done-saved = Saved.
selection-jurors-title = Jurors
selection-no-jurors = No juror is invited yet.
selection-jurors-caption = { $count ->
    [one] One juror
   *[other] { $count } jurors
}
selection-juror = Juror
selection-juror-email = E-mail
selection-juror-conflicts = Conflicts declared
selection-action = Action
selection-remove-juror = Remove
selection-remove-juror-label = Remove { $name } from the jury
selection-invite-title = Invite a juror
selection-invite-existing = An existing juror account
selection-invite-existing-hint = Or leave "a new person" and give their e-mail and name: they receive an invitation.
selection-invite-new = A new person
selection-invite-email = E-mail of the new person
selection-invite-name = Name of the new person
selection-invite-button = Invite
selection-conflicts-title = Conflicts of interest
selection-conflicts-intro = A juror in conflict with an application neither sees nor scores it. Jurors declare their own; the coordination can record one for a juror.
selection-no-conflicts = No conflict of interest declared.
selection-conflicts-caption = { $count ->
    [one] One conflict of interest
   *[other] { $count } conflicts of interest
}
selection-conflict-reason = Reason
selection-conflict-by = Declared by
selection-conflict-by-juror = The juror
selection-conflict-by-coordination = The coordination
selection-conflict-form-title = Record a conflict for a juror
selection-conflict-button = Record the conflict
selection-choose = Choose…
selection-error-juror = Choose a juror account
selection-error-not-jury = This e-mail belongs to an account that is not a juror's
selection-error-choose-juror = Choose a juror of this call
selection-error-choose-application = Choose an application
selection-results-title = Results of the jury: { $call }
selection-results-formula = A juror's total is the weighted mean of the criteria they assessed, from 0 to 100; a criterion "not assessed" is left out, a 0 counts as 0. An application's score is the mean of its jurors' totals; the median, the spread (standard deviation) and the number of scores are shown beside it.
selection-results-tie-break = Ranking: by score, highest first. When two scores are equal, the application with more scores comes first, then the one asking less money, then the one submitted earlier, then the lower reference. Applications without any score come last.
selection-download-csv = Download the scores (CSV)
selection-download-xlsx = Download the scores (Excel)
selection-results-empty = No application for the jury in this call.
selection-ranking-title = Ranking
selection-ranking-caption = { $count ->
    [one] One application, ranked
   *[other] { $count } applications, ranked
}
selection-rank = Rank
selection-mean = Score (mean)
selection-median = Median
selection-spread = Spread
selection-count = Scores
selection-z-title = Each juror's totals and z-scores
selection-z-intro = The z-score puts each juror's totals on a common scale: how far a total is from that juror's own mean, in that juror's standard deviations. A juror who scores harder than the others shows the same z-scores as the others when they rank alike. "–": no total, or fewer than two totals for that juror.
selection-z-caption = Raw totals (0 to 100) and z-scores, per juror
selection-raw = Total
selection-z = z
selection-marks-title = Scores per criterion and comments
selection-marks-caption = Scores per criterion
selection-no-marks = No juror has scored this application yet.
selection-total = Total
selection-scenarios-title = Scenarios and decision: { $call }
selection-scenario-saved = The scenario is saved.
selection-decision-saved = The decision is recorded. The applications of the scenario are accepted, the others refused.
selection-range = Per project:
selection-decision-title = Decision
selection-decided-on = Date of the decision
selection-scenario = Scenario
selection-minutes = Minutes of the jury
selection-minutes-hint = The jury's minutes, or where they are kept.
selection-compare-title = Scenarios side by side
selection-no-scenarios = No scenario yet.
selection-compare-caption = { $count ->
    [one] One scenario: amounts granted per application
   *[other] { $count } scenarios: amounts granted per application
}
selection-granted = Granted
selection-remaining = Remaining of the envelope
selection-over-envelope = Over the envelope by
selection-over-warning = Scenario "{ $name }" goes over the envelope by { $over }.
selection-new-title = New scenario
selection-new-intro = Tick the applications to fund, in the jury's ranking, and adjust the amounts (prefilled with the amount asked). You can save several scenarios and compare them.
selection-scenario-name = Name of the scenario
selection-scenario-note = Note
selection-lines-caption = Submitted applications, in the jury's ranking
selection-pick = Fund
selection-amount = Amount
selection-amount-for = Amount granted to { $application }, in euros
selection-save-scenario = Save the scenario
selection-decide-title = Record the decision
selection-decide-intro = The applications of the chosen scenario are accepted with its amounts, the other submitted applications refused, and the call is marked decided. This cannot be undone.
selection-date-hint = For example 2027-03-15.
selection-decide-button = Record the decision
selection-refusal-note = Not selected by the jury
selection-error-name = Give the scenario a name
selection-error-no-line = Tick at least one application
selection-error-amount = Write the amount granted to { $application } in euros, for example 7500
selection-error-above-asked = The amount granted to { $application } is more than it asked
selection-error-range = The amount granted to { $application } is outside the call's range per project
selection-error-not-now = This cannot be done now: the call may already be decided.
selection-error-scenario = Choose a scenario
selection-error-date = Write a date, for example 2027-03-15
selection-error-minutes = Write the minutes of the jury
selection-error-report-first = The last tranche is paid once the final report is received
selection-error-tranche = This tranche is already paid or does not exist
selection-error-summary = Write a short summary of the report
selection-saved = Saved.
selection-agreements-title = Agreements and payments: { $call }
selection-agreements-no-decision = No decision is recorded for this call yet.
selection-agreements-intro = Each agreement is paid in tranches of { $tranches }; the last one once the final report is received. The report is due { $days } days after the end of the project.
selection-agreement-new = New agreement
selection-signed-on = Signed on
selection-project-ends = End of the project
selection-agreement-button = Create the agreement
selection-reminders-title = Final reports to remind
selection-reminders-intro = Reports not received, due within { $before } days or late, and not reminded in the last { $every } days. The applicant organisation's accounts receive an e-mail.
selection-reminders-none = No report to remind today.
selection-reminders-button = { $count ->
    [one] Send the reminder
   *[other] Send the { $count } reminders
}
selection-reminders-sent = { $count ->
    [one] One reminder sent.
   *[other] { $count } reminders sent.
}
selection-report-due = Report due
selection-agreements-list = { $count ->
    [one] One agreement
   *[other] { $count } agreements
}
selection-agreement-amount = Amount granted
selection-paid = Paid
selection-report = Final report
selection-report-missing = Not received
selection-reminded = Reminders sent
selection-tranches-caption = Tranches
selection-tranche = Tranche
selection-paid-on = Paid on
selection-after-report = After the final report
selection-pay-button = Record payment of tranche { $tranche }
selection-report-received = Final report received on
selection-report-summary = Summary of the report
selection-report-button = Record the final report
