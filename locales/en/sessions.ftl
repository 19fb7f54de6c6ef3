# Sessions: the public listing, a session's page, booking, the back office, e-mails.

sessions-title = Workshops and sessions
sessions-intro = Workshops, trainings and help hours in public digital spaces. Find one near you, then book a seat with your social worker or the place.
sessions-count = { $count ->
    [0] No session found
    [one] 1 session
   *[other] { $count } sessions
}
sessions-none = No session matches. Try another date, another theme, or remove a filter.
sessions-search-error = Something in the search is not right.
sessions-search-reset = Start a new search
sessions-search-button = Show sessions
sessions-where-label = Where?
sessions-where-hint = A postcode or a commune, for example 1080 or Schaerbeek.
sessions-theme-label = Theme
sessions-theme-all-of-area = All of “{ $area }”
sessions-from-label = From (date)
sessions-to-label = Until (date)
sessions-only-free = Free only
sessions-only-seats = With free seats only
sessions-when = { $day } { $date }, { $start }–{ $end }
sessions-mobile = Mobile activity
sessions-price-free = Free
sessions-price-euros = € { $amount }
sessions-seats-left = { $left ->
    [one] 1 seat left of { $seats }
   *[other] { $left } seats left of { $seats }
}
sessions-full-waiting = Full – waiting list open ({ $waiting } waiting)
sessions-full = Full
sessions-status-cancelled = Cancelled
sessions-theme-with-area = { $theme } ({ $area })

sessions-theme-devices = Using a computer, a smartphone or a tablet
sessions-theme-drop-in-help = Drop-in help
sessions-theme-internet-search = Searching the internet
sessions-theme-job-search = Looking for a job online
sessions-theme-messaging = E-mail, messages and video calls
sessions-theme-online-services = Online public services and banking
sessions-theme-documents = Writing documents and a CV
sessions-theme-programming = Programming
sessions-theme-safety = Passwords, scams and privacy

sessions-cancel-reason = Reason:
sessions-when-label = When
sessions-where-label-short = Where
sessions-level-label = Level
sessions-languages-label = Languages
sessions-seats-label = Seats
sessions-price-label = Price
sessions-publics-label = For
sessions-bring-label = What to bring:
sessions-accessibility-label = Accessibility
sessions-organiser-label = Organised by
sessions-add-to-calendar = Add to my calendar
sessions-manage-link = Manage this session
sessions-booking-title = Book a seat
sessions-your-bookings = Your structure's bookings for this session
sessions-person-name = First name or nickname
sessions-your-name = Your first name or a nickname
sessions-person-name-hint = No family name needed.
sessions-person-phone = Mobile phone (optional)
sessions-person-email = E-mail (optional)
sessions-person-contact-hint = Only to send a reminder 2 days before, or to say if the session changes.
sessions-person-lang = Language for the reminders
sessions-booking-status = Booking
sessions-booking-confirmed = Seat confirmed
sessions-booking-waiting = On the waiting list
sessions-booking-cancelled = Cancelled
sessions-cancel-booking = Cancel the booking
sessions-not-bookable = This session cannot be booked any more.
sessions-full-no-list = This session is full and has no waiting list.
sessions-will-wait = The session is full: the person goes on the waiting list and gets a seat automatically if one comes free.
sessions-self-booking-intro = You can book a seat yourself. We only ask for a first name.
sessions-how-to-book = To book a seat, ask your social worker (CPAS, commune, association) or contact the place.
sessions-book-button = Book the seat
sessions-wait-button = Join the waiting list
sessions-consent-text = The person agrees that their first name (and, if given, their phone number or e-mail) is passed to { $organisation } for this session, and kept until 12 months after it. They can ask for it to be deleted at any time.
sessions-consent-text-self = I agree that my first name (and, if given, my phone number or e-mail) is passed to { $organisation } for this session, and kept until 12 months after it. I can ask for it to be deleted at any time.
sessions-booked-confirmed = Seat confirmed for { $name }.
sessions-booked-waiting = { $name } is number { $position } on the waiting list.
sessions-no-self-booking = This session is booked through a social worker or the place.
sessions-at-place-title = Upcoming sessions here
sessions-at-place-all = All sessions at this place
sessions-at-place-calendar = Calendar of this place's sessions (iCalendar)

