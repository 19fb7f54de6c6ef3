# Controles van de datakwaliteit (Nederlands).

check-postcode-not-in-commune = De postcode { $value } hoort niet bij de gemeente van deze plek.
check-postcode-not-in-commune-todo = Vraag de plek naar het adres en verbeter de postcode of de gemeente.
check-unknown-postcode = De postcode { $value } is geen postcode van het gewest.
check-unknown-postcode-todo = Verbeter de postcode, of zet de plek in het juiste gewest.
check-probable-duplicate = Deze plek lijkt op ‘{ $value }’ (nr. { $other }).
check-probable-duplicate-todo = Is het dezelfde plek, voeg ze dan samen; zo niet, maak de namen duidelijker.
check-unreadable-hours = De openingsuren ‘{ $value }’ kunnen niet gelezen worden.
check-unreadable-hours-todo = Schrijf ze opnieuw met de editor voor openingsuren (bijvoorbeeld Mo-Fr 09:00-17:00).
check-no-contact = Er is geen telefoon, e-mail of website.
check-no-contact-todo = Voeg minstens een telefoonnummer toe, zodat mensen kunnen bellen voor ze gaan.
check-stale = Niet bijgewerkt sinds { $value }.
check-stale-todo = Vraag de plek om de gegevens te bevestigen of bij te werken.
check-source-issue = Probleem genoteerd in de brongegevens
check-summary = { $errors ->
    [one] 1 fout
   *[other] { $errors } fouten
}, { $warnings ->
    [one] 1 waarschuwing
   *[other] { $warnings } waarschuwingen
}
severity-error = Fout
severity-warning = Waarschuwing

# De labelstatus in de gids moet steunen op een toegekend label (EPN-label).
check-labelled-without-record = Getoond als gelabelde EPN, maar er is geen toegekend label geregistreerd voor deze plek.
check-labelled-without-record-todo = Registreer de beslissing over het label op de labelpagina’s, of verbeter de labelstatus van deze plek.
quality-kind-labelled-without-record = Gelabeld zonder labeldossier

# A stored web address that is not http(s) is never published.
check-website-not-http = Het webadres ‘{ $value }’ is geen http://- of https://-adres: het wordt niet getoond en niet gepubliceerd.
check-website-not-http-todo = Vervang het door het volledige webadres van de plek, beginnend met https:// (of http://), of verwijder het.
quality-kind-website-not-http = Webadres dat geen http(s) is
quality-kind-postcode-not-in-commune = Postcode van een andere gemeente
quality-kind-unknown-postcode = Onbekende postcode
quality-kind-unreadable-hours = Onleesbare openingsuren
quality-kind-probable-duplicate = Waarschijnlijke dubbels
quality-kind-no-contact = Geen manier om de plaats te contacteren
quality-kind-stale = Meer dan een jaar niet bijgewerkt
