# Het EPN-label: openbare pagina's, criteria uitgelegd, aanvraagformulier, procedure, e-mails (Nederlands).

bo-label = EPN-label

## Criteria: namen en uitleg (met de cijfers)

label-criterion-computers = Computers
label-criterion-opening-hours = Openingsuren
label-criterion-training-hours = Opleiding
label-criterion-free-access-hours = Vrije toegang met een begeleider
label-criterion-open-to-all-adults = Open voor elke volwassene
label-criterion-price = Prijs van de basisactiviteiten
label-criterion-charter = Charter
label-criterion-computers-pass = { $actual ->
        [one] { $actual } computer
       *[other] { $actual } computers
    }: het label vraagt er minstens { $required }.
label-criterion-computers-fail = Maar { $actual ->
        [one] { $actual } computer
       *[other] { $actual } computers
    }: het label vraagt er minstens { $required }.
label-criterion-opening-hours-pass = { $actual } uur open in een gewone week: het label vraagt minstens { $required }.
label-criterion-opening-hours-fail = Maar { $actual } uur open in een gewone week: het label vraagt minstens { $required }.
label-criterion-opening-hours-unreadable = De openingsuren “{ $hours }” kunnen niet gelezen worden, dus de uren per week kunnen niet geteld worden. Schrijf ze zo: Mo-Fr 09:00-12:00.
label-criterion-training-hours-pass = { $actual } uur opleiding per week: het label vraagt minstens { $required }.
label-criterion-training-hours-fail = { $actual } uur opleiding per week: het label vraagt minstens { $required }.
label-criterion-free-access-hours-pass = { $actual } uur vrije toegang met een begeleider per week: het label vraagt minstens { $required }.
label-criterion-free-access-hours-fail = { $actual } uur vrije toegang met een begeleider per week: het label vraagt minstens { $required }.
label-criterion-open-to-all-adults-pass = De basisactiviteiten staan open voor elke volwassene.
label-criterion-open-to-all-adults-fail = De basisactiviteiten staan niet open voor elke volwassene: het label vraagt dat elke volwassene kan deelnemen.
label-criterion-price-pass = De basisactiviteiten zijn { $actual }: het label aanvaardt { $required }.
label-criterion-price-fail = De basisactiviteiten zijn { $actual }: het label vraagt dat ze { $required } zijn.
label-criterion-charter-pass = Het charter is aanvaard.
label-criterion-charter-fail = Het charter is niet aanvaard: het label vraagt dat de EPN het ondertekent.
label-criterion-not-required = Dit label vraagt het niet.
label-price-free = gratis
label-price-symbolic = tegen een symbolische prijs
label-price-paid = betalend
label-or = of
label-met = Voldaan
label-not-met = Niet voldaan
label-weekly-hours = { $hours } uur in een gewone week

## Openbare pagina's

