# Sessies: de openbare lijst, de pagina van een sessie, reserveren, de back-office, e-mails.

sessions-title = Workshops en sessies
sessions-intro = Workshops, opleidingen en hulpmomenten in de openbare computerruimten. Zoek er een bij u in de buurt en reserveer een plaats via uw maatschappelijk werker of bij de plek zelf.
sessions-count = { $count ->
    [0] Geen sessie gevonden
    [one] 1 sessie
   *[other] { $count } sessies
}
sessions-none = Geen enkele sessie past. Probeer een andere datum, een ander thema, of haal een filter weg.
sessions-search-error = Er klopt iets niet in de zoekopdracht.
sessions-search-reset = Opnieuw zoeken
sessions-search-button = Sessies tonen
sessions-where-label = Waar?
sessions-where-hint = Een postcode of een gemeente, bijvoorbeeld 1080 of Schaarbeek.
sessions-theme-label = Thema
sessions-theme-all-of-area = Alles van “{ $area }”
sessions-from-label = Vanaf (datum)
sessions-to-label = Tot en met (datum)
sessions-only-free = Alleen gratis
sessions-only-seats = Alleen met vrije plaatsen
sessions-when = { $day } { $date }, { $start }–{ $end }
sessions-mobile = Mobiele activiteit
sessions-price-free = Gratis
sessions-price-euros = € { $amount }
sessions-seats-left = { $left ->
    [one] nog 1 plaats vrij van de { $seats }
   *[other] nog { $left } plaatsen vrij van de { $seats }
}
sessions-full-waiting = Volzet – wachtlijst open ({ $waiting } wachtend)
sessions-full = Volzet
sessions-status-cancelled = Geannuleerd
sessions-theme-with-area = { $theme } ({ $area })

sessions-theme-devices = Een computer, smartphone of tablet gebruiken
sessions-theme-drop-in-help = Inloophulp
sessions-theme-internet-search = Zoeken op internet
sessions-theme-job-search = Online werk zoeken
sessions-theme-messaging = E-mail, berichten en videobellen
sessions-theme-online-services = Online overheidsdiensten en bankieren
sessions-theme-documents = Documenten en een cv schrijven
sessions-theme-programming = Programmeren
sessions-theme-safety = Wachtwoorden, oplichting en privacy

sessions-cancel-reason = Reden:
sessions-when-label = Wanneer
sessions-where-label-short = Waar
sessions-level-label = Niveau
sessions-languages-label = Talen
sessions-seats-label = Plaatsen
sessions-price-label = Prijs
sessions-publics-label = Voor
sessions-bring-label = Mee te brengen:
sessions-accessibility-label = Toegankelijkheid
sessions-organiser-label = Georganiseerd door
sessions-add-to-calendar = Aan mijn agenda toevoegen
sessions-manage-link = Deze sessie beheren
sessions-booking-title = Een plaats reserveren
sessions-your-bookings = De reservaties van uw organisatie voor deze sessie
sessions-person-name = Voornaam of bijnaam
sessions-your-name = Uw voornaam of een bijnaam
sessions-person-name-hint = Een familienaam is niet nodig.
sessions-person-phone = Gsm (niet verplicht)
sessions-person-email = E-mail (niet verplicht)
sessions-person-contact-hint = Alleen om 2 dagen vooraf een herinnering te sturen, of te melden als de sessie verandert.
sessions-person-lang = Taal van de herinneringen
sessions-booking-status = Reservatie
sessions-booking-confirmed = Plaats bevestigd
sessions-booking-waiting = Op de wachtlijst
sessions-booking-cancelled = Geannuleerd
sessions-cancel-booking = Reservatie annuleren
sessions-not-bookable = Deze sessie kan niet meer gereserveerd worden.
sessions-full-no-list = Deze sessie is volzet en heeft geen wachtlijst.
sessions-will-wait = De sessie is volzet: de persoon komt op de wachtlijst en krijgt automatisch een plaats als er een vrijkomt.
sessions-self-booking-intro = U kunt zelf een plaats reserveren. We vragen alleen een voornaam.
sessions-how-to-book = Om een plaats te reserveren, vraag het aan uw maatschappelijk werker (OCMW, gemeente, vereniging) of neem contact op met de plek.
sessions-book-button = Plaats reserveren
sessions-wait-button = Op de wachtlijst zetten
sessions-consent-text = De persoon gaat ermee akkoord dat de voornaam (en, indien gegeven, het telefoonnummer of e-mailadres) voor deze sessie wordt doorgegeven aan { $organisation } en bewaard tot 12 maanden na de sessie. De persoon kan op elk moment vragen om die te wissen.
sessions-consent-text-self = Ik ga ermee akkoord dat mijn voornaam (en, indien gegeven, mijn telefoonnummer of e-mailadres) voor deze sessie wordt doorgegeven aan { $organisation } en bewaard tot 12 maanden na de sessie. Ik kan op elk moment vragen om die te wissen.
sessions-booked-confirmed = Plaats bevestigd voor { $name }.
sessions-booked-waiting = { $name } staat op nummer { $position } van de wachtlijst.
sessions-no-self-booking = Deze sessie reserveert u via een maatschappelijk werker of bij de plek zelf.
sessions-at-place-title = Volgende sessies hier
sessions-at-place-all = Alle sessies op deze plek
sessions-at-place-calendar = Agenda van de sessies op deze plek (iCalendar)

