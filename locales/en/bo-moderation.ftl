# Moderation: "report a mistake", mistake reports, merging duplicates,
# the data-quality page and the reminders for stale entries (English).

bo-reports = Reported mistakes
bo-quality = Data quality
bo-merge = Merge two places

## Public page: report a mistake


## Back office: reported mistakes

reports-title = Reported mistakes
reports-intro = Messages sent by visitors with the "Report a mistake" link of a place's page. Correct the place, then mark the message as done.
reports-open-caption = Messages to handle, oldest first
reports-done-caption = Messages already handled, newest first
reports-open-count = { $count ->
    [0] No message to handle.
    [one] 1 message to handle.
   *[other] { $count } messages to handle.
}
reports-done-count = { $count ->
    [0] No message handled yet.
    [one] 1 message handled.
   *[other] { $count } messages handled.
}
reports-see-done = See the messages already handled
reports-see-open = See the messages to handle
reports-col-received = Received
reports-col-place = Place
reports-col-message = Message
reports-col-contact = Contact
reports-col-action = Action
reports-col-handled = Handled
reports-mark-done = Mark as done
reports-number = message { $id }
reports-marked = Message { $id } is marked as done.

## Back office: merging two places

merge-title = Merge two places
merge-intro = When two entries are the same place, merge them: one is kept, the other is removed. The kept place gets the details it is missing from the removed one. Nothing the kept place already has is replaced.
merge-keep-label = Place to keep:
merge-keep-hint = Its number, for example 12 (the last part of the place's web address).
merge-remove-label = Place to remove:
merge-remove-hint = Its number. Its page will lead to the kept place.
merge-compare-button = Compare the two places
merge-compare-title = Compare before you merge
merge-swap = Keep the other one instead
merge-compare-caption = The two places field by field, and the result
merge-col-field = Field
merge-col-keep = Kept (#{ $id })
merge-col-remove = Removed (#{ $id })
merge-col-result = After the merge
merge-empty = (empty)
merge-from-kept = kept as it is
merge-from-removed = taken from #{ $id }
merge-what-happens = What the merge does
merge-consequence-fill = { $count ->
    [0] No field is taken from the removed place.
    [one] 1 empty field is filled from the removed place.
   *[other] { $count } empty fields are filled from the removed place.
}
merge-consequence-redirect = The page of #{ $remove } will lead to #{ $keep }, also for the API.
merge-consequence-moved = What was linked to the removed place moves to the kept one: projects { $projects }, proposed changes { $proposals }, reported mistakes { $reports }, source-data problems { $issues }.
merge-consequence-history = The history of both places stays in the audit log.
merge-confirm = Merge: keep #{ $keep }, remove #{ $remove }
merge-choose-other = Choose other places
merge-error-number = Type the number of the place, for example 12.
merge-error-missing = There is no place number { $id }. It may have been merged already.
merge-error-same = Choose two different places.
merge-error-failed = The places could not be merged. Check that both still exist, then try again.
merge-done-title = The places are merged
merge-done-text = Place #{ $remove } is merged into #{ $keep }. Its old page now leads to #{ $keep }.
merge-see-public = See the public page of the kept place
merge-edit-kept = Edit the kept place
merge-back-quality = Back to the data quality checks
merge-empty-hidden = Fields that are empty in both places are not shown.
merge-label-labelled = Labelled
merge-label-withdrawn = Label withdrawn
merge-label-refused = Label refused
merge-field-name = Name
merge-field-organisation = Organisation
merge-field-kind = Kind of place
merge-field-mobile = Mobile (no fixed address)
merge-field-address = Address
merge-field-postcode = Postcode
merge-field-commune_nis = Municipality (NIS code)
merge-field-commune_name = Municipality (as written)
merge-field-location = Position (latitude, longitude)
merge-field-opening_hours = Opening hours
merge-field-services = Services
merge-field-publics = Publics
merge-field-languages = Languages
merge-field-accessibility = Accessibility
merge-field-price = Price
merge-field-computers = Computers
merge-field-tablets = Tablets
merge-field-phone = Phone
merge-field-email = E-mail
merge-field-website = Website
merge-field-description = Description
merge-field-label_status = Label
merge-field-source_key = Source identifier (imports)

## Back office: data quality

quality-title = Data quality
quality-intro = Problems found in the directory, grouped by kind. Each says what to do. The list is computed again each time you open the page.
quality-filter-kind = Kind of problem
quality-all-kinds = All kinds
quality-show = Show
quality-count = { $count ->
    [one] 1 problem found
   *[other] { $count } problems found
} (errors: { $errors }).
quality-download = Download this list (CSV)
quality-none = Nothing to correct. Well done!
quality-summary = Kinds of problems
quality-col-place = Place
quality-col-problem = Problem
quality-col-action = What to do
quality-col-field = Field
quality-col-source = Source
quality-edit = Edit the place
quality-merge = Compare and merge
quality-source-intro = Contradictions noted when the data was collected. Check them with the place.

## Reminder e-mail to the managers of stale entries

remind-mail-subject = { $count ->
    [one] Please check your place on Passerelle
   *[other] Please check your { $count } places on Passerelle
}
remind-mail-place = - { $name } (last update: { $date })
      { $link }
remind-mail-help = People use this information to find help near them. Please check it and correct what changed: opening hours, phone number, address, services.
remind-mail-body = Hello,

    { $count ->
        [one] The information of this place was not updated for more than a year:
       *[other] The information of these places was not updated for more than a year:
    }

    { $places }

    { $help }

    Thank you!
