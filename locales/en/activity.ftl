# The EPN activity log: individual support, quick help, the list.

activity-nav = Activity log
activity-title = Activity log
activity-intro = Record the help you give: an individual support in a few taps, a quick help with one press. Nothing about the person is recorded.
activity-new-link = Record an individual support
activity-new-title = Record an individual support
activity-edit-title = Change an individual support
activity-form-intro = Today, 30 minutes at your place are already chosen: change only what differs.
activity-saved = The support is recorded.
activity-deleted = The support is deleted.
activity-quick-title = Quick help today
activity-quick-hint = Five minutes at the desk? Press its theme: it counts one more quick help for today.
activity-quick-button = { $theme }: { $count } today
activity-quick-added = One more quick help counted: { $theme }.
activity-list-title = Individual supports
activity-list-caption = { $count ->
    [one] One individual support, most recent first
   *[other] { $count } individual supports, most recent first
}
activity-none = No individual support recorded yet.
activity-col-minutes = Minutes
activity-edit-link = Change
activity-delete-button = Delete
activity-closed-short = Month closed
activity-closed-title = This month is closed
activity-closed-body = Records of a month can be changed until { $until }. After that the month's figures are reported: ask the coordination if a record is wrong.
activity-back = Back to the activity log
activity-save-button = Save the support
activity-field-place = Place
activity-field-date = Date
activity-field-minutes = Duration
activity-minutes = { $minutes } min
activity-minutes-other = Other
activity-field-minutes-other = Other duration, in minutes
activity-minutes-other-hint = Only if you chose "Other": from 1 to 600.
activity-field-location = Where
activity-field-themes = Themes (one or more)
activity-field-equipment = Equipment used
activity-field-autonomy = The person
activity-autonomy-alone = did it alone
activity-autonomy-helped = did it with help
activity-autonomy-done-for = the animator did it for them
activity-field-redirect-place = Redirected to a place
activity-redirect-hint = Optional: a place of the directory.
activity-redirect-none = Not redirected
activity-field-redirect-text = Or redirected to (free text)
activity-error-place = Choose one of your places.
activity-error-date = Enter the date of the support, like 2026-11-26.
activity-error-date-future = The date cannot be in the future.
activity-error-date-closed = This month is closed: choose a date of an open month.
activity-error-minutes = Choose a duration, or enter one from 1 to 600 minutes.
activity-error-location = Choose where the support took place.
activity-error-themes = Choose at least one theme.
activity-error-equipment = Choose equipment from the list.
activity-error-autonomy = Choose how autonomous the person was.
activity-error-redirect = Choose a place from the list.
activity-error-redirect-text = The redirection is too long: 200 characters at most.

## Collective workshops
