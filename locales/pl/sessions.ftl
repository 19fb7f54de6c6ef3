# Spotkania: lista publiczna, strona spotkania, rezerwacja, panel administracyjny, e-maile.

sessions-title = Warsztaty i spotkania
sessions-intro = Warsztaty, szkolenia i godziny pomocy w publicznych punktach cyfrowych. Znajdź coś blisko siebie, a potem zarezerwuj miejsce przez swojego pracownika socjalnego albo w danym punkcie.
sessions-count = { $count ->
    [0] Nie znaleziono spotkań
    [one] 1 spotkanie
    [few] { $count } spotkania
    [many] { $count } spotkań
   *[other] { $count } spotkania
}
sessions-none = Żadne spotkanie nie pasuje. Spróbuj innej daty, innego tematu albo usuń jeden filtr.
sessions-search-error = Coś jest nie tak w wyszukiwaniu.
sessions-search-reset = Zacznij nowe wyszukiwanie
sessions-search-button = Pokaż spotkania
sessions-where-label = Gdzie?
sessions-where-hint = Kod pocztowy albo gmina, na przykład 1080 albo Schaerbeek.
sessions-theme-label = Temat
sessions-theme-all-of-area = Cały obszar „{ $area }”
sessions-from-label = Od (data)
sessions-to-label = Do (data)
sessions-only-free = Tylko bezpłatne
sessions-only-seats = Tylko z wolnymi miejscami
sessions-when = { $day }, { $date }, { $start }–{ $end }
sessions-mobile = Działanie mobilne
sessions-price-free = Bezpłatnie
sessions-price-euros = { $amount } €
sessions-seats-left = { $left ->
    [one] Zostało 1 miejsce z { $seats }
    [few] Zostały { $left } miejsca z { $seats }
    [many] Zostało { $left } miejsc z { $seats }
   *[other] Zostało { $left } miejsca z { $seats }
}
sessions-full-waiting = Brak miejsc – lista rezerwowa otwarta (czeka: { $waiting })
sessions-full = Brak miejsc
sessions-status-cancelled = Odwołane
sessions-theme-with-area = { $theme } ({ $area })

sessions-theme-devices = Korzystanie z komputera, smartfona albo tabletu
sessions-theme-drop-in-help = Pomoc bez umawiania się
sessions-theme-internet-search = Szukanie w internecie
sessions-theme-job-search = Szukanie pracy w internecie
sessions-theme-messaging = E-mail, wiadomości i rozmowy wideo
sessions-theme-online-services = Urzędy i bank w internecie
sessions-theme-documents = Pisanie dokumentów i CV
sessions-theme-programming = Programowanie
sessions-theme-safety = Hasła, oszustwa i prywatność

sessions-cancel-reason = Powód:
sessions-when-label = Kiedy
sessions-where-label-short = Gdzie
sessions-level-label = Poziom
sessions-languages-label = Języki
sessions-seats-label = Miejsca
sessions-price-label = Cena
sessions-publics-label = Dla kogo
sessions-bring-label = Co przynieść:
sessions-accessibility-label = Dostępność
sessions-organiser-label = Organizuje
sessions-add-to-calendar = Dodaj do mojego kalendarza
sessions-manage-link = Zarządzaj tym spotkaniem
sessions-booking-title = Zarezerwuj miejsce
sessions-your-bookings = Rezerwacje twojej instytucji na to spotkanie
sessions-person-name = Imię albo pseudonim
sessions-your-name = Twoje imię albo pseudonim
sessions-person-name-hint = Nazwisko nie jest potrzebne.
sessions-person-phone = Telefon komórkowy (nieobowiązkowo)
sessions-person-email = E-mail (nieobowiązkowo)
sessions-person-contact-hint = Tylko po to, żeby wysłać przypomnienie 2 dni wcześniej albo dać znać, jeśli spotkanie się zmieni.
sessions-person-lang = Język przypomnień
sessions-booking-status = Rezerwacja
sessions-booking-confirmed = Miejsce potwierdzone
sessions-booking-waiting = Na liście rezerwowej
sessions-booking-cancelled = Odwołana
sessions-cancel-booking = Odwołaj rezerwację
sessions-not-bookable = Na to spotkanie nie można już się zapisać.
sessions-full-no-list = To spotkanie nie ma już wolnych miejsc ani listy rezerwowej.
sessions-will-wait = Brak wolnych miejsc: osoba trafi na listę rezerwową i automatycznie dostanie miejsce, jeśli jakieś się zwolni.
sessions-self-booking-intro = Możesz samodzielnie zarezerwować miejsce. Prosimy tylko o imię.
sessions-how-to-book = Żeby zarezerwować miejsce, poproś swojego pracownika socjalnego (CPAS, gmina, stowarzyszenie) albo skontaktuj się z tym punktem.
sessions-book-button = Zarezerwuj miejsce
sessions-wait-button = Zapisz na listę rezerwową
sessions-consent-text = Osoba zgadza się, żeby jej imię (i, jeśli je podała, numer telefonu albo e-mail) zostało przekazane organizacji { $organisation } na potrzeby tego spotkania i było przechowywane do 12 miesięcy po nim. Może w każdej chwili poprosić o ich usunięcie.
sessions-consent-text-self = Zgadzam się, żeby moje imię (i, jeśli je podam, numer telefonu albo e-mail) zostało przekazane organizacji { $organisation } na potrzeby tego spotkania i było przechowywane do 12 miesięcy po nim. Mogę w każdej chwili poprosić o ich usunięcie.
sessions-booked-confirmed = Miejsce potwierdzone dla: { $name }.
sessions-booked-waiting = { $name } ma numer { $position } na liście rezerwowej.
sessions-no-self-booking = Na to spotkanie zapisuje pracownik socjalny albo punkt.
sessions-at-place-title = Najbliższe spotkania tutaj
sessions-at-place-all = Wszystkie spotkania w tym miejscu
sessions-at-place-calendar = Kalendarz spotkań w tym miejscu (iCalendar)

