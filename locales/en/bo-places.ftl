# Back office: the directory list, editing places, the opening-hours editor, proposals and the audit log.

bo-proposals = Changes to check
bo-audit = History of changes

## The directory list
bolist-title = Places in the directory
bolist-new = Add a place
bolist-filter-text = Name, address or organisation
bolist-filter-stale = Only places not updated for more than 12 months
bolist-csv = Download this list (CSV, opens in a spreadsheet)
bolist-updated = Last update
bolist-sorted-asc = (sorted A to Z, or oldest first)
bolist-sorted-desc = (sorted Z to A, or newest first)
bolist-pending = { $count ->
    [one] 1 change is waiting for you to check it
   *[other] { $count } changes are waiting for you to check them
}
bolist-my-proposals = Changes you sent to the coordination
bolist-status-reason = { $status }: { $reason }

## The place form
edit-new-title = Add a place
edit-intro-direct = When you save, the changes are published at once on the public site.
edit-intro-proposal = When you send your changes, the coordination checks them. They are published when the coordination accepts them.
edit-save = Save and publish
edit-send = Send to the coordination
edit-see-public = See the public page
edit-history-link = History of changes
edit-organisation-line = Organisation: { $name }
edit-choose = Choose…
edit-price-unknown = Not known
edit-forbidden-scope = This place belongs to another organisation. You can only change the places of your organisation. If this place is yours, ask the coordination.
edit-pending = Your changes sent on { $date } are waiting for the coordination. You see them below. If you send again, your new version replaces them.
edit-done-published = Saved. The public page shows the changes now.
edit-done-created = The place is created and published.
edit-done-sent = Sent to the coordination. They check your changes before they are published. You can follow them in your list of places.
edit-done-unchanged = Nothing was changed.
edit-section-identity = The place
edit-section-where = Where it is
edit-section-coordinates = Position on a map (optional)
edit-section-offer = What the place offers
edit-section-contact = How to contact the place
edit-field-name = Name
edit-field-kind = Kind of place
edit-field-organisation = Organisation
edit-field-address = Street and number
edit-field-postcode = Postcode
edit-field-commune = Municipality
edit-field-commune-name = Municipality (outside the region)
edit-field-lat = Latitude
edit-field-lon = Longitude
edit-field-hours = Opening hours
edit-field-mobile = Mobile service: it travels to people
edit-field-services = Services
edit-field-publics = For whom
edit-field-languages = Languages spoken
edit-field-accessibility = Accessibility
edit-field-price = Price
edit-field-computers = Number of computers
edit-field-tablets = Number of tablets
edit-field-phone = Phone
edit-field-email = E-mail address
edit-field-website = Website
edit-field-description = Description
edit-field-label = Label
edit-label-labelled = Labelled
edit-label-none = Not labelled
edit-label-withdrawn = Label withdrawn
edit-label-refused = Label refused
edit-hint-address = Example: Rue de la Loi 16
edit-hint-postcode = 4 digits. Example: 1080
edit-hint-commune = Without a municipality, the place does not appear in the public search.
edit-hint-coordinates = If you leave them empty, distances are measured from the centre of the municipality. You can copy them from a map site: right-click on the place.
edit-hint-lat = A number between -90 and 90. Example: 50.8466
edit-hint-lon = A number between -180 and 180. Example: 4.3528
edit-hint-phone = Example: 02 123 45 67
edit-hint-website = The full address. Example: https://www.example.be
edit-hint-description = A few short sentences: what people can do there.
edit-error-organisation = Choose the organisation that runs the place.
edit-error-name = Type the name of the place.
edit-error-name-long = The name is too long: 200 characters at most.
edit-error-kind = Choose the kind of place from the list.
edit-error-commune = Choose the municipality from the list.
edit-error-postcode-shape = The postcode { $postcode } is not right: type 4 digits, for example 1080.
edit-error-postcode-commune = The postcode { $postcode } is not in { $commune }. { $postcode } is the postcode of { $communes }. Correct the postcode or the municipality.
edit-error-postcode-unknown = The postcode { $postcode } is not a postcode of the region. Check it, or choose another municipality than { $commune }.
edit-error-lat = The latitude must be a number between -90 and 90, for example 50.8466. Give both latitude and longitude, or neither.
edit-error-lon = The longitude must be a number between -180 and 180, for example 4.3528. Give both latitude and longitude, or neither.
edit-error-price = Choose the price from the list.
edit-error-count = Type a whole number, for example 6, or leave it empty.
edit-error-phone = The phone number is not right. Type digits, with spaces if you want, for example 02 123 45 67 or +32 2 123 45 67.
edit-error-email = The e-mail address is not right. Type an address like name@example.org.
edit-error-website = The website address is not right. Type the full address, starting with https://, for example https://www.example.be.
edit-error-description = The description is too long: 2000 characters at most.

