# Referrals (orientation) and personal data, in the back office.

referral-nav = Referrals
referral-dashboard-link = Back to the referrals
referral-forbidden = This referral concerns other structures: you may not open it.

## States, steps, sides
referral-step-accept = Accept
referral-step-refuse = Refuse
referral-step-first-visit = First visit done
referral-step-follow-up = Add a follow-up note
referral-step-close = Close the referral
referral-side-referrer = Referring structure
referral-side-receiver = Receiving place
referral-side-system = Automatic
referral-error-not-allowed = This step is no longer possible: the referral has changed. Look at its state below.
referral-error-wrong-side = This step is for the other side of the referral.
referral-error-text-missing = Please write a few words: a refusal needs a reason, a follow-up a note.

## Needs and contact
referral-need-information = Finding information on the internet
referral-need-communication = E-mail, messages and video calls
referral-need-content-creation = Writing and creating documents
referral-need-safety = Safety and privacy online
referral-need-problem-solving = Solving problems with devices and accounts
referral-need-equipment = Getting a computer, tablet or smartphone
referral-need-connection = Getting an internet connection
referral-need-online-procedures = Online procedures (administration, employment, health)
referral-need-first-steps = First steps with digital tools
referral-contact-phone = By phone
referral-contact-email = By e-mail
referral-contact-referrer = Through me (the referrer)
referral-contact-through = Through the referrer: { $name }, { $structure } ({ $email })

## The form
referral-new-title = Refer a person
referral-new-intro = Send a person to a public digital space or a session. Only share what the place needs to help them.
referral-new-link = Refer a person
referral-field-target = Where to send the person
referral-choose-target = Choose a place or a session
referral-target-sessions = Sessions of the next 60 days
referral-field-person-name = First name or nickname
referral-person-name-hint = No family name is needed.
referral-field-lang = Language the person speaks best
referral-diagnostic-title = Diagnostic made with the person
referral-field-share-diagnostic = The person agrees that the place sees the answers of the diagnostic
referral-diagnostic-not-shared = A diagnostic was made, but the person did not agree to share it.
referral-field-needs = What the person needs help with
referral-field-needs-note = Other needs, in a few words
referral-needs-note-hint = Only what helps the place. No health or family details.
referral-field-contact-way = How the place can reach the person
referral-field-contact-value = Phone number or e-mail address
referral-contact-value-hint = Leave empty if the place reaches the person through you.
referral-consent-text = The person agrees that { $from } sends their first name, language, needs and contact way to the chosen place so that it can help them. These details are deleted { $months } months after the referral ends. The person may ask to see or delete them at any time.
referral-field-consent = I have read this text to the person and they agree
referral-send-button = Send the referral
referral-error-target = Choose a place or a session that still takes people.
referral-error-person-name = Write a first name or a nickname (60 characters at most).
referral-error-needs = Tick at least one need, or describe it in a few words.
referral-error-contact-way = Choose how the place can reach the person.
referral-error-phone = Write a phone number (8 to 15 digits).
referral-error-email = Write an e-mail address, such as name@example.org.
referral-error-consent = The person must agree before you send the referral.

## One referral
referral-title = Referral of { $name }
referral-sent-notice = The referral is sent. The place has been told by e-mail.
referral-anonymised = (data deleted)
referral-from = From
referral-to = To
referral-to-structure = Receiving structure
referral-consent-label = Consent
referral-consent-given = Given on { $when }
referral-refuse-reason = Reason of the refusal
referral-actions = What to do next
referral-field-reason = Reason of the refusal
referral-field-note = Follow-up note
referral-history = History
referral-history-when = When
referral-history-what = What
referral-history-who = Who
referral-history-note = Note

