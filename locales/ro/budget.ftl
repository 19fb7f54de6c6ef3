# Bugetul planului: zona de administrare (tabele, verificări, registru, introducere, import) și pagina publică.
budget-nav-link = Buget
budget-nav = Paginile bugetului
budget-title = Bugetul planului
budget-intro = Bugetul pentru { $plan }, calculat din rândurile registrului: ce era planificat, ce s-a cheltuit și fiecare total declarat care nu corespunde rândurilor lui.
budget-tables-link = Tabele și verificări
budget-ledger-link = Registru
budget-new-row-link = Introduceți un rând
budget-import-link = Importați o foaie de calcul
budget-public-link = Pagina publică
budget-show = Afișați
budget-year-title = Anul { $year }
budget-planned-title = Buget planificat
budget-actual-title = Cheltuieli efective
budget-measures-title = Pe măsură și acțiune
budget-downloads-title = Descărcări
budget-download-ledger-csv = Rândurile registrului din { $year } (CSV)
budget-download-rows-csv = Aceste rânduri (CSV)
budget-download-xlsx = Tabelele din { $year } în forma raportului (XLSX)
budget-download-datapackage = Date deschise: bugetul ca Data Package (ZIP cu fișiere CSV)
budget-planned-caption = Buget planificat { $year } pe axă și sursă de finanțare, în euro
budget-actual-caption = Cheltuieli efective { $year } din sursele planului, pe axă, în euro
budget-variance-caption = Planificat și efectiv { $year } pe axă și sursă, cu diferența și ponderea ei, în euro
budget-other-caption = Cheltuieli efective { $year } din celălalt buget al centrului informatic, pe axă, în euro
budget-measures-caption = Buget { $year } pe măsură și acțiune, în euro
budget-axis = Axă
budget-source = Sursă
budget-measure = Măsură
budget-total = Total
budget-axis-total = Total axă
budget-planned = Planificat
budget-actual = Efectiv
budget-actual-plan = Cheltuit (plan)
budget-actual-other = Cheltuit (alt buget)
budget-difference = Diferență
budget-share = Pondere
budget-no-share = necalculat (nimic planificat)
budget-measure-name = Măsura { $number } – { $name }
budget-axis-other-lines = { $axis }: rânduri fără măsură
budget-line-unspecified = Fără acțiune
budget-sources-all = toate sursele
budget-sources-plan = sursele planului
budget-sources-other = celălalt buget
budget-checks-title = Verificări de coerență
budget-checks-none = Fiecare total declarat este egal cu suma rândurilor lui.
budget-checks-count = { $count ->
    [one] Un total declarat diferă de suma rândurilor lui.
    [few] { $count } totaluri declarate diferă de suma rândurilor lor.
   *[other] { $count } de totaluri declarate diferă de suma rândurilor lor.
}
budget-checks-caption = Totaluri declarate { $year } care diferă de rândurile lor, în euro
budget-check-where = Total declarat
budget-check-declared = Declarat
budget-check-computed = Suma rândurilor
budget-phase-budget = Buget
budget-phase-revised = Buget rectificat
budget-phase-commitment = Angajament
budget-phase-actual = Efectiv
budget-field-year = Anul
budget-field-phase = Faza
budget-field-source = Sursa de finanțare
budget-field-axis = Axa
budget-field-measure = Măsura
budget-field-action = Acțiunea
budget-field-date = Data
budget-field-supplier = Furnizor
budget-field-invoice = Referința facturii
budget-field-label = Descriere
budget-field-amount = Sumă cu TVA (euro)
budget-field-note = Notă
budget-field-reason = Motiv
budget-problem-missing = { $field }: acest câmp este obligatoriu.
budget-problem-unknown = { $field }: „{ $value }” nu face parte din plan. Alegeți din listă.
budget-problem-not-under = { $field }: nu face parte din axa sau măsura aleasă. Alegeți ceva din ea sau lăsați câmpul gol.
budget-problem-year-outside = { $field }: dați un an al planului, de la { $first } la { $last }.
budget-problem-not-a-year = { $field }: dați un an din patru cifre, de la { $first } la { $last }.
budget-problem-date-outside = { $field }: data trebuie să fie în anul rândului.
budget-problem-not-a-date = { $field }: dați o dată sub forma zi/lună/an, de exemplu 15/03/2021.
budget-problem-amount-missing = { $field }: dați o sumă în euro, de exemplu 1 250,50.
budget-problem-amount-not-an-amount = { $field }: scrieți o sumă în euro cu cifre, de exemplu 1 250,50.
budget-problem-amount-decimals = { $field }: cel mult două zecimale (cenți), de exemplu 42 320,96.
budget-problem-amount-ambiguous = { $field }: sunt mii sau trei zecimale? Scrieți 1 234,00 pentru o mie două sute treizeci și patru de euro sau dați cel mult două zecimale.
budget-problem-amount-negative = { $field }: o sumă negativă este doar pentru un buget rectificat. Ca să corectați un rând, stornați-l.
budget-problem-amount-too-large = { $field }: suma este prea mare (trebuie să fie sub un miliard de euro).
budget-problem-too-long = { $field }: cel mult { $max } { $max ->
        [one] caracter
        [few] caractere
       *[other] de caractere
    }.
