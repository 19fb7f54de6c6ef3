# Backoffice: de lijst van de gids, plaatsen wijzigen, de openingsuren-editor, voorstellen en de geschiedenis.

bo-proposals = Te controleren wijzigingen
bo-audit = Geschiedenis van de wijzigingen

## De lijst van de gids
bolist-title = Plaatsen in de gids
bolist-new = Een plaats toevoegen
bolist-filter-text = Naam, adres of organisatie
bolist-filter-stale = Alleen plaatsen die meer dan 12 maanden niet bijgewerkt zijn
bolist-csv = Deze lijst downloaden (CSV, opent in een rekenblad)
bolist-updated = Laatst bijgewerkt
bolist-sorted-asc = (gesorteerd van A tot Z, of oudste eerst)
bolist-sorted-desc = (gesorteerd van Z tot A, of nieuwste eerst)
bolist-pending = { $count ->
    [one] 1 wijziging wacht op uw controle
   *[other] { $count } wijzigingen wachten op uw controle
}
bolist-my-proposals = De wijzigingen die u naar de coördinatie stuurde
bolist-status-reason = { $status }: { $reason }

## Het formulier van een plaats
edit-new-title = Een plaats toevoegen
edit-intro-direct = Als u opslaat, worden de wijzigingen meteen gepubliceerd op de publieke site.
edit-intro-proposal = Als u uw wijzigingen verstuurt, controleert de coördinatie ze. Ze worden gepubliceerd als de coördinatie ze aanvaardt.
edit-save = Opslaan en publiceren
edit-send = Naar de coördinatie sturen
edit-see-public = De publieke pagina bekijken
edit-history-link = Geschiedenis van de wijzigingen
edit-organisation-line = Organisatie: { $name }
edit-choose = Kies…
edit-price-unknown = Niet bekend
edit-forbidden-scope = Deze plaats hoort bij een andere organisatie. U kunt alleen de plaatsen van uw organisatie wijzigen. Is deze plaats van u? Vraag het aan de coördinatie.
edit-pending = Uw wijzigingen van { $date } wachten op de coördinatie. U ziet ze hieronder. Als u opnieuw verstuurt, vervangt uw nieuwe versie ze.
edit-done-published = Opgeslagen. De publieke pagina toont de wijzigingen nu.
edit-done-created = De plaats is toegevoegd en gepubliceerd.
edit-done-sent = Verstuurd naar de coördinatie. Zij controleert uw wijzigingen voor ze gepubliceerd worden. U kunt ze volgen in uw lijst van plaatsen.
edit-done-unchanged = Er is niets gewijzigd.
edit-section-identity = De plaats
edit-section-where = Waar ze is
edit-section-coordinates = Positie op een kaart (niet verplicht)
edit-section-offer = Wat de plaats aanbiedt
edit-section-contact = Hoe u de plaats kunt bereiken
edit-field-name = Naam
edit-field-kind = Soort plaats
edit-field-organisation = Organisatie
edit-field-address = Straat en nummer
edit-field-postcode = Postcode
edit-field-commune = Gemeente
edit-field-commune-name = Gemeente (buiten het gewest)
edit-field-lat = Breedtegraad
edit-field-lon = Lengtegraad
edit-field-hours = Openingsuren
edit-field-mobile = Mobiele dienst: ze gaat naar de mensen toe
edit-field-services = Diensten
edit-field-publics = Voor wie
edit-field-languages = Gesproken talen
edit-field-accessibility = Toegankelijkheid
edit-field-price = Prijs
edit-field-computers = Aantal computers
edit-field-tablets = Aantal tablets
edit-field-phone = Telefoon
edit-field-email = E-mailadres
edit-field-website = Website
edit-field-description = Beschrijving
edit-field-label = Label
edit-label-labelled = Gelabeld
edit-label-none = Niet gelabeld
edit-label-withdrawn = Label ingetrokken
edit-label-refused = Label geweigerd
edit-hint-address = Voorbeeld: Wetstraat 16
edit-hint-postcode = 4 cijfers. Voorbeeld: 1080
edit-hint-commune = Zonder gemeente verschijnt de plaats niet in de publieke zoekfunctie.
edit-hint-coordinates = Als u ze leeg laat, worden afstanden gemeten vanaf het centrum van de gemeente. U kunt ze kopiëren van een kaartensite: klik met de rechtermuisknop op de plaats.
edit-hint-lat = Een getal tussen -90 en 90. Voorbeeld: 50.8466
edit-hint-lon = Een getal tussen -180 en 180. Voorbeeld: 4.3528
edit-hint-phone = Voorbeeld: 02 123 45 67
edit-hint-website = Het volledige adres. Voorbeeld: https://www.voorbeeld.be
edit-hint-description = Enkele korte zinnen: wat mensen er kunnen doen.
edit-error-organisation = Kies de organisatie die de plaats beheert.
edit-error-name = Typ de naam van de plaats.
edit-error-name-long = De naam is te lang: hoogstens 200 tekens.
edit-error-kind = Kies de soort plaats uit de lijst.
edit-error-commune = Kies de gemeente uit de lijst.
edit-error-postcode-shape = De postcode { $postcode } is niet juist: typ 4 cijfers, bijvoorbeeld 1080.
edit-error-postcode-commune = De postcode { $postcode } ligt niet in { $commune }. { $postcode } is de postcode van { $communes }. Verbeter de postcode of de gemeente.
edit-error-postcode-unknown = De postcode { $postcode } is geen postcode van het gewest. Controleer hem, of kies een andere gemeente dan { $commune }.
edit-error-lat = De breedtegraad moet een getal tussen -90 en 90 zijn, bijvoorbeeld 50.8466. Geef de breedtegraad en de lengtegraad, of geen van beide.
edit-error-lon = De lengtegraad moet een getal tussen -180 en 180 zijn, bijvoorbeeld 4.3528. Geef de breedtegraad en de lengtegraad, of geen van beide.
edit-error-price = Kies de prijs uit de lijst.
edit-error-count = Typ een geheel getal, bijvoorbeeld 6, of laat het leeg.
edit-error-phone = Het telefoonnummer is niet juist. Typ cijfers, met spaties als u wilt, bijvoorbeeld 02 123 45 67 of +32 2 123 45 67.
edit-error-email = Het e-mailadres is niet juist. Typ een adres zoals naam@voorbeeld.org.
edit-error-website = Het adres van de website is niet juist. Typ het volledige adres, dat begint met https://, bijvoorbeeld https://www.voorbeeld.be.
edit-error-description = De beschrijving is te lang: hoogstens 2000 tekens.

