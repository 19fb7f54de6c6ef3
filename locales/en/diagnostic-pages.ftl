# The diagnostic's public pages (questionnaire and result). Plain language.

diagp-home-link = Not sure where to start? Check your digital skills (about 3 minutes)
diagp-intro-private = It takes about 3 minutes. You stay anonymous: nothing you answer is stored.
diagp-part-devices = Your devices and the internet
diagp-part-you = What you want
diagp-where-label = Your postcode or commune (optional)
diagp-where-hint = To see places and workshops near you. For example: 1080 or Molenbeek.
diagp-submit = See my result
diagp-error-item = Question { $number }: { $message }
diagp-error-where = Please write a postcode or the name of a commune (at most 100 characters).
diagp-profile-title = Your profile
diagp-urgency-title = Is it urgent?
diagp-no-gaps = You can already do the five things we asked about.
diagp-places-title = Places that can help you
diagp-places-near = Places near { $place } that can help you
diagp-places-none = We found no place that fits all your answers here.
diagp-where-unknown = We did not recognise “{ $where }” as a postcode or a commune. Here are places in the whole region.
diagp-add-where = Add your postcode to see places near you.
diagp-places-all = See all places
diagp-sessions-title = Workshops for you
diagp-sessions-none = No upcoming workshop with free seats fits your answers right now.
diagp-sessions-all = See all workshops
diagp-refer-place = Refer this person to { $name }
diagp-refer-session = Refer this person to “{ $title }”
diagp-nothing-stored = Nothing was stored. To keep this result, add this page to your bookmarks or print it.
diagp-change = Change my answers
diagp-again = Start again
