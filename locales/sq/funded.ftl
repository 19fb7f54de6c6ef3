funded-title = Projektet e financuara nga thirrjet për projekte
funded-call-title = Projektet e financuara: { $call }
funded-intro = Projektet që u përzgjodhën nga një thirrje për projekte, sipas komunës, me shumën që mori secili.
funded-field-call = Thirrja për projekte
funded-all-calls = Të gjitha thirrjet
funded-show = Shfaq
funded-call-by = Financuar nga { $funder }, drejtuar nga { $operator }.
funded-envelope = Fondi i thirrjes:
funded-call-link = Shihni thirrjen dhe rregullat e saj
funded-summary = { $count ->
    [one] 1 projekt i financuar, për një total prej
   *[other] { $count } projekte të financuara, për një total prej
}
funded-declared-total = Raporti deklaron një total prej
funded-declared-differs = Shumat e listës bëjnë një diferencë prej
funded-declared-kept = Shumat shfaqen ashtu siç i jep raporti, pa korrigjime.
funded-declared-same = Shumat e listës japin këtë total.
funded-declared-projects = Raporti deklaron { $count } projekte.
funded-date-note = Raporti nuk e jep datën e vendimit: përdoret { $date }.
funded-none = Asnjë projekt i financuar për t’u shfaqur.
funded-no-commune = Komuna nuk është dhënë
funded-commune-summary = { $count ->
    [one] 1 projekt,
   *[other] { $count } projekte,
}
funded-col-reference = Numri
funded-col-project = Projekti
funded-col-organisation = Organizata
funded-col-call = Thirrja
funded-col-amount = Shuma (€)
funded-downloads-title = Shkarkoni këto të dhëna
funded-downloads-text = Në formatin e hapur 360Giving, që financuesit e përdorin për të publikuar grantet e tyre.
funded-download-360giving-json = 360Giving, skedar JSON
funded-download-360giving-csv = 360Giving, tabelë CSV
opendata-grants-title = Grantet e dhëna (360Giving)
opendata-grants-text = Projektet e financuara nga thirrjet për projekte, në formatin e hapur 360Giving.
opendata-grants-link = Shihni projektet e financuara
