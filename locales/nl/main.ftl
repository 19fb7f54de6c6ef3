# Teksten van de interface van Passerelle (Nederlands). Duidelijke taal: korte zinnen, gewone woorden.

site-name = Digitale hulp bij jou in de buurt
skip-to-content = Naar de inhoud
languages = Talen
footer-text = Een gratis openbare dienst van het Gewest. Openbare computerruimtes helpen iedereen om een computer en het internet te gebruiken.
all-communes = Alle gemeenten
back-home = Terug naar de startpagina
breadcrumb = Je bent hier

## Home
home-title = Vind digitale hulp bij jou in de buurt
search-label = Waar woon je?
search-hint = Typ je postcode, je gemeente of de naam van een plaats. Bijvoorbeeld: 1080
near-me = Mijn locatie gebruiken
near-me-wait = We zoeken je locatie…
near-me-error = We konden je locatie niet vinden. Typ je postcode.
search-button = Zoeken
home-what-title = Wat is een openbare computerruimte (OCR)?
home-what-epn = Een openbare computerruimte (OCR) is een plaats waar je een computer en het internet kunt gebruiken. Er is iemand om je te helpen.
home-free = De hulp is gratis of heel goedkoop. Je kunt leren werken met een gsm of een computer. Je kunt ook leren om online formulieren in te vullen.
home-call = Je hoeft niet overal een afspraak te maken. Ben je niet zeker? Bel dan eerst naar de plaats.

## Results
results-title-all = Alle plaatsen
results-title-near = Digitale hulp in de buurt van { $place }
results-title-position = Digitale hulp in je buurt
results-title-text = Plaatsen voor “{ $text }”
results-count = { $count ->
    [0] Geen plaats
    [one] 1 plaats
   *[other] { $count } plaatsen
}
results-none = We hebben geen plaats gevonden. Kijk of de spelling juist is, probeer je postcode of haal een filter weg.
results-none-communes = Bekijk de lijst van de gemeenten
search-error-title = We begrijpen deze zoekopdracht niet
search-error-text = Er klopt iets niet in het adres van deze pagina. Typ je zoekopdracht opnieuw.
filters-title = Filters
filters-only = Toon alleen
filters-apply = Toon de resultaten
filter-any = Alle
filter-service = Dienst
filter-public = Voor wie
filter-language = Gesproken taal
filter-open_now = Nu open
filter-free = Gratis
filter-wheelchair = Toegankelijk met rolstoel
filter-labelled = Openbare computerruimtes met een label
pagination = Pagina's
page-previous = Vorige pagina
page-next = Volgende pagina
page-of = Pagina { $page } van { $pages }
distance-km = op { $km } km
distance-km-approximate = op ongeveer { $km } km
mobile-place = Mobiel: komt naar je toe

## Opening hours
open-now = Nu open
open-until = Nu open, tot { $time }
opens-today = Nu gesloten. Gaat vandaag open om { $time }
opens-tomorrow = Nu gesloten. Gaat morgen open om { $time }
opens-on = Nu gesloten. Gaat { $day } open om { $time }
closed-this-week = Deze week gesloten
hours-unknown = Openingsuren onbekend: bel eerst
hours-unreadable = We kunnen de openingsuren niet lezen: bel voor je gaat
hours-mobile = Mobiel: bel om te weten waar en wanneer
hours-as-written = Openingsuren zoals ze geschreven zijn:
hours-title = Openingsuren
hours-table-caption = Openingsuren voor de komende 7 dagen
hours-on-request = op afspraak of na te vragen
today = vandaag
closed = Gesloten
weekday-mon = maandag
weekday-tue = dinsdag
weekday-wed = woensdag
weekday-thu = donderdag
weekday-fri = vrijdag
weekday-sat = zaterdag
weekday-sun = zondag

## Place page
run-by = Beheerd door
kind-epn = Openbare computerruimte (OCR)
kind-project = Project voor digitale inclusie
kind-other = Digitale hulp
badge-labelled = Openbare computerruimte met een label
how-to-come = Waar het is
mobile-explained = Dit is een mobiele dienst. Hij gaat naar de mensen toe. Bel om te weten waar hij zal zijn.
address-unknown = Adres nog niet bekend
location-approximate = Het juiste adres is niet bekend: de afstanden zijn gemeten vanaf het centrum van de gemeente.
contact-title = Hoe contact opnemen
contact-unknown = We hebben nog geen telefoonnummer of e-mailadres voor deze plaats.
phone = Telefoon:
email = E-mail:
website = Website:
services = Diensten
publics = Voor wie
languages-spoken = Gesproken talen
accessibility = Toegankelijkheid
price = Prijs
equipment = Uitrusting
computers-count = { $count ->
    [one] 1 computer
   *[other] { $count } computers
}
tablets-count = { $count ->
    [one] 1 tablet
   *[other] { $count } tablets
}
last-update = Laatst bijgewerkt:

## Communes
communes-title = Gemeenten
postcodes = Postcodes:
commune-empty = We kennen nog geen plaats in deze gemeente. Zoek met je postcode om plaatsen in de buurt te zien.
commune-search-near = Bekijk plaatsen in de buurt, ook in andere gemeenten

## Errors
not-found-title = Pagina niet gevonden
not-found-text = Deze pagina bestaat niet of is verplaatst.
unauthorized-title = Meld u aan om deze pagina te zien
unauthorized-text = Deze pagina hoort bij de beheeromgeving. Meld u aan met uw account en open ze dan opnieuw.
server-error-title = Er ging iets mis
server-error-text = De pagina kon niet getoond worden. Het is niet uw fout. Probeer het over een ogenblik opnieuw.
server-error-reference = Als het probleem blijft, geef deze code aan de coördinatie:

## Dates
date-long = { $day } { $month } { $year }
month-1 = januari
month-2 = februari
month-3 = maart
month-4 = april
month-5 = mei
month-6 = juni
month-7 = juli
month-8 = augustus
month-9 = september
month-10 = oktober
month-11 = november
month-12 = december

## Translations
translation-not-reviewed = Deze vertaling is nog niet nagelezen door iemand met Nederlands als moedertaal. Er kunnen fouten in staan.
languages-more = Andere talen