sessions-my-booking-title = Uw reservatie
sessions-my-booking-confirmed = Uw plaats is gereserveerd.
sessions-my-booking-waiting = U staat op nummer { $position } van de wachtlijst. Als er een plaats vrijkomt, is die voor u en laten we het u weten.
sessions-my-booking-cancelled = Deze reservatie is geannuleerd.
sessions-my-booking-keep = Bewaar het adres van deze pagina: alleen zo kunt u uw reservatie bekijken of annuleren.
sessions-my-booking-cancel = Mijn reservatie annuleren
sessions-my-booking-cancelled-done = Uw reservatie is geannuleerd.
sessions-my-booking-privacy = Uw voornaam en contactgegevens worden 12 maanden na de sessie gewist.

sessions-field-where = Waar vindt het plaats?
sessions-field-title = Titel
sessions-field-description = Beschrijving
sessions-field-theme = Thema
sessions-field-level = Niveau
sessions-field-languages = Gesproken talen
sessions-field-date = Datum (eerste datum als het herhaalt)
sessions-field-start = Beginuur
sessions-field-end = Einduur
sessions-field-repeat = Herhalen
sessions-field-until = Laatste datum
sessions-field-skip = Data zonder sessie
sessions-field-seats = Aantal plaatsen
sessions-field-waiting_list = Een wachtlijst bijhouden als het volzet is
sessions-field-self_booking = Mensen mogen zelf een plaats reserveren op de openbare pagina
sessions-field-price = Prijs in euro
sessions-field-bring = Mee te brengen
sessions-field-publics = Voor wie (leeg: voor iedereen)
sessions-field-accessibility = Toegankelijkheid
sessions-field-location = Plek en adres
sessions-field-postcode = Postcode
sessions-field-name = Voornaam of bijnaam
sessions-field-phone = Telefoon
sessions-field-email = E-mail
sessions-field-consent = Toestemming
sessions-title-hint = Eenvoudige woorden, bijvoorbeeld “Mijn eerste e-mails”.
sessions-until-hint = Bijvoorbeeld het einde van het schooljaar.
sessions-skip-hint = Vakantiedagen, als JJJJ-MM-DD gescheiden door komma's.
sessions-price-hint = Laat leeg of schrijf 0 als het gratis is.
sessions-bring-hint = Bijvoorbeeld: identiteitskaart, smartphone en de code ervan.
sessions-repeat-once = Eén keer
sessions-repeat-weekly = Elke week
sessions-repeat-every-2-weeks = Om de 2 weken
sessions-mobile-of = Mobiele activiteit van { $organisation } (elders)
sessions-mobile-legend = Mobiele activiteit
sessions-mobile-hint = Alleen voor een mobiele activiteit: waar ze plaatsvindt.

