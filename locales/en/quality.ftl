# Data-quality checks (English).

check-postcode-not-in-commune = The postcode { $value } does not belong to the municipality of this place.
check-postcode-not-in-commune-todo = Ask the place for its address and correct the postcode or the municipality.
check-unknown-postcode = The postcode { $value } is not a postcode of the region.
check-unknown-postcode-todo = Correct the postcode, or move the place to the right region.
check-probable-duplicate = This place looks like “{ $value }” (#{ $other }).
check-probable-duplicate-todo = If they are the same place, merge them; if not, make their names clearer.
check-unreadable-hours = The opening hours “{ $value }” cannot be read.
check-unreadable-hours-todo = Write them again with the opening-hours editor (for example Mo-Fr 09:00-17:00).
check-no-contact = There is no phone, e-mail or website.
check-no-contact-todo = Add at least a phone number, so that people can call before they go.
check-stale = Not updated since { $value }.
check-stale-todo = Ask the place to confirm or update its information.
check-source-issue = Problem recorded in the source data
check-summary = { $errors ->
    [one] 1 error
   *[other] { $errors } errors
}, { $warnings ->
    [one] 1 warning
   *[other] { $warnings } warnings
}
severity-error = Error
severity-warning = Warning

# The directory's label status must rest on a granted label (EPN label).
check-labelled-without-record = Shown as a labelled EPN, but no granted label is recorded for this place.
check-labelled-without-record-todo = Record the label's decision in the label pages, or correct the place's label status.
quality-kind-labelled-without-record = Labelled without a label record

# A stored web address that is not http(s) is never published.
check-website-not-http = The web address “{ $value }” is not an http:// or https:// address: it is neither shown nor published.
check-website-not-http-todo = Replace it with the place's full web address starting with https:// (or http://), or remove it.
quality-kind-website-not-http = Web address that is not http(s)
quality-kind-postcode-not-in-commune = Postcode of another municipality
quality-kind-unknown-postcode = Unknown postcode
quality-kind-unreadable-hours = Opening hours that cannot be read
quality-kind-probable-duplicate = Probable duplicates
quality-kind-no-contact = No way to contact the place
quality-kind-stale = Not updated for more than a year
