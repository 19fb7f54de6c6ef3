# Zgłaszanie błędu na stronie miejsca (formularz publiczny).

report-link = Zgłoś błąd na tej stronie
report-title = Zgłoś błąd
report-about = Dotyczy strony:
report-intro = Napisz nam, co jest błędne albo nieaktualne: na przykład godziny otwarcia, numer telefonu albo adres. Nie potrzebujesz konta. Zespół, który prowadzi katalog, czyta każdą wiadomość.
report-message = Co jest nie tak?
report-message-hint = Wpisz od { $min } do { $max } znaków.
report-contact = Twój e-mail albo numer telefonu (nieobowiązkowo)
report-contact-hint = Tylko jeśli chcesz dostać odpowiedź. Użyjemy go tylko po to, żeby odpowiedzieć na tę wiadomość.
report-trap = Zostaw to pole puste
report-send = Wyślij wiadomość
report-privacy = Nie wpisuj danych osobowych innych osób.
report-error-short = Wiadomość jest za krótka: napisz co najmniej { $min } znaków, żebyśmy wiedzieli, co poprawić.
report-error-long = Wiadomość jest za długa: liczba znaków to { $count }, a można najwyżej { $max }. Skróć ją.
report-error-contact = Twój e-mail albo numer telefonu jest za długi: najwyżej { $max } znaków.
report-error-fast = Formularz został wysłany bardzo szybko. Sprawdź wiadomość, a potem wyślij ją jeszcze raz.
report-error-expired = Formularz był długo otwarty i wygasł. Twoja wiadomość nadal tu jest: wyślij ją jeszcze raz.
report-error-rate = W ostatniej godzinie z twojego połączenia wysłano dużo wiadomości. Twoja wiadomość nadal tu jest: spróbuj ponownie za godzinę.
report-thanks-title = Dziękujemy za wiadomość
report-thanks-text = Zespół, który prowadzi katalog, przeczyta ją i w razie potrzeby poprawi stronę.
report-back = Wróć do strony: { $place }
report-mail-subject = Zgłoszony błąd: { $place }
report-mail-no-contact = (nie podano)
report-mail-body = Ktoś zgłosił błąd na stronie „{ $place }”.

    Treść wiadomości:

    { $message }

    Kontakt: { $contact }

    Strona: { $page }
    Wszystkie zgłoszone błędy: { $reports }