sessions-my-booking-title = Twoja rezerwacja
sessions-my-booking-confirmed = Twoje miejsce jest zarezerwowane.
sessions-my-booking-waiting = Masz numer { $position } na liście rezerwowej. Jeśli zwolni się miejsce, będzie twoje i damy ci znać.
sessions-my-booking-cancelled = Ta rezerwacja jest odwołana.
sessions-my-booking-keep = Zachowaj adres tej strony: to jedyny sposób, żeby zobaczyć albo odwołać rezerwację.
sessions-my-booking-cancel = Odwołaj moją rezerwację
sessions-my-booking-cancelled-done = Twoja rezerwacja jest odwołana.
sessions-my-booking-privacy = Twoje imię i dane kontaktowe są usuwane 12 miesięcy po spotkaniu.

sessions-field-where = Gdzie to się odbywa?
sessions-field-title = Tytuł
sessions-field-description = Opis
sessions-field-theme = Temat
sessions-field-level = Poziom
sessions-field-languages = Języki, którymi się mówi
sessions-field-date = Data (pierwsza data, jeśli się powtarza)
sessions-field-start = Godzina rozpoczęcia
sessions-field-end = Godzina zakończenia
sessions-field-repeat = Powtarzanie
sessions-field-until = Ostatnia data
sessions-field-skip = Daty bez spotkania
sessions-field-seats = Liczba miejsc
sessions-field-waiting_list = Prowadź listę rezerwową, gdy zabraknie miejsc
sessions-field-self_booking = Ludzie mogą sami rezerwować miejsce na stronie publicznej
sessions-field-price = Cena w euro
sessions-field-bring = Co przynieść
sessions-field-publics = Dla kogo (puste pole: dla wszystkich)
sessions-field-accessibility = Dostępność
sessions-field-location = Miejsce i adres
sessions-field-postcode = Kod pocztowy
sessions-field-name = Imię albo pseudonim
sessions-field-phone = Telefon
sessions-field-email = E-mail
sessions-field-consent = Zgoda
sessions-title-hint = Proste słowa, na przykład „Moje pierwsze e-maile”.
sessions-until-hint = Na przykład koniec roku szkolnego.
sessions-skip-hint = Dni wolne, w postaci RRRR-MM-DD, oddzielone przecinkami.
sessions-price-hint = Zostaw puste albo wpisz 0, jeśli jest bezpłatne.
sessions-bring-hint = Na przykład: dowód osobisty, smartfon i jego kod.
sessions-repeat-once = Jeden raz
sessions-repeat-weekly = Co tydzień
sessions-repeat-every-2-weeks = Co 2 tygodnie
sessions-mobile-of = Działanie mobilne organizacji { $organisation } (w innym miejscu)
sessions-mobile-legend = Działanie mobilne
sessions-mobile-hint = Tylko dla działania mobilnego: gdzie się odbywa.

