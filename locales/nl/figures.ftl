# De cijfers van het plan: publieke en backofficepagina's, grafieken, exports.

figures-title = Digitale inclusie in cijfers
figures-link = Cijfers
figures-nav = Cijfers
figures-intro = Wat de openbare computerruimtes (OCR) van het gewest doen, wat ze hebben en wie ze financiert. De cijfers zijn totalen: niemand is erin te herkennen.
figures-public-note = Alleen het jaar kan gekozen worden. Met fijnere filters zou men een klein verborgen getal kunnen terugvinden door twee tabellen van elkaar af te trekken.
figures-bo-title = Cijfers
figures-bo-intro-coordination = De cijfers van alle plaatsen, te filteren op periode, gemeente of plaats. Kleine getallen worden hier niet verborgen: publiceer ze niet zoals ze zijn.
figures-bo-intro-manager = De cijfers van uw plaatsen, te filteren op periode of plaats.
figures-activity = Activiteiten
figures-capacity = Capaciteit en bezoeken
figures-cadastre = Financiering en personeel
figures-none-yet = Nog geen cijfers voor deze periode.
figures-percent = { $value } %
figures-euros = € { $amount }
figures-hours = { $hours } u
figures-month = { $month } { $year }
figures-hidden = verborgen
figures-not-given = niet meegedeeld
figures-hidden-note = Verborgen getal: minder dan { $threshold }, of een getal waarmee zo'n klein getal berekend kan worden.
figures-hidden-export-note = "verborgen": minder dan { $threshold }, of een getal waarmee zo'n klein getal berekend kan worden.
figures-total = Totaal
figures-respondents = Aantal respondenten: { $count }.
figures-source = Bron:
figures-download-csv = { $title }: downloaden als CSV
figures-download-xlsx = { $title }: downloaden als rekenblad (Excel)
figures-chart-desc = Staven: { $column } per { $dimension }, { $rows ->
        [one] één rij
       *[other] { $rows } rijen
    }. Alle cijfers staan in de tabel.
figures-filter-title = De cijfers kiezen
figures-show = Tonen
figures-field-year = Jaar
figures-year-hint = De cijfers van het hele kalenderjaar.
figures-field-from = Vanaf maand
figures-field-to = Tot maand
figures-month-hint = Een maand geschreven als { $example }.
figures-field-commune = Gemeente
figures-field-place = Plaats
figures-any-commune = Alle gemeenten
figures-any-place = Alle plaatsen
figures-all-my-places = Al mijn plaatsen
figures-error-year = { $field }: kies een jaar tussen { $first } en { $last }.
figures-error-month = { $field }: schrijf een maand als { $example }.
figures-error-order = { $field }: de laatste maand moet na de eerste maand komen.
figures-error-commune = { $field }: kies een gemeente uit de lijst.
figures-error-place = { $field }: kies een plaats uit de lijst.
figures-scope-all = Alle plaatsen van het gewest
figures-scope-commune = De plaatsen van { $commune }
figures-scope-place = { $place }
figures-scope-mine = Al uw plaatsen
figures-scope = Periode: { $from } tot { $to }. Plaatsen: { $places }.
figures-contents = Op deze pagina
