# The annual report: the public page and the PDF.

## Verslag
annual-title = Jaarverslag { $year } — { $plan }
annual-list-title = Jaarverslagen
annual-list-intro = Elk jaar brengt de coördinatie van het { $plan } verslag uit over wat er gedaan is. De cijfers komen uit de gegevens van deze site en zijn altijd actueel.
annual-year-link = Verslag { $year }
annual-date-line = Cijfers van { $date }
annual-contents = Inhoud
annual-page = Pagina
annual-pdf = Het verslag downloaden (pdf)
annual-plan-link = Het plan bekijken
annual-intro = Inleiding
annual-conclusion = Besluit
annual-annex = Bijlage: het budget van het jaar
annual-axis-title = As { $number }: { $name }
annual-measure-title = Maatregel { $number }: { $name }
annual-not-written = De tekst van dit deel is nog niet geschreven.
annual-no-text-in-language = Er is nog geen tekst van dit verslag in deze taal gepubliceerd. De cijfers staan hieronder.
annual-preview-note = Voorbeeld: de teksten die nog geschreven worden, zijn zichtbaar. Het publieke verslag toont alleen de gepubliceerde teksten.
annual-see-also = Cijfers van dit deel:
annual-separator = {", "}
annual-figure-source = Waar “{ $title }” vandaan komt
annual-figure-source-pdf = Bron: { $url }
annual-no-commune = Gemeente onbekend
annual-fig-label = Gelabelde EPN's, per gemeente
annual-fig-funded = Projecten gefinancierd dit jaar, per gemeente
annual-fig-refurbished = Opgeknapte computers gegeven dit jaar
annual-fig-budget = Budget van het jaar, per as
annual-dim-commune = Gemeente
annual-dim-axis = As
annual-col-labelled = Vandaag gelabeld
annual-col-granted-in-year = Label behaald dit jaar
annual-col-projects = Projecten
annual-col-amount = Bedrag
annual-col-planned = Gepland
annual-col-actual = Uitgegeven

## Andere cijfers van het jaar
annual-fig-label-decisions = Beslissingen over het label dit jaar
annual-dim-decision = Beslissing
annual-col-decisions = Beslissingen
annual-dim-what = Wat
annual-col-number = Aantal
annual-sessions-held = Gehouden sessies
annual-sessions-cancelled = Geannuleerde sessies
annual-sessions-seats = Aangeboden plaatsen
annual-sessions-booked = Gereserveerde plaatsen
annual-fig-orders = Materiaal besteld door de gelabelde EPN’s dit jaar
annual-col-orders = Bestellingen
annual-fig-budget-sources = Budget van het jaar, per financieringsbron
annual-dim-source = Financieringsbron
annual-fig-budget-measures = Uitgaven van het jaar, per maatregel
annual-dim-measure = Maatregel
annual-col-plan-spent = Uitgegeven uit de bronnen van het plan
annual-col-other-spent = Uitgegeven uit andere bronnen
annual-axis-whole = { $axis }: voor de hele as
