brochure-title = Digital help near you
brochure-intro = Places where you get help, free or for little money, to use a computer, a phone or the internet, and to do your paperwork online.
brochure-date = Information of { $date }. It changes: the up-to-date list is on the website.
brochure-day = Day
brochure-hours = Hours
brochure-services = Help offered:
brochure-languages = Languages:
brochure-accessibility = Accessibility:
brochure-phone = Phone:
brochure-page = Page
brochure-separator = {", "}
brochure-empty = No place is known in these communes yet.
brochure-qr-alt = QR code to the page of { $name }
brochure-list-title = Brochures by commune
brochure-list-intro = For each group of communes, the list of places for digital help to print, always up to date.
brochure-places = { $count ->
    [0] no place
    [one] 1 place
   *[other] { $count } places
}
brochure-pdf = PDF to print
brochure-back = All the brochures
