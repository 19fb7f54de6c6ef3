# Moderatie: "een fout melden", gemelde fouten, dubbels samenvoegen,
# de pagina over datakwaliteit en herinneringen voor oude fiches (Nederlands).

bo-reports = Gemelde fouten
bo-quality = Datakwaliteit
bo-merge = Twee plaatsen samenvoegen

## Openbare pagina: een fout melden


## Back-office: gemelde fouten

reports-title = Gemelde fouten
reports-intro = Berichten van bezoekers via de link "Een fout melden" op de pagina van een plaats. Verbeter de plaats en markeer het bericht daarna als afgehandeld.
reports-open-caption = Berichten om af te handelen, oudste eerst
reports-done-caption = Berichten die al afgehandeld zijn, nieuwste eerst
reports-open-count = { $count ->
    [0] Geen bericht om af te handelen.
    [one] 1 bericht om af te handelen.
   *[other] { $count } berichten om af te handelen.
}
reports-done-count = { $count ->
    [0] Nog geen bericht afgehandeld.
    [one] 1 bericht afgehandeld.
   *[other] { $count } berichten afgehandeld.
}
reports-see-done = De afgehandelde berichten bekijken
reports-see-open = De berichten om af te handelen bekijken
reports-col-received = Ontvangen
reports-col-place = Plaats
reports-col-message = Bericht
reports-col-contact = Contact
reports-col-action = Actie
reports-col-handled = Afgehandeld
reports-mark-done = Markeren als afgehandeld
reports-number = bericht { $id }
reports-marked = Bericht { $id } is gemarkeerd als afgehandeld.

## Back-office: twee plaatsen samenvoegen

merge-title = Twee plaatsen samenvoegen
merge-intro = Als twee fiches dezelfde plaats beschrijven, voeg ze dan samen: één blijft, de andere wordt verwijderd. De plaats die blijft, krijgt de gegevens die ze mist van de andere. Niets wat ze al heeft, wordt vervangen.
merge-keep-label = Plaats die blijft:
merge-keep-hint = Het nummer, bijvoorbeeld 12 (het laatste deel van het webadres van de plaats).
merge-remove-label = Plaats die verdwijnt:
merge-remove-hint = Het nummer. De pagina ervan leidt naar de plaats die blijft.
merge-compare-button = De twee plaatsen vergelijken
merge-compare-title = Vergelijk voor u samenvoegt
merge-swap = Liever de andere houden
merge-compare-caption = De twee plaatsen veld per veld, en het resultaat
merge-col-field = Veld
merge-col-keep = Blijft (nr. { $id })
merge-col-remove = Verdwijnt (nr. { $id })
merge-col-result = Na het samenvoegen
merge-empty = (leeg)
merge-from-kept = blijft zoals het is
merge-from-removed = overgenomen van nr. { $id }
merge-what-happens = Wat het samenvoegen doet
merge-consequence-fill = { $count ->
    [0] Er wordt geen veld overgenomen van de plaats die verdwijnt.
    [one] 1 leeg veld wordt ingevuld met de plaats die verdwijnt.
   *[other] { $count } lege velden worden ingevuld met de plaats die verdwijnt.
}
merge-consequence-redirect = De pagina van nr. { $remove } leidt naar nr. { $keep }, ook in de API.
merge-consequence-moved = Wat aan de verwijderde plaats gekoppeld was, gaat naar de plaats die blijft: projecten { $projects }, voorgestelde wijzigingen { $proposals }, gemelde fouten { $reports }, problemen in de brongegevens { $issues }.
merge-consequence-history = De geschiedenis van beide plaatsen blijft in het logboek van de wijzigingen.
merge-confirm = Samenvoegen: nr. { $keep } houden, nr. { $remove } verwijderen
merge-choose-other = Andere plaatsen kiezen
merge-error-number = Typ het nummer van de plaats, bijvoorbeeld 12.
merge-error-missing = Er is geen plaats met nummer { $id }. Misschien is ze al samengevoegd.
merge-error-same = Kies twee verschillende plaatsen.
merge-error-failed = De plaatsen konden niet samengevoegd worden. Kijk na of ze allebei nog bestaan en probeer het opnieuw.
merge-done-title = De plaatsen zijn samengevoegd
merge-done-text = Plaats nr. { $remove } is samengevoegd met nr. { $keep }. De oude pagina leidt nu naar nr. { $keep }.
merge-see-public = De openbare pagina van de plaats die blijft bekijken
merge-edit-kept = De plaats die blijft bewerken
merge-back-quality = Terug naar de kwaliteitscontroles
merge-empty-hidden = Velden die in beide plaatsen leeg zijn, worden niet getoond.
merge-label-labelled = Gelabeld
merge-label-withdrawn = Label ingetrokken
merge-label-refused = Label geweigerd
merge-field-name = Naam
merge-field-organisation = Organisatie
merge-field-kind = Soort plaats
merge-field-mobile = Mobiel (geen vast adres)
merge-field-address = Adres
merge-field-postcode = Postcode
merge-field-commune_nis = Gemeente (NIS-code)
merge-field-commune_name = Gemeente (zoals geschreven)
merge-field-location = Positie (breedtegraad, lengtegraad)
merge-field-opening_hours = Openingsuren
merge-field-services = Diensten
merge-field-publics = Doelgroepen
merge-field-languages = Talen
merge-field-accessibility = Toegankelijkheid
merge-field-price = Prijs
merge-field-computers = Computers
merge-field-tablets = Tablets
merge-field-phone = Telefoon
merge-field-email = E-mail
merge-field-website = Website
merge-field-description = Beschrijving
merge-field-label_status = Label
merge-field-source_key = Bron-id (imports)

## Back-office: datakwaliteit

quality-title = Datakwaliteit
quality-intro = Problemen in de gids, per soort. Bij elk staat wat u moet doen. De lijst wordt opnieuw berekend telkens u de pagina opent.
quality-filter-kind = Soort probleem
quality-all-kinds = Alle soorten
quality-show = Tonen
quality-count = { $count ->
    [one] 1 probleem gevonden
   *[other] { $count } problemen gevonden
} (fouten: { $errors }).
quality-download = Deze lijst downloaden (CSV)
quality-none = Niets te verbeteren. Goed zo!
quality-summary = Soorten problemen
quality-col-place = Plaats
quality-col-problem = Probleem
quality-col-action = Wat te doen
quality-col-field = Veld
quality-col-source = Bron
quality-edit = De plaats bewerken
quality-merge = Vergelijken en samenvoegen
quality-source-intro = Tegenstrijdigheden die opgemerkt werden toen de gegevens verzameld werden. Kijk ze na met de plaats.

## Herinneringsmail aan de beheerders van oude fiches

remind-mail-subject = { $count ->
    [one] Wilt u uw plaats op Passerelle nakijken?
   *[other] Wilt u uw { $count } plaatsen op Passerelle nakijken?
}
remind-mail-place = - { $name } (laatst bijgewerkt: { $date })
      { $link }
remind-mail-help = Mensen gebruiken deze gegevens om hulp in hun buurt te vinden. Kijk ze na en verbeter wat veranderd is: openingsuren, telefoonnummer, adres, diensten.
remind-mail-body = Goedendag,

    { $count ->
        [one] De gegevens van deze plaats werden al meer dan een jaar niet bijgewerkt:
       *[other] De gegevens van deze plaatsen werden al meer dan een jaar niet bijgewerkt:
    }

    { $places }

    { $help }

    Bedankt!