## De openingsuren-editor
hours-editor-rule = U kunt de uren in het tekstveld typen, of het rooster van de week invullen. Als u de tekst wijzigt, telt de tekst. Als u alleen het rooster wijzigt, telt het rooster. Uren met uitzonderingen (feestdagen, gesloten in augustus…) kunnen alleen in de tekst staan.
hours-editor-text-label = Openingsuren, in OpenStreetMap-notatie
hours-editor-text-hint = Dagen Mo Tu We Th Fr Sa Su (maandag tot zondag), uren van-tot, regels gescheiden door ";". PH betekent feestdagen. Voorbeeld:
hours-editor-grid = Weekrooster
hours-editor-grid-hint = Voor elke dag hoogstens twee openingen (bijvoorbeeld 's morgens en 's middags). Laat een dag leeg als de plaats gesloten is.
hours-editor-grid-off = Deze uren hebben uitzonderingen (feestdagen, maanden…) die het rooster niet kan tonen. Wijzig ze in het tekstveld hierboven.
hours-editor-day = Dag
hours-editor-first-col = Eerste opening
hours-editor-second-col = Tweede opening
hours-editor-first = { $day }, eerste opening
hours-editor-second = { $day }, tweede opening
hours-editor-from = van
hours-editor-to = tot
hours-editor-check = De uren controleren
hours-editor-empty = Geen openingsuren. De publieke pagina zal zeggen dat u eerst moet bellen.
hours-editor-result-valid = Deze openingsuren zijn juist.
hours-editor-result-invalid = Deze openingsuren kunnen niet gelezen worden.
hours-editor-invalid = We kunnen deze openingsuren niet lezen. Schrijf ze zo: Mo-Fr 09:00-12:00,13:00-17:00; Sa 10:00-12:00. Of gebruik het weekrooster.
hours-editor-details = Technische details
hours-editor-exceptions = Deze uren hebben uitzonderingen, zoals feestdagen of maanden. Ze blijven bewaard.
hours-editor-week-caption = Wat de publieke pagina deze week zal tonen
hours-editor-grid-problems = Het rooster heeft een probleem:
hours-editor-problem = { $what }: { $problem }
hours-editor-bad-time = typ een uur zoals 09:30.
hours-editor-incomplete = geef het begin en het einde.
hours-editor-end-before-start = het einde moet na het begin komen.
hours-editor-overlap = de twee openingen overlappen. De tweede moet beginnen na het einde van de eerste.

## Wijzigingen
diff-field = Gegeven
diff-before = Voor
diff-after = Na
diff-empty = (leeg)
diff-none = Er is geen gegeven gewijzigd.

