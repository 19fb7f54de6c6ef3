# Znak jakości EPN: strony publiczne, wyjaśnienie kryteriów, formularz wniosku, procedura, e-maile (polski).

bo-label = Znak jakości EPN

## Kryteria: nazwy i wyjaśnienia (z liczbami)

label-criterion-computers = Komputery
label-criterion-opening-hours = Godziny otwarcia
label-criterion-training-hours = Szkolenia
label-criterion-free-access-hours = Swobodny dostęp z animatorem
label-criterion-open-to-all-adults = Otwarte dla każdej osoby dorosłej
label-criterion-price = Cena podstawowych zajęć
label-criterion-charter = Karta
label-criterion-computers-pass = { $actual ->
        [one] 1 komputer
        [few] { $actual } komputery
        [many] { $actual } komputerów
       *[other] { $actual } komputera
    }: znak jakości wymaga co najmniej { $required }.
label-criterion-computers-fail = Tylko { $actual ->
        [one] 1 komputer
        [few] { $actual } komputery
        [many] { $actual } komputerów
       *[other] { $actual } komputera
    }: znak jakości wymaga co najmniej { $required }.
label-criterion-opening-hours-pass = Otwarte { $actual } { $actual ->
        [one] godzinę
        [few] godziny
        [many] godzin
       *[other] godziny
    } w zwykłym tygodniu: znak jakości wymaga co najmniej { $required }.
label-criterion-opening-hours-fail = Otwarte tylko { $actual } { $actual ->
        [one] godzinę
        [few] godziny
        [many] godzin
       *[other] godziny
    } w zwykłym tygodniu: znak jakości wymaga co najmniej { $required }.
label-criterion-opening-hours-unreadable = Nie da się odczytać godzin otwarcia „{ $hours }”, więc nie można policzyć godzin w tygodniu. Zapisz je tak: Mo-Fr 09:00-12:00.
label-criterion-training-hours-pass = { $actual } { $actual ->
        [one] godzina
        [few] godziny
        [many] godzin
       *[other] godziny
    } szkoleń tygodniowo: znak jakości wymaga co najmniej { $required }.
label-criterion-training-hours-fail = { $actual } { $actual ->
        [one] godzina
        [few] godziny
        [many] godzin
       *[other] godziny
    } szkoleń tygodniowo: znak jakości wymaga co najmniej { $required }.
label-criterion-free-access-hours-pass = { $actual } { $actual ->
        [one] godzina
        [few] godziny
        [many] godzin
       *[other] godziny
    } swobodnego dostępu z animatorem tygodniowo: znak jakości wymaga co najmniej { $required }.
label-criterion-free-access-hours-fail = { $actual } { $actual ->
        [one] godzina
        [few] godziny
        [many] godzin
       *[other] godziny
    } swobodnego dostępu z animatorem tygodniowo: znak jakości wymaga co najmniej { $required }.
label-criterion-open-to-all-adults-pass = Podstawowe zajęcia są otwarte dla każdej osoby dorosłej.
label-criterion-open-to-all-adults-fail = Podstawowe zajęcia nie są otwarte dla każdej osoby dorosłej: znak jakości wymaga, żeby mogła w nich uczestniczyć każda osoba dorosła.
label-criterion-price-pass = Podstawowe zajęcia są { $actual }: znak jakości dopuszcza zajęcia { $required }.
label-criterion-price-fail = Podstawowe zajęcia są { $actual }: znak jakości wymaga, żeby były { $required }.
label-criterion-charter-pass = Karta jest zaakceptowana.
label-criterion-charter-fail = Karta nie jest zaakceptowana: znak jakości wymaga, żeby EPN ją podpisał.
label-criterion-not-required = Ten znak jakości tego nie wymaga.
label-price-free = bezpłatne
label-price-symbolic = za symboliczną opłatą
label-price-paid = płatne
label-or = albo
label-met = Spełnione
label-not-met = Niespełnione
label-weekly-hours = { $hours } { $hours ->
        [one] godzina
        [few] godziny
        [many] godzin
       *[other] godziny
    } w zwykłym tygodniu