sessions-error-missing = { $field }: vul dit in.
sessions-error-too-long = { $field }: dit is te lang.
sessions-error-unknown-code = { $field }: kies uit de lijst.
sessions-error-not-a-number = { $field }: schrijf een getal.
sessions-error-out-of-range = { $field }: dit getal is te klein of te groot.
sessions-error-bad-date = { $field }: schrijf een datum zoals 2026-12-01.
sessions-error-bad-time = { $field }: schrijf een uur zoals 10:00.
sessions-error-end-before-start = { $field }: de sessie moet eindigen na het begin.
sessions-error-in-past = { $field }: deze datum is al voorbij.
sessions-error-until-before-first = { $field }: de laatste datum moet na de eerste komen.
sessions-error-too-many = { $field }: dat zijn meer dan 104 data; kies een vroegere laatste datum.
sessions-error-no-date-left = { $field }: alle data worden overgeslagen.
sessions-error-unknown-postcode = { $field }: deze postcode ligt niet in het gewest.
sessions-error-bad-phone = { $field }: schrijf een telefoonnummer, bijvoorbeeld ⁦0470 12 34 56⁩.
sessions-error-bad-email = { $field }: schrijf een e-mailadres, bijvoorbeeld naam@voorbeeld.be.
sessions-error-no-consent = { $field }: vink het vakje aan om te tonen dat de persoon akkoord gaat.
sessions-error-where = Waar vindt het plaats?: kies een van uw plekken of een mobiele activiteit.
sessions-error-seats-below-booked = Aantal plaatsen: { $booked } mensen hebben al gereserveerd; voorzie minstens { $booked } plaatsen.

sessions-bo-link = Sessies
sessions-bookings-link = Mijn reservaties
sessions-bo-title = Sessies
sessions-bo-coming = Komende sessies
sessions-bo-past = Laatste 30 dagen
sessions-bo-none = Nog geen komende sessie.
sessions-publish-link = Een sessie publiceren
sessions-new-title = Een sessie publiceren
sessions-edit-title = Deze sessie wijzigen
sessions-edit-intro = Dit wijzigt alleen deze datum. De ingeschreven mensen krijgen bericht als de datum, het uur of de plek verandert.
sessions-publish-button = Publiceren
sessions-save-button = Wijzigingen opslaan
sessions-booked-of = { $booked } van { $seats } gereserveerd, { $waiting } wachtend
sessions-published = { $count ->
    [one] De sessie is gepubliceerd.
   *[other] { $count } sessies zijn gepubliceerd.
}
sessions-saved = { $count ->
    [0] De wijzigingen zijn opgeslagen.
    [one] De wijzigingen zijn opgeslagen; 1 ingeschreven persoon kreeg bericht.
   *[other] De wijzigingen zijn opgeslagen; { $count } ingeschreven mensen kregen bericht.
}
sessions-cancelled-told = { $count ->
    [0] De sessie is geannuleerd.
    [one] De sessie is geannuleerd; 1 ingeschreven persoon kreeg bericht.
   *[other] De sessie is geannuleerd; { $count } ingeschreven mensen kregen bericht.
}
sessions-public-page = Openbare pagina bekijken
sessions-edit-link = Datum, uur, plaatsen of details wijzigen
sessions-people-title = Ingeschreven mensen
sessions-people-none = Nog niemand is ingeschreven.
sessions-booked-by = Gereserveerd door
sessions-booked-alone = De persoon zelf
sessions-waiting-number = Wachtlijst, nummer { $position }
sessions-attendance-title = Aanwezigheden
sessions-attendance-intro = Duid na de sessie aan wie er was. Dat helpt om mensen op te volgen en om te tellen.
sessions-attendance-present = Aanwezig
sessions-attendance-absent = Afwezig
sessions-attendance-save = Aanwezigheden opslaan
sessions-attendance-saved = { $count ->
    [one] Aanwezigheid opgeslagen voor 1 persoon.
   *[other] Aanwezigheden opgeslagen voor { $count } mensen.
}
sessions-cancel-title = Deze sessie annuleren
sessions-cancel-intro = { $count ->
    [0] Niemand is ingeschreven.
    [one] De ingeschreven persoon krijgt bericht per e-mail of sms als die er een gaf, en ook de maatschappelijk werker.
   *[other] De { $count } ingeschreven mensen krijgen bericht per e-mail of sms als ze er een gaven, en ook hun maatschappelijk werkers.
}
sessions-cancel-reason-label = Reden (niet verplicht)
sessions-cancel-reason-hint = Ze wordt naar de ingeschreven mensen gestuurd.
sessions-cancel-following = Ook de volgende data van deze reeks annuleren
sessions-cancel-button = Sessie annuleren
sessions-other-dates = Andere data van deze reeks
sessions-bookings-title = Mijn reservaties
sessions-bookings-intro = De plaatsen die uw organisatie reserveerde, sinds 30 dagen.
sessions-bookings-find = Een sessie met vrije plaatsen zoeken
sessions-bookings-none = Uw organisatie heeft nog geen reservatie.

