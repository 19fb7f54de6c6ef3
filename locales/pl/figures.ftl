# Dane liczbowe planu: strony publiczne i panelu, wykresy, eksporty.

figures-title = Włączenie cyfrowe w liczbach
figures-link = Liczby
figures-nav = Liczby
figures-intro = Co robią publiczne punkty cyfrowe (EPN) w regionie, co mają i kto je finansuje. Liczby to sumy: nikogo nie da się w nich rozpoznać.
figures-public-note = Można wybrać tylko rok. Przy dokładniejszych filtrach małą ukrytą liczbę dałoby się obliczyć, odejmując jedną tabelę od drugiej.
figures-bo-title = Liczby
figures-bo-intro-coordination = Liczby wszystkich miejsc, do filtrowania według okresu, gminy albo miejsca. Małe liczby nie są tu ukryte: nie publikuj ich w tej postaci.
figures-bo-intro-manager = Liczby twoich miejsc, do filtrowania według okresu albo miejsca.
figures-activity = Działania
figures-capacity = Możliwości i wizyty
figures-cadastre = Finansowanie i personel
figures-none-yet = Nie ma jeszcze liczb dla tego okresu.
figures-percent = { $value }%
figures-euros = { $amount } €
figures-hours = { $hours } h
figures-month = { $month ->
    [stycznia] styczeń
    [lutego] luty
    [marca] marzec
    [kwietnia] kwiecień
    [maja] maj
    [czerwca] czerwiec
    [lipca] lipiec
    [sierpnia] sierpień
    [listopada] listopad
    [grudnia] grudzień
   *[other] { $month }
} { $year }
figures-hidden = ukryte
figures-not-given = nie podano
figures-hidden-note = Liczba ukryta: mniej niż { $threshold } albo liczba, z której dałoby się obliczyć tak małą liczbę.
figures-hidden-export-note = „ukryte”: mniej niż { $threshold } albo liczba, z której dałoby się obliczyć tak małą liczbę.
figures-total = Razem
figures-respondents = Liczba osób, które odpowiedziały: { $count }.
figures-source = Źródło:
figures-download-csv = { $title }: pobierz jako CSV
figures-download-xlsx = { $title }: pobierz jako arkusz kalkulacyjny (Excel)
figures-chart-desc = Słupki: { $column } według: { $dimension }, { $rows ->
        [one] jeden wiersz
        [few] { $rows } wiersze
        [many] { $rows } wierszy
       *[other] { $rows } wiersza
    }. Wszystkie liczby są w tabeli.
figures-filter-title = Wybierz liczby
figures-show = Pokaż
figures-field-year = Rok
figures-year-hint = Liczby z całego roku kalendarzowego.
figures-field-from = Od miesiąca
figures-field-to = Do miesiąca
figures-month-hint = Miesiąc zapisany jako { $example }.
figures-field-commune = Gmina
figures-field-place = Miejsce
figures-any-commune = Wszystkie gminy
figures-any-place = Wszystkie miejsca
figures-all-my-places = Wszystkie moje miejsca
figures-error-year = { $field }: wybierz rok od { $first } do { $last }.
figures-error-month = { $field }: zapisz miesiąc jako { $example }.
figures-error-order = { $field }: ostatni miesiąc musi być późniejszy niż pierwszy.
figures-error-commune = { $field }: wybierz gminę z listy.
figures-error-place = { $field }: wybierz miejsce z listy.
figures-scope-all = Wszystkie miejsca w regionie
figures-scope-commune = Miejsca w gminie { $commune }
figures-scope-place = { $place }
figures-scope-mine = Wszystkie twoje miejsca
figures-scope = Okres: od { $from } do { $to }. Miejsca: { $places }.
figures-contents = Na tej stronie
figures-field-group = Grupa gmin
figures-group-hint = Gminy pogrupowane tak jak w broszurach regionu.
figures-any-group = Wszystkie grupy
figures-error-group = { $field }: wybierz grupę z listy.
figures-scope-group = Miejsca z grupy: { $group }
