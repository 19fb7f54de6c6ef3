# Reporting a mistake on a place's page (the public form).

report-link = Report a mistake on this page
report-title = Report a mistake
report-about = About the page of:
report-intro = Tell us what is wrong or out of date: for example the opening hours, the phone number or the address. You do not need an account. The team that keeps the directory reads every message.
report-message = What is wrong?
report-message-hint = Write between { $min } and { $max } characters.
report-contact = Your e-mail or phone number (optional)
report-contact-hint = Only if you want an answer. We use it only to answer this message.
report-trap = Leave this field empty
report-send = Send the message
report-privacy = Please do not write personal information about other people.
report-error-short = The message is too short: write at least { $min } characters, so that we understand what to correct.
report-error-long = The message is too long: { $count } characters, and { $max } at most. Make it shorter.
report-error-contact = Your e-mail or phone number is too long: { $max } characters at most.
report-error-fast = The form was sent very quickly. Check your message, then send it again.
report-error-expired = The form was open for a long time and has expired. Your message is still here: send it again.
report-error-rate = Many messages were sent from your connection in the last hour. Your message is still here: try again in one hour.
report-thanks-title = Thank you for your message
report-thanks-text = The team that keeps the directory will read it and correct the page if needed.
report-back = Back to the page of { $place }
report-mail-subject = Mistake reported: { $place }
report-mail-no-contact = (none given)
report-mail-body = Someone reported a mistake on the page of “{ $place }”.

    Their message:

    { $message }

    Contact: { $contact }

    The page: { $page }
    All reported mistakes: { $reports }
