## Paginile publice ale planului: planul, o axă, o măsură, trimestrele.
plan-pages-intro = Planul regional pentru incluziune digitală, din { $first } până în { $last }. Are { $axes } { $axes ->
        [one] axă
        [few] axe
       *[other] de axe
    } și { $measures } { $measures ->
        [one] măsură
        [few] măsuri
       *[other] de măsuri
    }. Pentru fiecare măsură, vedeți ce trebuie făcut, până când și cât de avansată este.
plan-pages-approved = Aprobat de comitetul de pilotaj pe { $date } (versiunea { $number }).
plan-pages-not-approved = Comitetul de pilotaj nu a aprobat încă nicio versiune a planului.
plan-pages-changes-since = { $count ->
    [one] De atunci, 1 element al planului s-a schimbat.
    [few] De atunci, { $count } elemente ale planului s-au schimbat.
   *[other] De atunci, { $count } de elemente ale planului s-au schimbat.
}
plan-pages-no-changes-since = Nimic nu s-a schimbat de atunci.
plan-pages-quarters-link = Livrabilele, trimestru cu trimestru
plan-pages-budget-link = Bugetul planului
plan-pages-csv-link = Descărcați toate livrabilele (fișier CSV)
plan-pages-axes-title = Axele și măsurile lor
plan-pages-axis-name = Axa { $number }: { $name }
plan-pages-deliverables-count = { $count ->
    [0] Niciun livrabil încă.
    [one] 1 livrabil –
    [few] { $count } livrabile –
   *[other] { $count } de livrabile –
}
plan-pages-status-count = { $status }: { $count }
plan-pages-overdue = Termen depășit
plan-pages-overdue-count = Termen depășit: { $count }
plan-pages-owner = Responsabil: { $name }
plan-pages-due = Termen: { $quarter }
plan-pages-no-deliverables = Niciun livrabil încă.
plan-pages-deliverables-title = Livrabilele
plan-pages-measures-title = Măsurile
plan-pages-budget-title = Bugetul
plan-pages-all-plan = Tot planul
plan-pages-field-year = Anul
plan-pages-all-years = Toți anii
plan-pages-show = Afișați
plan-pages-axis-label = Axa
plan-pages-owners = Condus de
plan-pages-partners = Parteneri
plan-pages-publics = Pentru cine
plan-pages-nobody = Încă nimeni
plan-pages-actions-title = Acțiunile
plan-pages-no-actions = Nicio acțiune detaliată.
plan-pages-evidence-title = Dovezile din Passerelle
plan-pages-evidence-intro = Aceste pagini din Passerelle arată munca făcută pentru această măsură.
plan-pages-no-evidence = Passerelle nu are încă nicio pagină publică pentru această măsură.
plan-pages-area-label = Eticheta spațiilor publice digitale (EPN)
plan-pages-area-label-list = Lista EPN cu etichetă
plan-pages-label-count = { $count ->
    [0] Încă niciun EPN nu are etichetă.
    [one] Astăzi, 1 EPN are etichetă.
    [few] Astăzi, { $count } EPN au etichetă.
   *[other] Astăzi, { $count } de EPN au etichetă.
}
plan-pages-area-survey = Rezultatele chestionarului pentru vizitatori ({ $edition })
plan-pages-area-figures = Cifrele vizitelor și ale activității
plan-pages-area-sessions = Ateliere și cursuri
plan-pages-area-directory = Găsiți ajutor digital aproape de dumneavoastră
plan-pages-area-diagnostic = Autoevaluarea care vă arată ce ajutor vi se potrivește
plan-pages-quarters-title = Livrabilele, trimestru cu trimestru
plan-pages-quarters-intro = Pentru fiecare trimestru al planului: ce trebuie livrat și cât de avansat este. „Termen depășit” înseamnă că trimestrul s-a încheiat și livrabilul nu este realizat.
plan-pages-quarter-count = { $count ->
    [one] 1 livrabil
    [few] { $count } livrabile
   *[other] { $count } de livrabile
}
plan-pages-quarter-empty = Nimic nu are termen în acest trimestru.
plan-pages-current-quarter = trimestrul acesta
plan-pages-opendata-title = Planul și livrabilele lui
plan-pages-opendata-text = Axele și măsurile planului, cu ce trebuie livrat și cât de avansat este, și sub formă de fișier CSV:
plan-pages-opendata-link = Pagina planului
plan-pages-budget-plan-link = Măsurile planului și livrabilele lor