label-page-title = Het EPN-label
label-page-intro = “{ $name }” is het label dat het Gewest geeft aan openbare computerruimten (EPN): plekken waar iedereen een computer en internet kan gebruiken, met iemand die helpt.
label-why-title = Wat het label oplevert
label-why-badge = In deze gids staan gelabelde EPN’s met de woorden
label-why-equipment = In 2021 kreeg elke gelabelde EPN { $amount } euro om computermateriaal te kopen, en materiaal om zich bekend te maken.
label-conditions-title = De voorwaarden
label-conditions-intro = Een EPN krijgt het label als hij aan al deze voorwaarden voldoet:
label-condition-computers = Minstens { $count } computers, in geschikte lokalen.
label-condition-open = Minstens { $hours } uur per week open.
label-condition-training = Gemiddeld { $hours } uur opleiding per week.
label-condition-free-access = { $hours } uur per week vrije toegang met een begeleider aanwezig.
label-condition-adults = De basisactiviteiten staan open voor elke volwassene.
label-condition-price = De basisactiviteiten zijn { $prices }.
label-condition-charter = De EPN ondertekent het charter hieronder.
label-condition-activities = De aanvraag beschrijft de opleidingen, animaties en sensibiliseringsactiviteiten van de EPN.
label-charter-title = Het charter
label-charter-version = Versie van { $date }.
label-charter-translation = Dit is een vertaling. De oorspronkelijke tekst is in het { $language }.
label-apply-title = Zo vraagt u het label aan
label-apply-step-account = Meld u aan in de beheerruimte met de account van uw EPN. Hebt u er geen, vraag er dan een aan de coördinatie digitale inclusie.
label-apply-step-form = Vul het aanvraagformulier in. U kunt het bewaren en later terugkomen. De pagina toont meteen aan welke voorwaarden uw antwoorden voldoen.
label-apply-step-visit = De coördinatie kan uw EPN een hoffelijkheidsbezoek brengen, om te zien hoe hij werkt.
label-apply-step-recommend = De coördinator onderzoekt uw aanvraag en stuurt een aanbeveling naar de werkgroep digitale inclusie.
label-apply-step-decide = De werkgroep geeft advies, daarna beslist het stuurcomité. U krijgt bij elke stap een e-mail.
label-duration = Het label heeft geen einddatum: het geldt zolang de EPN aan de voorwaarden voldoet. Elk jaar bevestigt de EPN zijn gegevens. Het label kan ingetrokken worden als een voorwaarde niet meer vervuld is. Een EPN die geweigerd werd, of wiens label ingetrokken werd, kan opnieuw aanvragen.
label-apply-link = Het label aanvragen (aanmelden)
label-list-link = De gelabelde EPN’s per gemeente
label-list-title = Gelabelde EPN’s per gemeente
label-list-intro = Deze openbare computerruimten hebben het label van het Gewest.
label-list-about = Wat is het label?
label-list-count = { $count ->
        [one] { $count } gelabelde plek
       *[other] { $count } gelabelde plekken
    }
label-list-since = gelabeld in { $year }
label-list-no-commune = Gemeente niet gekend

## Beheerruimte: start en wachtrij

label-home-title = EPN-label
label-home-about = Over het label
label-home-intro-manager = Hier vraagt u het label aan voor uw plekken, volgt u uw aanvraag en bevestigt u één keer per jaar uw gegevens.
label-home-intro-staff = Aanvragen die op een stap wachten, gelabelde plekken om na te kijken, en alle aanvragen.
label-your-places = Uw plekken
label-your-applications = Uw aanvragen
label-col-place = Plek
label-col-places = Plekken
label-col-directory = Label in de gids
label-col-application = Aanvraag
label-col-organisation = Organisatie
label-col-state = Waar de aanvraag staat
label-col-updated = Laatste wijziging
label-col-date = Datum
label-col-step = Stap
label-col-body = Beslist door
label-col-recorded = Geregistreerd door
label-col-why = Waarom
label-no-application = Geen aanvraag
label-nothing-to-apply = Elk van uw plekken heeft het label of een lopende aanvraag.
label-no-places = Geen van uw plekken staat al in de gids.
label-apply-for = Het label aanvragen voor “{ $place }”
label-apply-which = Voor welke plekken is de aanvraag?
label-apply = Een aanvraag beginnen
label-status-none = Geen label
label-status-labelled = Gelabeld
label-status-withdrawn = Label ingetrokken
label-status-refused = Label geweigerd
label-queue-examine = Wacht op de coördinatie
label-queue-working-group = Wacht op het advies van de werkgroep
label-queue-steering = Wacht op de beslissing van het stuurcomité
label-queue-empty = Er wacht niets.
label-queue-drafts = { $count ->
        [one] { $count } aanvraag wordt door een EPN ingevuld.
       *[other] { $count } aanvragen worden door EPN’s ingevuld.
    }
label-flags-title = Gelabelde plekken om na te kijken
label-flags-intro = Hun gegevens voldoen niet meer aan een voorwaarde van het label. Niets verandert vanzelf: neem contact op met de EPN, markeer dan als nagekeken, of trek het label in.
label-flags-none = Geen gelabelde plek om na te kijken.
label-flag-place = { $place }: { $why } ({ $source })
label-flag-epn = { $organisation }: { $why } ({ $source })
label-flag-source-directory = volgens de gids
label-flag-source-confirmation = volgens de jaarlijkse bevestiging
label-flag-raised = Gevonden op { $date }
label-field-resolution = Wat er gedaan is (niet verplicht)
label-flag-resolve = Markeren als nagekeken
label-flag-looked-at = Nagekeken.
label-flag-resolved = Gemarkeerd als nagekeken. Het label is niet veranderd.
label-review-now = De gelabelde plekken nu nakijken
label-review-done = { $count ->
        [0] Nagekeken: niets nieuws.
        [one] Nagekeken: { $count } nieuw punt om na te kijken.
       *[other] Nagekeken: { $count } nieuwe punten om na te kijken.
    }
