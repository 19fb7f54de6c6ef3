# The EPN label: public pages, criteria explained, application form, procedure, e-mails (English).

bo-label = EPN label

## Criteria: names and explanations (with the figures)

label-criterion-computers = Computers
label-criterion-opening-hours = Opening hours
label-criterion-training-hours = Training
label-criterion-free-access-hours = Free access with an animator
label-criterion-open-to-all-adults = Open to every adult
label-criterion-price = Price of the basic activities
label-criterion-charter = Charter
label-criterion-computers-pass = { $actual ->
        [one] 1 computer
       *[other] { $actual } computers
    }: the label asks at least { $required }.
label-criterion-computers-fail = Only { $actual ->
        [one] 1 computer
       *[other] { $actual } computers
    }: the label asks at least { $required }.
label-criterion-opening-hours-pass = Open { $actual } { $actual ->
        [one] hour
       *[other] hours
    } in a usual week: the label asks at least { $required }.
label-criterion-opening-hours-fail = Open only { $actual } { $actual ->
        [one] hour
       *[other] hours
    } in a usual week: the label asks at least { $required }.
label-criterion-opening-hours-unreadable = The opening hours “{ $hours }” cannot be read, so the hours a week cannot be counted. Write them like this: Mo-Fr 09:00-12:00.
label-criterion-training-hours-pass = { $actual } { $actual ->
        [one] hour
       *[other] hours
    } of training a week: the label asks at least { $required }.
label-criterion-training-hours-fail = { $actual } { $actual ->
        [one] hour
       *[other] hours
    } of training a week: the label asks at least { $required }.
label-criterion-free-access-hours-pass = { $actual } { $actual ->
        [one] hour
       *[other] hours
    } of free access with an animator a week: the label asks at least { $required }.
label-criterion-free-access-hours-fail = { $actual } { $actual ->
        [one] hour
       *[other] hours
    } of free access with an animator a week: the label asks at least { $required }.
label-criterion-open-to-all-adults-pass = The basic activities are open to every adult.
label-criterion-open-to-all-adults-fail = The basic activities are not open to every adult: the label asks that any adult can take part.
label-criterion-price-pass = The basic activities are { $actual }: the label accepts { $required }.
label-criterion-price-fail = The basic activities are { $actual }: the label asks that they be { $required }.
label-criterion-charter-pass = The charter is accepted.
label-criterion-charter-fail = The charter is not accepted: the label asks the EPN to sign it.
label-criterion-not-required = This label does not ask for it.
label-price-free = free
label-price-symbolic = for a symbolic fee
label-price-paid = paid
label-or = or
label-met = Met
label-not-met = Not met
label-weekly-hours = { $hours } hours in a usual week

## Public pages

label-page-title = The EPN label
label-page-intro = “{ $name }” is the label the region gives to public digital spaces (EPN): places where anyone can use a computer and the internet, with someone to help.
label-why-title = What the label brings
label-why-badge = Labelled EPN are shown in this directory with the words
label-why-equipment = In 2021, each labelled EPN received { $amount } euros to buy computer equipment, and material to make itself known.
label-conditions-title = The conditions
label-conditions-intro = An EPN gets the label when it meets every one of these conditions:
label-condition-computers = At least { $count } computers, in suitable premises.
label-condition-open = Open at least { $hours } hours a week.
label-condition-training = On average { $hours } hours of training a week.
label-condition-free-access = { $hours } hours a week of free access with an animator present.
label-condition-adults = The basic activities are open to any adult.
label-condition-price = The basic activities are { $prices }.
label-condition-charter = The EPN signs the charter below.
label-condition-activities = The application describes the EPN’s training, workshops and awareness activities.
label-charter-title = The charter
label-charter-version = Version of { $date }.
label-charter-translation = This is a translation. The original text is in { $language }.
label-apply-title = How to apply
label-apply-step-account = Sign in to the back office with your EPN’s account. If you do not have one, ask the digital-inclusion coordination.
label-apply-step-form = Fill in the application form. You can save it and come back later. The page shows at once which conditions your answers meet.
label-apply-step-visit = The coordination may pay your EPN a courtesy visit, to see how it works.
label-apply-step-recommend = The coordinator examines your application and sends a recommendation to the digital-inclusion working group.
label-apply-step-decide = The working group gives its advice, then the steering committee decides. You receive an e-mail at each step.
label-duration = The label has no end date: it holds as long as the EPN meets the conditions. Each year, the EPN confirms its information. The label can be withdrawn when a condition is no longer met. An EPN that was refused, or whose label was withdrawn, can apply again.
label-apply-link = Apply for the label (sign in)
label-list-link = The labelled EPN by municipality
label-list-title = Labelled EPN by municipality
label-list-intro = These public digital spaces have the region’s label.
label-list-about = What is the label?
label-list-count = { $count ->
        [one] 1 labelled place
       *[other] { $count } labelled places
    }
