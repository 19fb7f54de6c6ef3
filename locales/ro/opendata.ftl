# Pagina de date deschise (/{lang}/open-data) și descărcările ei. Limbaj clar.

opendata-link = Descărcați datele
opendata-title = Date deschise
opendata-intro = Lista locurilor din acest repertoriu este formată din date deschise. Oricine le poate descărca, folosi și distribui: un oraș, o asociație, un cercetător, un alt site. Datele sunt publicate pentru { $region }.
opendata-count = { $count ->
    [0] Fișierele nu conțin încă niciun loc.
    [one] Fișierele conțin 1 loc.
    [few] Fișierele conțin { $count } locuri.
   *[other] Fișierele conțin { $count } de locuri.
}
opendata-latest = Ultima modificare: { $date }.
opendata-licence-title = Licență
opendata-licence-text = Datele sunt publicate sub licența aleasă de regiune:
opendata-licence-cite = Vă rugăm să spuneți de unde provin datele atunci când le folosiți. Adresele, programul și numerele de telefon se schimbă: descărcați din nou fișierele din când în când.
opendata-downloads-title = Descărcare
opendata-csv-name = Tabel (CSV)
opendata-csv-what = Un rând pentru fiecare loc, cu toate informațiile pe care le publicăm. Se deschide în orice program de calcul tabelar sau editor de text. Listele, de exemplu serviciile, sunt separate prin „|”.
opendata-xlsx-name = Foaie de calcul (Excel, XLSX)
opendata-xlsx-what = Același tabel, gata de deschis în Excel sau LibreOffice, cu filtre pe fiecare coloană.
opendata-json-name = Date pentru programe (JSON)
opendata-json-what = Aceleași informații pentru programatori. Listele rămân liste.
opendata-geojson-name = Hartă (GeoJSON)
opendata-geojson-what = Pentru a afișa locurile pe o hartă, de exemplu în QGIS sau uMap. Când nu știm adresa exactă, punctul este centrul zonei codului poștal sau al comunei și este marcat ca aproximativ.
opendata-mednum-name = Standardul național francez (CSV)
opendata-mednum-what = Formatul „lieux de médiation numérique” al hărții naționale franceze a ajutorului digital, cu un profil belgian: coduri poștale din 4 cifre, coduri belgiene ale comunelor (NIS), numere belgiene de întreprindere și numere de telefon care încep cu +32.
opendata-hsds-name = Standardul internațional Open Referral HSDS (JSON)
opendata-hsds-what = Standardul internațional pentru repertoriile de servicii sociale (HSDS 3.0). Folosiți-l ca să distribuiți aceste locuri către un alt repertoriu sau către un instrument de îndrumare.
opendata-api-title = Mereu actualizat: API-ul
opendata-api-text = Programele pot întreba și direct repertoriul. API-ul este descris aici:
opendata-api-link = descrierea API-ului (OpenAPI)
opendata-standards-title = Despre coduri
opendata-standards-text = Serviciile, publicurile, limbile, accesibilitatea și prețurile sunt scrise sub formă de coduri scurte care nu se schimbă niciodată (de exemplu „training”). Pagina fiecărui loc arată ce înseamnă ele în limba dumneavoastră.