label-unconfirmed-title = Gegevens nog niet bevestigd voor { $year } ({ $count })
label-unconfirmed-intro = Elke gelabelde EPN bevestigt één keer per jaar zijn gegevens.
label-all-title = Alle aanvragen
label-filter-state = Waar de aanvraag staat
label-filter-all = Alle
label-filter-show = Tonen
label-all-count = { $count ->
        [one] { $count } aanvraag
       *[other] { $count } aanvragen
    }

## Stappen, toestanden, instanties

label-state-draft = Wordt ingevuld door de EPN
label-state-submitted = Verstuurd naar de coördinatie
label-state-under-examination = Wordt onderzocht door de coördinatie
label-state-recommended = Aanbeveling verstuurd naar de werkgroep
label-state-advised = Advies van de werkgroep gegeven
label-state-granted = Label toegekend
label-state-refused = Label geweigerd
label-state-withdrawn = Label ingetrokken
label-next-draft = Daarna: de EPN verstuurt zijn aanvraag.
label-next-submitted = Daarna: de coördinatie begint de aanvraag te onderzoeken.
label-next-under-examination = Daarna: de coördinatie kan de EPN bezoeken en stuurt dan haar aanbeveling naar de werkgroep.
label-next-recommended = Daarna: de werkgroep geeft advies.
label-next-advised = Daarna: het stuurcomité beslist.
label-next-granted = Het label heeft geen einddatum. De EPN bevestigt elk jaar zijn gegevens.
label-next-refused = De EPN kan opnieuw aanvragen.
label-next-withdrawn = De EPN kan opnieuw aanvragen.
label-next-none = niets meer: de EPN kan een nieuwe aanvraag doen
label-step-submit = Aanvraag verstuurd
label-step-start-examination = Onderzoek begonnen
label-step-record-visit = Hoffelijkheidsbezoek
label-step-recommend = Aanbeveling van de coördinator
label-step-advise = Advies van de werkgroep
label-step-decide = Beslissing van het stuurcomité
label-step-withdraw = Label ingetrokken
label-body-applicant = De EPN
label-body-coordination = De coördinatie
label-body-working-group = De werkgroep
label-body-steering-committee = Het stuurcomité
label-body-unknown = Niet gekend
label-outcome-favourable = gunstig
label-outcome-unfavourable = ongunstig
label-outcome-granted = toegekend
label-outcome-refused = geweigerd
label-recorded-from-source = Overgenomen uit een verslag
label-date-unknown = Datum niet vermeld in het verslag

## Aanvraagformulier

