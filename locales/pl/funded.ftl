funded-title = Projekty sfinansowane w naborach projektów
funded-call-title = Sfinansowane projekty: { $call }
funded-intro = Projekty wybrane w naborze projektów, według gminy, z kwotą, którą otrzymał każdy z nich.
funded-field-call = Nabór projektów
funded-all-calls = Wszystkie nabory
funded-show = Pokaż
funded-call-by = Finansuje: { $funder }, prowadzi: { $operator }.
funded-envelope = Pula środków naboru:
funded-call-link = Zobacz nabór i jego zasady
funded-summary = { $count ->
    [one] 1 sfinansowany projekt, łącznie na kwotę
    [few] { $count } sfinansowane projekty, łącznie na kwotę
    [many] { $count } sfinansowanych projektów, łącznie na kwotę
   *[other] { $count } sfinansowanego projektu, łącznie na kwotę
}
funded-declared-total = Sprawozdanie podaje łączną kwotę
funded-declared-differs = Kwoty z listy dają różnicę
funded-declared-kept = Kwoty są pokazane tak, jak podaje je sprawozdanie, bez poprawek.
funded-declared-same = Kwoty z listy sumują się do tej kwoty.
funded-declared-projects = Sprawozdanie podaje liczbę projektów: { $count }.
funded-date-note = Sprawozdanie nie podaje daty decyzji: przyjęto datę { $date }.
funded-none = Nie ma sfinansowanych projektów do pokazania.
funded-no-commune = Nie podano gminy
funded-commune-summary = { $count ->
    [one] 1 projekt,
    [few] { $count } projekty,
    [many] { $count } projektów,
   *[other] { $count } projektu,
}
funded-col-reference = Numer
funded-col-project = Projekt
funded-col-organisation = Organizacja
funded-col-call = Nabór
funded-col-amount = Kwota (€)
funded-downloads-title = Pobierz te dane
funded-downloads-text = W otwartym formacie 360Giving, w którym podmioty finansujące publikują swoje dotacje.
funded-download-360giving-json = 360Giving, plik JSON
funded-download-360giving-csv = 360Giving, tabela CSV
opendata-grants-title = Przyznane dotacje (360Giving)
opendata-grants-text = Projekty sfinansowane w naborach projektów, w otwartym formacie 360Giving.
opendata-grants-link = Zobacz sfinansowane projekty
