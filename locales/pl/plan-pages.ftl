## Publiczne strony planu: plan, oś, działanie, kwartały.
plan-pages-intro = Regionalny plan włączenia cyfrowego, od { $first } do { $last }. Liczba osi: { $axes }, liczba działań: { $measures }. Przy każdym działaniu widać, co trzeba zrobić, do kiedy i na jakim jest etapie.
plan-pages-approved = Zatwierdzony przez komitet sterujący { $date } (wersja { $number }).
plan-pages-not-approved = Komitet sterujący nie zatwierdził jeszcze żadnej wersji planu.
plan-pages-changes-since = { $count ->
    [one] Od tamtej pory zmienił się 1 element planu.
    [few] Od tamtej pory zmieniły się { $count } elementy planu.
    [many] Od tamtej pory zmieniło się { $count } elementów planu.
   *[other] Od tamtej pory zmieniło się { $count } elementu planu.
}
plan-pages-no-changes-since = Od tamtej pory nic się nie zmieniło.
plan-pages-quarters-link = Rezultaty kwartał po kwartale
plan-pages-budget-link = Budżet planu
plan-pages-csv-link = Pobierz wszystkie rezultaty (plik CSV)
plan-pages-axes-title = Osie i ich działania
plan-pages-axis-name = Oś { $number }: { $name }
plan-pages-deliverables-count = { $count ->
    [0] Nie ma jeszcze rezultatów.
    [one] 1 rezultat –
    [few] { $count } rezultaty –
    [many] { $count } rezultatów –
   *[other] { $count } rezultatu –
}
plan-pages-status-count = { $status }: { $count }
plan-pages-overdue = Po terminie
plan-pages-overdue-count = Po terminie: { $count }
plan-pages-owner = Odpowiada: { $name }
plan-pages-due = Termin: { $quarter }
plan-pages-no-deliverables = Nie ma jeszcze rezultatów.
plan-pages-deliverables-title = Rezultaty
plan-pages-measures-title = Działania
plan-pages-budget-title = Budżet
plan-pages-all-plan = Cały plan
plan-pages-field-year = Rok
plan-pages-all-years = Wszystkie lata
plan-pages-show = Pokaż
plan-pages-axis-label = Oś
plan-pages-owners = Prowadzą
plan-pages-partners = Partnerzy
plan-pages-publics = Dla kogo
plan-pages-nobody = Jeszcze nikt
plan-pages-actions-title = Zadania
plan-pages-no-actions = Brak szczegółowych zadań.
plan-pages-evidence-title = Dowody w Passerelle
plan-pages-evidence-intro = Te strony Passerelle pokazują pracę wykonaną w ramach tego działania.
plan-pages-no-evidence = Passerelle nie ma jeszcze publicznej strony dla tego działania.
plan-pages-area-label = Znak jakości publicznych punktów cyfrowych (EPN)
plan-pages-area-label-list = Lista EPN ze znakiem jakości
plan-pages-label-count = { $count ->
    [0] Żaden EPN nie ma jeszcze znaku jakości.
    [one] Dziś 1 EPN ma znak jakości.
    [few] Dziś { $count } EPN mają znak jakości.
    [many] Dziś { $count } EPN ma znak jakości.
   *[other] Dziś { $count } EPN ma znak jakości.
}
plan-pages-area-survey = Wyniki ankiety dla odwiedzających ({ $edition })
plan-pages-area-figures = Liczby wizyt i działań
plan-pages-area-sessions = Warsztaty i kursy
plan-pages-area-directory = Znajdź pomoc cyfrową blisko ciebie
plan-pages-area-diagnostic = Test, który pokazuje, jaka pomoc ci pasuje
plan-pages-quarters-title = Rezultaty kwartał po kwartale
plan-pages-quarters-intro = Dla każdego kwartału planu: co trzeba dostarczyć i na jakim jest to etapie. „Po terminie” znaczy, że kwartał się skończył, a rezultat nie jest zrobiony.
plan-pages-quarter-count = { $count ->
    [one] 1 rezultat
    [few] { $count } rezultaty
    [many] { $count } rezultatów
   *[other] { $count } rezultatu
}
plan-pages-quarter-empty = W tym kwartale nic nie ma terminu.
plan-pages-current-quarter = ten kwartał
plan-pages-opendata-title = Plan i jego rezultaty
plan-pages-opendata-text = Osie i działania planu, z tym, co trzeba dostarczyć i na jakim jest to etapie, także jako plik CSV:
plan-pages-opendata-link = Strona planu
plan-pages-budget-plan-link = Działania planu i ich rezultaty
