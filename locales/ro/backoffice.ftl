# Zona de administrare: conturi, conectare, navigare.

forbidden-title = Nu puteți deschide această pagină
forbidden-text = Contul dumneavoastră nu vă dă acces la această pagină. Dacă credeți că ar trebui, întrebați echipa de coordonare.
csrf-title = Acest formular a expirat
csrf-text = Pentru siguranța dumneavoastră, formularul nu a putut fi trimis. Reveniți la pagina anterioară, reîncărcați pagina și trimiteți-l din nou: dacă folosiți butonul „Înapoi”, ce ați scris este încă în formular.
form-errors-title = Există o problemă
bo-nav = Zona de administrare
bo-home = Pagina principală a zonei de administrare
bo-title = Zona de administrare
bo-welcome = Bună ziua, { $name }. Sunteți conectat ca { $role }.
bo-signed-in-as = Conectat ca
bo-find-place = Găsiți un loc pentru cineva
bo-places = Locuri
bo-users = Conturi
bo-organisations = Organizații
logout = Deconectare
login-title = Conectare
login-intro = Zona de administrare este pentru spațiile publice digitale, asistenții sociali și echipa de coordonare. Nu aveți nevoie de un cont ca să găsiți ajutor.
login-button = Conectare
login-signed-out = V-ați deconectat.
login-password-set = Parola dumneavoastră a fost salvată. Acum vă puteți conecta.
field-email = Adresa de e-mail
field-password = Parola
field-new-password = Parola nouă
field-confirm-password = Scrieți din nou parola nouă
field-name = Nume
field-role = Rol
field-organisation = Organizație
forgot-link = Ați uitat parola?
forgot-title = Alegeți o parolă nouă
forgot-intro = Scrieți adresa de e-mail a contului dumneavoastră. Vă trimitem un link ca să alegeți o parolă nouă. Linkul funcționează o oră.
forgot-button = Trimiteți-mi un link
forgot-sent = Dacă un cont folosește această adresă, i-am trimis un link. Verificați e-mailurile, și în dosarul de spam.
reset-title = Alegeți o parolă nouă
invite-title = Bun venit: alegeți-vă parola
new-password-for = Cont: { $email }
password-hint = Cel puțin { $min } caractere. O propoziție din mai multe cuvinte este ușor de ținut minte și greu de ghicit.
save-password = Salvați parola
link-expired-title = Acest link nu mai funcționează
link-expired-text = Linkul a fost deja folosit sau este prea vechi. Cereți unul nou.
error-email-missing = Scrieți adresa de e-mail.
error-email-invalid = Scrieți o adresă de e-mail ca name@example.org.
error-email-taken = Un cont folosește deja această adresă de e-mail.
error-password-missing = Scrieți parola.
error-login-failed = Adresa de e-mail sau parola nu este corectă. Verificați-le pe amândouă și încercați din nou.
error-login-throttled = Prea multe încercări. Pentru siguranța dumneavoastră, așteptați 15 minute înainte să încercați din nou sau alegeți o parolă nouă.
error-password-short = Parola trebuie să aibă cel puțin { $min } caractere.
error-password-long = Parola este prea lungă: cel mult 256 de caractere.
error-password-email = Parola nu trebuie să fie adresa dumneavoastră de e-mail.
error-password-confirm = Cele două parole nu sunt la fel. Scrieți-le din nou.
error-name-missing = Scrieți numele persoanei.
error-role = Alegeți un rol din listă.
error-organisation-needed = Alegeți organizația: acest rol are nevoie de una.
mail-invite-subject = Contul dumneavoastră pe Passerelle
mail-invite-body = Bună ziua, { $name },

    V-a fost creat un cont pe Passerelle. Alegeți-vă parola cu acest link (funcționează 7 zile):

    { $link }

    Dacă nu vă așteptați la acest mesaj, îl puteți ignora.
mail-reset-subject = Alegeți o parolă nouă
mail-reset-body = Bună ziua, { $name },

    Cineva a cerut să schimbe parola contului dumneavoastră. Alegeți o parolă nouă cu acest link (funcționează o oră):

    { $link }

    Dacă nu ați fost dumneavoastră, ignorați acest mesaj: parola dumneavoastră nu se schimbă.
role-admin = administrator
role-coordinator = coordonator
role-epn_manager = responsabil EPN
role-referrer = îndrumător (asistent social)
role-committee = membru al comitetului
role-jury = membru al juriului
role-applicant = organizație care candidează la apeluri de proiecte
users-title = Conturi
invite-heading = Invitați pe cineva
invite-intro = Persoana primește un e-mail cu un link ca să își aleagă parola.
invite-organisation-hint = Necesar pentru responsabilii EPN (organizația lor) și pentru îndrumători (structura lor).
invite-button = Trimiteți invitația
invite-sent = Invitația a fost trimisă.
invite-not-sent = Contul a fost creat, dar e-mailul nu a putut fi trimis. Verificați setările de e-mail, apoi folosiți „Ați uitat parola?”.
organisations-title = Organizații
organisations-intro = Modificările unei organizații de încredere sunt publicate imediat. Modificările celorlalte așteaptă verificarea echipei de coordonare.
organisation-trusted = De încredere
organisation-trust = Acordați încredere
organisation-untrust = Retrageți încrederea
actions = Acțiuni
yes = Da
no = Nu