## Strony publiczne

label-page-title = Znak jakości EPN
label-page-intro = „{ $name }” to znak jakości, który region przyznaje publicznym punktom cyfrowym (EPN): miejscom, gdzie każdy może skorzystać z komputera i internetu, z czyjąś pomocą.
label-why-title = Co daje znak jakości
label-why-badge = EPN ze znakiem jakości są oznaczone w tym katalogu napisem
label-why-equipment = W 2021 roku każdy EPN ze znakiem jakości otrzymał { $amount } euro na zakup sprzętu komputerowego oraz materiały, żeby dać się poznać.
label-conditions-title = Warunki
label-conditions-intro = EPN dostaje znak jakości, gdy spełnia wszystkie te warunki:
label-condition-computers = Co najmniej { $count ->
        [one] 1 komputer
        [few] { $count } komputery
        [many] { $count } komputerów
       *[other] { $count } komputera
    } w odpowiednich pomieszczeniach.
label-condition-open = Otwarte co najmniej { $hours } { $hours ->
        [one] godzinę
        [few] godziny
        [many] godzin
       *[other] godziny
    } w tygodniu.
label-condition-training = Średnio { $hours } { $hours ->
        [one] godzina
        [few] godziny
        [many] godzin
       *[other] godziny
    } szkoleń w tygodniu.
label-condition-free-access = { $hours } { $hours ->
        [one] godzina
        [few] godziny
        [many] godzin
       *[other] godziny
    } w tygodniu swobodnego dostępu w obecności animatora.
label-condition-adults = Podstawowe zajęcia są otwarte dla każdej osoby dorosłej.
label-condition-price = Podstawowe zajęcia są { $prices }.
label-condition-charter = EPN podpisuje kartę poniżej.
label-condition-activities = Wniosek opisuje szkolenia, warsztaty i działania uświadamiające EPN.
label-charter-title = Karta
label-charter-version = Wersja z dnia { $date }.
label-charter-translation = To jest tłumaczenie. Tekst oryginalny jest w języku: { $language }.
label-apply-title = Jak złożyć wniosek
label-apply-step-account = Zaloguj się do panelu administracyjnego na konto twojego EPN. Jeśli go nie masz, poproś koordynację włączenia cyfrowego.
label-apply-step-form = Wypełnij formularz wniosku. Możesz go zapisać i wrócić później. Strona od razu pokazuje, które warunki spełniają twoje odpowiedzi.
label-apply-step-visit = Koordynacja może złożyć twojemu EPN wizytę zapoznawczą, żeby zobaczyć, jak działa.
label-apply-step-recommend = Koordynator bada twój wniosek i wysyła rekomendację do grupy roboczej ds. włączenia cyfrowego.
label-apply-step-decide = Grupa robocza wydaje opinię, a potem decyduje komitet sterujący. Na każdym etapie dostajesz e-mail.
label-duration = Znak jakości nie ma daty końcowej: obowiązuje tak długo, jak EPN spełnia warunki. Co roku EPN potwierdza swoje informacje. Znak jakości można odebrać, gdy jakiś warunek nie jest już spełniony. EPN, któremu odmówiono albo któremu odebrano znak jakości, może złożyć wniosek ponownie.
label-apply-link = Złóż wniosek o znak jakości (logowanie)
label-list-link = EPN ze znakiem jakości według gmin
label-list-title = EPN ze znakiem jakości według gmin
label-list-intro = Te publiczne punkty cyfrowe mają znak jakości regionu.
label-list-about = Co to jest znak jakości?
label-list-count = { $count ->
        [one] 1 miejsce ze znakiem jakości
        [few] { $count } miejsca ze znakiem jakości
        [many] { $count } miejsc ze znakiem jakości
       *[other] { $count } miejsca ze znakiem jakości
    }
label-list-since = znak jakości przyznany w { $year }
label-list-no-commune = Gmina nieznana

## Panel administracyjny: strona główna i kolejka

