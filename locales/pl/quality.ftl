# Kontrole jakości danych (polski).

check-postcode-not-in-commune = Kod pocztowy { $value } nie należy do gminy tego miejsca.
check-postcode-not-in-commune-todo = Zapytaj miejsce o adres i popraw kod pocztowy albo gminę.
check-unknown-postcode = { $value } nie jest kodem pocztowym w regionie.
check-unknown-postcode-todo = Popraw kod pocztowy albo przenieś miejsce do właściwego regionu.
check-probable-duplicate = To miejsce wygląda jak „{ $value }” (#{ $other }).
check-probable-duplicate-todo = Jeśli to to samo miejsce, połącz je; jeśli nie, nadaj im wyraźniejsze nazwy.
check-unreadable-hours = Nie da się odczytać godzin otwarcia „{ $value }”.
check-unreadable-hours-todo = Zapisz je ponownie w edytorze godzin otwarcia (na przykład Mo-Fr 09:00-17:00).
check-no-contact = Brak telefonu, e-maila i strony internetowej.
check-no-contact-todo = Dodaj co najmniej numer telefonu, żeby ludzie mogli zadzwonić, zanim przyjdą.
check-stale = Nieaktualizowane od { $value }.
check-stale-todo = Poproś miejsce, żeby potwierdziło albo zaktualizowało swoje informacje.
check-source-issue = Problem zapisany w danych źródłowych
check-summary = { $errors ->
    [one] 1 błąd
    [few] { $errors } błędy
    [many] { $errors } błędów
   *[other] { $errors } błędu
}, { $warnings ->
    [one] 1 ostrzeżenie
    [few] { $warnings } ostrzeżenia
    [many] { $warnings } ostrzeżeń
   *[other] { $warnings } ostrzeżenia
}
severity-error = Błąd
severity-warning = Ostrzeżenie

# Status znaku jakości w katalogu musi opierać się na przyznanym znaku jakości (znak jakości EPN).
check-labelled-without-record = Pokazane jako EPN ze znakiem jakości, ale dla tego miejsca nie zapisano przyznanego znaku jakości.
check-labelled-without-record-todo = Zapisz decyzję o znaku jakości na stronach znaku jakości albo popraw status znaku jakości tego miejsca.
quality-kind-labelled-without-record = Znak jakości bez zapisu w rejestrze

# Zapisany adres internetowy, który nie jest http(s), nigdy nie jest publikowany.
check-website-not-http = Adres internetowy „{ $value }” nie jest adresem http:// ani https://: nie jest ani pokazywany, ani publikowany.
check-website-not-http-todo = Zastąp go pełnym adresem internetowym miejsca, zaczynającym się od https:// (albo http://), albo go usuń.
quality-kind-website-not-http = Adres internetowy, który nie jest http(s)
quality-kind-postcode-not-in-commune = Kod pocztowy innej gminy
quality-kind-unknown-postcode = Nieznany kod pocztowy
quality-kind-unreadable-hours = Godziny otwarcia, których nie da się odczytać
quality-kind-probable-duplicate = Prawdopodobne duplikaty
quality-kind-no-contact = Brak sposobu kontaktu z miejscem
quality-kind-stale = Nieaktualizowane od ponad roku