label-list-since = labelled in { $year }
label-list-no-commune = Municipality not known

## Back office: home and queue

label-home-title = EPN label
label-home-about = About the label
label-home-intro-manager = Here you apply for the label for your places, follow your application and confirm your information once a year.
label-home-intro-staff = Applications waiting for each step, labelled places to look at, and every application.
label-your-places = Your places
label-your-applications = Your applications
label-col-place = Place
label-col-places = Places
label-col-directory = Label in the directory
label-col-application = Application
label-col-organisation = Organisation
label-col-state = Where it stands
label-col-updated = Last change
label-col-date = Date
label-col-step = Step
label-col-body = Decided by
label-col-recorded = Recorded by
label-col-why = Why
label-no-application = No application
label-nothing-to-apply = Each of your places has the label or an application in progress.
label-no-places = No place of yours is in the directory yet.
label-apply-for = Apply for the label for “{ $place }”
label-apply-which = Which places does the application cover?
label-apply = Start an application
label-status-none = No label
label-status-labelled = Labelled
label-status-withdrawn = Label withdrawn
label-status-refused = Label refused
label-queue-examine = Waiting for the coordination
label-queue-working-group = Waiting for the working group’s advice
label-queue-steering = Waiting for the steering committee’s decision
label-queue-empty = Nothing is waiting.
label-queue-drafts = { $count ->
        [one] 1 application is being filled in by an EPN.
       *[other] { $count } applications are being filled in by EPN.
    }
label-flags-title = Labelled places to look at
label-flags-intro = Their information no longer meets a condition of the label. Nothing changes by itself: ask the EPN, then mark it as looked at, or withdraw the label.
label-flags-none = No labelled place to look at.
label-flag-place = { $place }: { $why } ({ $source })
label-flag-epn = { $organisation }: { $why } ({ $source })
label-flag-source-directory = from the directory
label-flag-source-confirmation = from the yearly confirmation
label-flag-raised = Found on { $date }
label-field-resolution = What was done (optional)
label-flag-resolve = Mark as looked at
label-flag-looked-at = Looked at.
label-flag-resolved = Marked as looked at. The label has not changed.
label-review-now = Check the labelled places now
label-review-done = { $count ->
        [0] The check is done: nothing new to look at.
        [one] The check is done: 1 new thing to look at.
       *[other] The check is done: { $count } new things to look at.
    }
label-unconfirmed-title = Information not yet confirmed for { $year } ({ $count })
label-unconfirmed-intro = Each labelled EPN confirms its information once a year.
label-all-title = All applications
label-filter-state = Where it stands
label-filter-all = All
label-filter-show = Show
label-all-count = { $count ->
        [one] 1 application
       *[other] { $count } applications
    }

## States, steps, bodies

label-state-draft = Being filled in by the EPN
label-state-submitted = Sent to the coordination
label-state-under-examination = Being examined by the coordination
label-state-recommended = Recommendation sent to the working group
label-state-advised = Working group’s advice given
label-state-granted = Label granted
label-state-refused = Label refused
label-state-withdrawn = Label withdrawn
label-next-draft = Next: the EPN sends its application.
label-next-submitted = Next: the coordination starts examining the application.
label-next-under-examination = Next: the coordination may visit the EPN, then sends its recommendation to the working group.
label-next-recommended = Next: the working group gives its advice.
label-next-advised = Next: the steering committee decides.
label-next-granted = The label has no end date. The EPN confirms its information every year.
label-next-refused = The EPN can apply again.
label-next-withdrawn = The EPN can apply again.
label-next-none = nothing more: the EPN can apply again with a new application
label-step-submit = Application sent
label-step-start-examination = Examination started
label-step-record-visit = Courtesy visit
label-step-recommend = Coordinator’s recommendation
label-step-advise = Working group’s advice
label-step-decide = Steering committee’s decision
label-step-withdraw = Label withdrawn
label-body-applicant = The EPN
label-body-coordination = The coordination
label-body-working-group = The working group
label-body-steering-committee = The steering committee
label-body-unknown = Not known
label-outcome-favourable = favourable
label-outcome-unfavourable = unfavourable
label-outcome-granted = granted
label-outcome-refused = refused
label-recorded-from-source = Taken from a report
label-date-unknown = Date not given by the report