label-home-title = Znak jakości EPN
label-home-about = O znaku jakości
label-home-intro-manager = Tutaj składasz wniosek o znak jakości dla swoich miejsc, śledzisz swój wniosek i raz w roku potwierdzasz swoje informacje.
label-home-intro-staff = Wnioski czekające na każdym etapie, miejsca ze znakiem jakości do sprawdzenia i wszystkie wnioski.
label-your-places = Twoje miejsca
label-your-applications = Twoje wnioski
label-col-place = Miejsce
label-col-places = Miejsca
label-col-directory = Znak jakości w katalogu
label-col-application = Wniosek
label-col-organisation = Organizacja
label-col-state = Na jakim etapie
label-col-updated = Ostatnia zmiana
label-col-date = Data
label-col-step = Etap
label-col-body = Kto zdecydował
label-col-recorded = Kto zapisał
label-col-why = Dlaczego
label-no-application = Brak wniosku
label-nothing-to-apply = Każde z twoich miejsc ma znak jakości albo wniosek w toku.
label-no-places = Żadnego z twoich miejsc nie ma jeszcze w katalogu.
label-apply-for = Złóż wniosek o znak jakości dla „{ $place }”
label-apply-which = Których miejsc dotyczy wniosek?
label-apply = Rozpocznij wniosek
label-status-none = Bez znaku jakości
label-status-labelled = Ze znakiem jakości
label-status-withdrawn = Znak jakości odebrany
label-status-refused = Odmowa przyznania znaku jakości
label-queue-examine = Czeka na koordynację
label-queue-working-group = Czeka na opinię grupy roboczej
label-queue-steering = Czeka na decyzję komitetu sterującego
label-queue-empty = Nic nie czeka.
label-queue-drafts = { $count ->
        [one] 1 wniosek jest wypełniany przez EPN.
        [few] { $count } wnioski są wypełniane przez EPN.
        [many] { $count } wniosków jest wypełnianych przez EPN.
       *[other] Wnioski wypełniane przez EPN: { $count }.
    }
label-flags-title = Miejsca ze znakiem jakości do sprawdzenia
label-flags-intro = Ich informacje nie spełniają już któregoś warunku znaku jakości. Nic nie zmienia się samo: zapytaj EPN, a potem oznacz jako sprawdzone albo odbierz znak jakości.
label-flags-none = Nie ma miejsc ze znakiem jakości do sprawdzenia.
label-flag-place = { $place }: { $why } ({ $source })
label-flag-epn = { $organisation }: { $why } ({ $source })
label-flag-source-directory = z katalogu
label-flag-source-confirmation = z corocznego potwierdzenia
label-flag-raised = Wykryto { $date }
label-field-resolution = Co zrobiono (nieobowiązkowo)
label-flag-resolve = Oznacz jako sprawdzone
label-flag-looked-at = Sprawdzone.
label-flag-resolved = Oznaczone jako sprawdzone. Znak jakości się nie zmienił.
label-review-now = Sprawdź teraz miejsca ze znakiem jakości
label-review-done = { $count ->
        [0] Sprawdzanie zakończone: nie ma nic nowego do sprawdzenia.
        [one] Sprawdzanie zakończone: 1 nowa sprawa do sprawdzenia.
        [few] Sprawdzanie zakończone: { $count } nowe sprawy do sprawdzenia.
        [many] Sprawdzanie zakończone: { $count } nowych spraw do sprawdzenia.
       *[other] Sprawdzanie zakończone: nowe sprawy do sprawdzenia: { $count }.
    }
label-unconfirmed-title = Informacje jeszcze niepotwierdzone za { $year } ({ $count })
label-unconfirmed-intro = Każdy EPN ze znakiem jakości potwierdza swoje informacje raz w roku.
label-all-title = Wszystkie wnioski
label-filter-state = Na jakim etapie
label-filter-all = Wszystkie
label-filter-show = Pokaż
label-all-count = { $count ->
        [one] 1 wniosek
        [few] { $count } wnioski
        [many] { $count } wniosków
       *[other] { $count } wniosku
    }

## Stany, etapy, organy

