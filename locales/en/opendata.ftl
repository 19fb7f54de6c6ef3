# The open data page (/{lang}/open-data) and its downloads. Plain language.

opendata-link = Download the data
opendata-title = Open data
opendata-intro = The list of places in this directory is open data. Anyone can download it, use it and share it: a city, an association, a researcher, another website. The data is published for the { $region }.
opendata-count = { $count ->
    [0] The files hold no place yet.
    [one] The files hold 1 place.
   *[other] The files hold { $count } places.
}
opendata-latest = Last change: { $date }.
opendata-licence-title = Licence
opendata-licence-text = The data is published under the licence chosen by the region:
opendata-licence-cite = Please say where the data comes from when you use it. Addresses, opening hours and phone numbers change: download the files again from time to time.
opendata-downloads-title = Download
opendata-csv-name = Table (CSV)
opendata-csv-what = One line per place, with every piece of information we publish. Opens in any spreadsheet program or text editor. Lists, such as services, are separated by “|”.
opendata-xlsx-name = Spreadsheet (Excel, XLSX)
opendata-xlsx-what = The same table, ready to open in Excel or LibreOffice, with filters on every column.
opendata-json-name = Data for programs (JSON)
opendata-json-what = The same information for programmers. Lists stay lists.
opendata-geojson-name = Map (GeoJSON)
opendata-geojson-what = To show the places on a map, for example in QGIS or uMap. When we do not know the exact address, the point is the centre of the postcode area or of the municipality, and it is marked as approximate.
opendata-mednum-name = French national standard (CSV)
opendata-mednum-what = The “lieux de médiation numérique” format of the French national map of digital help, with a Belgian profile: 4-digit postcodes, Belgian municipality codes (NIS), Belgian company numbers and phone numbers starting with +32.
opendata-hsds-name = International standard Open Referral HSDS (JSON)
opendata-hsds-what = The international standard for directories of social services (HSDS 3.0). Use it to share these places with another directory or a referral tool.
opendata-api-title = Always up to date: the API
opendata-api-text = Programs can also ask the directory directly. The API is described here:
opendata-api-link = the API description (OpenAPI)
opendata-standards-title = About the codes
opendata-standards-text = Services, publics, languages, accessibility and prices are written as short codes that never change (for example “training”). The page of each place shows what they mean in your language.