## Application form

label-form-title = Application for the label: { $places }
label-form-intro = Answer the questions. You can save the draft at any time and come back later: nothing you typed is lost.
label-form-criteria = What your answers show
label-form-criteria-none = Answer the questions to see which conditions you meet.
label-form-questions = Your EPN
label-field-computers = Number of computers for the public
label-hint-computers = A whole number, for example 8.
label-field-opening-hours = Opening hours
label-hint-opening-hours = As in the directory, in the OpenStreetMap way, for example: Mo-Fr 09:00-12:00,13:00-17:00; Sa 10:00-13:00
label-field-training-hours = Hours of training a week, on average
label-field-free-access-hours = Hours of free access with an animator, a week
label-hint-weekly-hours = A number of hours, for example 6 or 5.5.
label-field-open-to-all-adults = Are the basic activities open to any adult?
label-hint-open-to-all-adults = Whatever their age, gender, origin or situation.
label-field-basic-price = What do the basic activities cost?
label-field-publics = The publics you welcome in particular
label-field-activities = Your training, workshops and awareness activities
label-hint-activities = Describe what you offer, how often, and for whom.
label-field-charter = I accept the charter, on behalf of the EPN.
label-yes = Yes
label-no = No
label-save-draft = Save the draft
label-submit = Send the application
label-draft-saved = Your draft is saved.
label-draft-saved-partly = Your draft is saved, except the answers marked below.
label-error-computers = Write the number of computers as a whole number, for example 8.
label-error-hours = Write a number of hours from 0 to 168, for example 6 or 5.5.
label-error-opening-hours = These opening hours cannot be read. Write them like this: Mo-Fr 09:00-12:00.
label-error-activities-long = Describe your activities in at most 5,000 characters.
label-error-required-computers = Write the number of computers.
label-error-required-opening-hours = Write the opening hours.
label-error-required-training-hours = Write the hours of training a week.
label-error-required-free-access-hours = Write the hours of free access with an animator.
label-error-required-open-to-all-adults = Say whether the basic activities are open to any adult.
label-error-required-basic-price = Choose what the basic activities cost.
label-error-required-activities = Describe your activities.
label-error-charter = Accept the charter to send your application.
label-error-incomplete = This answer is missing.
label-error-no-place = Choose at least one place.

## An application's file

label-file-title = Label application: { $places }
label-file-organisation = Organisation:
label-file-state = Where it stands:
label-back = Back to the label pages
label-open-file = Open the application
label-continue = Continue the application
label-notice-sent = Your application is sent. The coordination has received it; you will get an e-mail at each step.
label-notice-done = Recorded. The EPN has been told by e-mail.
label-notice-confirmed = Thank you: your information is confirmed for this year.
label-criteria-title = The conditions of the label
label-no-answers = The answers of this application are not recorded.
label-answers-title = The answers
label-not-answered = Not answered
label-charter-accepted = Version { $version }, accepted on { $date }
label-charter-not-accepted = Not accepted
label-history-title = History
label-confirmation-title = Information confirmed for { $year }
label-confirmation-when = Confirmed on { $date }.
label-busy-title = An application already exists
label-busy-text = This place already has the label, or an application in progress. Continue that one.
label-busy-link = Open that application
label-forbidden-title = This application is not yours
label-forbidden-text = You can only see and change the applications of your own organisation.
label-refused-title = This step is not possible now
label-error-not-allowed = The application is at the step “{ $state }”. What can happen now: { $next }.

## Steps: forms