label-state-draft = Wypełniany przez EPN
label-state-submitted = Wysłany do koordynacji
label-state-under-examination = Badany przez koordynację
label-state-recommended = Rekomendacja wysłana do grupy roboczej
label-state-advised = Grupa robocza wydała opinię
label-state-granted = Znak jakości przyznany
label-state-refused = Odmowa przyznania znaku jakości
label-state-withdrawn = Znak jakości odebrany
label-next-draft = Dalej: EPN wysyła swój wniosek.
label-next-submitted = Dalej: koordynacja zaczyna badać wniosek.
label-next-under-examination = Dalej: koordynacja może odwiedzić EPN, a potem wysyła rekomendację do grupy roboczej.
label-next-recommended = Dalej: grupa robocza wydaje opinię.
label-next-advised = Dalej: decyduje komitet sterujący.
label-next-granted = Znak jakości nie ma daty końcowej. EPN co roku potwierdza swoje informacje.
label-next-refused = EPN może złożyć wniosek ponownie.
label-next-withdrawn = EPN może złożyć wniosek ponownie.
label-next-none = nic więcej: EPN może złożyć ponownie nowy wniosek
label-step-submit = Wniosek wysłany
label-step-start-examination = Rozpoczęcie badania
label-step-record-visit = Wizyta zapoznawcza
label-step-recommend = Rekomendacja koordynatora
label-step-advise = Opinia grupy roboczej
label-step-decide = Decyzja komitetu sterującego
label-step-withdraw = Znak jakości odebrany
label-body-applicant = EPN
label-body-coordination = Koordynacja
label-body-working-group = Grupa robocza
label-body-steering-committee = Komitet sterujący
label-body-unknown = Nieznany
label-outcome-favourable = pozytywna
label-outcome-unfavourable = negatywna
label-outcome-granted = przyznany
label-outcome-refused = odmowa
label-recorded-from-source = Wzięte ze sprawozdania
label-date-unknown = Sprawozdanie nie podaje daty

## Formularz wniosku

label-form-title = Wniosek o znak jakości: { $places }
label-form-intro = Odpowiedz na pytania. W każdej chwili możesz zapisać wersję roboczą i wrócić później: nic, co wpiszesz, nie zginie.
label-form-criteria = Co pokazują twoje odpowiedzi
label-form-criteria-none = Odpowiedz na pytania, żeby zobaczyć, które warunki spełniasz.
label-form-questions = Twój EPN
label-field-computers = Liczba komputerów dla odwiedzających
label-hint-computers = Liczba całkowita, na przykład 8.
label-field-opening-hours = Godziny otwarcia
label-hint-opening-hours = Tak jak w katalogu, w zapisie OpenStreetMap, na przykład: Mo-Fr 09:00-12:00,13:00-17:00; Sa 10:00-13:00
label-field-training-hours = Godziny szkoleń tygodniowo, średnio
label-field-free-access-hours = Godziny swobodnego dostępu z animatorem, tygodniowo
label-hint-weekly-hours = Liczba godzin, na przykład 6 albo 5.5.
label-field-open-to-all-adults = Czy podstawowe zajęcia są otwarte dla każdej osoby dorosłej?
label-hint-open-to-all-adults = Bez względu na wiek, płeć, pochodzenie czy sytuację.
label-field-basic-price = Ile kosztują podstawowe zajęcia?
label-field-publics = Grupy, które EPN szczególnie przyjmuje
label-field-activities = Szkolenia, warsztaty i działania uświadamiające EPN
label-hint-activities = Opisz, co oferuje EPN, jak często i dla kogo.
label-field-charter = Akceptuję kartę w imieniu EPN.
label-yes = Tak
label-no = Nie
label-save-draft = Zapisz wersję roboczą
label-submit = Wyślij wniosek
label-draft-saved = Twoja wersja robocza jest zapisana.
label-draft-saved-partly = Twoja wersja robocza jest zapisana, oprócz odpowiedzi oznaczonych poniżej.
label-error-computers = Wpisz liczbę komputerów jako liczbę całkowitą, na przykład 8.
label-error-hours = Wpisz liczbę godzin od 0 do 168, na przykład 6 albo 5.5.
label-error-opening-hours = Nie da się odczytać tych godzin otwarcia. Zapisz je tak: Mo-Fr 09:00-12:00.
label-error-activities-long = Opisz swoje działania, używając najwyżej 5000 znaków.
label-error-required-computers = Wpisz liczbę komputerów.
label-error-required-opening-hours = Wpisz godziny otwarcia.
label-error-required-training-hours = Wpisz liczbę godzin szkoleń tygodniowo.
label-error-required-free-access-hours = Wpisz liczbę godzin swobodnego dostępu z animatorem.
label-error-required-open-to-all-adults = Odpowiedz, czy podstawowe zajęcia są otwarte dla każdej osoby dorosłej.
label-error-required-basic-price = Wybierz, ile kosztują podstawowe zajęcia.
label-error-required-activities = Opisz swoje działania.
label-error-charter = Zaakceptuj kartę, żeby wysłać wniosek.
label-error-incomplete = Brakuje tej odpowiedzi.
label-error-no-place = Wybierz co najmniej jedno miejsce.

