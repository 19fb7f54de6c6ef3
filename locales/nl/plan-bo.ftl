## De backoffice van het plan: opleveringen en versies voorgelegd aan het stuurcomité.
plan-bo-nav-link = Plan: opleveringen en versies
plan-bo-nav = Pagina's van het plan
plan-bo-title = Opleveringen van het plan
plan-bo-intro = Wat elke maatregel van het { $plan } moet opleveren, tegen wanneer, wie het oplevert en hoe ver het staat.
plan-bo-deliverables-link = Opleveringen
plan-bo-new-link = Een oplevering toevoegen
plan-bo-versions-link = Versies
plan-bo-budget-link = Budget
plan-bo-deliverables-title = Opleveringen
plan-bo-filters-title = De opleveringen filteren
plan-bo-filter = Filteren
plan-bo-filter-any = Alle
plan-bo-filter-year = Jaar van de deadline
plan-bo-list-caption = { $count ->
    [one] Eén oplevering, per kwartaal van de deadline
   *[other] { $count } opleveringen, per kwartaal van de deadline
}
plan-bo-list-empty = Geen enkele oplevering past bij deze filters.
plan-bo-overdue = Deadline verstreken
plan-bo-none = Geen
plan-bo-choose = Kies…
plan-bo-number = Nummer
plan-bo-evidence = Bewijs
plan-bo-updated = Laatst gewijzigd
plan-bo-versions-title = Versies van het plan
plan-bo-last-approved = Laatst goedgekeurde versie:
plan-bo-approved-by = goedgekeurd op
plan-bo-never-approved = Er is nog geen versie van het plan goedgekeurd.
plan-bo-pending = Wacht op het stuurcomité:
plan-bo-pending-committee = Het is aan u om ze goed te keuren of terug te sturen.
plan-bo-submitted-by = voorgelegd op
plan-bo-all-versions = Alle versies bekijken
plan-bo-version-name = Versie { $number }
plan-bo-new-title = Een oplevering toevoegen
plan-bo-form-intro = Alle velden zijn verplicht, behalve de trekker, het bewijs en de notitie. Een afgewerkte oplevering heeft een bewijs nodig.
plan-bo-what-hint = Wat er zal bestaan als het opgeleverd is, in een of twee zinnen (hoogstens 300 tekens).
plan-bo-evidence-hint = Een webadres dat begint met https://, of een pagina van Passerelle die begint met / (bijvoorbeeld /nl/label).
plan-bo-add-button = De oplevering toevoegen
plan-bo-save-button = De wijzigingen opslaan
plan-bo-saved = De oplevering is opgeslagen.
plan-bo-edit-title = Deze oplevering wijzigen
plan-bo-why = Waarom (bij een statuswijziging)
plan-bo-why-hint = Zeg waarom de status verandert: het blijft bewaard in de geschiedenis.
plan-bo-history-title = Geschiedenis van de status
plan-bo-history-caption = Elke status die de oplevering had, oudste eerst
plan-bo-history-when = Wanneer
plan-bo-history-why = Waarom
plan-bo-history-who = Wie
plan-bo-versions-intro = Een versie is het plan met al zijn opleveringen zoals ze waren toen de coördinatie ze aan het stuurcomité voorlegde. Het comité keurt ze goed of stuurt ze terug met een reden.
plan-bo-submit-title = Het plan voorleggen aan het stuurcomité
plan-bo-submit-intro = Het plan en zijn opleveringen zoals ze nu zijn worden een nieuwe versie, die wacht op de beslissing van het comité.
plan-bo-submit-waits = { $version } wacht al op het stuurcomité: een nieuwe versie kan worden voorgelegd zodra daarover beslist is.
plan-bo-submit-note = Notitie
plan-bo-submit-note-hint = Niet verplicht: waar het comité naar moet kijken.
plan-bo-submit-button = Het plan voorleggen
plan-bo-versions-list-title = Alle versies
plan-bo-versions-empty = Er is nog geen versie voorgelegd.
plan-bo-versions-caption = { $count ->
    [one] Eén versie, nieuwste eerst
   *[other] { $count } versies, nieuwste eerst
}
plan-bo-version = Versie
plan-bo-submitted = Voorgelegd
plan-bo-decision = Beslissing
plan-bo-decided = Beslist
plan-bo-decision-note = Notitie van het comité
plan-bo-decision-pending = Wacht op het comité
plan-bo-decision-approved = Goedgekeurd
plan-bo-decision-returned = Teruggestuurd naar de coördinatie
plan-bo-submitted-notice = Het plan is voorgelegd aan het stuurcomité.
plan-bo-decided-notice = Uw beslissing is opgeslagen.
plan-bo-refused-pending-title = { $version } wacht al op het stuurcomité
plan-bo-refused-pending-text = Er is niets voorgelegd. Er kan maar één versie tegelijk wachten: een nieuwe kan worden voorgelegd zodra het comité ze heeft goedgekeurd of teruggestuurd.
plan-bo-refused-unchanged-title = Niets veranderd sinds de laatst goedgekeurde versie
plan-bo-refused-unchanged-text = Er is niets voorgelegd: het plan en zijn opleveringen zijn dezelfde als in de laatste versie die het comité goedkeurde.
plan-bo-refused-decided-title = Over { $version } is al beslist
plan-bo-refused-decided-text = Er is niets gewijzigd: over een versie wordt maar één keer beslist. Haar pagina toont de beslissing, wie ze nam en wanneer.
plan-bo-see-version = { $version } bekijken
plan-bo-back-to-list = Terug naar de opleveringen
plan-bo-changes-title = Wat er veranderd is
plan-bo-first-version = Eerste versie: alles is nieuw (maatregelen: { $measures }, acties: { $actions }, opleveringen: { $deliverables }).
plan-bo-changes-since = { $count ->
    [0] Niets veranderd sinds { $version }, de laatst goedgekeurde versie hiervoor.
    [one] Eén onderdeel veranderd sinds { $version }, de laatst goedgekeurde versie hiervoor.
   *[other] { $count } onderdelen veranderd sinds { $version }, de laatst goedgekeurde versie hiervoor.
}
plan-bo-before = voor:
plan-bo-after = ; na:
plan-bo-value-removed = (verwijderd)
plan-bo-empty-value = (leeg)
plan-bo-yes = ja
plan-bo-no = nee
plan-bo-field-in-lang = { $field } ({ $lang })
plan-bo-diff-field-name = Naam
plan-bo-diff-field-summary = Samenvatting
plan-bo-diff-field-years = Jaren
plan-bo-diff-field-actuals-public = Werkelijke uitgaven getoond aan het publiek
plan-bo-diff-field-in-plan = Meegeteld in het budget van het plan
plan-bo-diff-field-number = Nummer
plan-bo-diff-field-axis = As
plan-bo-diff-field-owners = Trekkers
plan-bo-diff-field-partners = Partners
plan-bo-diff-field-publics = Doelgroepen
plan-bo-diff-field-areas = Delen van Passerelle
plan-bo-decide-title = Uw beslissing
plan-bo-decide-intro = Keur deze versie goed, of stuur ze terug naar de coördinatie en zeg wat er moet veranderen.
plan-bo-decision-note-hint = Verplicht om de versie terug te sturen: zeg wat de coördinatie moet veranderen.
plan-bo-approve-button = Deze versie goedkeuren
plan-bo-return-button = Terugsturen naar de coördinatie
plan-bo-waits-committee = Deze versie wacht tot een lid van het stuurcomité ze goedkeurt of terugstuurt.
plan-bo-problem-return-needs-note = Notitie van het comité: zeg waarom u deze versie terugstuurt.
plan-bo-problem-no-decision = Kies: de versie goedkeuren of terugsturen.