budget-ledger-title = Registrul bugetului
budget-ledger-intro = Un rând pentru fiecare mișcare de bani. Un rând nu se modifică niciodată: o greșeală este stornată printr-un rând nou, cu un motiv.
budget-ledger-caption = { $count ->
    [one] Un rând în registru, cele mai noi primele
    [few] { $count } rânduri în registru, cele mai noi primele
   *[other] { $count } de rânduri în registru, cele mai noi primele
}
budget-ledger-empty = Niciun rând nu corespunde acestor filtre.
budget-filters-title = Filtrați rândurile
budget-filter = Filtrați
budget-filter-any = Toate
budget-where = Axă, măsură, acțiune
budget-amount-euros = Sumă (€)
budget-row-is-reversal = (stornare)
budget-row-is-reversed = (stornat)
budget-row-title = Rând din registru: { $label }
budget-row-number = Rândul { $id }
budget-row-saved = Rândul a fost salvat în registru.
budget-row-reversal-saved = Stornarea a fost salvată: acest rând nou anulează rândul inițial.
budget-none = —
budget-none-choice = (niciunul)
budget-origin = Introdus prin
budget-origin-form = formular
budget-origin-import = import din foaie de calcul
budget-origin-demo = date demonstrative
budget-created = Introdus pe
budget-reverses = Stornează
budget-reversed-by = Stornat de
budget-reverse-title = Stornați acest rând
budget-reverse-intro = Un rând nu se modifică niciodată. Stornarea lui adaugă un rând nou cu suma opusă, cu motivul dumneavoastră; amândouă rămân în registru.
budget-reverse-reason-hint = De ce este stornat acest rând? De exemplu: introdus de două ori, măsură greșită.
budget-reverse-button = Stornați rândul
budget-reverse-refused-title = Acest rând nu poate fi stornat
budget-reverse-refused-text = Este deja stornat sau este el însuși o stornare.
budget-back-to-row = Înapoi la rând
budget-new-row-title = Introduceți un rând în registru
budget-new-row-intro = Câmpurile cu listă folosesc axele, măsurile și acțiunile planului. Axa poate rămâne goală când este aleasă o măsură.
budget-phase-hint = Bugetul și bugetul rectificat planifică banii; angajamentul și efectivul îi cheltuiesc.
budget-axis-hint = Lăsați gol ca să se folosească axa măsurii.
budget-measure-hint = Opțional; alegeți-o ca să numărați rândul la o măsură.
budget-action-hint = Opțional; o acțiune a măsurii alese.
budget-date-hint = Opțional; în anul rândului.
budget-label-hint = Pentru ce sunt banii, așa cum va apărea în tabele.
budget-amount-hint = În euro cu TVA, de exemplu 42 320,96 sau 42320.96. Negativ doar pentru un buget rectificat.
budget-reason-hint = Obligatoriu pentru un buget rectificat: de ce se schimbă bugetul.
budget-save-row = Salvați rândul
budget-overspend-title = Acest rând depășește bugetul
budget-overspend-text = Duce această linie peste bugetul ei: { $where }.
budget-overspend-budget = Bugetul liniei:
budget-overspend-after = Cu acest rând:
budget-overspend-beyond = Depășire a bugetului cu:
budget-overspend-choice = Salvați-l totuși dacă este corect sau modificați rândul și verificați-l din nou.
budget-overspend-confirm = Salvați totuși
budget-check-again = Verificați din nou
budget-public-title = Bugetul planului
budget-public-intro = Bugetul pentru { $plan }: ce este planificat pe axă, sursă de finanțare și măsură.
budget-actuals-not-public = Cheltuielile efective nu sunt publicate pentru acest plan.
budget-summary-planned = Buget planificat { $year }
budget-summary-spent = Cheltuit în { $year }
budget-summary-link = Tot bugetul planului
budget-import-title = Importați rânduri în registru dintr-o foaie de calcul
budget-import-intro = Un fișier CSV sau XLSX cu un rând pentru fiecare mișcare de bani și un rând de antet. Nu se scrie nimic înainte să fi văzut toate problemele.
budget-import-step-upload = Trimiteți fișierul.
budget-import-step-map = Spuneți ce coloană dă fiecare câmp (ghicit din antete).
budget-import-step-preview = Vedeți fiecare rând greșit cu linia lui, apoi nu importați nimic sau importați doar rândurile bune.
budget-import-file = Foaie de calcul (CSV sau XLSX)
budget-import-file-hint = Cel mult { $mb } MB; prima linie dă numele coloanelor.
budget-import-send = Trimiteți și asociați coloanele
budget-import-no-file = Foaie de calcul: alegeți un fișier CSV sau XLSX.
budget-import-too-large = Foaie de calcul: fișierul este mai mare de { $mb } MB.
budget-import-empty = Foaie de calcul: fișierul nu are rând de antet sau niciun rând sub el.
budget-import-not-utf8 = Foaie de calcul: fișierul CSV nu este în UTF-8. Salvați-l ca „CSV UTF-8” și trimiteți-l din nou.
budget-import-csv-line = Foaie de calcul: linia { $line } nu poate fi citită (ghilimele neînchise?).
budget-import-not-workbook = Foaie de calcul: fișierul nu este un registru de calcul care poate fi deschis. Salvați-l ca XLSX sau CSV.
budget-import-too-many = Foaie de calcul: cel mult { $max } { $max ->
        [one] rând
        [few] rânduri
       *[other] de rânduri
    } într-un fișier.
