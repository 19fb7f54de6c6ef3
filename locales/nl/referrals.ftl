# Doorverwijzingen en persoonsgegevens, in het beheer.

referral-nav = Doorverwijzingen
referral-dashboard-link = Terug naar de doorverwijzingen
referral-forbidden = Deze doorverwijzing gaat over andere organisaties: u mag ze niet openen.

## Stappen, toestanden, partijen
referral-step-accept = Aanvaarden
referral-step-refuse = Weigeren
referral-step-first-visit = Eerste bezoek gedaan
referral-step-follow-up = Een opvolgnota toevoegen
referral-step-close = De doorverwijzing afsluiten
referral-side-referrer = Doorverwijzende organisatie
referral-side-receiver = Ontvangende plek
referral-side-system = Automatisch
referral-error-not-allowed = Deze stap kan niet meer: de doorverwijzing is veranderd. Bekijk de stand hieronder.
referral-error-wrong-side = Deze stap is voor de andere partij van de doorverwijzing.
referral-error-text-missing = Schrijf een paar woorden: een weigering vraagt een reden, een opvolging een nota.

## Noden en contact
referral-need-information = Informatie zoeken op het internet
referral-need-communication = E-mail, berichten en videogesprekken
referral-need-content-creation = Documenten schrijven en maken
referral-need-safety = Veiligheid en privacy online
referral-need-problem-solving = Problemen met toestellen en accounts oplossen
referral-need-equipment = Een computer, tablet of smartphone krijgen
referral-need-connection = Een internetverbinding krijgen
referral-need-online-procedures = Online aanvragen (administratie, werk, gezondheid)
referral-need-first-steps = Eerste stappen met digitale middelen
referral-contact-phone = Via telefoon
referral-contact-email = Via e-mail
referral-contact-referrer = Via mij (de doorverwijzer)
referral-contact-through = Via de doorverwijzer: { $name }, { $structure } ({ $email })

## Het formulier
referral-new-title = Iemand doorverwijzen
referral-new-intro = Stuur iemand naar een openbare computerruimte of een sessie. Geef alleen door wat de plek nodig heeft om te helpen.
referral-new-link = Iemand doorverwijzen
referral-field-target = Waarheen de persoon sturen
referral-choose-target = Kies een plek of een sessie
referral-target-sessions = Sessies van de komende 60 dagen
referral-field-person-name = Voornaam of bijnaam
referral-person-name-hint = Een familienaam is niet nodig.
referral-field-lang = Taal die de persoon het best spreekt
referral-diagnostic-title = Diagnose gemaakt met de persoon
referral-field-share-diagnostic = De persoon gaat akkoord dat de plek de antwoorden van de diagnose ziet
referral-diagnostic-not-shared = Er werd een diagnose gemaakt, maar de persoon wou ze niet delen.
referral-field-needs = Waarvoor de persoon hulp nodig heeft
referral-field-needs-note = Andere noden, in een paar woorden
referral-needs-note-hint = Alleen wat de plek helpt. Geen details over gezondheid of gezin.
referral-field-contact-way = Hoe de plek de persoon kan bereiken
referral-field-contact-value = Telefoonnummer of e-mailadres
referral-contact-value-hint = Laat leeg als de plek de persoon via u bereikt.
referral-consent-text = De persoon gaat akkoord dat { $from } haar voornaam, taal, noden en contactwijze doorgeeft aan de gekozen plek, zodat die haar kan helpen. Deze gegevens worden { $months } maanden na het einde van de doorverwijzing gewist. De persoon kan altijd vragen om ze te zien of te laten wissen.
referral-field-consent = Ik heb deze tekst aan de persoon voorgelezen en zij gaat akkoord
referral-send-button = De doorverwijzing versturen
referral-error-target = Kies een plek of een sessie die nog mensen ontvangt.
referral-error-person-name = Schrijf een voornaam of een bijnaam (hoogstens 60 tekens).
referral-error-needs = Vink minstens één nood aan, of beschrijf hem in een paar woorden.
referral-error-contact-way = Kies hoe de plek de persoon kan bereiken.
referral-error-phone = Schrijf een telefoonnummer (8 tot 15 cijfers).
referral-error-email = Schrijf een e-mailadres, bijvoorbeeld naam@voorbeeld.be.
referral-error-consent = De persoon moet akkoord gaan voor u de doorverwijzing verstuurt.

## Eén doorverwijzing
referral-title = Doorverwijzing van { $name }
referral-sent-notice = De doorverwijzing is verstuurd. De plek kreeg een e-mail.
referral-anonymised = (gegevens gewist)
referral-from = Van
referral-to = Naar
referral-to-structure = Ontvangende organisatie
referral-consent-label = Toestemming
referral-consent-given = Gegeven op { $when }
referral-refuse-reason = Reden van de weigering
referral-actions = Wat nu te doen
referral-field-reason = Reden van de weigering
referral-field-note = Opvolgnota
referral-history = Geschiedenis
referral-history-when = Wanneer
referral-history-what = Wat
referral-history-who = Wie
referral-history-note = Nota

