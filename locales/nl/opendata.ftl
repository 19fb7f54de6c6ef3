# De pagina met open data (/{lang}/open-data) en de downloads. Eenvoudige taal.

opendata-link = De gegevens downloaden
opendata-title = Open data
opendata-intro = De lijst van plaatsen in deze gids is open data. Iedereen mag ze downloaden, gebruiken en delen: een gemeente, een vereniging, een onderzoeker, een andere website. De gegevens worden gepubliceerd voor het { $region }.
opendata-count = { $count ->
    [0] De bestanden bevatten nog geen plaats.
    [one] De bestanden bevatten 1 plaats.
   *[other] De bestanden bevatten { $count } plaatsen.
}
opendata-latest = Laatste wijziging: { $date }.
opendata-licence-title = Licentie
opendata-licence-text = De gegevens worden gepubliceerd onder de licentie die het gewest koos:
opendata-licence-cite = Zeg waar de gegevens vandaan komen als u ze gebruikt. Adressen, openingsuren en telefoonnummers veranderen: download de bestanden af en toe opnieuw.
opendata-downloads-title = Downloaden
opendata-csv-name = Tabel (CSV)
opendata-csv-what = Eén regel per plaats, met alle informatie die we publiceren. Opent in elk rekenblad of tekstprogramma. Lijsten, zoals diensten, worden gescheiden door “|”.
opendata-xlsx-name = Rekenblad (Excel, XLSX)
opendata-xlsx-what = Dezelfde tabel, klaar om te openen in Excel of LibreOffice, met filters op elke kolom.
opendata-json-name = Gegevens voor programma’s (JSON)
opendata-json-what = Dezelfde informatie voor programmeurs. Lijsten blijven lijsten.
opendata-geojson-name = Kaart (GeoJSON)
opendata-geojson-what = Om de plaatsen op een kaart te tonen, bijvoorbeeld in QGIS of uMap. Als we het juiste adres niet kennen, is het punt het midden van de postcode of van de gemeente, en staat het aangeduid als bij benadering.
opendata-mednum-name = Franse nationale standaard (CSV)
opendata-mednum-what = Het formaat “lieux de médiation numérique” van de Franse nationale kaart van digitale hulp, met een Belgisch profiel: postcodes van 4 cijfers, Belgische gemeentecodes (NIS), Belgische ondernemingsnummers en telefoonnummers met +32.
opendata-hsds-name = Internationale standaard Open Referral HSDS (JSON)
opendata-hsds-what = De internationale standaard voor gidsen van sociale diensten (HSDS 3.0). Gebruik hem om deze plaatsen te delen met een andere gids of een doorverwijzingstool.
opendata-api-title = Altijd actueel: de API
opendata-api-text = Programma’s kunnen de gids ook rechtstreeks bevragen. De API wordt hier beschreven:
opendata-api-link = de beschrijving van de API (OpenAPI)
opendata-standards-title = Over de codes
opendata-standards-text = Diensten, doelgroepen, talen, toegankelijkheid en prijzen worden geschreven als korte codes die nooit veranderen (bijvoorbeeld “training”). De pagina van elke plaats zegt wat ze betekenen in uw taal.