budget-import-unknown-column = { $field }: fișierul nu are coloana „{ $column }”.
budget-import-gone-title = Acest import nu mai este disponibil
budget-import-gone-text = Fișierul este păstrat o oră, pentru persoana care l-a trimis. Trimiteți-l din nou.
budget-import-again = Importați un fișier
budget-import-map-title = Ce coloană dă fiecare câmp?
budget-import-map-intro = Fișierul { $file } are { $columns } { $columns ->
        [one] coloană
        [few] coloane
       *[other] de coloane
    }. Alegerile de mai jos sunt ghicite din antetele lui: verificați-le.
budget-import-not-in-file = (nu este în fișier)
budget-import-columns = Coloanele fișierului
budget-import-columns-hint = Un câmp fără coloană rămâne gol pe toate rândurile.
budget-import-fixed = O singură valoare pentru toate rândurile
budget-import-fixed-hint = Când fișierul nu are coloană pentru an, fază sau sursă, alegeți-o aici.
budget-import-check = Verificați rândurile
budget-import-preview-title = Verificați înainte de import
budget-import-counts = { $good ->
    [one] Un rând bun
    [few] { $good } rânduri bune
   *[other] { $good } de rânduri bune
}, { $bad ->
    [0] niciun rând greșit.
    [one] un rând greșit.
    [few] { $bad } rânduri greșite.
   *[other] { $bad } de rânduri greșite.
}
budget-import-problems-caption = { $count ->
    [one] O problemă, pe linii ale fișierului
    [few] { $count } probleme, pe linii ale fișierului
   *[other] { $count } de probleme, pe linii ale fișierului
}
budget-import-line = Linie
budget-import-field = Câmp
budget-import-problem = Problemă
budget-import-good-caption = Primele { $count } din cele { $total } { $total ->
        [one] rând bun
        [few] rânduri bune
       *[other] de rânduri bune
    }
budget-import-choice = Ce faceți
budget-import-all = Importați { $count ->
        [one] rândul
        [few] cele { $count } rânduri
       *[other] cele { $count } de rânduri
    }
budget-import-good-only = Importați doar { $count ->
        [one] rândul bun
        [few] cele { $count } rânduri bune
       *[other] cele { $count } de rânduri bune
    }
budget-import-nothing = Nu importați nimic: corectați fișierul și trimiteți-l din nou
budget-import-done = { $count ->
    [one] Un rând importat.
    [few] { $count } rânduri importate.
   *[other] { $count } de rânduri importate.
}
budget-opendata-title = Bugetul planului
budget-opendata-text = Bugetul planului – planificat și cheltuit, atunci când regiunea îl publică – este și el date deschise: tabelele lui, o foaie de calcul și un Data Package.
budget-opendata-link = Pagina bugetului