## Overzichten
referral-mine-title = De doorverwijzingen van mijn organisatie
referral-to-me-title = Doorverwijzingen naar mijn plekken
referral-all-title = Alle doorverwijzingen
referral-none = Nog geen doorverwijzing.
referral-none-to-me = Nog geen doorverwijzing naar uw plekken.
referral-open-caption = Op te volgen doorverwijzingen
referral-ended-caption = Beëindigde doorverwijzingen
referral-col-number = Nummer
referral-col-sent = Verstuurd op
referral-number = Doorverwijzing { $id }
referral-sessions-title = Uw sessies in de komende vier weken
referral-sessions-none = Geen sessie in de komende vier weken.
referral-session-col = Sessie
referral-session-when = Wanneer
referral-session-fill = Bezette plaatsen
referral-session-fill-rate = { $booked } van { $seats } ({ $percent } %), { $waiting } wachtend
referral-session-cancelled = Geannuleerd
referral-personal-data-link = Iemand vraagt om zijn gegevens te zien of te wissen

## Persoonsgegevens (coördinatie)
referral-person-title = De gegevens van een persoon
referral-person-intro = Iemand kan een kopie van zijn gegevens vragen, of vragen om ze te wissen. Zoek ze met het nummer van de doorverwijzing of van de reservering.
referral-person-referral = Nummer van de doorverwijzing
referral-person-booking = Nummer van de reservering
referral-person-hint = Vul een van de twee nummers in.
referral-person-export = De gegevens downloaden (JSON)
referral-person-erase-title = De gegevens van een persoon wissen
referral-person-erase-intro = De voornaam, contactgegevens, nota's en diagnose worden meteen gewist; alleen anonieme tellingen blijven. Dit kan niet ongedaan worden.
referral-person-confirm = Ik bevestig dat de persoon gevraagd heeft om haar gegevens te wissen
referral-person-erase = De gegevens wissen
referral-person-erased = Gegevens gewist: { $referrals } doorverwijzing(en), { $bookings } reservering(en).
referral-person-error-missing = Vul een nummer van een doorverwijzing of een reservering in.
referral-person-error-number = Schrijf een getal, bijvoorbeeld 12.
referral-person-error-unknown = Geen doorverwijzing of reservering heeft dit nummer.
referral-person-error-confirm = Vink het vakje aan om de vraag van de persoon te bevestigen.

## E-mails (geen persoonsgegevens: alleen een link)
referral-mail-new-subject = Nieuwe doorverwijzing { $id }
referral-mail-new-body = Een organisatie stuurt iemand naar uw plek. Aanvaard of weiger de doorverwijzing:

    { $link }
referral-mail-remind-subject = Doorverwijzing { $id } wacht op uw antwoord
referral-mail-remind-body = Een doorverwijzing naar uw plek heeft nog geen antwoord. Zonder antwoord vervalt ze binnenkort. Aanvaard of weiger ze:

    { $link }
referral-mail-accepted-subject = Doorverwijzing { $id } aanvaard
referral-mail-accepted-body = De plek heeft uw doorverwijzing aanvaard:

    { $link }
referral-mail-refused-subject = Doorverwijzing { $id } geweigerd
referral-mail-refused-body = De plek heeft uw doorverwijzing geweigerd. U kunt de reden lezen en de persoon elders naartoe sturen:

    { $link }
referral-mail-expired-subject = Doorverwijzing { $id } vervallen
referral-mail-expired-body = De plek heeft niet op tijd geantwoord. De doorverwijzing is vervallen; u kunt de persoon elders naartoe sturen:

    { $link }
referral-mail-first-visit-subject = Doorverwijzing { $id }: eerste bezoek gedaan
referral-mail-first-visit-body = De persoon die u doorverwees, is naar de plek gekomen: het eerste bezoek is geregistreerd.

    { $link }
referral-mail-follow-up-subject = Doorverwijzing { $id }: opvolgnota toegevoegd
referral-mail-follow-up-body = De plek heeft een opvolgnota aan uw doorverwijzing toegevoegd:

    { $link }
referral-mail-closed-subject = Doorverwijzing { $id } afgesloten
referral-mail-closed-body = De plek heeft uw doorverwijzing afgesloten:

    { $link }
referral-mail-progress-footer = Wilt u dit nieuws niet meer? Wijzig het in "Mijn e-mails".

# On a place's public page, for a signed-in referrer.
referral-send-here = Een persoon naar deze plek doorverwijzen

# The history of a referral: each event in one form (what happened), while
# the buttons (referral-step-*) say what to do.
referral-event-send = Doorverwijzing verstuurd
referral-event-accept = Doorverwijzing aanvaard
referral-event-refuse = Doorverwijzing geweigerd
referral-event-first-visit = Eerste bezoek gedaan
referral-event-follow-up = Opvolgnota toegevoegd
referral-event-close = Doorverwijzing afgesloten
referral-event-expire = Doorverwijzing vervallen zonder antwoord
referral-event-remind = Herinnering naar de plek gestuurd

# "My e-mails" (every signed-in account).
account-mails-nav = Mijn e-mails
account-mails-title = Mijn e-mails
account-mails-lang = Taal van mijn e-mails
account-mails-lang-hint = Eerst de taal waarin u zich aanmeldde.
account-mails-lang-region = De talen van het gewest, na elkaar
account-mails-lang-error = Kies een taal uit de lijst.
account-mails-referrals = Mijn doorverwijzingen
account-mails-referral-progress = Laat me weten wanneer een persoon die ik doorverwees gekomen is, opgevolgd werd, en wanneer de doorverwijzing afgesloten is
account-mails-referral-answers = De antwoorden van de plekken (aanvaard, geweigerd, vervallen) worden altijd verstuurd.
account-mails-save = Opslaan
account-mails-saved = Uw keuzes zijn opgeslagen.