label-form-title = Aanvraag voor het label: { $places }
label-form-intro = Beantwoord de vragen. U kunt het ontwerp op elk moment bewaren en later terugkomen: niets van wat u typte gaat verloren.
label-form-criteria = Wat uw antwoorden tonen
label-form-criteria-none = Beantwoord de vragen om te zien aan welke voorwaarden u voldoet.
label-form-questions = Uw EPN
label-field-computers = Aantal computers voor het publiek
label-hint-computers = Een geheel getal, bijvoorbeeld 8.
label-field-opening-hours = Openingsuren
label-hint-opening-hours = Zoals in de gids, op de manier van OpenStreetMap, bijvoorbeeld: Mo-Fr 09:00-12:00,13:00-17:00; Sa 10:00-13:00
label-field-training-hours = Uren opleiding per week, gemiddeld
label-field-free-access-hours = Uren vrije toegang met een begeleider, per week
label-hint-weekly-hours = Een aantal uren, bijvoorbeeld 6 of 5,5.
label-field-open-to-all-adults = Staan de basisactiviteiten open voor elke volwassene?
label-hint-open-to-all-adults = Ongeacht leeftijd, geslacht, afkomst of situatie.
label-field-basic-price = Wat kosten de basisactiviteiten?
label-field-publics = Het publiek dat u in het bijzonder ontvangt
label-field-activities = Uw opleidingen, animaties en sensibiliseringsactiviteiten
label-hint-activities = Beschrijf wat u aanbiedt, hoe vaak en voor wie.
label-field-charter = Ik aanvaard het charter, namens de EPN.
label-yes = Ja
label-no = Nee
label-save-draft = Het ontwerp bewaren
label-submit = De aanvraag versturen
label-draft-saved = Uw ontwerp is bewaard.
label-draft-saved-partly = Uw ontwerp is bewaard, behalve de antwoorden die hieronder aangeduid zijn.
label-error-computers = Schrijf het aantal computers als geheel getal, bijvoorbeeld 8.
label-error-hours = Schrijf een aantal uren van 0 tot 168, bijvoorbeeld 6 of 5,5.
label-error-opening-hours = Deze openingsuren kunnen niet gelezen worden. Schrijf ze zo: Mo-Fr 09:00-12:00.
label-error-activities-long = Beschrijf uw activiteiten in hoogstens 5.000 tekens.
label-error-required-computers = Schrijf het aantal computers.
label-error-required-opening-hours = Schrijf de openingsuren.
label-error-required-training-hours = Schrijf de uren opleiding per week.
label-error-required-free-access-hours = Schrijf de uren vrije toegang met een begeleider.
label-error-required-open-to-all-adults = Zeg of de basisactiviteiten openstaan voor elke volwassene.
label-error-required-basic-price = Kies wat de basisactiviteiten kosten.
label-error-required-activities = Beschrijf uw activiteiten.
label-error-charter = Aanvaard het charter om uw aanvraag te versturen.
label-error-incomplete = Dit antwoord ontbreekt.
label-error-no-place = Kies minstens één plek.

## Het dossier van een aanvraag

label-file-title = Aanvraag voor het label: { $places }
label-file-organisation = Organisatie:
label-file-state = Waar de aanvraag staat:
label-back = Terug naar de labelpagina’s
label-open-file = De aanvraag openen
label-continue = De aanvraag verder invullen
label-notice-sent = Uw aanvraag is verstuurd. De coördinatie heeft ze ontvangen; u krijgt bij elke stap een e-mail.
label-notice-done = Geregistreerd. De EPN is per e-mail verwittigd.
label-notice-confirmed = Bedankt: uw gegevens zijn bevestigd voor dit jaar.
label-criteria-title = De voorwaarden van het label
label-no-answers = De antwoorden van deze aanvraag zijn niet geregistreerd.
label-answers-title = De antwoorden
label-not-answered = Niet beantwoord
label-charter-accepted = Versie { $version }, aanvaard op { $date }
label-charter-not-accepted = Niet aanvaard
label-history-title = Geschiedenis
label-confirmation-title = Gegevens bevestigd voor { $year }
label-confirmation-when = Bevestigd op { $date }.
label-busy-title = Er bestaat al een aanvraag
label-busy-text = Deze plek heeft al het label, of een lopende aanvraag. Ga met die verder.
label-busy-link = Die aanvraag openen
label-forbidden-title = Deze aanvraag is niet van u
label-forbidden-text = U kunt alleen de aanvragen van uw eigen organisatie zien en wijzigen.
label-refused-title = Deze stap kan nu niet
label-error-not-allowed = De aanvraag staat bij de stap “{ $state }”. Wat nu kan: { $next }.

## Stappen: formulieren

label-action-examine = Het onderzoek beginnen
label-action-visit-title = Hoffelijkheidsbezoek
label-action-visit-intro = Als u de EPN bezocht hebt, noteer dan wanneer en wat u zag.
label-field-visit-date = Datum van het bezoek
label-field-notes = Notities
label-action-visit = Het bezoek registreren
label-action-recommend-title = Aanbeveling aan de werkgroep
label-field-recommendation = Uw aanbeveling
label-favourable = Gunstig
label-unfavourable = Ongunstig
label-field-reasons = Redenen
label-hint-reasons = De EPN zal ze lezen.
label-action-recommend = De aanbeveling versturen
label-action-advise-title = Het advies van de werkgroep
label-field-advice = Het advies
label-field-meeting-date = Datum van de vergadering
label-action-advise = Het advies registreren
label-action-decide-title = De beslissing van het stuurcomité
label-field-decision = De beslissing
label-grant = Het label toekennen
label-refuse = Het label weigeren
label-field-decision-date = Datum van de beslissing
label-action-decide = De beslissing registreren
label-action-withdraw-title = Het label intrekken
label-action-withdraw-intro = Alleen als de EPN niet meer aan een voorwaarde voldoet. De EPN krijgt de reden per e-mail.
label-field-withdraw-date = Datum van de beslissing
label-field-withdraw-reason = Reden
label-action-withdraw = Het label intrekken
label-error-date = Schrijf de datum zo: 2026-11-26.
label-error-date-future = De datum kan niet in de toekomst liggen.
label-error-reasons = Schrijf de redenen.
label-error-recommendation = Kies gunstig of ongunstig.
label-error-advice = Kies gunstig of ongunstig.
label-error-decision = Kies het label toe te kennen of te weigeren.

