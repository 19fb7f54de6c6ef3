# Panel administracyjny: konta, logowanie, nawigacja.

forbidden-title = Nie możesz otworzyć tej strony
forbidden-text = Twoje konto nie daje dostępu do tej strony. Jeśli uważasz, że powinno, zapytaj koordynację.
csrf-title = Ten formularz wygasł
csrf-text = Dla twojego bezpieczeństwa formularz nie został wysłany. Wróć, odśwież stronę i wyślij go jeszcze raz: to, co wpisano, nadal jest w formularzu, jeśli użyjesz przycisku „Wstecz”.
form-errors-title = Jest problem
bo-nav = Panel administracyjny
bo-home = Strona główna panelu
bo-title = Panel administracyjny
bo-welcome = Dzień dobry, { $name }. Zalogowano jako { $role }.
bo-signed-in-as = Zalogowano jako
bo-find-place = Znajdź miejsce dla kogoś
bo-places = Miejsca
bo-users = Konta
bo-organisations = Organizacje
logout = Wyloguj się
login-title = Zaloguj się
login-intro = Panel administracyjny jest dla publicznych punktów cyfrowych, pracowników socjalnych i koordynacji. Nie potrzebujesz konta, żeby znaleźć pomoc.
login-button = Zaloguj się
login-signed-out = Wylogowano cię.
login-password-set = Twoje hasło jest zapisane. Możesz się teraz zalogować.
field-email = Adres e-mail
field-password = Hasło
field-new-password = Nowe hasło
field-confirm-password = Wpisz nowe hasło jeszcze raz
field-name = Imię i nazwisko
field-role = Rola
field-organisation = Organizacja
forgot-link = Nie pamiętasz hasła?
forgot-title = Wybierz nowe hasło
forgot-intro = Wpisz adres e-mail swojego konta. Wyślemy ci link do wyboru nowego hasła. Link działa przez godzinę.
forgot-button = Wyślij mi link
forgot-sent = Jeśli jakieś konto używa tego adresu, wysłaliśmy na niego link. Sprawdź swoją pocztę, także folder ze spamem.
reset-title = Wybierz nowe hasło
invite-title = Witamy: wybierz swoje hasło
new-password-for = Konto: { $email }
password-hint = Co najmniej { $min } znaków. Zdanie z kilku słów łatwo zapamiętać i trudno odgadnąć.
save-password = Zapisz hasło
link-expired-title = Ten link już nie działa
link-expired-text = Link został już użyty albo jest za stary. Poproś o nowy.
error-email-missing = Wpisz swój adres e-mail.
error-email-invalid = Wpisz adres e-mail w postaci name@example.org.
error-email-taken = Jakieś konto już używa tego adresu e-mail.
error-password-missing = Wpisz swoje hasło.
error-login-failed = Adres e-mail albo hasło są nieprawidłowe. Sprawdź oba i spróbuj ponownie.
error-login-throttled = Za dużo prób. Dla twojego bezpieczeństwa odczekaj 15 minut, zanim spróbujesz ponownie, albo wybierz nowe hasło.
error-password-short = Hasło musi mieć co najmniej { $min } znaków.
error-password-long = Hasło jest za długie: najwyżej 256 znaków.
error-password-email = Hasło nie może być twoim adresem e-mail.
error-password-confirm = Te dwa hasła nie są takie same. Wpisz je jeszcze raz.
error-name-missing = Wpisz imię i nazwisko tej osoby.
error-role = Wybierz rolę z listy.
error-organisation-needed = Wybierz organizację: ta rola jej wymaga.
mail-invite-subject = Twoje konto w Passerelle
mail-invite-body = Dzień dobry, { $name },

    utworzyliśmy dla ciebie konto w Passerelle. Wybierz hasło za pomocą tego linku (działa przez 7 dni):

    { $link }

    Jeśli nie spodziewasz się tej wiadomości, możesz ją zignorować.
mail-reset-subject = Wybierz nowe hasło
mail-reset-body = Dzień dobry, { $name },

    ktoś poprosił o zmianę hasła do twojego konta. Wybierz nowe hasło za pomocą tego linku (działa przez godzinę):

    { $link }

    Jeśli to nie ty, zignoruj tę wiadomość: twoje hasło się nie zmieni.
role-admin = administrator
role-coordinator = koordynator
role-epn_manager = kierownik EPN
role-referrer = osoba kierująca (pracownik socjalny)
role-committee = członek komitetu
role-jury = członek jury
role-applicant = organizacja składająca wnioski w naborach projektów
users-title = Konta
invite-heading = Zaproś kogoś
invite-intro = Ta osoba dostanie e-mail z linkiem do wyboru hasła.
invite-organisation-hint = Potrzebne dla kierowników EPN (ich organizacja) i osób kierujących (ich instytucja).
invite-button = Wyślij zaproszenie
invite-sent = Zaproszenie zostało wysłane.
invite-not-sent = Konto zostało utworzone, ale nie udało się wysłać e-maila. Sprawdź ustawienia poczty, a potem użyj „Nie pamiętasz hasła?”.
organisations-title = Organizacje
organisations-intro = Zmiany zaufanej organizacji są publikowane od razu. Zmiany innych czekają, aż koordynacja je sprawdzi.
organisation-trusted = Zaufana
organisation-trust = Ufaj
organisation-untrust = Przestań ufać
actions = Działania
yes = Tak
no = Nie