## Voorstellen
proposals-title = Te controleren wijzigingen
proposals-intro = Beheerders van openbare computerruimtes (OCR) stuurden deze wijzigingen. Controleer ze één voor één: aanvaard een wijziging om ze te publiceren, of weiger ze en zeg waarom.
proposals-count = { $count ->
    [0] Geen wijziging
    [one] 1 wijziging
   *[other] { $count } wijzigingen
}
proposals-author = Verstuurd door
proposals-sent = Verstuurd op
proposals-status = Stand van zaken
proposals-status-pending = Wacht op de coördinatie
proposals-status-accepted = Aanvaard en gepubliceerd
proposals-status-rejected = Geweigerd
proposals-new-place = Nieuwe plaats
proposal-title = Wijziging van { $name }
proposals-place = Plaats
proposals-place-current = De plaats bekijken zoals ze nu is
proposals-place-gone = Deze plaats bestaat niet meer.
proposals-changes = Wat er verandert
proposals-changes-caption = De gegevens die veranderen, voor en na
proposals-changed-since = De plaats werd gewijzigd nadat dit voorstel verstuurd werd. U kunt het niet zo aanvaarden: weiger het met uitleg, of vraag de auteur om het opnieuw te sturen.
proposals-decide = Uw beslissing
proposals-accept = Aanvaarden en publiceren
proposals-reject = Weigeren
proposals-reason = Reden
proposals-reason-hint = Nodig om te weigeren. De auteur leest ze: zeg wat verbeterd moet worden.
proposals-error-reason = Typ de reden: de auteur moet weten wat te verbeteren.
proposals-done-accepted = De wijziging is aanvaard en gepubliceerd.
proposals-done-rejected = De wijziging is geweigerd. De auteur kan de reden zien.
proposals-refused-changed = Niet aanvaard: de plaats werd gewijzigd nadat dit voorstel verstuurd werd. Aanvaarden zou die wijziging ongedaan maken. Er is niets gewijzigd.
proposals-refused-gone = Niet aanvaard: deze plaats bestaat niet meer. Er is niets gewijzigd.
proposals-refused-decided = Dit voorstel werd al aanvaard of geweigerd.

## De geschiedenis
audit-title = Geschiedenis van de wijzigingen
audit-place-title = Geschiedenis van { $name }
audit-intro = Elke wijziging, met wie ze deed en wanneer (plaatselijke tijd, met de tijdzone). De nieuwste eerst.
audit-empty = Er is nog geen wijziging opgeslagen.
audit-by = Door
audit-system = het systeem (import of automatische taak)
audit-note = Opmerking
audit-edit-link = De plaats wijzigen
audit-filter-action = Soort wijziging
audit-changes-caption = Wat er veranderde op { $when }
audit-action-place-update = Plaats gewijzigd
audit-action-place-create = Plaats toegevoegd
audit-action-place-merge = Plaatsen samengevoegd
audit-action-proposal-create = Wijziging naar de coördinatie gestuurd
audit-action-proposal-update = Wijziging opnieuw naar de coördinatie gestuurd
audit-action-proposal-accept = Wijziging aanvaard
audit-action-proposal-reject = Wijziging geweigerd
audit-action-organisation-trust = Vertrouwen in een organisatie gewijzigd
audit-action-user-invite = Persoon uitgenodigd
audit-action-user-create = Account aangemaakt
audit-action-token-create = API-sleutel aangemaakt
audit-action-report-done = Foutmelding behandeld
audit-action-import = Bestand geïmporteerd

# E-mail to the author of a proposal once it is decided.
proposals-mail-accepted-subject = Uw wijzigingen zijn gepubliceerd
proposals-mail-accepted-body = Goedendag,

    De coördinatie heeft uw wijzigingen aan “{ $place }” nagekeken en gepubliceerd. U ziet de pagina hier:

    { $link }
proposals-mail-rejected-subject = Uw wijzigingen zijn niet gepubliceerd
proposals-mail-rejected-body = Goedendag,

    De coördinatie heeft uw wijzigingen aan “{ $place }” niet gepubliceerd. De reden:

    { $reason }

    U kunt ze verbeteren en opnieuw versturen via:

    { $link }

# "Everything is still correct" on the edit page.
edit-confirm-button = Alles klopt nog
edit-confirm-hint = Niets te wijzigen? Laat het ons weten: de plaats telt als vandaag nagekeken en u krijgt een jaar lang geen herinnering.
edit-done-confirmed = U hebt bevestigd dat alles nog klopt. Bedankt.
audit-action-place-confirm = Nagekeken: klopt nog

