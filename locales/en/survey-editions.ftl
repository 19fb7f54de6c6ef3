# Survey editions: periods, participating places, participation, short links and posters.

survey-editions-nav = Survey editions
survey-editions-title = Survey editions
survey-editions-intro = An edition asks one questionnaire version during a period at the participating places. Each place has a short link and posters with a QR code; participation is computed from the complete answers and the places' weekly visitors.
survey-editions-new = New edition
survey-editions-none = No edition yet.
survey-editions-list-caption = Editions, newest first
survey-editions-period = Period
survey-editions-period-text = from { $from } to { $to }
survey-editions-days = { $days ->
    [one] { $days } day
   *[other] { $days } days
}
survey-editions-places = Participating places
survey-editions-answers = Complete answers
survey-editions-participation = Participation
survey-editions-no-participation = unknown
survey-editions-illustrative-tag = illustrative
survey-editions-illustrative-note = Illustrative edition: its answers are generated for the demonstration, they are not facts.
survey-editions-questionnaire-name = { $title } (version { $version })

survey-editions-edit = Change the edition
survey-editions-edit-title = Change “{ $title }”
survey-editions-no-questionnaire = No questionnaire is stored yet: import one first.
survey-editions-choose = Choose…
survey-editions-field-questionnaire = Questionnaire version
survey-editions-questionnaire-hint = The questions asked. A version does not change once an edition uses it.
survey-editions-field-title = Title
survey-editions-title-hint = For example: Visitor survey 2027
survey-editions-field-slug = Short name
survey-editions-slug-hint = Lower-case letters, digits and hyphens, for example: 2027
survey-editions-field-opens_on = First day
survey-editions-field-closes_on = Last day
survey-editions-date-hint = For example: 2027-03-01 or 01/03/2027
survey-editions-field-illustrative = Are the answers illustrative?
survey-editions-illustrative-hint = Yes only for generated demonstration answers: every page that shows them will say so.
survey-editions-yes = Yes
survey-editions-no = No
survey-editions-field-compare_with = Compare with
survey-editions-compare-hint = An earlier edition whose results these are compared with.
survey-editions-compare-none = No comparison
survey-editions-save = Save
survey-editions-saved = Saved.

survey-editions-error-missing = { $field }: this is required.
survey-editions-error-too-long = { $field }: this is too long.
survey-editions-error-slug = { $field }: use lower-case letters, digits and single hyphens only (no hyphen at the start or end).
survey-editions-error-date = { $field }: write a date such as 2027-03-01 or 01/03/2027.
survey-editions-error-closes-before = { $field }: the last day comes before the first day.
survey-editions-error-period = { $field }: an edition lasts at most a year.
survey-editions-error-unknown = { $field }: choose one of the options offered.
survey-editions-error-same = { $field }: an edition cannot be compared with itself.
survey-editions-error-number = { $field }: write a whole number, for example 240.
survey-editions-error-too-large = { $field }: this number is too large (at most 100,000 a week).
survey-editions-error-public = { $field }: use lower-case letters, digits, _ and - only, for example mobile.
survey-editions-error-slug-taken = Short name: “{ $slug }” is already used by another edition.
survey-editions-error-place-missing = Place: choose the place to add.
survey-editions-error-place-unknown = Place: choose a labelled EPN that is not in the edition yet.

survey-editions-formula = { $answers } complete answers ÷ ({ $weeks } weeks × { $visitors } visitors a week) = { $percent }
survey-editions-n = n = { $n } complete answers; { $places ->
    [one] { $places } place has
   *[other] { $places } places have
} an estimate of their visitors.
survey-editions-no-overall = No participation can be computed yet: no participating place has an estimate of its weekly visitors.
survey-editions-without-estimate = Without an estimate of their weekly visitors: { $places }.
survey-editions-without-estimate-answers = Their { $answers } complete answers are counted, as the 2021 report did, but not their visitors: the participation may be somewhat overstated.
survey-editions-no-places = No participating place yet.
survey-editions-places-caption = Participating places, their link and their participation
survey-editions-place = Place
survey-editions-field-weekly_visitors = Visitors a week
survey-editions-field-public = Public (value set by the link)
survey-editions-link = Short link
survey-editions-posters = Posters
survey-editions-poster-a4 = Print A4
survey-editions-poster-a3 = Print A3
survey-editions-from-capacity = from capacity records
survey-editions-entered = entered by hand
survey-editions-no-estimate = no estimate

survey-editions-add-place = Add a place
survey-editions-nothing-to-add = Every labelled EPN of the directory takes part already.
survey-editions-place-hint = The labelled EPN of the directory.
survey-editions-weekly-hint = Leave empty to take them from the place's capacity record of { $year }.
survey-editions-public-hint = Optional. For example mobile: the visitors who follow this place's link then see the mobile EPN's questions.
survey-editions-add = Add the place
survey-editions-added = { $place } takes part now.
survey-editions-removed = { $place } no longer takes part.

survey-editions-place-settings = Visitors and public
survey-editions-remove-title = Remove from the edition
survey-editions-remove-intro = The place's link will stop working.
survey-editions-remove = Remove the place
survey-editions-remove-not-possible = This place has answers: it stays in the edition so that they keep their place.

survey-editions-posters-intro = All the edition's posters, one per printed page. French and Dutch are on every poster; add other languages of the questionnaire if the place's visitors read them.
survey-editions-size = Paper size
survey-editions-langs = Other languages
survey-editions-langs-hint = Besides French and Dutch.
survey-editions-lang-en = English
survey-editions-lang-es = Spanish
survey-editions-lang-ar = Arabic
survey-editions-show-posters = Show the posters to print
survey-editions-poster-title = Poster: { $place }
survey-editions-posters-title = Posters: { $edition }
survey-editions-print-help = Print this page with your browser, on { $size } paper, without margins (“Print to PDF” makes a PDF file). Each poster fills one page.

survey-editions-shipped = { $title } (version { $version }, shipped with Passerelle: stored when the edition is saved)