## Dashboards
referral-mine-title = My structure's referrals
referral-to-me-title = Referrals to my places
referral-all-title = All referrals
referral-none = No referral yet.
referral-none-to-me = No referral to your places yet.
referral-open-caption = Referrals to follow
referral-ended-caption = Ended referrals
referral-col-number = Number
referral-col-sent = Sent on
referral-number = Referral { $id }
referral-sessions-title = Your sessions in the next four weeks
referral-sessions-none = No session in the next four weeks.
referral-session-col = Session
referral-session-when = When
referral-session-fill = Seats taken
referral-session-fill-rate = { $booked } of { $seats } ({ $percent } %), { $waiting } waiting
referral-session-cancelled = Cancelled
referral-personal-data-link = A person asks to see or delete their data

## Personal data (coordination)
referral-person-title = A person's data
referral-person-intro = A person may ask for a copy of their data, or for it to be deleted. Find it with the referral number or the booking number.
referral-person-referral = Referral number
referral-person-booking = Booking number
referral-person-hint = Fill in one of the two numbers.
referral-person-export = Download the data (JSON)
referral-person-erase-title = Delete a person's data
referral-person-erase-intro = The first name, contact details, notes and diagnostic are deleted at once; only anonymous counts remain. This cannot be undone.
referral-person-confirm = I confirm that the person asked for their data to be deleted
referral-person-erase = Delete the data
referral-person-erased = Data deleted: { $referrals } referral(s), { $bookings } booking(s).
referral-person-error-missing = Fill in a referral number or a booking number.
referral-person-error-number = Write a number, such as 12.
referral-person-error-unknown = No referral or booking has this number.
referral-person-error-confirm = Tick the box to confirm the person's request.

## E-mails (no personal data: only a link)
referral-mail-new-subject = New referral { $id }
referral-mail-new-body = A referring structure sent a person to your place. Please accept or refuse the referral:

    { $link }
referral-mail-remind-subject = Referral { $id } is waiting for your answer
referral-mail-remind-body = A referral to your place has had no answer yet. Without an answer it will soon expire. Please accept or refuse it:

    { $link }
referral-mail-accepted-subject = Referral { $id } accepted
referral-mail-accepted-body = The place accepted your referral:

    { $link }
referral-mail-refused-subject = Referral { $id } refused
referral-mail-refused-body = The place refused your referral. You can read the reason and send the person elsewhere:

    { $link }
referral-mail-expired-subject = Referral { $id } expired
referral-mail-expired-body = The place did not answer your referral in time. It has expired; you can send the person elsewhere:

    { $link }
referral-mail-first-visit-subject = Referral { $id }: first visit done
referral-mail-first-visit-body = The person you referred came to the place: their first visit is recorded.

    { $link }
referral-mail-follow-up-subject = Referral { $id }: follow-up note added
referral-mail-follow-up-body = The place added a follow-up note to your referral:

    { $link }
referral-mail-closed-subject = Referral { $id } closed
referral-mail-closed-body = The place closed your referral:

    { $link }
referral-mail-progress-footer = You no longer want this news? Change it in "My e-mails".

# On a place's public page, for a signed-in referrer.
referral-send-here = Send a person to this place

# The history of a referral: each event in one form (what happened), while
# the buttons (referral-step-*) say what to do.
referral-event-send = Referral sent
referral-event-accept = Referral accepted
referral-event-refuse = Referral refused
referral-event-first-visit = First visit done
referral-event-follow-up = Follow-up note added
referral-event-close = Referral closed
referral-event-expire = Referral expired without an answer
referral-event-remind = Reminder sent to the place

# "My e-mails" (every signed-in account).
account-mails-nav = My e-mails
account-mails-title = My e-mails
account-mails-lang = Language of my e-mails
account-mails-lang-hint = At first, the language you signed in with.
account-mails-lang-region = The region's languages, one after the other
account-mails-lang-error = Choose a language from the list.
account-mails-referrals = My referrals
account-mails-referral-progress = Tell me when a person I referred came, was followed up, and when the referral is closed
account-mails-referral-answers = The places' answers (accepted, refused, expired) are always sent.
account-mails-save = Save
account-mails-saved = Your choices are saved.
