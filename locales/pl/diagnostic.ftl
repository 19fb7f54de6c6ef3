# Diagnoza wykluczenia cyfrowego (polski). Prosty język: krótkie zdania, codzienne słowa.

diag-title = Sprawdź swoje umiejętności cyfrowe
diag-intro = 12 krótkich pytań o komputery, telefony i internet. Nie ma złych odpowiedzi. Na końcu zobaczysz porady i miejsca blisko ciebie, które mogą pomóc.
diag-skills-intro = Czy umiesz zrobić te rzeczy?
diag-result-title = Twój wynik
diag-result-gaps = Czego możesz się nauczyć
diag-result-advice = Co może ci pomóc

## Pytania i odpowiedzi: diag-q-<pytanie>, diag-a-<pytanie>-<odpowiedź>

diag-q-equipment = Jakie masz urządzenia? (wybierz wszystkie, które pasują)
diag-a-equipment-smartphone = Smartfon
diag-a-equipment-computer = Komputer
diag-a-equipment-tablet = Tablet
diag-a-equipment-none = Żadne

diag-q-internet = Czy masz internet w domu?
diag-a-internet-yes = Tak
diag-a-internet-phone = Tylko w telefonie
diag-a-internet-no = Nie

diag-q-email = Czy używasz poczty e-mail?
diag-a-email-alone = Tak, samodzielnie
diag-a-email-help = Tak, z pomocą
diag-a-email-no = Nie

diag-q-online-form = Czy umiesz samodzielnie wypełnić formularz w internecie? Na przykład formularz urzędu gminy albo urzędu pracy.
diag-a-online-form-alone = Tak, samodzielnie
diag-a-online-form-help = Tak, z pomocą
diag-a-online-form-no = Nie

diag-q-information = Umiem znaleźć informacje w internecie, na przykład rozkład jazdy autobusu.
diag-a-information-0 = Nie
diag-a-information-1 = Z pomocą
diag-a-information-2 = Tak, samodzielnie
diag-a-information-3 = Tak, łatwo: mogę to komuś pokazać

diag-q-communication = Umiem wysłać wiadomość albo zdjęcie lub zrobić rozmowę wideo.
diag-a-communication-0 = Nie
diag-a-communication-1 = Z pomocą
diag-a-communication-2 = Tak, samodzielnie
diag-a-communication-3 = Tak, łatwo: mogę to komuś pokazać

diag-q-content-creation = Umiem napisać list na komputerze albo w telefonie i go zapisać.
diag-a-content-creation-0 = Nie
diag-a-content-creation-1 = Z pomocą
diag-a-content-creation-2 = Tak, samodzielnie
diag-a-content-creation-3 = Tak, łatwo: mogę to komuś pokazać

diag-q-safety = Umiem rozpoznać fałszywą wiadomość (oszustwo) i chronię swoje hasła.
diag-a-safety-0 = Nie
diag-a-safety-1 = Z pomocą
diag-a-safety-2 = Tak, samodzielnie
diag-a-safety-3 = Tak, łatwo: mogę to komuś pokazać

diag-q-problem-solving = Kiedy coś nie działa w moim telefonie albo komputerze, umiem znaleźć rozwiązanie.
diag-a-problem-solving-0 = Nie
diag-a-problem-solving-1 = Z pomocą
diag-a-problem-solving-2 = Tak, samodzielnie
diag-a-problem-solving-3 = Tak, łatwo: mogę to komuś pokazać

diag-q-motivation = Czy chcesz robić więcej rzeczy na komputerze albo w telefonie?
diag-a-motivation-0 = Nie, raczej nie
diag-a-motivation-1 = Trochę
diag-a-motivation-2 = Tak
diag-a-motivation-3 = Tak, bardzo

diag-q-barriers = Co ci to utrudnia? (wybierz wszystko, co pasuje, albo nic)
diag-a-barriers-reading = Czytanie i pisanie
diag-a-barriers-language = Język
diag-a-barriers-cost = Cena urządzenia albo internetu
diag-a-barriers-time = Nie mam czasu
diag-a-barriers-fear = Boję się, że zrobię coś źle

diag-q-knows-help = Czy znasz miejsce blisko ciebie, gdzie ktoś pomoże ci z komputerem i internetem?
diag-a-knows-help-yes = Tak
diag-a-knows-help-no = Nie