## Jaarlijkse bevestiging

label-confirm-link = Uw gegevens bevestigen voor { $year }
label-confirm-title = Uw gegevens bevestigen voor { $year }: { $places }
label-confirm-intro = Eén keer per jaar bevestigt elke gelabelde EPN dat zijn gegevens nog kloppen. Verander wat niet meer juist is.
label-confirm-directory = In de gids
label-confirm-directory-intro = Het publiek ziet deze gegevens in de gids. Als ze veranderd zijn, werk ze daar bij.
label-confirm-edit-place = Deze plek bijwerken in de gids
label-not-recorded = niet geregistreerd
label-confirm-figures = Uw cijfers dit jaar
label-field-confirm = Ik bevestig dat deze gegevens vandaag kloppen.
label-error-confirm = Vink het vakje aan om uw gegevens te bevestigen.
label-error-confirm-not-granted = Alleen een gelabelde EPN bevestigt zijn gegevens.
label-confirm-button = Bevestigen

## E-mails

label-mail-subject = EPN-label, { $places }: { $state }
label-mail-subject-visit = hoffelijkheidsbezoek geregistreerd
label-mail-body = Goeddag,

    Uw aanvraag voor het EPN-label ({ $places }) is een stap verder: { $what }.
    { $reasons }
    Uw aanvraag bekijken: { $link }

    De coördinatie digitale inclusie
label-mail-reasons = Redenen: { $reasons }
label-mail-notes = Notities: { $notes }
label-mail-step-submit = de coördinatie heeft ze ontvangen
label-mail-step-start-examination = de coördinatie is begonnen ze te onderzoeken
label-mail-step-record-visit = een hoffelijkheidsbezoek op { $date } is geregistreerd
label-mail-step-recommend-yes = de coördinator stuurde een gunstige aanbeveling naar de werkgroep
label-mail-step-recommend-no = de coördinator stuurde een ongunstige aanbeveling naar de werkgroep
label-mail-step-advise-yes = de werkgroep gaf een gunstig advies
label-mail-step-advise-no = de werkgroep gaf een ongunstig advies
label-mail-step-decide-granted = het stuurcomité kende het label toe
label-mail-step-decide-refused = het stuurcomité weigerde het label
label-mail-step-withdraw = het label is ingetrokken
label-mail-new-subject = Nieuwe labelaanvraag: { $places }
label-mail-new-body = Goeddag,

    { $organisation } verstuurde een aanvraag voor het EPN-label ({ $places }).

    Hier onderzoeken: { $link }

# The label's history, one plain sentence per event ($outcome: favourable,
# unfavourable or none; for the decision: granted, refused or none).
label-event-submit = De aanvraag is verstuurd.
label-event-start-examination = De coördinatie is begonnen met het onderzoek van de aanvraag.
label-event-record-visit = De coördinatie heeft een hoffelijkheidsbezoek gebracht.
label-event-recommend = { $outcome ->
    [favourable] De coördinator heeft aanbevolen het label toe te kennen.
    [unfavourable] De coördinator heeft aanbevolen het label te weigeren.
   *[none] De coördinator heeft een aanbeveling gedaan.
}
label-event-advise = { $outcome ->
    [favourable] De werkgroep heeft een gunstig advies gegeven.
    [unfavourable] De werkgroep heeft een ongunstig advies gegeven.
   *[none] De werkgroep heeft advies gegeven.
}
label-event-decide = { $outcome ->
    [granted] Het stuurcomité heeft het label toegekend.
    [refused] Het stuurcomité heeft het label geweigerd.
   *[none] Het stuurcomité heeft beslist.
}
label-event-withdraw = Het label is ingetrokken.