## Akta wniosku

label-file-title = Wniosek o znak jakości: { $places }
label-file-organisation = Organizacja:
label-file-state = Na jakim etapie:
label-back = Wróć do stron znaku jakości
label-open-file = Otwórz wniosek
label-continue = Kontynuuj wniosek
label-notice-sent = Twój wniosek został wysłany. Koordynacja go otrzymała; na każdym etapie dostaniesz e-mail.
label-notice-done = Zapisano. EPN dostał informację e-mailem.
label-notice-confirmed = Dziękujemy: twoje informacje są potwierdzone na ten rok.
label-criteria-title = Warunki znaku jakości
label-no-answers = Odpowiedzi z tego wniosku nie są zapisane.
label-answers-title = Odpowiedzi
label-not-answered = Brak odpowiedzi
label-charter-accepted = Wersja { $version }, zaakceptowana { $date }
label-charter-not-accepted = Niezaakceptowana
label-history-title = Historia
label-confirmation-title = Informacje potwierdzone za { $year }
label-confirmation-when = Potwierdzono { $date }.
label-busy-title = Wniosek już istnieje
label-busy-text = To miejsce ma już znak jakości albo wniosek w toku. Kontynuuj tamten wniosek.
label-busy-link = Otwórz tamten wniosek
label-forbidden-title = To nie jest twój wniosek
label-forbidden-text = Możesz oglądać i zmieniać tylko wnioski swojej organizacji.
label-refused-title = Ten krok nie jest teraz możliwy
label-error-not-allowed = Wniosek jest na etapie „{ $state }”. Co może się teraz stać: { $next }.

## Etapy: formularze

label-action-examine = Rozpocznij badanie
label-action-visit-title = Wizyta zapoznawcza
label-action-visit-intro = Jeśli była wizyta w EPN, zapisz, kiedy się odbyła i co na niej zobaczono.
label-field-visit-date = Data wizyty
label-field-notes = Notatki
label-action-visit = Zapisz wizytę
label-action-recommend-title = Rekomendacja dla grupy roboczej
label-field-recommendation = Twoja rekomendacja
label-favourable = Pozytywna
label-unfavourable = Negatywna
label-field-reasons = Uzasadnienie
label-hint-reasons = EPN je przeczyta.
label-action-recommend = Wyślij rekomendację
label-action-advise-title = Opinia grupy roboczej
label-field-advice = Opinia
label-field-meeting-date = Data posiedzenia
label-action-advise = Zapisz opinię
label-action-decide-title = Decyzja komitetu sterującego
label-field-decision = Decyzja
label-grant = Przyznaj znak jakości
label-refuse = Odmów znaku jakości
label-field-decision-date = Data decyzji
label-action-decide = Zapisz decyzję
label-action-withdraw-title = Odbierz znak jakości
label-action-withdraw-intro = Tylko wtedy, gdy EPN nie spełnia już któregoś warunku. EPN dostanie e-mail z wyjaśnieniem dlaczego.
label-field-withdraw-date = Data decyzji
label-field-withdraw-reason = Powód
label-action-withdraw = Odbierz znak jakości
label-error-date = Zapisz datę tak: 2026-11-26.
label-error-date-future = Data nie może być w przyszłości.
label-error-reasons = Wpisz uzasadnienie.
label-error-recommendation = Wybierz: pozytywna albo negatywna.
label-error-advice = Wybierz: pozytywna albo negatywna.
label-error-decision = Wybierz: przyznać albo odmówić znaku jakości.

