brochure-title = Digitale hulp bij u in de buurt
brochure-intro = Plaatsen waar u gratis of voor weinig geld hulp krijgt om een computer, een telefoon of het internet te gebruiken en uw zaken online te regelen.
brochure-date = Gegevens van { $date }. Ze veranderen: de actuele lijst staat op de website.
brochure-day = Dag
brochure-hours = Uren
brochure-services = Aangeboden hulp:
brochure-languages = Talen:
brochure-accessibility = Toegankelijkheid:
brochure-phone = Telefoon:
brochure-page = Pagina
brochure-separator = {", "}
brochure-empty = In deze gemeenten is voorlopig geen plaats bekend.
brochure-qr-alt = QR-code naar de pagina van { $name }
brochure-list-title = Brochures per gemeente
brochure-list-intro = Voor elke groep gemeenten de lijst om af te drukken van de plaatsen voor digitale hulp, altijd actueel.
brochure-places = { $count ->
    [0] geen plaats
    [one] 1 plaats
   *[other] { $count } plaatsen
}
brochure-pdf = Pdf om af te drukken
brochure-back = Alle brochures
