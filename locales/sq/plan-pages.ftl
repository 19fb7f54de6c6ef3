## Faqet publike të planit: plani, një bosht, një masë, tremujorët.
plan-pages-intro = Plani rajonal për përfshirjen dixhitale, nga { $first } deri në { $last }. Ai ka { $axes } boshte dhe { $measures } masa. Për çdo masë, shihni çfarë duhet bërë, deri kur dhe sa ka përparuar.
plan-pages-approved = Miratuar nga komiteti drejtues më { $date } (versioni { $number }).
plan-pages-not-approved = Komiteti drejtues ende nuk ka miratuar një version të planit.
plan-pages-changes-since = { $count ->
    [one] Që atëherë, 1 element i planit ka ndryshuar.
   *[other] Që atëherë, { $count } elemente të planit kanë ndryshuar.
}
plan-pages-no-changes-since = Asgjë nuk ka ndryshuar që atëherë.
plan-pages-quarters-link = Rezultatet tremujor pas tremujori
plan-pages-budget-link = Buxheti i planit
plan-pages-csv-link = Shkarkoni të gjitha rezultatet (skedar CSV)
plan-pages-axes-title = Boshtet dhe masat e tyre
plan-pages-axis-name = Boshti { $number }: { $name }
plan-pages-deliverables-count = { $count ->
    [0] Ende asnjë rezultat.
    [one] 1 rezultat —
   *[other] { $count } rezultate —
}
plan-pages-status-count = { $status }: { $count }
plan-pages-overdue = Ka kaluar afatin
plan-pages-overdue-count = Kanë kaluar afatin: { $count }
plan-pages-owner = Përgjegjës: { $name }
plan-pages-due = Afati: { $quarter }
plan-pages-no-deliverables = Ende asnjë rezultat.
plan-pages-deliverables-title = Rezultatet
plan-pages-measures-title = Masat
plan-pages-budget-title = Buxheti
plan-pages-all-plan = I gjithë plani
plan-pages-field-year = Viti
plan-pages-all-years = Të gjitha vitet
plan-pages-show = Shfaq
plan-pages-axis-label = Boshti
plan-pages-owners = Drejtuar nga
plan-pages-partners = Partnerët
plan-pages-publics = Për kë
plan-pages-nobody = Ende askush
plan-pages-actions-title = Veprimet
plan-pages-no-actions = Asnjë veprim i hollësishëm.
plan-pages-evidence-title = Provat në Passerelle
plan-pages-evidence-intro = Këto faqe të Passerelle tregojnë punën e bërë për këtë masë.
plan-pages-no-evidence = Passerelle ende nuk ka faqe publike për këtë masë.
plan-pages-area-label = Etiketa e hapësirave publike dixhitale (EPN)
plan-pages-area-label-list = Lista e EPN-ve me etiketë
plan-pages-label-count = { $count ->
    [0] Ende asnjë EPN nuk ka etiketë.
    [one] Sot, 1 EPN ka etiketë.
   *[other] Sot, { $count } EPN kanë etiketë.
}
plan-pages-area-survey = Rezultatet e anketës së vizitorëve ({ $edition })
plan-pages-area-figures = Shifrat e vizitave dhe të aktivitetit
plan-pages-area-sessions = Punëtori dhe kurse
plan-pages-area-directory = Gjeni ndihmë dixhitale pranë jush
plan-pages-area-diagnostic = Kontrolli për të gjetur cila ndihmë ju përshtatet
plan-pages-quarters-title = Rezultatet tremujor pas tremujori
plan-pages-quarters-intro = Për çdo tremujor të planit: çfarë duhet dorëzuar dhe sa ka përparuar. „Ka kaluar afatin“ do të thotë që tremujori ka mbaruar dhe rezultati nuk është kryer.
plan-pages-quarter-count = { $count ->
    [one] 1 rezultat
   *[other] { $count } rezultate
}
plan-pages-quarter-empty = Asgjë nuk ka afat këtë tremujor.
plan-pages-current-quarter = ky tremujor
plan-pages-opendata-title = Plani dhe rezultatet e tij
plan-pages-opendata-text = Boshtet dhe masat e planit, me atë që duhet dorëzuar dhe sa ka përparuar, edhe si skedar CSV:
plan-pages-opendata-link = Faqja e planit
plan-pages-budget-plan-link = Masat e planit dhe rezultatet e tyre