# Audit actions of the other areas (store::audit::ACTIONS).
audit-action-account-mail-preferences = E-mailvoorkeuren gewijzigd
audit-action-label-draft = Labelaanvraag opgeslagen (ontwerp)
audit-action-label-step = Labelstap geregistreerd
audit-action-label-review = Label gemarkeerd voor herziening
audit-action-label-confirm = Labelgegevens bevestigd voor het jaar
audit-action-session-publish = Sessie gepubliceerd
audit-action-session-update = Sessie gewijzigd
audit-action-session-cancel = Sessie geannuleerd
audit-action-session-attendance = Aanwezigheid geregistreerd
audit-action-booking-create = Plaats gereserveerd
audit-action-booking-cancel = Reservering geannuleerd
audit-action-booking-promote = Plaats gegeven aan de wachtlijst
audit-action-referral-create = Doorverwijzing verstuurd
audit-action-referral-step = Stap van doorverwijzing geregistreerd
audit-action-person-view = Gegevens van een persoon bekeken
audit-action-person-export = Gegevens van een persoon geëxporteerd
audit-action-person-erase = Gegevens van een persoon gewist
audit-action-person-retention = Persoonsgegevens geanonimiseerd (bewaartermijn)
audit-action-activity-support-add = Begeleiding toegevoegd
audit-action-activity-support-update = Begeleiding gewijzigd
audit-action-activity-support-delete = Begeleiding verwijderd
audit-action-activity-workshop-add = Workshop toegevoegd
audit-action-activity-workshop-update = Workshop gewijzigd
audit-action-activity-workshop-delete = Workshop verwijderd
audit-action-activity-quick-help-add = Snelle hulp toegevoegd
audit-action-activity-quick-help-delete = Snelle hulp verwijderd
audit-action-capacity-create = Capaciteit geregistreerd
audit-action-capacity-update = Capaciteit verbeterd
audit-action-cadastre-create = Kadaster geregistreerd
audit-action-cadastre-update = Kadaster verbeterd
audit-action-indicator-value-create = Indicatorwaarde toegevoegd
audit-action-indicator-value-update = Indicatorwaarde gewijzigd
audit-action-reported-figure-save = Gerapporteerd cijfer opgeslagen
audit-action-plan-event-create = Gebeurtenis van het plan toegevoegd
audit-action-plan-deliverable-add = Opleverbaar resultaat toegevoegd
audit-action-plan-deliverable-update = Opleverbaar resultaat gewijzigd
audit-action-plan-version-submit = Versie van het plan voorgelegd aan het comité
audit-action-plan-version-approve = Versie van het plan goedgekeurd
audit-action-plan-version-return = Versie van het plan teruggestuurd
audit-action-budget-add = Begrotingsregel toegevoegd
audit-action-budget-import = Begrotingsregels geïmporteerd
audit-action-budget-reverse = Begrotingsregel tegengeboekt
audit-action-budget-declare = Opgegeven totaal geregistreerd
audit-action-grant-call-create = Projectoproep aangemaakt
audit-action-grant-call-update = Projectoproep gewijzigd
audit-action-grant-call-publish = Projectoproep gepubliceerd
audit-action-grant-applicant-register = Account van kandiderende organisatie aangemaakt
audit-action-grant-application-create = Aanvraag begonnen
audit-action-grant-application-update = Aanvraag gewijzigd
audit-action-grant-application-step = Stap van een aanvraag
audit-action-grant-attachment-add = Bijlage toegevoegd aan een aanvraag
audit-action-grant-attachment-delete = Bijlage verwijderd uit een aanvraag
audit-action-grant-juror-invite = Jurylid uitgenodigd
audit-action-grant-juror-remove = Jurylid verwijderd
audit-action-grant-conflict-declare = Belangenconflict gemeld
audit-action-grant-score-save = Juryscores opgeslagen
audit-action-grant-scenario-create = Selectiescenario aangemaakt
audit-action-grant-decision-record = Selectiebeslissing opgeslagen
audit-action-grant-agreement-create = Subsidieovereenkomst aangemaakt
audit-action-grant-payment-record = Betaling van een schijf opgeslagen
audit-action-grant-report-record = Eindactiviteitenverslag ontvangen
audit-action-grant-report-remind = Herinnering voor het eindverslag verzonden
audit-action-equipment-order-submit = Bestelling van uitrusting verzonden
audit-action-equipment-order-decide = Bestelling van uitrusting goedgekeurd of geweigerd
audit-action-equipment-order-deliver = Levering van uitrusting opgeslagen
audit-action-equipment-asset-event = Gebeurtenis van een geïnventariseerd toestel