sessions-mail-bring = Mee te brengen: { $bring }
sessions-mail-link = Details: { $link }
sessions-mail-cancel-link = Om uw reservatie te bekijken of te annuleren: { $link }
sessions-mail-reason = Reden: { $reason }
sessions-mail-footer = U krijgt dit bericht omdat er op Passerelle een plaats voor u gereserveerd werd. Uw voornaam en contactgegevens worden 12 maanden na de sessie gewist.
sessions-mail-booked-subject = Plaats gereserveerd: { $title }
sessions-mail-booked-intro = Dag { $name }, er is een plaats voor u gereserveerd.
sessions-mail-waiting-subject = Wachtlijst: { $title }
sessions-mail-waiting-intro = Dag { $name }, de sessie is volzet: u staat op nummer { $position } van de wachtlijst. Als er een plaats vrijkomt, is die voor u en laten we het u weten.
sessions-mail-promoted-subject = Er is een plaats vrij voor u: { $title }
sessions-mail-promoted-intro = Dag { $name }, er kwam een plaats vrij: die is nu voor u.
sessions-mail-changed-subject = Gewijzigd: { $title }
sessions-mail-changed-intro = Dag { $name }, de sessie waarvoor u ingeschreven bent, is gewijzigd. Dit zijn de nieuwe datum, het uur en de plek.
sessions-mail-cancelled-subject = Geannuleerd: { $title }
sessions-mail-cancelled-intro = Dag { $name }, het spijt ons: de sessie waarvoor u ingeschreven was, is geannuleerd.
sessions-mail-reminder-subject = Herinnering: { $title }
sessions-mail-reminder-intro = Dag { $name }, een herinnering: uw sessie is binnenkort.
sessions-sms-promoted = Er is een plaats vrij voor u: { $title }, { $when }.
sessions-sms-changed = Gewijzigd: { $title }, nu { $when }.
sessions-sms-cancelled = Geannuleerd: { $title }, { $when }.
sessions-sms-reminder = Herinnering: { $title }, { $when }.
sessions-mail-referrer-promoted-subject = Een plaats voor { $title }
sessions-mail-referrer-promoted-intro = Er kwam een plaats vrij: { $name }, die op de wachtlijst stond, heeft nu een plaats.
sessions-mail-referrer-changed-subject = Sessie gewijzigd: { $title }
sessions-mail-referrer-changed-intro = Een sessie waarvoor u { $name } inschreef, is gewijzigd. De nieuwe datum, het uur en de plek:
sessions-mail-referrer-cancelled-subject = Sessie geannuleerd: { $title }
sessions-mail-referrer-cancelled-intro = Een sessie waarvoor u { $name } inschreef, is geannuleerd.

# Booking alone: spam protection.
sessions-error-fast = Het formulier werd heel snel verstuurd. Kijk na wat u schreef en verstuur het opnieuw.
sessions-error-expired = Het formulier stond lang open en is verlopen. Wat u schreef, staat er nog: verstuur het opnieuw.
sessions-error-rate = Er werden het voorbije uur veel plaatsen gereserveerd vanaf uw verbinding. Probeer het over een uur opnieuw, of bel de plaats.
sessions-field-title-lang = Taal van de titel en de beschrijving
sessions-title-lang-hint = Pagina’s in een andere taal geven dat door aan schermlezers.
sessions-title-lang-unsaid = Niet opgegeven