sessions-error-missing = { $field }: wypełnij to pole.
sessions-error-too-long = { $field }: to jest za długie.
sessions-error-unknown-code = { $field }: wybierz z listy.
sessions-error-not-a-number = { $field }: wpisz liczbę.
sessions-error-out-of-range = { $field }: ta liczba jest za mała albo za duża.
sessions-error-bad-date = { $field }: wpisz datę w postaci 2026-12-01.
sessions-error-bad-time = { $field }: wpisz godzinę w postaci 10:00.
sessions-error-end-before-start = { $field }: spotkanie musi się skończyć po tym, jak się zacznie.
sessions-error-in-past = { $field }: ta data już minęła.
sessions-error-until-before-first = { $field }: ostatnia data musi być późniejsza niż pierwsza.
sessions-error-too-many = { $field }: to daje ponad 104 daty; wybierz wcześniejszą ostatnią datę.
sessions-error-no-date-left = { $field }: wszystkie daty są pominięte.
sessions-error-unknown-postcode = { $field }: tego kodu pocztowego nie ma w regionie.
sessions-error-bad-phone = { $field }: wpisz numer telefonu, na przykład ⁦0470 12 34 56⁩.
sessions-error-bad-email = { $field }: wpisz adres e-mail, na przykład name@example.org.
sessions-error-no-consent = { $field }: zaznacz pole, żeby pokazać, że osoba się zgadza.
sessions-error-where = Gdzie to się odbywa?: wybierz jedno ze swoich miejsc albo działanie mobilne.
sessions-error-seats-below-booked = Liczba miejsc: { $booked ->
    [one] jest już zapisana 1 osoba; podaj co najmniej 1 miejsce.
    [few] są już zapisane { $booked } osoby; podaj co najmniej { $booked } miejsca.
    [many] jest już zapisanych { $booked } osób; podaj co najmniej { $booked } miejsc.
   *[other] zapisane osoby: { $booked }; podaj co najmniej tyle miejsc.
}

sessions-bo-link = Spotkania
sessions-bookings-link = Moje rezerwacje
sessions-bo-title = Spotkania
sessions-bo-coming = Nadchodzące spotkania
sessions-bo-past = Ostatnie 30 dni
sessions-bo-none = Nie ma jeszcze nadchodzących spotkań.
sessions-publish-link = Opublikuj spotkanie
sessions-new-title = Opublikuj spotkanie
sessions-edit-title = Zmień to spotkanie
sessions-edit-intro = To zmienia tylko tę datę. Zapisane osoby dostaną informację, jeśli zmieni się data, godzina albo miejsce.
sessions-publish-button = Opublikuj
sessions-save-button = Zapisz zmiany
sessions-booked-of = Zarezerwowane: { $booked } z { $seats }, czeka: { $waiting }
sessions-published = { $count ->
    [one] Spotkanie jest opublikowane.
    [few] { $count } spotkania są opublikowane.
    [many] { $count } spotkań jest opublikowanych.
   *[other] Opublikowane spotkania: { $count }.
}
sessions-saved = { $count ->
    [0] Zmiany są zapisane.
    [one] Zmiany są zapisane; poinformowano 1 zapisaną osobę.
    [few] Zmiany są zapisane; poinformowano { $count } zapisane osoby.
    [many] Zmiany są zapisane; poinformowano { $count } zapisanych osób.
   *[other] Zmiany są zapisane; poinformowane zapisane osoby: { $count }.
}
sessions-cancelled-told = { $count ->
    [0] Spotkanie jest odwołane.
    [one] Spotkanie jest odwołane; poinformowano 1 zapisaną osobę.
    [few] Spotkanie jest odwołane; poinformowano { $count } zapisane osoby.
    [many] Spotkanie jest odwołane; poinformowano { $count } zapisanych osób.
   *[other] Spotkanie jest odwołane; poinformowane zapisane osoby: { $count }.
}
sessions-public-page = Zobacz stronę publiczną
sessions-edit-link = Zmień datę, godzinę, miejsca albo szczegóły
sessions-people-title = Zapisane osoby
sessions-people-none = Nikt jeszcze się nie zapisał.
sessions-booked-by = Kto zarezerwował
sessions-booked-alone = Osoba sama
sessions-waiting-number = Lista rezerwowa, numer { $position }
sessions-attendance-title = Obecność
sessions-attendance-intro = Po spotkaniu zaznacz, kto przyszedł. To pomaga dalej wspierać ludzi i liczyć.
sessions-attendance-present = Obecność
sessions-attendance-absent = Nieobecność
sessions-attendance-save = Zapisz obecność
sessions-attendance-saved = { $count ->
    [one] Zapisano obecność 1 osoby.
    [few] Zapisano obecność { $count } osób.
    [many] Zapisano obecność { $count } osób.
   *[other] Zapisano obecność { $count } osoby.
}
sessions-cancel-title = Odwołaj to spotkanie
sessions-cancel-intro = { $count ->
    [0] Nikt nie jest zapisany.
    [one] Zapisana osoba dostanie informację e-mailem albo SMS-em, jeśli podała kontakt, a także jej pracownik socjalny.
    [few] { $count } zapisane osoby dostaną informację e-mailem albo SMS-em, jeśli podały kontakt, a także ich pracownicy socjalni.
    [many] { $count } zapisanych osób dostanie informację e-mailem albo SMS-em, jeśli podały kontakt, a także ich pracownicy socjalni.
   *[other] Zapisane osoby ({ $count }) dostaną informację e-mailem albo SMS-em, jeśli podały kontakt, a także ich pracownicy socjalni.
}
sessions-cancel-reason-label = Powód (nieobowiązkowo)
sessions-cancel-reason-hint = Zostanie wysłany do zapisanych osób.
sessions-cancel-following = Odwołaj też późniejsze daty z tej serii
sessions-cancel-button = Odwołaj spotkanie
sessions-other-dates = Inne daty z tej serii
sessions-bookings-title = Moje rezerwacje
sessions-bookings-intro = Miejsca zarezerwowane przez twoją instytucję, od 30 dni wstecz.
sessions-bookings-find = Znajdź spotkanie z wolnymi miejscami
sessions-bookings-none = Twoja instytucja nie ma jeszcze rezerwacji.

