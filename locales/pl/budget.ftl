# Budżet planu: panel administracyjny (tabele, kontrole, księga, wpis, import) i strona publiczna.
budget-nav-link = Budżet
budget-nav = Strony budżetu
budget-title = Budżet planu
budget-intro = Budżet: { $plan }. Jest obliczony z wierszy księgi: co zaplanowano, co wydano i każda zadeklarowana suma, która nie zgadza się ze swoimi pozycjami.
budget-tables-link = Tabele i kontrole
budget-ledger-link = Księga
budget-new-row-link = Wpisz wiersz
budget-import-link = Zaimportuj arkusz kalkulacyjny
budget-public-link = Strona publiczna
budget-show = Pokaż
budget-year-title = Rok { $year }
budget-planned-title = Budżet planowany
budget-actual-title = Wydatki rzeczywiste
budget-measures-title = Według działań i zadań
budget-downloads-title = Do pobrania
budget-download-ledger-csv = Wiersze księgi za { $year } (CSV)
budget-download-rows-csv = Te wiersze (CSV)
budget-download-xlsx = Tabele za { $year } w układzie sprawozdania (XLSX)
budget-download-datapackage = Otwarte dane: budżet jako Data Package (ZIP z plikami CSV)
budget-planned-caption = Budżet planowany { $year } według osi i źródła finansowania, w euro
budget-actual-caption = Wydatki rzeczywiste { $year } ze źródeł planu według osi, w euro
budget-variance-caption = Plan i wykonanie { $year } według osi i źródła, z różnicą i jej udziałem, w euro
budget-other-caption = Wydatki rzeczywiste { $year } z innego budżetu centrum informatycznego według osi, w euro
budget-measures-caption = Budżet { $year } według działań i zadań, w euro
budget-axis = Oś
budget-source = Źródło
budget-measure = Działanie
budget-total = Razem
budget-axis-total = Razem oś
budget-planned = Planowane
budget-actual = Wykonane
budget-actual-plan = Wydane (plan)
budget-actual-other = Wydane (inny budżet)
budget-difference = Różnica
budget-share = Udział
budget-no-share = nie obliczono (nic nie zaplanowano)
budget-measure-name = Działanie { $number } – { $name }
budget-axis-other-lines = { $axis }: pozycje bez działania
budget-line-unspecified = Bez zadania
budget-sources-all = wszystkie źródła
budget-sources-plan = źródła planu
budget-sources-other = inny budżet
budget-checks-title = Kontrole spójności
budget-checks-none = Każda zadeklarowana suma jest równa sumie swoich pozycji.
budget-checks-count = { $count ->
    [one] Jedna zadeklarowana suma różni się od sumy swoich pozycji.
    [few] { $count } zadeklarowane sumy różnią się od sumy swoich pozycji.
    [many] { $count } zadeklarowanych sum różni się od sumy swoich pozycji.
   *[other] Zadeklarowane sumy, które różnią się od sumy swoich pozycji: { $count }.
}
budget-checks-caption = Zadeklarowane sumy { $year }, które różnią się od swoich pozycji, w euro
budget-check-where = Zadeklarowana suma
budget-check-declared = Zadeklarowano
budget-check-computed = Suma pozycji
budget-phase-budget = Budżet
budget-phase-revised = Budżet zmieniony
budget-phase-commitment = Zaangażowanie
budget-phase-actual = Wykonanie
budget-field-year = Rok
budget-field-phase = Etap
budget-field-source = Źródło finansowania
budget-field-axis = Oś
budget-field-measure = Działanie
budget-field-action = Zadanie
budget-field-date = Data
budget-field-supplier = Dostawca
budget-field-invoice = Numer faktury
budget-field-label = Opis
budget-field-amount = Kwota z VAT (euro)
budget-field-note = Uwaga
budget-field-reason = Powód
budget-problem-missing = { $field }: to pole jest obowiązkowe.
budget-problem-unknown = { $field }: „{ $value }” nie należy do planu. Wybierz z listy.
budget-problem-not-under = { $field }: to nie należy do wybranej osi ani działania. Wybierz coś z nich albo zostaw puste.
budget-problem-year-outside = { $field }: podaj rok planu, od { $first } do { $last }.
budget-problem-not-a-year = { $field }: podaj rok czterema cyframi, od { $first } do { $last }.
budget-problem-date-outside = { $field }: data musi przypadać w roku wiersza.
budget-problem-not-a-date = { $field }: podaj datę w postaci dzień/miesiąc/rok, na przykład 15/03/2021.
budget-problem-amount-missing = { $field }: podaj kwotę w euro, na przykład 1 250,50.
budget-problem-amount-not-an-amount = { $field }: zapisz kwotę w euro cyframi, na przykład 1 250,50.
budget-problem-amount-decimals = { $field }: najwyżej dwa miejsca po przecinku (centy), na przykład 42 320,96.
budget-problem-amount-ambiguous = { $field }: to tysiące czy trzy miejsca po przecinku? Napisz 1 234,00, jeśli chodzi o tysiąc dwieście trzydzieści cztery euro, albo podaj najwyżej dwa miejsca po przecinku.
budget-problem-amount-negative = { $field }: kwota ujemna jest dozwolona tylko w budżecie zmienionym. Żeby poprawić wiersz, zrób jego storno.
budget-problem-amount-too-large = { $field }: kwota jest za duża (musi być mniejsza niż miliard euro).
budget-problem-too-long = { $field }: najwyżej { $max } znaków.
budget-ledger-title = Księga budżetowa
budget-ledger-intro = Jeden wiersz na każdy ruch pieniędzy. Wiersza nigdy się nie zmienia: błąd odwraca się nowym wierszem (storno), z podaniem powodu.
budget-ledger-caption = { $count ->
    [one] Jeden wiersz księgi, od najnowszych
    [few] { $count } wiersze księgi, od najnowszych
    [many] { $count } wierszy księgi, od najnowszych
   *[other] { $count } wiersza księgi, od najnowszych
}
budget-ledger-empty = Żaden wiersz nie pasuje do tych filtrów.
budget-filters-title = Filtruj wiersze
budget-filter = Filtruj
budget-filter-any = Wszystkie
budget-where = Oś, działanie, zadanie
budget-amount-euros = Kwota (€)
budget-row-is-reversal = (storno)
budget-row-is-reversed = (wystornowany)
budget-row-title = Wiersz księgi: { $label }
budget-row-number = Wiersz { $id }
budget-row-saved = Wiersz został zapisany w księdze.
budget-row-reversal-saved = Storno zostało zapisane: ten nowy wiersz anuluje pierwotny.
budget-none = –
budget-none-choice = (brak)
budget-origin = Sposób wpisania
budget-origin-form = formularz
budget-origin-import = import arkusza kalkulacyjnego
budget-origin-demo = dane demonstracyjne
budget-created = Data wpisania
budget-reverses = Stornuje
budget-reversed-by = Wystornowany przez
budget-reverse-title = Wystornuj ten wiersz
budget-reverse-intro = Wiersza nigdy się nie zmienia. Storno dodaje nowy wiersz z kwotą przeciwną i twoim powodem; oba zostają w księdze.
budget-reverse-reason-hint = Dlaczego ten wiersz jest stornowany? Na przykład: wpisany dwa razy, złe działanie.
budget-reverse-button = Wystornuj wiersz
budget-reverse-refused-title = Tego wiersza nie można wystornować
budget-reverse-refused-text = Jest już wystornowany albo sam jest stornem.
budget-back-to-row = Wróć do wiersza
budget-new-row-title = Wpisz wiersz księgi
budget-new-row-intro = Pola z listą zawierają osie, działania i zadania planu. Oś może zostać pusta, gdy wybrano działanie.
budget-phase-hint = Budżet i budżet zmieniony planują pieniądze; zaangażowanie i wykonanie je wydają.
budget-axis-hint = Zostaw puste, żeby przyjąć oś działania.
budget-measure-hint = Nieobowiązkowe; wybierz, żeby liczyć wiersz w ramach działania.
budget-action-hint = Nieobowiązkowe; zadanie wybranego działania.
budget-date-hint = Nieobowiązkowe; w roku wiersza.
budget-label-hint = Na co są pieniądze, tak jak ma się to pojawić w tabelach.
budget-amount-hint = W euro z VAT, na przykład 42 320,96 albo 42320.96. Ujemna tylko w budżecie zmienionym.
budget-reason-hint = Obowiązkowe w budżecie zmienionym: dlaczego budżet się zmienia.
budget-save-row = Zapisz wiersz
budget-overspend-title = Ten wiersz przekracza swój budżet
budget-overspend-text = Przez niego ta pozycja przekracza swój budżet: { $where }.
budget-overspend-budget = Budżet pozycji:
budget-overspend-after = Z tym wierszem:
budget-overspend-beyond = Przekroczenie budżetu o:
budget-overspend-choice = Zapisz mimo to, jeśli to jest prawidłowe, albo zmień wiersz i sprawdź go jeszcze raz.
budget-overspend-confirm = Zapisz mimo to
budget-check-again = Sprawdź jeszcze raz
budget-public-title = Budżet planu
budget-public-intro = Budżet: { $plan }. Co jest zaplanowane według osi, źródła finansowania i działania.
budget-actuals-not-public = Wydatki rzeczywiste nie są publikowane dla tego planu.
budget-summary-planned = Budżet planowany { $year }
budget-summary-spent = Wydano w { $year }
budget-summary-link = Cały budżet planu
budget-import-title = Zaimportuj wiersze księgi z arkusza kalkulacyjnego
budget-import-intro = Plik CSV lub XLSX z jednym wierszem na każdy ruch pieniędzy i wierszem nagłówka. Nic nie zostanie zapisane, zanim nie zobaczysz wszystkich problemów.
budget-import-step-upload = Wyślij plik.
budget-import-step-map = Wskaż, która kolumna podaje każde pole (odgadnięte z nagłówków).
budget-import-step-preview = Zobacz każdy błędny wiersz z numerem linii, a potem nie importuj nic albo zaimportuj tylko poprawne wiersze.
budget-import-file = Arkusz kalkulacyjny (CSV lub XLSX)
budget-import-file-hint = Najwyżej { $mb } MB; pierwsza linia zawiera nazwy kolumn.
budget-import-send = Wyślij i przypisz kolumny
budget-import-no-file = Arkusz kalkulacyjny: wybierz plik CSV lub XLSX.
budget-import-too-large = Arkusz kalkulacyjny: plik jest większy niż { $mb } MB.
budget-import-empty = Arkusz kalkulacyjny: plik nie ma linii nagłówka albo nie ma pod nią żadnego wiersza.
budget-import-not-utf8 = Arkusz kalkulacyjny: plik CSV nie jest w UTF-8. Zapisz go jako „CSV UTF-8” i wyślij jeszcze raz.
budget-import-csv-line = Arkusz kalkulacyjny: nie da się odczytać linii { $line } (niezamknięty cudzysłów?).
budget-import-not-workbook = Arkusz kalkulacyjny: tego pliku nie da się otworzyć jako skoroszytu. Zapisz go jako XLSX albo CSV.
budget-import-too-many = Arkusz kalkulacyjny: najwyżej { $max } wierszy w jednym pliku.
budget-import-unknown-column = { $field }: plik nie ma kolumny „{ $column }”.
budget-import-gone-title = Ten import nie jest już dostępny
budget-import-gone-text = Plik jest przechowywany przez godzinę, dla osoby, która go wysłała. Wyślij go jeszcze raz.
budget-import-again = Zaimportuj plik
budget-import-map-title = Która kolumna podaje każde pole?
budget-import-map-intro = Liczba kolumn w pliku { $file }: { $columns }. Wybory poniżej są odgadnięte z nagłówków: sprawdź je.
budget-import-not-in-file = (nie ma w pliku)
budget-import-columns = Kolumny pliku
budget-import-columns-hint = Pole bez kolumny zostaje puste w każdym wierszu.
budget-import-fixed = Jedna wartość dla wszystkich wierszy
budget-import-fixed-hint = Jeśli plik nie ma kolumny z rokiem, etapem albo źródłem, wybierz je tutaj.
budget-import-check = Sprawdź wiersze
budget-import-preview-title = Sprawdź przed importem
budget-import-counts = { $good ->
    [one] Jeden poprawny wiersz
    [few] { $good } poprawne wiersze
    [many] { $good } poprawnych wierszy
   *[other] { $good } poprawnego wiersza
}, { $bad ->
    [0] brak błędnych wierszy.
    [one] jeden błędny wiersz.
    [few] { $bad } błędne wiersze.
    [many] { $bad } błędnych wierszy.
   *[other] { $bad } błędnego wiersza.
}
budget-import-problems-caption = { $count ->
    [one] Jeden problem, według linii pliku
    [few] { $count } problemy, według linii pliku
    [many] { $count } problemów, według linii pliku
   *[other] { $count } problemu, według linii pliku
}
budget-import-line = Linia
budget-import-field = Pole
budget-import-problem = Problem
budget-import-good-caption = Pierwsze poprawne wiersze: { $count } z { $total }
budget-import-choice = Co zrobić
budget-import-all = { $count ->
    [one] Zaimportuj 1 wiersz
    [few] Zaimportuj { $count } wiersze
    [many] Zaimportuj { $count } wierszy
   *[other] Zaimportuj { $count } wiersza
}
budget-import-good-only = Zaimportuj tylko poprawne wiersze ({ $count })
budget-import-nothing = Nie importuj nic: popraw plik i wyślij go jeszcze raz
budget-import-done = { $count ->
    [one] Zaimportowano jeden wiersz.
    [few] Zaimportowano { $count } wiersze.
    [many] Zaimportowano { $count } wierszy.
   *[other] Zaimportowano { $count } wiersza.
}
budget-opendata-title = Budżet planu
budget-opendata-text = Budżet planu – zaplanowany oraz wydany, gdy region go publikuje – to także otwarte dane: jego tabele, arkusz kalkulacyjny i Data Package.
budget-opendata-link = Strona budżetu
