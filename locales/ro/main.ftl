# Textele interfeței Passerelle (română). Limbaj clar: propoziții scurte, cuvinte de zi cu zi.

site-name = Ajutor digital aproape de dumneavoastră
skip-to-content = Mergeți la conținut
languages = Limbi
footer-text = Un serviciu public gratuit al regiunii. Spațiile publice digitale îi ajută pe toți să folosească calculatorul și internetul.
all-communes = Toate comunele
back-home = Înapoi la pagina principală
breadcrumb = Vă aflați aici

## Home
home-title = Găsiți ajutor digital aproape de dumneavoastră
search-label = Unde locuiți?
search-hint = Scrieți codul poștal, comuna sau numele unui loc. Exemplu: 1080
near-me = Folosiți locația mea
near-me-wait = Căutăm locația dumneavoastră…
near-me-error = Nu am putut afla locația dumneavoastră. Scrieți în schimb codul poștal.
search-button = Căutați
home-what-title = Ce este un spațiu public digital (EPN)?
home-what-epn = Un spațiu public digital (EPN) este un loc unde puteți folosi un calculator și internetul. O persoană este acolo ca să vă ajute.
home-free = Ajutorul este gratuit sau foarte ieftin. Puteți învăța să folosiți un telefon, un calculator sau formularele online.
home-call = Nu aveți nevoie de programare peste tot. Dacă nu știți sigur, sunați mai întâi la locul respectiv.

## Results
results-title-all = Toate locurile
results-title-near = Ajutor digital aproape de { $place }
results-title-position = Ajutor digital aproape de locația dumneavoastră
results-title-text = Locuri pentru „{ $text }”
results-count = { $count ->
    [0] Niciun loc
    [one] 1 loc
    [few] { $count } locuri
   *[other] { $count } de locuri
}
results-none = Nu am găsit niciun loc. Verificați cum ați scris, încercați codul poștal sau scoateți un filtru.
results-none-communes = Vedeți lista comunelor
search-error-title = Nu am putut înțelege această căutare
search-error-text = Ceva nu este în regulă în adresa acestei pagini. Vă rugăm să scrieți din nou căutarea.
filters-title = Filtre
filters-only = Afișați doar
filters-apply = Afișați rezultatele
filter-any = Toate
filter-service = Serviciu
filter-public = Pentru cine
filter-language = Limba vorbită
filter-open_now = Deschis acum
filter-free = Gratuit
filter-wheelchair = Acces cu scaun cu rotile
filter-labelled = Spații publice digitale cu etichetă
pagination = Pagini
page-previous = Pagina anterioară
page-next = Pagina următoare
page-of = Pagina { $page } din { $pages }
distance-km = la { $km } km
distance-km-approximate = la aproximativ { $km } km
mobile-place = Mobil: vine la dumneavoastră

## Opening hours
open-now = Deschis acum
open-until = Deschis acum, până la { $time }
opens-today = Închis acum. Se deschide azi la { $time }
opens-tomorrow = Închis acum. Se deschide mâine la { $time }
opens-on = Închis acum. Se deschide { $day } la { $time }
closed-this-week = Închis săptămâna aceasta
hours-unknown = Program necunoscut: sunați mai întâi
hours-unreadable = Nu putem citi programul: sunați înainte să mergeți
hours-mobile = Mobil: sunați ca să aflați unde și când
hours-as-written = Programul, așa cum este scris:
hours-title = Program
hours-table-caption = Programul pentru următoarele 7 zile
hours-on-request = cu programare sau de verificat
today = azi
closed = Închis
weekday-mon = luni
weekday-tue = marți
weekday-wed = miercuri
weekday-thu = joi
weekday-fri = vineri
weekday-sat = sâmbătă
weekday-sun = duminică

## Place page
run-by = Administrat de
kind-epn = Spațiu public digital (EPN)
kind-project = Proiect de incluziune digitală
kind-other = Ajutor digital
badge-labelled = Spațiu public digital cu etichetă
how-to-come = Unde se află
mobile-explained = Acesta este un serviciu mobil. Merge acolo unde sunt oamenii. Sunați ca să aflați unde va fi.
address-unknown = Adresa nu este cunoscută încă
location-approximate = Adresa exactă nu este cunoscută: distanțele sunt măsurate de la centrul comunei.
contact-title = Cum îi puteți contacta
contact-unknown = Nu avem încă un număr de telefon sau un e-mail pentru acest loc.
phone = Telefon:
email = E-mail:
website = Site web:
services = Servicii
publics = Pentru cine
languages-spoken = Limbi vorbite
accessibility = Accesibilitate
price = Preț
equipment = Echipament
computers-count = { $count ->
    [one] 1 calculator
    [few] { $count } calculatoare
   *[other] { $count } de calculatoare
}
tablets-count = { $count ->
    [one] 1 tabletă
    [few] { $count } tablete
   *[other] { $count } de tablete
}
last-update = Ultima actualizare:

## Communes
communes-title = Comune
postcodes = Coduri poștale:
commune-empty = Nu cunoaștem încă niciun loc în această comună. Căutați după codul poștal ca să vedeți locurile din apropiere.
commune-search-near = Vedeți locurile din apropiere, și în alte comune

## Errors
not-found-title = Pagina nu a fost găsită
not-found-text = Această pagină nu există sau a fost mutată.
unauthorized-title = Conectați-vă ca să vedeți această pagină
unauthorized-text = Această pagină face parte din zona de administrare. Conectați-vă cu contul dumneavoastră, apoi deschideți-o din nou.
server-error-title = Ceva nu a mers bine
server-error-text = Pagina nu a putut fi afișată. Nu este vina dumneavoastră. Încercați din nou peste puțin timp.
server-error-reference = Dacă problema continuă, dați acest cod echipei de coordonare:

## Dates
date-long = { $day } { $month } { $year }
month-1 = ianuarie
month-2 = februarie
month-3 = martie
month-4 = aprilie
month-5 = mai
month-6 = iunie
month-7 = iulie
month-8 = august
month-9 = septembrie
month-10 = octombrie
month-11 = noiembrie
month-12 = decembrie

## Translations
translation-not-reviewed = Această traducere nu a fost încă verificată de un vorbitor nativ de limba română. Poate conține greșeli.
languages-more = Alte limbi
