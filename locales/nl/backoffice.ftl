# Beheeromgeving: accounts, aanmelden, navigatie.

forbidden-title = U mag deze pagina niet openen
forbidden-text = Met uw account hebt u geen toegang tot deze pagina. Denkt u dat dit niet klopt? Vraag het dan aan de coördinatie.
csrf-title = Dit formulier is verlopen
csrf-text = Voor uw veiligheid kon het formulier niet verstuurd worden. Ga terug, laad de pagina opnieuw en verstuur het nog eens: als u de knop “terug” gebruikt, staat wat u getypt hebt nog in het formulier.
form-errors-title = Er is een probleem
bo-nav = Beheeromgeving
bo-home = Startpagina van de beheeromgeving
bo-title = Beheeromgeving
bo-welcome = Hallo { $name }. U bent aangemeld als { $role }.
bo-signed-in-as = Aangemeld als
bo-find-place = Een plaats zoeken voor iemand
bo-places = Plaatsen
bo-users = Accounts
bo-organisations = Organisaties
logout = Afmelden
login-title = Aanmelden
login-intro = De beheeromgeving is voor de openbare computerruimtes, de sociaal werkers en de coördinatie. U hebt geen account nodig om hulp te vinden.
login-button = Aanmelden
login-signed-out = U bent afgemeld.
login-password-set = Uw wachtwoord is opgeslagen. U kunt zich nu aanmelden.
field-email = E-mailadres
field-password = Wachtwoord
field-new-password = Nieuw wachtwoord
field-confirm-password = Typ het nieuwe wachtwoord nog een keer
field-name = Naam
field-role = Rol
field-organisation = Organisatie
forgot-link = Wachtwoord vergeten?
forgot-title = Kies een nieuw wachtwoord
forgot-intro = Typ het e-mailadres van uw account. We sturen u een link om een nieuw wachtwoord te kiezen. De link werkt één uur.
forgot-button = Stuur mij een link
forgot-sent = Als een account dit adres gebruikt, hebben we er een link naartoe gestuurd. Kijk in uw e-mails, ook in de map met ongewenste e-mail (spam).
reset-title = Kies een nieuw wachtwoord
invite-title = Welkom: kies uw wachtwoord
new-password-for = Account: { $email }
password-hint = Minstens { $min } tekens. Een zin van een paar woorden is makkelijk te onthouden en moeilijk te raden.
save-password = Wachtwoord opslaan
link-expired-title = Deze link werkt niet meer
link-expired-text = De link is al gebruikt of is te oud. Vraag een nieuwe link.
error-email-missing = Typ uw e-mailadres.
error-email-invalid = Typ een e-mailadres zoals naam@example.org.
error-email-taken = Er is al een account met dit e-mailadres.
error-password-missing = Typ uw wachtwoord.
error-login-failed = Het e-mailadres of het wachtwoord is niet juist. Kijk ze allebei na en probeer opnieuw.
error-login-throttled = Te veel pogingen. Wacht voor uw veiligheid 15 minuten voor u opnieuw probeert, of kies een nieuw wachtwoord.
error-password-short = Het wachtwoord moet minstens { $min } tekens hebben.
error-password-long = Het wachtwoord is te lang: maximaal 256 tekens.
error-password-email = Het wachtwoord mag niet uw e-mailadres zijn.
error-password-confirm = De twee wachtwoorden zijn niet hetzelfde. Typ ze opnieuw.
error-name-missing = Typ de naam van de persoon.
error-role = Kies een rol uit de lijst.
error-organisation-needed = Kies de organisatie: die is nodig voor deze rol.
mail-invite-subject = Uw account op Passerelle
mail-invite-body = Hallo { $name },

    Er is een account voor u aangemaakt op Passerelle. Kies uw wachtwoord met deze link (hij werkt 7 dagen):

    { $link }

    Verwachtte u dit bericht niet? Dan mag u het negeren.
mail-reset-subject = Kies een nieuw wachtwoord
mail-reset-body = Hallo { $name },

    Iemand heeft gevraagd om het wachtwoord van uw account te veranderen. Kies een nieuw wachtwoord met deze link (hij werkt één uur):

    { $link }

    Was u dit niet? Negeer dan dit bericht: uw wachtwoord blijft hetzelfde.
role-admin = beheerder
role-coordinator = coördinator
role-epn_manager = verantwoordelijke van een OCR
role-referrer = doorverwijzer (sociaal werker)
role-committee = lid van het comité
role-jury = lid van de jury
role-applicant = organisatie die kandidaat is voor een projectoproep
users-title = Accounts
invite-heading = Iemand uitnodigen
invite-intro = De persoon krijgt een e-mail met een link om een wachtwoord te kiezen.
invite-organisation-hint = Nodig voor verantwoordelijken van een OCR (hun organisatie) en doorverwijzers (hun dienst).
invite-button = Uitnodiging versturen
invite-sent = De uitnodiging is verstuurd.
invite-not-sent = Het account is aangemaakt, maar de e-mail kon niet verstuurd worden. Kijk de instellingen voor e-mail na en gebruik dan “Wachtwoord vergeten?”.
organisations-title = Organisaties
organisations-intro = Wijzigingen van een vertrouwde organisatie worden meteen gepubliceerd. Wijzigingen van andere organisaties wachten tot de coördinatie ze heeft nagekeken.
organisation-trusted = Vertrouwd
organisation-trust = Vertrouwen
organisation-untrust = Niet meer vertrouwen
actions = Acties
yes = Ja
no = Nee
