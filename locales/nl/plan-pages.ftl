## The plan's public pages: the plan, an axis, a measure, the quarters.
plan-pages-intro = Het gewestelijk plan voor digitale inclusie, van { $first } tot { $last }. Het heeft { $axes } assen en { $measures } maatregelen. Per maatregel ziet u wat er moet gebeuren, tegen wanneer, en hoe ver het staat.
plan-pages-approved = Goedgekeurd door het stuurcomité op { $date } (versie { $number }).
plan-pages-not-approved = Het stuurcomité heeft nog geen versie van het plan goedgekeurd.
plan-pages-changes-since = { $count ->
    [one] Sindsdien is 1 onderdeel van het plan veranderd.
   *[other] Sindsdien zijn { $count } onderdelen van het plan veranderd.
}
plan-pages-no-changes-since = Sindsdien is er niets veranderd.
plan-pages-quarters-link = De resultaten per kwartaal
plan-pages-budget-link = Het budget van het plan
plan-pages-csv-link = Alle resultaten downloaden (CSV-bestand)
plan-pages-axes-title = De assen en hun maatregelen
plan-pages-axis-name = As { $number }: { $name }
plan-pages-deliverables-count = { $count ->
    [0] Nog geen resultaat.
    [one] 1 resultaat —
   *[other] { $count } resultaten —
}
plan-pages-status-count = { $status }: { $count }
plan-pages-overdue = Termijn verstreken
plan-pages-overdue-count = Termijn verstreken: { $count }
plan-pages-owner = Verantwoordelijke: { $name }
plan-pages-due = Gepland voor: { $quarter }
plan-pages-no-deliverables = Nog geen resultaat.
plan-pages-deliverables-title = De resultaten
plan-pages-measures-title = De maatregelen
plan-pages-budget-title = Het budget
plan-pages-all-plan = Het hele plan
plan-pages-field-year = Jaar
plan-pages-all-years = Alle jaren
plan-pages-show = Tonen
plan-pages-axis-label = As
plan-pages-owners = Geleid door
plan-pages-partners = Partners
plan-pages-publics = Voor wie
plan-pages-nobody = Nog niemand
plan-pages-actions-title = De acties
plan-pages-no-actions = Geen uitgewerkte actie.
plan-pages-evidence-title = De bewijzen in Passerelle
plan-pages-evidence-intro = Deze pagina's van Passerelle tonen het werk voor deze maatregel.
plan-pages-no-evidence = Passerelle heeft nog geen openbare pagina voor deze maatregel.
plan-pages-area-label = Het label van de openbare computerruimtes (OCR)
plan-pages-area-label-list = De lijst van gelabelde OCR's
plan-pages-label-count = { $count ->
    [0] Er is nog geen OCR gelabeld.
    [one] Vandaag is 1 OCR gelabeld.
   *[other] Vandaag zijn { $count } OCR's gelabeld.
}
plan-pages-area-survey = De resultaten van de bezoekersenquête ({ $edition })
plan-pages-area-figures = De cijfers over bezoek en activiteit
plan-pages-area-sessions = Workshops en opleidingen
plan-pages-area-directory = Hulp met digitale zaken bij u in de buurt
plan-pages-area-diagnostic = De test om te weten welke hulp bij u past
plan-pages-quarters-title = De resultaten per kwartaal
plan-pages-quarters-intro = Voor elk kwartaal van het plan: wat er geleverd moet worden, en hoe ver het staat. "Termijn verstreken" betekent dat het kwartaal voorbij is en het resultaat niet klaar is.
plan-pages-quarter-count = { $count ->
    [one] 1 resultaat
   *[other] { $count } resultaten
}
plan-pages-quarter-empty = Niets gepland dit kwartaal.
plan-pages-current-quarter = huidig kwartaal
plan-pages-opendata-title = Het plan en zijn resultaten
plan-pages-opendata-text = De assen en maatregelen van het plan, met wat er geleverd moet worden en hoe ver het staat, ook als CSV-bestand:
plan-pages-opendata-link = De pagina van het plan
plan-pages-budget-plan-link = De maatregelen van het plan en hun resultaten