label-action-examine = Start the examination
label-action-visit-title = Courtesy visit
label-action-visit-intro = If you visited the EPN, write down when and what you saw.
label-field-visit-date = Date of the visit
label-field-notes = Notes
label-action-visit = Record the visit
label-action-recommend-title = Recommendation to the working group
label-field-recommendation = Your recommendation
label-favourable = Favourable
label-unfavourable = Unfavourable
label-field-reasons = Reasons
label-hint-reasons = The EPN will read them.
label-action-recommend = Send the recommendation
label-action-advise-title = The working group’s advice
label-field-advice = The advice
label-field-meeting-date = Date of the meeting
label-action-advise = Record the advice
label-action-decide-title = The steering committee’s decision
label-field-decision = The decision
label-grant = Grant the label
label-refuse = Refuse the label
label-field-decision-date = Date of the decision
label-action-decide = Record the decision
label-action-withdraw-title = Withdraw the label
label-action-withdraw-intro = Only when the EPN no longer meets a condition. The EPN will be told why by e-mail.
label-field-withdraw-date = Date of the decision
label-field-withdraw-reason = Reason
label-action-withdraw = Withdraw the label
label-error-date = Write the date like this: 2026-11-26.
label-error-date-future = The date cannot be in the future.
label-error-reasons = Write the reasons.
label-error-recommendation = Choose favourable or unfavourable.
label-error-advice = Choose favourable or unfavourable.
label-error-decision = Choose to grant or to refuse the label.

## Yearly confirmation

label-confirm-link = Confirm your information for { $year }
label-confirm-title = Confirm your information for { $year }: { $places }
label-confirm-intro = Once a year, each labelled EPN confirms that its information is still true. Change what is no longer right.
label-confirm-directory = In the directory
label-confirm-directory-intro = People see this information in the directory. If it has changed, update it there.
label-confirm-edit-place = Update this place in the directory
label-not-recorded = not recorded
label-confirm-figures = Your figures this year
label-field-confirm = I confirm that this information is true today.
label-error-confirm = Tick the box to confirm your information.
label-error-confirm-not-granted = Only a labelled EPN confirms its information.
label-confirm-button = Confirm

## E-mails

label-mail-subject = EPN label, { $places }: { $state }
label-mail-subject-visit = courtesy visit recorded
label-mail-body = Hello,

    Your application for the EPN label ({ $places }) has moved on: { $what }.
    { $reasons }
    See your application: { $link }

    The digital-inclusion coordination
label-mail-reasons = Reasons: { $reasons }
label-mail-notes = Notes: { $notes }
label-mail-step-submit = the coordination has received it
label-mail-step-start-examination = the coordination has started to examine it
label-mail-step-record-visit = a courtesy visit on { $date } was recorded
label-mail-step-recommend-yes = the coordinator sent a favourable recommendation to the working group
label-mail-step-recommend-no = the coordinator sent an unfavourable recommendation to the working group
label-mail-step-advise-yes = the working group gave a favourable advice
label-mail-step-advise-no = the working group gave an unfavourable advice
label-mail-step-decide-granted = the steering committee granted the label
label-mail-step-decide-refused = the steering committee refused the label
label-mail-step-withdraw = the label was withdrawn
label-mail-new-subject = New label application: { $places }
label-mail-new-body = Hello,

    { $organisation } sent an application for the EPN label ({ $places }).

    Examine it here: { $link }

# The label's history, one plain sentence per event ($outcome: favourable,
# unfavourable or none; for the decision: granted, refused or none).
label-event-submit = The application was sent.
label-event-start-examination = The coordination started examining the application.
label-event-record-visit = The coordination made a courtesy visit.
label-event-recommend = { $outcome ->
    [favourable] The coordinator recommended granting the label.
    [unfavourable] The coordinator recommended refusing the label.
   *[none] The coordinator made a recommendation.
}
label-event-advise = { $outcome ->
    [favourable] The working group gave a favourable opinion.
    [unfavourable] The working group gave an unfavourable opinion.
   *[none] The working group gave its opinion.
}
label-event-decide = { $outcome ->
    [granted] The steering committee granted the label.
    [refused] The steering committee refused the label.
   *[none] The steering committee made its decision.
}
label-event-withdraw = The label was withdrawn.
