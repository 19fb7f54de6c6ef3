# Cifrele planului: pagini publice și din zona de administrare, grafice, exporturi.

figures-title = Incluziunea digitală în cifre
figures-link = Cifre
figures-nav = Cifre
figures-intro = Ce fac spațiile publice digitale (EPN) ale regiunii, ce au și cine le finanțează. Cifrele sunt totaluri: nimeni nu poate fi recunoscut în ele.
figures-public-note = Se poate alege doar anul. Cu filtre mai fine, un număr mic ascuns ar putea fi aflat scăzând un tabel din altul.
figures-bo-title = Cifre
figures-bo-intro-coordination = Cifrele tuturor locurilor, de filtrat după perioadă, comună sau loc. Numerele mici nu sunt ascunse aici: nu le publicați așa cum sunt.
figures-bo-intro-manager = Cifrele locurilor dumneavoastră, de filtrat după perioadă sau loc.
figures-activity = Activități
figures-capacity = Capacitate și vizite
figures-cadastre = Finanțare și personal
figures-none-yet = Încă nu există cifre pentru această perioadă.
figures-percent = { $value }%
figures-euros = { $amount } €
figures-hours = { $hours } h
figures-month = { $month } { $year }
figures-hidden = ascuns
figures-not-given = necomunicat
figures-hidden-note = Număr ascuns: mai puțin de { $threshold } sau un număr din care s-ar putea calcula un număr atât de mic.
figures-hidden-export-note = „ascuns”: mai puțin de { $threshold } sau un număr din care s-ar putea calcula un număr atât de mic.
figures-total = Total
figures-respondents = Număr de respondenți: { $count }.
figures-source = Sursa:
figures-download-csv = { $title }: descărcați în format CSV
figures-download-xlsx = { $title }: descărcați ca foaie de calcul (Excel)
figures-chart-desc = Bare: { $column } după { $dimension }, { $rows ->
        [one] un rând
        [few] { $rows } rânduri
       *[other] { $rows } de rânduri
    }. Fiecare cifră se află în tabel.
figures-filter-title = Alegeți cifrele
figures-show = Afișați
figures-field-year = Anul
figures-year-hint = Cifrele întregului an calendaristic.
figures-field-from = De la luna
figures-field-to = Până la luna
figures-month-hint = O lună scrisă sub forma { $example }.
figures-field-commune = Comuna
figures-field-place = Locul
figures-any-commune = Toate comunele
figures-any-place = Toate locurile
figures-all-my-places = Toate locurile mele
figures-error-year = { $field }: alegeți un an între { $first } și { $last }.
figures-error-month = { $field }: scrieți luna sub forma { $example }.
figures-error-order = { $field }: ultima lună trebuie să vină după prima lună.
figures-error-commune = { $field }: alegeți o comună din listă.
figures-error-place = { $field }: alegeți un loc din listă.
figures-scope-all = Toate locurile din regiune
figures-scope-commune = Locurile din { $commune }
figures-scope-place = { $place }
figures-scope-mine = Toate locurile dumneavoastră
figures-scope = Perioada: de la { $from } până la { $to }. Locuri: { $places }.
figures-contents = Pe această pagină
figures-field-group = Grup de comune
figures-group-hint = Comunele grupate ca în broșurile regiunii.
figures-any-group = Toate grupurile
figures-error-group = { $field }: alegeți un grup din listă.
figures-scope-group = Locurile din { $group }
