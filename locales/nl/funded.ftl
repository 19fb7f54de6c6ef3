funded-title = Projecten gefinancierd door de projectoproepen
funded-call-title = Gefinancierde projecten: { $call }
funded-intro = De projecten die een projectoproep heeft geselecteerd, per gemeente, met het bedrag dat elk project kreeg.
funded-field-call = Projectoproep
funded-all-calls = Alle oproepen
funded-show = Tonen
funded-call-by = Gefinancierd door { $funder }, uitgevoerd door { $operator }.
funded-envelope = Budget van de oproep:
funded-call-link = De oproep en haar regels bekijken
funded-summary = { $count ->
    [one] 1 gefinancierd project, voor een totaal van
   *[other] { $count } gefinancierde projecten, voor een totaal van
}
funded-declared-total = Het verslag vermeldt een totaal van
funded-declared-differs = De bedragen van de lijst geven een verschil van
funded-declared-kept = De bedragen worden getoond zoals het verslag ze geeft, zonder correctie.
funded-declared-same = De bedragen van de lijst geven dat totaal.
funded-declared-projects = Het verslag vermeldt { $count } projecten.
funded-date-note = Het verslag vermeldt de datum van de beslissing niet: { $date } wordt gebruikt.
funded-none = Geen gefinancierd project om te tonen.
funded-no-commune = Gemeente niet vermeld
funded-commune-summary = { $count ->
    [one] 1 project,
   *[other] { $count } projecten,
}
funded-col-reference = Nummer
funded-col-project = Project
funded-col-organisation = Organisatie
funded-col-call = Oproep
funded-col-amount = Bedrag (€)
funded-downloads-title = Deze gegevens downloaden
funded-downloads-text = In het open formaat 360Giving, dat financiers gebruiken om hun subsidies te publiceren.
funded-download-360giving-json = 360Giving, JSON-bestand
funded-download-360giving-csv = 360Giving, CSV-tabel
opendata-grants-title = Toegekende subsidies (360Giving)
opendata-grants-text = De projecten gefinancierd door de projectoproepen, in het open formaat 360Giving.
opendata-grants-link = De gefinancierde projecten bekijken