sessions-my-booking-title = Your booking
sessions-my-booking-confirmed = Your seat is booked.
sessions-my-booking-waiting = You are number { $position } on the waiting list. If a seat comes free, it is yours and we tell you.
sessions-my-booking-cancelled = This booking is cancelled.
sessions-my-booking-keep = Keep this page's address: it is the only way to see or cancel your booking.
sessions-my-booking-cancel = Cancel my booking
sessions-my-booking-cancelled-done = Your booking is cancelled.
sessions-my-booking-privacy = Your first name and contact details are deleted 12 months after the session.

sessions-field-where = Where does it happen?
sessions-field-title = Title
sessions-field-description = Description
sessions-field-theme = Theme
sessions-field-level = Level
sessions-field-languages = Languages spoken
sessions-field-date = Date (first date if it repeats)
sessions-field-start = Start time
sessions-field-end = End time
sessions-field-repeat = Repeat
sessions-field-until = Last date
sessions-field-skip = Dates without a session
sessions-field-seats = Number of seats
sessions-field-waiting_list = Keep a waiting list when it is full
sessions-field-self_booking = People may book a seat themselves on the public page
sessions-field-price = Price in euros
sessions-field-bring = What to bring
sessions-field-publics = For whom (leave empty: for everyone)
sessions-field-accessibility = Accessibility
sessions-field-location = Place and address
sessions-field-postcode = Postcode
sessions-field-name = First name or nickname
sessions-field-phone = Phone
sessions-field-email = E-mail
sessions-field-consent = Consent
sessions-title-hint = Plain words, for example “My first e-mails”.
sessions-until-hint = For example the end of the school year.
sessions-skip-hint = Holidays, as YYYY-MM-DD separated by commas.
sessions-price-hint = Leave empty or write 0 when it is free.
sessions-bring-hint = For example: identity card, smartphone and its code.
sessions-repeat-once = Once
sessions-repeat-weekly = Every week
sessions-repeat-every-2-weeks = Every 2 weeks
sessions-mobile-of = Mobile activity of { $organisation } (somewhere else)
sessions-mobile-legend = Mobile activity
sessions-mobile-hint = Only for a mobile activity: where it happens.

sessions-error-missing = { $field }: please fill this in.
sessions-error-too-long = { $field }: this is too long.
sessions-error-unknown-code = { $field }: please choose from the list.
sessions-error-not-a-number = { $field }: please write a number.
sessions-error-out-of-range = { $field }: this number is too small or too big.
sessions-error-bad-date = { $field }: please write a date like 2026-12-01.
sessions-error-bad-time = { $field }: please write a time like 10:00.
sessions-error-end-before-start = { $field }: the session must end after it starts.
sessions-error-in-past = { $field }: this date has already passed.
sessions-error-until-before-first = { $field }: the last date must be after the first one.
sessions-error-too-many = { $field }: that makes more than 104 dates; choose an earlier last date.
sessions-error-no-date-left = { $field }: every date is skipped.
sessions-error-unknown-postcode = { $field }: this postcode is not in the region.
sessions-error-bad-phone = { $field }: please write a phone number, for example ⁦0470 12 34 56⁩.
sessions-error-bad-email = { $field }: please write an e-mail address, for example name@example.org.
sessions-error-no-consent = { $field }: please tick the box to show that the person agrees.
sessions-error-where = Where does it happen?: please choose one of your places or a mobile activity.
sessions-error-seats-below-booked = Number of seats: { $booked } people are already booked; give at least { $booked } seats.

