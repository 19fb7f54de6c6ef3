## The plan's back office: deliverables and versions submitted to the steering committee.
plan-bo-nav-link = Plan: deliverables and versions
plan-bo-nav = Plan pages
plan-bo-title = Deliverables of the plan
plan-bo-intro = What each measure of the { $plan } is to deliver, by when, who delivers it and where it stands.
plan-bo-deliverables-link = Deliverables
plan-bo-new-link = Add a deliverable
plan-bo-versions-link = Versions
plan-bo-budget-link = Budget
plan-bo-deliverables-title = Deliverables
plan-bo-filters-title = Filter the deliverables
plan-bo-filter = Filter
plan-bo-filter-any = All
plan-bo-filter-year = Year due
plan-bo-list-caption = { $count ->
    [one] One deliverable, by due quarter
   *[other] { $count } deliverables, by due quarter
}
plan-bo-list-empty = No deliverable matches these filters.
plan-bo-overdue = Overdue
plan-bo-none = None
plan-bo-choose = Choose…
plan-bo-number = Number
plan-bo-evidence = Evidence
plan-bo-updated = Last changed
plan-bo-versions-title = Versions of the plan
plan-bo-last-approved = Last approved version:
plan-bo-approved-by = approved on
plan-bo-never-approved = No version of the plan has been approved yet.
plan-bo-pending = Waiting for the steering committee:
plan-bo-pending-committee = It is up to you to approve it or return it.
plan-bo-submitted-by = submitted on
plan-bo-all-versions = See all the versions
plan-bo-version-name = Version { $number }
plan-bo-new-title = Add a deliverable
plan-bo-form-intro = Every field is required, except the owner, the evidence and the note. A deliverable that is done needs its evidence.
plan-bo-what-hint = What will exist when it is delivered, in one or two sentences (300 characters at most).
plan-bo-evidence-hint = A web address starting with https://, or a page of Passerelle starting with / (for example /en/label).
plan-bo-add-button = Add the deliverable
plan-bo-save-button = Save the changes
plan-bo-saved = The deliverable is saved.
plan-bo-edit-title = Change this deliverable
plan-bo-why = Why (for a change of status)
plan-bo-why-hint = Say why the status changes: it is kept in the history.
plan-bo-history-title = Status history
plan-bo-history-caption = Each status the deliverable took, oldest first
plan-bo-history-when = When
plan-bo-history-why = Why
plan-bo-history-who = Who
plan-bo-versions-intro = A version is the plan and all its deliverables as they were when the coordination submitted them to the steering committee. The committee approves it or returns it with a reason.
plan-bo-submit-title = Submit the plan to the steering committee
plan-bo-submit-intro = The plan and its deliverables as they are now become a new version, which waits for the committee's decision.
plan-bo-submit-waits = { $version } already waits for the steering committee: a new version can be submitted once it is decided.
plan-bo-submit-note = Note
plan-bo-submit-note-hint = Optional: what the committee should look at.
plan-bo-submit-button = Submit the plan
plan-bo-versions-list-title = All the versions
plan-bo-versions-empty = No version has been submitted yet.
plan-bo-versions-caption = { $count ->
    [one] One version, newest first
   *[other] { $count } versions, newest first
}
plan-bo-version = Version
plan-bo-submitted = Submitted
plan-bo-decision = Decision
plan-bo-decided = Decided
plan-bo-decision-note = Committee's note
plan-bo-decision-pending = Waiting for the committee
plan-bo-decision-approved = Approved
plan-bo-decision-returned = Returned to the coordination
plan-bo-submitted-notice = The plan is submitted to the steering committee.
plan-bo-decided-notice = Your decision is recorded.
plan-bo-refused-pending-title = { $version } already waits for the steering committee
plan-bo-refused-pending-text = Nothing was submitted. Only one version can wait at a time: a new one can be submitted once the committee has approved or returned it.
plan-bo-refused-unchanged-title = Nothing changed since the last approved version
plan-bo-refused-unchanged-text = Nothing was submitted: the plan and its deliverables are the same as in the last version the committee approved.
plan-bo-refused-decided-title = { $version } has already been decided
plan-bo-refused-decided-text = Nothing was changed: a version is decided only once. Its page shows the decision, who took it and when.
plan-bo-see-version = See { $version }
plan-bo-back-to-list = Back to the deliverables
plan-bo-changes-title = What changed
plan-bo-first-version = First version: everything is new (measures: { $measures }, actions: { $actions }, deliverables: { $deliverables }).
plan-bo-changes-since = { $count ->
    [0] Nothing changed since { $version }, the last approved version before this one.
    [one] One item changed since { $version }, the last approved version before this one.
   *[other] { $count } items changed since { $version }, the last approved version before this one.
}
plan-bo-before = before:
plan-bo-after = ; after:
plan-bo-value-removed = (removed)
plan-bo-empty-value = (empty)
plan-bo-yes = yes
plan-bo-no = no
plan-bo-field-in-lang = { $field } ({ $lang })
plan-bo-diff-field-name = Name
plan-bo-diff-field-summary = Summary
plan-bo-diff-field-years = Years
plan-bo-diff-field-actuals-public = Actual spending shown to the public
plan-bo-diff-field-in-plan = Counted in the plan's budget
plan-bo-diff-field-number = Number
plan-bo-diff-field-axis = Axis
plan-bo-diff-field-owners = Owners
plan-bo-diff-field-partners = Partners
plan-bo-diff-field-publics = Target publics
plan-bo-diff-field-areas = Parts of Passerelle
plan-bo-decide-title = Your decision
plan-bo-decide-intro = Approve this version, or return it to the coordination saying what to change.
plan-bo-decision-note-hint = Required to return the version: say what the coordination should change.
plan-bo-approve-button = Approve this version
plan-bo-return-button = Return it to the coordination
plan-bo-waits-committee = This version waits for a member of the steering committee to approve it or return it.
plan-bo-problem-return-needs-note = Committee's note: say why you return this version.
plan-bo-problem-no-decision = Choose: approve the version or return it.
