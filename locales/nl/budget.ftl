# Het budget van het plan: backoffice (tabellen, controles, register, invoer, import) en publieke pagina.
budget-nav-link = Budget
budget-nav = Budgetpagina's
budget-title = Budget van het plan
budget-intro = Het budget van het { $plan }, berekend uit de regels van het register: wat gepland was, wat uitgegeven is, en elk opgegeven totaal dat niet overeenkomt met zijn regels.
budget-tables-link = Tabellen en controles
budget-ledger-link = Register
budget-new-row-link = Een regel invoeren
budget-import-link = Een rekenblad importeren
budget-public-link = Publieke pagina
budget-show = Tonen
budget-year-title = Jaar { $year }
budget-planned-title = Gepland budget
budget-actual-title = Werkelijke uitgaven
budget-measures-title = Per maatregel en actie
budget-downloads-title = Downloads
budget-download-ledger-csv = Registerregels { $year } (CSV)
budget-download-rows-csv = Deze regels (CSV)
budget-download-xlsx = Tabellen { $year } in de vorm van het verslag (XLSX)
budget-download-datapackage = Open data: het budget als Data Package (ZIP met CSV-bestanden)
budget-planned-caption = Gepland budget { $year } per as en financieringsbron, in euro
budget-actual-caption = Werkelijke uitgaven { $year } van de bronnen van het plan per as, in euro
budget-variance-caption = Gepland en werkelijk { $year } per as en bron, met het verschil en zijn aandeel, in euro
budget-other-caption = Werkelijke uitgaven { $year } van de andere budgetten van het CIBG per as, in euro
budget-measures-caption = Budget { $year } per maatregel en actie, in euro
budget-axis = As
budget-source = Bron
budget-measure = Maatregel
budget-total = Totaal
budget-axis-total = Totaal van de as
budget-planned = Gepland
budget-actual = Werkelijk
budget-actual-plan = Uitgegeven (plan)
budget-actual-other = Uitgegeven (andere budgetten)
budget-difference = Verschil
budget-share = Aandeel
budget-no-share = niet berekend (niets gepland)
budget-measure-name = Maatregel { $number } – { $name }
budget-axis-other-lines = { $axis }: regels zonder maatregel
budget-line-unspecified = Zonder actie
budget-sources-all = alle bronnen
budget-sources-plan = de bronnen van het plan
budget-sources-other = de andere budgetten
budget-checks-title = Samenhangcontroles
budget-checks-none = Elk opgegeven totaal is gelijk aan de som van zijn regels.
budget-checks-count = { $count ->
    [one] Eén opgegeven totaal verschilt van de som van zijn regels.
   *[other] { $count } opgegeven totalen verschillen van de som van hun regels.
}
budget-checks-caption = Opgegeven totalen { $year } die verschillen van hun regels, in euro
budget-check-where = Opgegeven totaal
budget-check-declared = Opgegeven
budget-check-computed = Som van de regels
budget-phase-budget = Budget
budget-phase-revised = Herzien budget
budget-phase-commitment = Vastlegging
budget-phase-actual = Werkelijke uitgave
budget-field-year = Jaar
budget-field-phase = Fase
budget-field-source = Financieringsbron
budget-field-axis = As
budget-field-measure = Maatregel
budget-field-action = Actie
budget-field-date = Datum
budget-field-supplier = Leverancier
budget-field-invoice = Factuurreferentie
budget-field-label = Omschrijving
budget-field-amount = Bedrag incl. btw (euro)
budget-field-note = Opmerking
budget-field-reason = Reden
budget-problem-missing = { $field }: dit is verplicht.
budget-problem-unknown = { $field }: "{ $value }" hoort niet bij het plan. Kies uit de lijst.
budget-problem-not-under = { $field }: hoort niet bij de gekozen as of maatregel. Kies er een die erbij hoort, of laat leeg.
budget-problem-year-outside = { $field }: geef een jaar van het plan, van { $first } tot { $last }.
budget-problem-not-a-year = { $field }: geef een jaar in vier cijfers, van { $first } tot { $last }.
budget-problem-date-outside = { $field }: de datum moet in het jaar van de regel vallen.
budget-problem-not-a-date = { $field }: geef een datum als dag/maand/jaar, bijvoorbeeld 15/03/2021.
budget-problem-amount-missing = { $field }: geef een bedrag in euro, bijvoorbeeld 1 250,50.
budget-problem-amount-not-an-amount = { $field }: schrijf een bedrag in euro met cijfers, bijvoorbeeld 1 250,50.
budget-problem-amount-decimals = { $field }: hoogstens twee decimalen (centen), bijvoorbeeld 42 320,96.
budget-problem-amount-ambiguous = { $field }: duizendtallen of drie decimalen? Schrijf 1 234,00 voor duizend tweehonderdvierendertig euro, of hoogstens twee decimalen.
budget-problem-amount-negative = { $field }: een negatief bedrag kan alleen voor een herzien budget. Om een regel te verbeteren, annuleer hem.
budget-problem-amount-too-large = { $field }: het bedrag is te groot (minder dan een miljard euro).
budget-problem-too-long = { $field }: hoogstens { $max } tekens.
budget-ledger-title = Budgetregister
budget-ledger-intro = Eén regel per geldbeweging. Een regel wordt nooit gewijzigd: een fout wordt geannuleerd met een nieuwe regel, met een reden.
budget-ledger-caption = { $count ->
    [one] Eén registerregel, nieuwste eerst
   *[other] { $count } registerregels, nieuwste eerst
}
budget-ledger-empty = Geen enkele regel past bij deze filters.
budget-filters-title = De regels filteren
budget-filter = Filteren
budget-filter-any = Alle
budget-where = As, maatregel, actie
budget-amount-euros = Bedrag (€)
budget-row-is-reversal = (annulering)
budget-row-is-reversed = (geannuleerd)
budget-row-title = Registerregel: { $label }
budget-row-number = Regel { $id }
budget-row-saved = De regel staat in het register.
budget-row-reversal-saved = De annulering is opgeslagen: deze nieuwe regel heft de oorspronkelijke op.
budget-none = —
budget-none-choice = (geen)
budget-origin = Ingevoerd via
budget-origin-form = formulier
budget-origin-import = import van een rekenblad
budget-origin-demo = demogegevens
budget-created = Ingevoerd op
budget-reverses = Annuleert
budget-reversed-by = Geannuleerd door
budget-reverse-title = Deze regel annuleren
budget-reverse-intro = Een regel wordt nooit gewijzigd. Annuleren voegt een nieuwe regel toe met het tegengestelde bedrag en uw reden; beide blijven in het register.
budget-reverse-reason-hint = Waarom wordt deze regel geannuleerd? Bijvoorbeeld: twee keer ingevoerd, verkeerde maatregel.
budget-reverse-button = De regel annuleren
budget-reverse-refused-title = Deze regel kan niet geannuleerd worden
budget-reverse-refused-text = Hij is al geannuleerd, of hij is zelf een annulering.
budget-back-to-row = Terug naar de regel
budget-new-row-title = Een registerregel invoeren
budget-new-row-intro = De lijsten nemen de assen, maatregelen en acties van het plan over. De as mag leeg blijven als een maatregel gekozen is.
budget-phase-hint = Budget en herzien budget plannen het geld; vastlegging en werkelijke uitgave geven het uit.
budget-axis-hint = Laat leeg om de as van de maatregel te nemen.
budget-measure-hint = Facultatief; kies ze om de regel bij een maatregel te tellen.
budget-action-hint = Facultatief; een actie van de gekozen maatregel.
budget-date-hint = Facultatief; in het jaar van de regel.
budget-label-hint = Waarvoor het geld dient, zoals in de tabellen.
budget-amount-hint = In euro incl. btw, bijvoorbeeld 42 320,96 of 42320.96. Negatief alleen voor een herzien budget.
budget-reason-hint = Verplicht voor een herzien budget: waarom het budget verandert.
budget-save-row = De regel opslaan
budget-overspend-title = Deze regel gaat boven zijn budget
budget-overspend-text = Ze brengt deze lijn boven haar budget: { $where }.
budget-overspend-budget = Budget van de lijn:
budget-overspend-after = Met deze regel:
budget-overspend-beyond = Overschrijding:
budget-overspend-choice = Sla ze toch op als dit klopt, of wijzig de regel en controleer opnieuw.
budget-overspend-confirm = Toch opslaan
budget-check-again = Opnieuw controleren
budget-public-title = Budget van het plan
budget-public-intro = Het budget van het { $plan }: wat gepland is per as, financieringsbron en maatregel.
budget-actuals-not-public = De werkelijke uitgaven worden voor dit plan niet gepubliceerd.
budget-summary-planned = Gepland budget { $year }
budget-summary-spent = Uitgegeven in { $year }
budget-summary-link = Het hele budget van het plan
budget-import-title = Registerregels importeren uit een rekenblad
budget-import-intro = Een CSV- of XLSX-bestand met één regel per geldbeweging en een kopregel. Niets wordt geschreven voordat u elk probleem gezien hebt.
budget-import-step-upload = Verstuur het bestand.
budget-import-step-map = Zeg welke kolom elk veld geeft (geraden uit de kopregel).
budget-import-step-preview = Bekijk elke foute regel met zijn nummer, en importeer dan niets of alleen de goede regels.
budget-import-file = Rekenblad (CSV of XLSX)
budget-import-file-hint = Hoogstens { $mb } MB; de eerste regel noemt de kolommen.
budget-import-send = Versturen en de kolommen koppelen
budget-import-no-file = Rekenblad: kies een CSV- of XLSX-bestand.
budget-import-too-large = Rekenblad: het bestand is groter dan { $mb } MB.
budget-import-empty = Rekenblad: het bestand heeft geen kopregel of geen regel eronder.
budget-import-not-utf8 = Rekenblad: het CSV-bestand is niet in UTF-8. Sla het op als "CSV UTF-8" en verstuur het opnieuw.
budget-import-csv-line = Rekenblad: regel { $line } kan niet gelezen worden (een niet-gesloten aanhalingsteken?).
budget-import-not-workbook = Rekenblad: het bestand is geen leesbare werkmap. Sla het op als XLSX of CSV.
budget-import-too-many = Rekenblad: hoogstens { $max } regels per bestand.
budget-import-unknown-column = { $field }: het bestand heeft geen kolom "{ $column }".
budget-import-gone-title = Deze import is niet meer beschikbaar
budget-import-gone-text = Het bestand wordt een uur bewaard, voor wie het verstuurde. Verstuur het opnieuw.
budget-import-again = Een bestand importeren
budget-import-map-title = Welke kolom geeft elk veld?
budget-import-map-intro = Het bestand { $file } heeft { $columns } kolommen. De keuzes hieronder zijn geraden uit de kopregel: controleer ze.
budget-import-not-in-file = (niet in het bestand)
budget-import-columns = Kolommen van het bestand
budget-import-columns-hint = Een veld zonder kolom blijft leeg op elke regel.
budget-import-fixed = Eén waarde voor alle regels
budget-import-fixed-hint = Als het bestand geen kolom heeft voor het jaar, de fase of de bron, kies die dan hier.
budget-import-check = De regels controleren
budget-import-preview-title = Controleren voor het importeren
budget-import-counts = { $good ->
    [one] Eén goede regel
   *[other] { $good } goede regels
}, { $bad ->
    [0] geen foute regel.
    [one] één foute regel.
   *[other] { $bad } foute regels.
}
budget-import-problems-caption = { $count ->
    [one] Eén probleem, per regel van het bestand
   *[other] { $count } problemen, per regel van het bestand
}
budget-import-line = Regel
budget-import-field = Veld
budget-import-problem = Probleem
budget-import-good-caption = De eerste { $count } van { $total } goede regels
budget-import-choice = Wat te doen
budget-import-all = De { $count } regels importeren
budget-import-good-only = Alleen de { $count } goede regels importeren
budget-import-nothing = Niets importeren: het bestand verbeteren en opnieuw versturen
budget-import-done = { $count ->
    [one] Eén regel geïmporteerd.
   *[other] { $count } regels geïmporteerd.
}
budget-opendata-title = Het budget van het plan
budget-opendata-text = Het budget van het plan — gepland, en uitgegeven als het gewest het publiceert — is ook open data: de tabellen, een rekenblad en een Data Package.
budget-opendata-link = De budgetpagina
