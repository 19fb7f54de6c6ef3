funded-title = Proiecte finanțate prin apelurile de proiecte
funded-call-title = Proiecte finanțate: { $call }
funded-intro = Proiectele selectate de un apel de proiecte, pe comune, cu suma primită de fiecare.
funded-field-call = Apel de proiecte
funded-all-calls = Toate apelurile
funded-show = Afișați
funded-call-by = Finanțat de { $funder }, gestionat de { $operator }.
funded-envelope = Bugetul apelului:
funded-call-link = Vedeți apelul și regulile lui
funded-summary = { $count ->
    [one] 1 proiect finanțat, în valoare totală de
    [few] { $count } proiecte finanțate, în valoare totală de
   *[other] { $count } de proiecte finanțate, în valoare totală de
}
funded-declared-total = Raportul declară un total de
funded-declared-differs = Sumele din listă dau o diferență de
funded-declared-kept = Sumele sunt afișate așa cum le dă raportul, fără corecturi.
funded-declared-same = Sumele din listă dau exact acest total.
funded-declared-projects = Raportul declară { $count } { $count ->
        [one] proiect
        [few] proiecte
       *[other] de proiecte
    }.
funded-date-note = Raportul nu dă data deciziei: se folosește { $date }.
funded-none = Niciun proiect finanțat de afișat.
funded-no-commune = Comună necomunicată
funded-commune-summary = { $count ->
    [one] 1 proiect,
    [few] { $count } proiecte,
   *[other] { $count } de proiecte,
}
funded-col-reference = Număr
funded-col-project = Proiect
funded-col-organisation = Organizație
funded-col-call = Apel
funded-col-amount = Sumă (€)
funded-downloads-title = Descărcați aceste date
funded-downloads-text = În formatul deschis 360Giving, pe care finanțatorii îl folosesc ca să își publice granturile.
funded-download-360giving-json = 360Giving, fișier JSON
funded-download-360giving-csv = 360Giving, tabel CSV
opendata-grants-title = Granturi acordate (360Giving)
opendata-grants-text = Proiectele finanțate prin apelurile de proiecte, în formatul deschis 360Giving.
opendata-grants-link = Vedeți proiectele finanțate