## Obszary DigComp
diag-area-information = Szukanie informacji
diag-area-communication = Komunikacja
diag-area-content-creation = Tworzenie dokumentów
diag-area-safety = Bezpieczeństwo
diag-area-problem-solving = Rozwiązywanie problemów

## Poziomy
diag-level-beginner = Początkujący
diag-level-intermediate = Średniozaawansowany
diag-level-advanced = Zaawansowany

## Profile (pięć person z badania)
diag-persona-no_bearings = Pierwsze kroki, ze wsparciem
diag-persona-no_bearings-text = Komputery i internet są dla ciebie nowe albo trudne, i wiele rzeczy ci przeszkadza. Osoba, której ufasz, może ci pomóc krok po kroku.
diag-persona-novice = Na początku drogi
diag-persona-novice-text = Zaczynasz i chcesz się uczyć. Kursy dla początkujących i punkty pomocy są dla ciebie.
diag-persona-resourceful = Radzisz sobie
diag-persona-resourceful-text = Umiesz już robić wiele rzeczy. Krótkie warsztaty na jeden temat pomogą ci być na bieżąco.
diag-persona-motivated = Gotowość do nauki
diag-persona-motivated-text = Znasz podstawy, głównie w telefonie, i chcesz robić więcej. Warsztaty na jeden temat pomogą ci robić rzeczy samodzielnie.
diag-persona-confirmed = Pewnie i swobodnie
diag-persona-confirmed-text = Swobodnie korzystasz z narzędzi cyfrowych. Możesz uczyć się trudniejszych rzeczy i, jeśli chcesz, pomagać innym.

## Pilność i dlaczego
diag-urgency-high = Duża pilność: ważne, żeby szybko dostać pomoc
diag-urgency-medium = Średnia pilność: pomoc byłaby przydatna
diag-urgency-low = Mała pilność: radzisz sobie samodzielnie
diag-why-grid = To wynika z twoich umiejętności i z tego, czy chcesz się uczyć.
diag-why-no-device = Nie masz telefonu, komputera ani tabletu.
diag-why-forms-barrier = Nie umiesz wypełniać formularzy w internecie, a czytanie albo język są dla ciebie trudne.

## Porady
diag-advice-step-by-step = Ktoś może ci pomóc krok po kroku, w twoim tempie.
diag-advice-ask-referent = Pracownik socjalny (na przykład w ośrodku pomocy społecznej CPAS) albo stowarzyszenie w twojej okolicy może pójść z tobą i cię zapisać.
diag-advice-first-steps = Na kursach dla początkujących nauczysz się pierwszych kroków z telefonem albo komputerem.
diag-advice-drop-in = Punkty pomocy odpowiadają na twoje pytania i pomagają z formularzami w internecie.
diag-advice-themed-workshops = Krótkie warsztaty na jeden temat (dokumenty, zdjęcia, bezpieczeństwo…) pomogą ci robić więcej.
diag-advice-advanced-courses = Kursy dla zaawansowanych mogą cię zaprowadzić dalej, na przykład do programowania.
diag-advice-volunteer = Możesz pomagać innym jako wolontariusz.
diag-advice-equipment-help = Niektóre miejsca pożyczają albo sprzedają komputery za niską cenę.
diag-advice-public-access = W publicznym punkcie cyfrowym (EPN) możesz bezpłatnie korzystać z komputera i internetu.
diag-advice-free-offers = Wiele warsztatów i punktów pomocy jest bezpłatnych.
diag-advice-reading-support = Niektóre miejsca tłumaczą rzeczy prosto. Są też zajęcia, na których można nauczyć się czytać i pisać.
diag-advice-language-support = Niektóre miejsca mówią w twoim języku. Są też kursy językowe.
diag-advice-short-sessions = Krótkie zajęcia i pomoc bez umawiania się pasują do zajętego życia.
diag-advice-at-your-pace = Nikt cię nie oceni: każdy uczy się we własnym tempie.
diag-advice-places-near-you = Miejsca blisko ciebie mogą pomóc. Zobacz listę poniżej.

## Błędy
diag-error-missing = Odpowiedz na to pytanie.
diag-error-invalid = Wybierz jedną z odpowiedzi.
diag-error-too-many = Wybierz tylko jedną odpowiedź.
diag-error-none-with-others = Wybrano „Żadne” i jakieś urządzenie. Wybierz jedno albo drugie.