## The opening-hours editor
hours-editor-rule = You can type the hours in the text field, or fill in the grid of the week. If you change the text, the text is used. If you only change the grid, the grid is used. Hours with exceptions (public holidays, closed in August…) can only be written in the text.
hours-editor-text-label = Opening hours, in OpenStreetMap syntax
hours-editor-text-hint = Days Mo Tu We Th Fr Sa Su, hours from-to, rules separated by ";". PH means public holidays. Example:
hours-editor-grid = Weekly grid
hours-editor-grid-hint = For each day, up to two openings (for example morning and afternoon). Leave a day empty when the place is closed.
hours-editor-grid-off = These hours have exceptions (holidays, months…) that the grid cannot show. Change them in the text field above.
hours-editor-day = Day
hours-editor-first-col = First opening
hours-editor-second-col = Second opening
hours-editor-first = { $day }, first opening
hours-editor-second = { $day }, second opening
hours-editor-from = from
hours-editor-to = to
hours-editor-check = Check the hours
hours-editor-empty = No opening hours. The public page will say to call first.
hours-editor-result-valid = These opening hours are correct.
hours-editor-result-invalid = These opening hours cannot be read.
hours-editor-invalid = We cannot read these opening hours. Write them like this: Mo-Fr 09:00-12:00,13:00-17:00; Sa 10:00-12:00. Or use the weekly grid.
hours-editor-details = Technical details
hours-editor-exceptions = These hours have exceptions, such as public holidays or months. They are kept.
hours-editor-week-caption = What the public page will show this week
hours-editor-grid-problems = The grid has a problem:
hours-editor-problem = { $what }: { $problem }
hours-editor-bad-time = type a time like 09:30.
hours-editor-incomplete = give both the start and the end.
hours-editor-end-before-start = the end must be after the start.
hours-editor-overlap = the two openings overlap. The second one must start after the first one ends.

## Changes
diff-field = Information
diff-before = Before
diff-after = After
diff-empty = (empty)
diff-none = No information was changed.

## Proposals
proposals-title = Changes to check
proposals-intro = EPN managers sent these changes. Check each one: accept it to publish it, or reject it and say why.
proposals-count = { $count ->
    [0] No change
    [one] 1 change
   *[other] { $count } changes
}
proposals-author = Sent by
proposals-sent = Sent on
proposals-status = Status
proposals-status-pending = Waiting for the coordination
proposals-status-accepted = Accepted and published
proposals-status-rejected = Rejected
proposals-new-place = New place
proposal-title = Change to { $name }
proposals-place = Place
proposals-place-current = See the place as it is now
proposals-place-gone = This place does not exist any more.
proposals-changes = What changes
proposals-changes-caption = The information that changes, before and after
proposals-changed-since = The place was changed after this proposal was sent. You cannot accept it as it is: reject it and explain, or ask its author to send it again.
proposals-decide = Your decision
proposals-accept = Accept and publish
proposals-reject = Reject
proposals-reason = Reason
proposals-reason-hint = Needed to reject. The author reads it: say what to correct.
proposals-error-reason = Type the reason: the author needs to know what to correct.
proposals-done-accepted = The change is accepted and published.
proposals-done-rejected = The change is rejected. The author can see the reason.
proposals-refused-changed = Not accepted: the place was changed after this proposal was sent. Accepting it would undo that change. Nothing was changed.
proposals-refused-gone = Not accepted: this place does not exist any more. Nothing was changed.
proposals-refused-decided = This proposal was already accepted or rejected.

## The audit log
audit-title = History of changes
audit-place-title = History of { $name }
audit-intro = Every change, with who made it and when (local time, with the time zone). The newest first.
audit-empty = No change is recorded yet.
audit-by = By
audit-system = the system (import or automatic task)
audit-note = Note
audit-edit-link = Edit the place
audit-filter-action = Kind of change
audit-changes-caption = What changed on { $when }
audit-action-place-update = Place changed
audit-action-place-create = Place added
audit-action-place-merge = Places merged
audit-action-proposal-create = Change sent to the coordination
audit-action-proposal-update = Change sent again to the coordination
audit-action-proposal-accept = Change accepted
audit-action-proposal-reject = Change rejected
audit-action-organisation-trust = Trust of an organisation changed
audit-action-user-invite = Person invited
audit-action-user-create = Account created
audit-action-token-create = API token created
audit-action-report-done = Mistake report handled
audit-action-import = File imported