sessions-bo-link = Sessions
sessions-bookings-link = My bookings
sessions-bo-title = Sessions
sessions-bo-coming = Coming sessions
sessions-bo-past = Past 30 days
sessions-bo-none = No coming session yet.
sessions-publish-link = Publish a session
sessions-new-title = Publish a session
sessions-edit-title = Change this session
sessions-edit-intro = This changes this date only. The people booked are told if the date, time or place changes.
sessions-publish-button = Publish
sessions-save-button = Save the changes
sessions-booked-of = { $booked } of { $seats } booked, { $waiting } waiting
sessions-published = { $count ->
    [one] The session is published.
   *[other] { $count } sessions are published.
}
sessions-saved = { $count ->
    [0] The changes are saved.
    [one] The changes are saved; 1 person booked was told.
   *[other] The changes are saved; { $count } people booked were told.
}
sessions-cancelled-told = { $count ->
    [0] The session is cancelled.
    [one] The session is cancelled; 1 person booked was told.
   *[other] The session is cancelled; { $count } people booked were told.
}
sessions-public-page = See the public page
sessions-edit-link = Change the date, time, seats or details
sessions-people-title = People booked
sessions-people-none = Nobody is booked yet.
sessions-booked-by = Booked by
sessions-booked-alone = The person, alone
sessions-waiting-number = Waiting list, number { $position }
sessions-attendance-title = Attendance
sessions-attendance-intro = After the session, mark who came. It helps to follow people up and to count.
sessions-attendance-present = Present
sessions-attendance-absent = Absent
sessions-attendance-save = Save attendance
sessions-attendance-saved = { $count ->
    [one] Attendance saved for 1 person.
   *[other] Attendance saved for { $count } people.
}
sessions-cancel-title = Cancel this session
sessions-cancel-intro = { $count ->
    [0] Nobody is booked.
    [one] The person booked is told by e-mail or SMS when they gave one, and their social worker too.
   *[other] The { $count } people booked are told by e-mail or SMS when they gave one, and their social workers too.
}
sessions-cancel-reason-label = Reason (optional)
sessions-cancel-reason-hint = It is sent to the people booked.
sessions-cancel-following = Also cancel the later dates of this series
sessions-cancel-button = Cancel the session
sessions-other-dates = Other dates of this series
sessions-bookings-title = My bookings
sessions-bookings-intro = The seats your structure booked, from 30 days ago.
sessions-bookings-find = Find a session with free seats
sessions-bookings-none = Your structure has no booking yet.

sessions-mail-bring = To bring: { $bring }
sessions-mail-link = Details: { $link }
sessions-mail-cancel-link = To see or cancel your booking: { $link }
sessions-mail-reason = Reason: { $reason }
sessions-mail-footer = You receive this message because a seat was booked for you on Passerelle. Your first name and contact details are deleted 12 months after the session.
sessions-mail-booked-subject = Seat booked: { $title }
sessions-mail-booked-intro = Hello { $name }, a seat is booked for you.
sessions-mail-waiting-subject = Waiting list: { $title }
sessions-mail-waiting-intro = Hello { $name }, the session is full: you are number { $position } on the waiting list. If a seat comes free, it is yours and we tell you.
sessions-mail-promoted-subject = A seat is free for you: { $title }
sessions-mail-promoted-intro = Hello { $name }, a seat came free: it is yours now.
sessions-mail-changed-subject = Changed: { $title }
sessions-mail-changed-intro = Hello { $name }, the session you are booked for has changed. Here are the new date, time and place.
sessions-mail-cancelled-subject = Cancelled: { $title }
sessions-mail-cancelled-intro = Hello { $name }, we are sorry: the session you were booked for is cancelled.
sessions-mail-reminder-subject = Reminder: { $title }
sessions-mail-reminder-intro = Hello { $name }, a reminder: your session is soon.
sessions-sms-promoted = A seat is free for you: { $title }, { $when }.
sessions-sms-changed = Changed: { $title }, now { $when }.
sessions-sms-cancelled = Cancelled: { $title }, { $when }.
sessions-sms-reminder = Reminder: { $title }, { $when }.
sessions-mail-referrer-promoted-subject = A seat for { $title }
sessions-mail-referrer-promoted-intro = A seat came free: { $name }, who was on the waiting list, has a seat now.
sessions-mail-referrer-changed-subject = Session changed: { $title }
sessions-mail-referrer-changed-intro = A session you booked { $name } for has changed. The new date, time and place:
sessions-mail-referrer-cancelled-subject = Session cancelled: { $title }
sessions-mail-referrer-cancelled-intro = A session you booked { $name } for is cancelled.

# Booking alone: spam protection.
sessions-error-fast = The form was sent very quickly. Check what you typed, then send it again.
sessions-error-expired = The form was open for a long time and has expired. What you typed is still here: send it again.
sessions-error-rate = Many seats were booked from your connection in the last hour. Try again in one hour, or call the place.
sessions-field-title-lang = Language of the title and description
sessions-title-lang-hint = Pages in another language tell screen readers.
sessions-title-lang-unsaid = Not said