## Coroczne potwierdzenie

label-confirm-link = Potwierdź swoje informacje za { $year }
label-confirm-title = Potwierdź swoje informacje za { $year }: { $places }
label-confirm-intro = Raz w roku każdy EPN ze znakiem jakości potwierdza, że jego informacje są nadal prawdziwe. Zmień to, co już się nie zgadza.
label-confirm-directory = W katalogu
label-confirm-directory-intro = Ludzie widzą te informacje w katalogu. Jeśli się zmieniły, zaktualizuj je tam.
label-confirm-edit-place = Zaktualizuj to miejsce w katalogu
label-not-recorded = nie zapisano
label-confirm-figures = Twoje liczby w tym roku
label-field-confirm = Potwierdzam, że te informacje są dziś prawdziwe.
label-error-confirm = Zaznacz pole, żeby potwierdzić swoje informacje.
label-error-confirm-not-granted = Informacje potwierdza tylko EPN ze znakiem jakości.
label-confirm-button = Potwierdź

## E-maile

label-mail-subject = Znak jakości EPN, { $places }: { $state }
label-mail-subject-visit = zapisano wizytę zapoznawczą
label-mail-body = Dzień dobry,

    twój wniosek o znak jakości EPN ({ $places }) przeszedł do kolejnego etapu: { $what }.
    { $reasons }
    Zobacz swój wniosek: { $link }

    Koordynacja włączenia cyfrowego
label-mail-reasons = Uzasadnienie: { $reasons }
label-mail-notes = Notatki: { $notes }
label-mail-step-submit = koordynacja go otrzymała
label-mail-step-start-examination = koordynacja zaczęła go badać
label-mail-step-record-visit = zapisano wizytę zapoznawczą z dnia { $date }
label-mail-step-recommend-yes = koordynator wysłał do grupy roboczej pozytywną rekomendację
label-mail-step-recommend-no = koordynator wysłał do grupy roboczej negatywną rekomendację
label-mail-step-advise-yes = grupa robocza wydała pozytywną opinię
label-mail-step-advise-no = grupa robocza wydała negatywną opinię
label-mail-step-decide-granted = komitet sterujący przyznał znak jakości
label-mail-step-decide-refused = komitet sterujący odmówił przyznania znaku jakości
label-mail-step-withdraw = znak jakości został odebrany
label-mail-new-subject = Nowy wniosek o znak jakości: { $places }
label-mail-new-body = Dzień dobry,

    Organizacja { $organisation } wysłała wniosek o znak jakości EPN ({ $places }).

    Zbadaj go tutaj: { $link }

# Historia znaku jakości, jedno proste zdanie na zdarzenie ($outcome: favourable,
# unfavourable albo none; dla decyzji: granted, refused albo none).
label-event-submit = Wniosek został wysłany.
label-event-start-examination = Koordynacja zaczęła badać wniosek.
label-event-record-visit = Koordynacja złożyła wizytę zapoznawczą.
label-event-recommend = { $outcome ->
    [favourable] Koordynator zarekomendował przyznanie znaku jakości.
    [unfavourable] Koordynator zarekomendował odmowę przyznania znaku jakości.
   *[none] Koordynator wydał rekomendację.
}
label-event-advise = { $outcome ->
    [favourable] Grupa robocza wydała pozytywną opinię.
    [unfavourable] Grupa robocza wydała negatywną opinię.
   *[none] Grupa robocza wydała opinię.
}
label-event-decide = { $outcome ->
    [granted] Komitet sterujący przyznał znak jakości.
    [refused] Komitet sterujący odmówił przyznania znaku jakości.
   *[none] Komitet sterujący podjął decyzję.
}
label-event-withdraw = Znak jakości został odebrany.
