# Interface strings of Passerelle (English). Plain language: short sentences, everyday words.

site-name = Digital help near you
skip-to-content = Skip to content
languages = Languages
footer-text = A free public service of the region. Public digital spaces help everyone use computers and the internet.
all-communes = All municipalities
back-home = Back to the home page
breadcrumb = You are here

## Home
home-title = Find digital help near you
search-label = Where do you live?
search-hint = Type your postcode, your municipality or the name of a place. Example: 1080
near-me = Use my position
near-me-wait = Looking for your position…
near-me-error = We could not get your position. Type your postcode instead.
search-button = Search
home-what-title = What is a public digital space (EPN)?
home-what-epn = A public digital space (EPN) is a place where you can use a computer and the internet. A person is there to help you.
home-free = The help is free or very cheap. You can learn to use a phone, a computer or online forms.
home-call = You do not need to make an appointment everywhere. If you are not sure, call the place first.

## Results
results-title-all = All places
results-title-near = Digital help near { $place }
results-title-position = Digital help near your position
results-title-text = Places for “{ $text }”
results-count = { $count ->
    [0] No place
    [one] 1 place
   *[other] { $count } places
}
results-none = We found no place. Check the spelling, try your postcode, or remove a filter.
results-none-communes = See the list of municipalities
search-error-title = We could not understand this search
search-error-text = Something in the address of this page is not right. Please type your search again.
filters-title = Filters
filters-only = Show only
filters-apply = Show the results
filter-any = All
filter-service = Service
filter-public = For whom
filter-language = Language spoken
filter-open_now = Open now
filter-free = Free
filter-wheelchair = Wheelchair access
filter-labelled = Labelled public digital spaces
pagination = Pages
page-previous = Previous page
page-next = Next page
page-of = Page { $page } of { $pages }
distance-km = { $km } km away
distance-km-approximate = about { $km } km away
mobile-place = Mobile: comes to you

## Opening hours
open-now = Open now
open-until = Open now, until { $time }
opens-today = Closed now. Opens today at { $time }
opens-tomorrow = Closed now. Opens tomorrow at { $time }
opens-on = Closed now. Opens { $day } at { $time }
closed-this-week = Closed this week
hours-unknown = Opening hours unknown: call first
hours-unreadable = We cannot read the opening hours: call before you go
hours-mobile = Mobile: call to know where and when
hours-as-written = Opening hours as written:
hours-title = Opening hours
hours-table-caption = Opening hours for the next 7 days
hours-on-request = by appointment or to check
today = today
closed = Closed
weekday-mon = Monday
weekday-tue = Tuesday
weekday-wed = Wednesday
weekday-thu = Thursday
weekday-fri = Friday
weekday-sat = Saturday
weekday-sun = Sunday

## Place page
run-by = Run by
kind-epn = Public digital space (EPN)
kind-project = Digital inclusion project
kind-other = Digital help
badge-labelled = Labelled public digital space
how-to-come = Where it is
mobile-explained = This is a mobile service. It travels to people. Call to know where it will be.
address-unknown = Street address not known yet
location-approximate = The exact address is not known: distances are measured from the centre of the municipality.
contact-title = How to contact
contact-unknown = We do not have a phone number or e-mail for this place yet.
phone = Phone:
email = E-mail:
website = Website:
services = Services
publics = For whom
languages-spoken = Languages spoken
accessibility = Accessibility
price = Price
equipment = Equipment
computers-count = { $count ->
    [one] 1 computer
   *[other] { $count } computers
}
tablets-count = { $count ->
    [one] 1 tablet
   *[other] { $count } tablets
}
last-update = Last update:

## Communes
communes-title = Municipalities
postcodes = Postcodes:
commune-empty = We do not know any place in this municipality yet. Search near your postcode to see places nearby.
commune-search-near = See places nearby, also in other municipalities

## Errors
not-found-title = Page not found
not-found-text = This page does not exist or has moved.
unauthorized-title = Sign in to see this page
unauthorized-text = This page is part of the back office. Sign in with your account, then open it again.
server-error-title = Something went wrong
server-error-text = The page could not be shown. It is not your fault. Try again in a moment.
server-error-reference = If it keeps happening, give this code to the coordination:

## Dates
date-long = { $day } { $month } { $year }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

## Translations
translation-not-reviewed = This translation has not yet been checked by a native speaker. It may contain mistakes.
languages-more = More languages
