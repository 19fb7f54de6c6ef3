# Financieringskadaster: per erkende EOR en per jaar, middelen per financier en kosten.

cadastre-nav = Financieringskadaster
cadastre-title = Financieringskadaster van de erkende EOR
cadastre-intro-manager = Geef voor elk van uw erkende plaatsen per jaar aan wie ze financiert en wat ze kosten. De coördinatie gebruikt deze cijfers om het plan te evalueren.
cadastre-intro-coordination = De invoer van de erkende EOR voor een jaar, met de totalen. EOR-verantwoordelijken voeren ze in en verbeteren ze.
cadastre-no-labelled-place = Geen van uw plaatsen is erkend: het kadaster gaat over erkende EOR.
cadastre-years = Andere jaren
cadastre-year-link = Jaar { $year }
cadastre-year-title = Jaar { $year }
cadastre-respondents = { $count ->
    [one] Eén respondent.
   *[other] { $count } respondenten.
}
cadastre-region-share = Aandeel van het Gewest in de middelen:
cadastre-no-share = geen middelen
cadastre-none = Nog geen invoer voor dit jaar.
cadastre-entries-caption = Invoer van { $year } per plaats
cadastre-funders-caption = Middelen van { $year } per financier
cadastre-place = Plaats
cadastre-funder = Financier
cadastre-received = Ontvangen door de EOR
cadastre-mobilised = Ingezet door de dragende structuur
cadastre-region-share-column = Aandeel van het Gewest
cadastre-share-column = Aandeel in alle middelen
cadastre-costs = Kosten
cadastre-total = Totaal
cadastre-place-title = Financieringskadaster: { $place }
cadastre-saved = Het jaar { $year } is opgeslagen.
cadastre-no-entry = Nog geen invoer.
cadastre-history-caption = Invoer per jaar
cadastre-correct = Verbeteren
cadastre-form-title = Een jaar invoeren of verbeteren
cadastre-form-intro = Bedragen in euro, met een komma of een punt voor de centen. Laat leeg wat niet van toepassing is. Een jaar dat al ingevoerd is, wordt vervangen.
cadastre-resources = Middelen per financier
cadastre-euros-hint = In euro, bijvoorbeeld 12 500,50
cadastre-year-hint = Vier cijfers, bijvoorbeeld 2025
cadastre-field-year = Jaar
cadastre-field-received = Ontvangen door de EOR (€)
cadastre-field-host = Ingezet door de dragende structuur (€)
cadastre-field-cost_epn_staff = Personeel van de EOR (€)
cadastre-field-cost_host_staff = Personeel van de dragende structuur dat voor de EOR werkt (€)
cadastre-field-cost_running = Werkingskosten (€)
cadastre-save = Het jaar opslaan
cadastre-error-year = { $field }: geef een jaar van vier cijfers, van 2015 tot dit jaar.
cadastre-error-amount = { $field }: geef een bedrag in euro, zoals 12500,50 (geen minteken, hoogstens twee decimalen).
cadastre-error-too-large = { $field }: het bedrag moet onder 10 miljoen euro liggen.
