# Teksty interfejsu Passerelle (polski). Prosty język: krótkie zdania, codzienne słowa.

site-name = Pomoc cyfrowa blisko ciebie
skip-to-content = Przejdź do treści
languages = Języki
footer-text = Bezpłatna usługa publiczna regionu. Publiczne punkty cyfrowe pomagają każdemu korzystać z komputera i internetu.
all-communes = Wszystkie gminy
back-home = Wróć na stronę główną
breadcrumb = Jesteś tutaj

## Strona główna
home-title = Znajdź pomoc cyfrową blisko ciebie
search-label = Gdzie mieszkasz?
search-hint = Wpisz swój kod pocztowy, swoją gminę albo nazwę miejsca. Przykład: 1080
near-me = Użyj mojej lokalizacji
near-me-wait = Szukamy twojej lokalizacji…
near-me-error = Nie udało się ustalić twojej lokalizacji. Wpisz zamiast tego swój kod pocztowy.
search-button = Szukaj
home-what-title = Co to jest publiczny punkt cyfrowy (EPN)?
home-what-epn = Publiczny punkt cyfrowy (EPN) to miejsce, gdzie możesz skorzystać z komputera i internetu. Jest tam osoba, która ci pomoże.
home-free = Pomoc jest bezpłatna albo bardzo tania. Możesz się nauczyć korzystać z telefonu, komputera albo formularzy w internecie.
home-call = Nie wszędzie trzeba się umawiać. Jeśli nie masz pewności, najpierw zadzwoń do tego miejsca.

## Wyniki
results-title-all = Wszystkie miejsca
results-title-near = Pomoc cyfrowa w pobliżu: { $place }
results-title-position = Pomoc cyfrowa blisko twojej lokalizacji
results-title-text = Miejsca dla „{ $text }”
results-count = { $count ->
    [0] Brak miejsc
    [one] 1 miejsce
    [few] { $count } miejsca
    [many] { $count } miejsc
   *[other] { $count } miejsca
}
results-none = Nie znaleźliśmy żadnego miejsca. Sprawdź pisownię, wpisz kod pocztowy albo usuń jeden filtr.
results-none-communes = Zobacz listę gmin
search-error-title = Nie rozumiemy tego wyszukiwania
search-error-text = Coś jest nie tak w adresie tej strony. Wpisz swoje wyszukiwanie jeszcze raz.
filters-title = Filtry
filters-only = Pokaż tylko
filters-apply = Pokaż wyniki
filter-any = Wszystkie
filter-service = Usługa
filter-public = Dla kogo
filter-language = Język obsługi
filter-open_now = Teraz otwarte
filter-free = Bezpłatnie
filter-wheelchair = Dostęp dla wózków
filter-labelled = Publiczne punkty cyfrowe ze znakiem jakości
pagination = Strony
page-previous = Poprzednia strona
page-next = Następna strona
page-of = Strona { $page } z { $pages }
distance-km = { $km } km stąd
distance-km-approximate = około { $km } km stąd
mobile-place = Mobilne: przyjeżdża do ciebie

## Godziny otwarcia
open-now = Teraz otwarte
open-until = Teraz otwarte, do { $time }
opens-today = Teraz zamknięte. Otwarcie dziś o { $time }
opens-tomorrow = Teraz zamknięte. Otwarcie jutro o { $time }
opens-on = Teraz zamknięte. Otwarcie: { $day } o { $time }
closed-this-week = Zamknięte w tym tygodniu
hours-unknown = Godziny otwarcia nieznane: najpierw zadzwoń
hours-unreadable = Nie możemy odczytać godzin otwarcia: zadzwoń, zanim pójdziesz
hours-mobile = Mobilne: zadzwoń, żeby wiedzieć, gdzie i kiedy
hours-as-written = Godziny otwarcia w oryginalnym zapisie:
hours-title = Godziny otwarcia
hours-table-caption = Godziny otwarcia w najbliższych 7 dniach
hours-on-request = po umówieniu się albo do sprawdzenia
today = dziś
closed = Zamknięte
weekday-mon = poniedziałek
weekday-tue = wtorek
weekday-wed = środa
weekday-thu = czwartek
weekday-fri = piątek
weekday-sat = sobota
weekday-sun = niedziela

## Strona miejsca
run-by = Prowadzi
kind-epn = Publiczny punkt cyfrowy (EPN)
kind-project = Projekt włączenia cyfrowego
kind-other = Pomoc cyfrowa
badge-labelled = Publiczny punkt cyfrowy ze znakiem jakości
how-to-come = Gdzie to jest
mobile-explained = To jest usługa mobilna. Przyjeżdża do ludzi. Zadzwoń, żeby wiedzieć, gdzie będzie.
address-unknown = Adres jeszcze nieznany
location-approximate = Dokładny adres nie jest znany: odległości liczymy od centrum gminy.
contact-title = Jak się skontaktować
contact-unknown = Nie mamy jeszcze numeru telefonu ani adresu e-mail tego miejsca.
phone = Telefon:
email = E-mail:
website = Strona internetowa:
services = Usługi
publics = Dla kogo
languages-spoken = Języki obsługi
accessibility = Dostępność
price = Cena
equipment = Sprzęt
computers-count = { $count ->
    [one] 1 komputer
    [few] { $count } komputery
    [many] { $count } komputerów
   *[other] { $count } komputera
}
tablets-count = { $count ->
    [one] 1 tablet
    [few] { $count } tablety
    [many] { $count } tabletów
   *[other] { $count } tabletu
}
last-update = Ostatnia aktualizacja:

## Gminy
communes-title = Gminy
postcodes = Kody pocztowe:
commune-empty = Nie znamy jeszcze żadnego miejsca w tej gminie. Szukaj według kodu pocztowego, żeby zobaczyć miejsca w pobliżu.
commune-search-near = Zobacz miejsca w pobliżu, także w innych gminach

## Błędy
not-found-title = Nie znaleziono strony
not-found-text = Ta strona nie istnieje albo została przeniesiona.
unauthorized-title = Zaloguj się, żeby zobaczyć tę stronę
unauthorized-text = Ta strona jest częścią panelu administracyjnego. Zaloguj się na swoje konto, a potem otwórz ją jeszcze raz.
server-error-title = Coś poszło nie tak
server-error-text = Nie udało się wyświetlić strony. To nie twoja wina. Spróbuj ponownie za chwilę.
server-error-reference = Jeśli to się powtarza, podaj ten kod koordynacji:

## Daty
date-long = { $day } { $month } { $year }
month-1 = stycznia
month-2 = lutego
month-3 = marca
month-4 = kwietnia
month-5 = maja
month-6 = czerwca
month-7 = lipca
month-8 = sierpnia
month-9 = września
month-10 = października
month-11 = listopada
month-12 = grudnia

## Translations
translation-not-reviewed = To tłumaczenie nie zostało jeszcze sprawdzone przez osobę, dla której polski jest językiem ojczystym. Może zawierać błędy.
languages-more = Inne języki