sessions-mail-bring = Co przynieść: { $bring }
sessions-mail-link = Szczegóły: { $link }
sessions-mail-cancel-link = Żeby zobaczyć albo odwołać rezerwację: { $link }
sessions-mail-reason = Powód: { $reason }
sessions-mail-footer = Dostajesz tę wiadomość, bo w Passerelle zarezerwowano dla ciebie miejsce. Twoje imię i dane kontaktowe są usuwane 12 miesięcy po spotkaniu.
sessions-mail-booked-subject = Miejsce zarezerwowane: { $title }
sessions-mail-booked-intro = Dzień dobry, { $name }, zarezerwowano dla ciebie miejsce.
sessions-mail-waiting-subject = Lista rezerwowa: { $title }
sessions-mail-waiting-intro = Dzień dobry, { $name }, na spotkaniu nie ma już wolnych miejsc: masz numer { $position } na liście rezerwowej. Jeśli zwolni się miejsce, będzie twoje i damy ci znać.
sessions-mail-promoted-subject = Jest dla ciebie wolne miejsce: { $title }
sessions-mail-promoted-intro = Dzień dobry, { $name }, zwolniło się miejsce: teraz jest twoje.
sessions-mail-changed-subject = Zmiana: { $title }
sessions-mail-changed-intro = Dzień dobry, { $name }, spotkanie, na które masz rezerwację, zmieniło się. Oto nowa data, godzina i miejsce.
sessions-mail-cancelled-subject = Odwołane: { $title }
sessions-mail-cancelled-intro = Dzień dobry, { $name }, przykro nam: spotkanie z twoją rezerwacją jest odwołane.
sessions-mail-reminder-subject = Przypomnienie: { $title }
sessions-mail-reminder-intro = Dzień dobry, { $name }, przypominamy: twoje spotkanie odbędzie się wkrótce.
sessions-sms-promoted = Jest dla ciebie wolne miejsce: { $title }, { $when }.
sessions-sms-changed = Zmiana: { $title }, teraz: { $when }.
sessions-sms-cancelled = Odwołane: { $title }, { $when }.
sessions-sms-reminder = Przypomnienie: { $title }, { $when }.
sessions-mail-referrer-promoted-subject = Miejsce na: { $title }
sessions-mail-referrer-promoted-intro = Zwolniło się miejsce: { $name } (osoba z listy rezerwowej) ma teraz miejsce.
sessions-mail-referrer-changed-subject = Zmiana spotkania: { $title }
sessions-mail-referrer-changed-intro = Spotkanie, na które zapisano osobę { $name }, zmieniło się. Nowa data, godzina i miejsce:
sessions-mail-referrer-cancelled-subject = Odwołane spotkanie: { $title }
sessions-mail-referrer-cancelled-intro = Spotkanie, na które zapisano osobę { $name }, jest odwołane.

# Rezerwacja samodzielna: ochrona przed spamem.
sessions-error-fast = Formularz został wysłany bardzo szybko. Sprawdź, co wpisano, a potem wyślij go jeszcze raz.
sessions-error-expired = Formularz był długo otwarty i wygasł. To, co wpisano, nadal tu jest: wyślij go jeszcze raz.
sessions-error-rate = W ostatniej godzinie z twojego połączenia zarezerwowano dużo miejsc. Spróbuj ponownie za godzinę albo zadzwoń do tego punktu.
sessions-field-title-lang = Język tytułu i opisu
sessions-title-lang-hint = Strony w innym języku informują o tym czytniki ekranu.
sessions-title-lang-unsaid = Nie podano