# E-mail to the author of a proposal once it is decided.
proposals-mail-accepted-subject = Your changes are published
proposals-mail-accepted-body = Hello,

    The coordination checked and published your changes to “{ $place }”. You can see the page here:

    { $link }
proposals-mail-rejected-subject = Your changes were not published
proposals-mail-rejected-body = Hello,

    The coordination did not publish your changes to “{ $place }”. The reason:

    { $reason }

    You can correct them and send them again here:

    { $link }

# "Everything is still correct" on the edit page.
edit-confirm-button = Everything is still correct
edit-confirm-hint = Nothing to change? Say so: the place counts as checked today and no reminder is sent for a year.
edit-done-confirmed = You confirmed that everything is still correct. Thank you.
audit-action-place-confirm = Checked: still correct

# Audit actions of the other areas (store::audit::ACTIONS).
audit-action-account-mail-preferences = E-mail preferences changed
audit-action-label-draft = Label application saved (draft)
audit-action-label-step = Label step recorded
audit-action-label-review = Label flagged for review
audit-action-label-confirm = Label information confirmed for the year
audit-action-session-publish = Session published
audit-action-session-update = Session changed
audit-action-session-cancel = Session cancelled
audit-action-session-attendance = Attendance recorded
audit-action-booking-create = Seat booked
audit-action-booking-cancel = Booking cancelled
audit-action-booking-promote = Seat given from the waiting list
audit-action-referral-create = Referral sent
audit-action-referral-step = Referral step recorded
audit-action-person-view = A person’s data read
audit-action-person-export = A person’s data exported
audit-action-person-erase = A person’s data erased
audit-action-person-retention = Personal data anonymised (retention)
audit-action-activity-support-add = Support added
audit-action-activity-support-update = Support changed
audit-action-activity-support-delete = Support deleted
audit-action-activity-workshop-add = Workshop added
audit-action-activity-workshop-update = Workshop changed
audit-action-activity-workshop-delete = Workshop deleted
audit-action-activity-quick-help-add = Quick help added
audit-action-activity-quick-help-delete = Quick help deleted
audit-action-capacity-create = Capacity recorded
audit-action-capacity-update = Capacity corrected
audit-action-cadastre-create = Cadastre recorded
audit-action-cadastre-update = Cadastre corrected
audit-action-indicator-value-create = Indicator value added
audit-action-indicator-value-update = Indicator value changed
audit-action-reported-figure-save = Reported figure saved
audit-action-plan-event-create = Plan event added
audit-action-plan-deliverable-add = Deliverable added
audit-action-plan-deliverable-update = Deliverable changed
audit-action-plan-version-submit = Plan version submitted to the committee
audit-action-plan-version-approve = Plan version approved
audit-action-plan-version-return = Plan version sent back
audit-action-budget-add = Budget row added
audit-action-budget-import = Budget rows imported
audit-action-budget-reverse = Budget row reversed
audit-action-budget-declare = Declared total recorded
audit-action-grant-call-create = Call for projects created
audit-action-grant-call-update = Call for projects changed
audit-action-grant-call-publish = Call for projects published
audit-action-grant-applicant-register = Applicant organisation account created
audit-action-grant-application-create = Application started
audit-action-grant-application-update = Application changed
audit-action-grant-application-step = Application step taken
audit-action-grant-attachment-add = Attachment added to an application
audit-action-grant-attachment-delete = Attachment removed from an application
audit-action-grant-juror-invite = Juror invited
audit-action-grant-juror-remove = Juror removed
audit-action-grant-conflict-declare = Conflict of interest declared
audit-action-grant-score-save = Jury scores saved
audit-action-grant-scenario-create = Selection scenario created
audit-action-grant-decision-record = Selection decision recorded
audit-action-grant-agreement-create = Grant agreement created
audit-action-grant-payment-record = Tranche payment recorded
audit-action-grant-report-record = Final activity report received
audit-action-grant-report-remind = Final report reminder sent
audit-action-equipment-order-submit = Equipment order sent
audit-action-equipment-order-decide = Equipment order approved or refused
audit-action-equipment-order-deliver = Equipment delivery recorded
audit-action-equipment-asset-event = Asset register event
