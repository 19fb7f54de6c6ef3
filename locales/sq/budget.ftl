# Buxheti i planit: zona e administrimit (tabela, kontrolle, libri i llogarive, regjistrim, importim) dhe faqja publike.
budget-nav-link = Buxheti
budget-nav = Faqet e buxhetit
budget-title = Buxheti i planit
budget-intro = Buxheti i { $plan }, i llogaritur nga rreshtat e librit të llogarive: çfarë u planifikua, çfarë u shpenzua dhe çdo total i deklaruar që nuk përputhet me rreshtat e tij.
budget-tables-link = Tabela dhe kontrolle
budget-ledger-link = Libri i llogarive
budget-new-row-link = Fusni një rresht
budget-import-link = Importoni një fletë llogaritëse
budget-public-link = Faqja publike
budget-show = Shfaq
budget-year-title = Viti { $year }
budget-planned-title = Buxheti i planifikuar
budget-actual-title = Shpenzimet faktike
budget-measures-title = Sipas masës dhe veprimit
budget-downloads-title = Shkarkime
budget-download-ledger-csv = Rreshtat e librit të llogarive për { $year } (CSV)
budget-download-rows-csv = Këta rreshta (CSV)
budget-download-xlsx = Tabelat e { $year } në formën e raportit (XLSX)
budget-download-datapackage = Të dhëna të hapura: buxheti si Data Package (ZIP me skedarë CSV)
budget-planned-caption = Buxheti i planifikuar { $year } sipas boshtit dhe burimit të financimit, në euro
budget-actual-caption = Shpenzimet faktike { $year } nga burimet e planit sipas boshtit, në euro
budget-variance-caption = E planifikuara dhe faktikja { $year } sipas boshtit dhe burimit, me diferencën dhe pjesën e saj, në euro
budget-other-caption = Shpenzimet faktike { $year } nga buxheti tjetër i qendrës informatike sipas boshtit, në euro
budget-measures-caption = Buxheti { $year } sipas masës dhe veprimit, në euro
budget-axis = Boshti
budget-source = Burimi
budget-measure = Masa
budget-total = Gjithsej
budget-axis-total = Totali i boshtit
budget-planned = E planifikuar
budget-actual = Faktike
budget-actual-plan = Shpenzuar (plani)
budget-actual-other = Shpenzuar (buxheti tjetër)
budget-difference = Diferenca
budget-share = Pjesa
budget-no-share = nuk është llogaritur (asgjë e planifikuar)
budget-measure-name = Masa { $number } – { $name }
budget-axis-other-lines = { $axis }: rreshta pa masë
budget-line-unspecified = Pa veprim
budget-sources-all = të gjitha burimet
budget-sources-plan = burimet e planit
budget-sources-other = buxheti tjetër
budget-checks-title = Kontrollet e përputhjes
budget-checks-none = Çdo total i deklaruar është i barabartë me shumën e rreshtave të tij.
budget-checks-count = { $count ->
    [one] Një total i deklaruar ndryshon nga shuma e rreshtave të tij.
   *[other] { $count } totale të deklaruara ndryshojnë nga shuma e rreshtave të tyre.
}
budget-checks-caption = Totalet e deklaruara { $year } që ndryshojnë nga rreshtat e tyre, në euro
budget-check-where = Totali i deklaruar
budget-check-declared = I deklaruar
budget-check-computed = Shuma e rreshtave
budget-phase-budget = Buxheti
budget-phase-revised = Buxheti i rishikuar
budget-phase-commitment = Angazhimi
budget-phase-actual = Faktike
budget-field-year = Viti
budget-field-phase = Faza
budget-field-source = Burimi i financimit
budget-field-axis = Boshti
budget-field-measure = Masa
budget-field-action = Veprimi
budget-field-date = Data
budget-field-supplier = Furnizuesi
budget-field-invoice = Referenca e faturës
budget-field-label = Përshkrimi
budget-field-amount = Shuma me TVSH (euro)
budget-field-note = Shënim
budget-field-reason = Arsyeja
budget-problem-missing = { $field }: kjo është e detyrueshme.
budget-problem-unknown = { $field }: „{ $value }“ nuk është nga ato të planit. Zgjidhni një nga lista.
budget-problem-not-under = { $field }: nuk është pjesë e boshtit ose e masës së zgjedhur. Zgjidhni një që i përket, ose lëreni bosh.
budget-problem-year-outside = { $field }: jepni një vit të planit, nga { $first } deri në { $last }.
budget-problem-not-a-year = { $field }: jepni një vit me katër shifra, nga { $first } deri në { $last }.
budget-problem-date-outside = { $field }: data duhet të jetë brenda vitit të rreshtit.
budget-problem-not-a-date = { $field }: jepni një datë si ditë/muaj/vit, për shembull 15/03/2021.
budget-problem-amount-missing = { $field }: jepni një shumë në euro, për shembull 1 250,50.
budget-problem-amount-not-an-amount = { $field }: shkruani një shumë në euro me shifra, për shembull 1 250,50.
budget-problem-amount-decimals = { $field }: jo më shumë se dy shifra pas presjes (centë), për shembull 42 320,96.
budget-problem-amount-ambiguous = { $field }: a janë mijëra apo tri shifra pas presjes? Shkruani 1 234,00 për një mijë e dyqind e tridhjetë e katër euro, ose jepni jo më shumë se dy shifra pas presjes.
budget-problem-amount-negative = { $field }: një shumë negative lejohet vetëm për një buxhet të rishikuar. Për të korrigjuar një rresht, stornojeni.
budget-problem-amount-too-large = { $field }: shuma është shumë e madhe (nën një miliard euro).
budget-problem-too-long = { $field }: jo më shumë se { $max } shenja.
budget-ledger-title = Libri i llogarive të buxhetit
budget-ledger-intro = Një rresht për çdo lëvizje parash. Një rresht nuk ndryshohet kurrë: një gabim stornohet me një rresht të ri, me një arsye.
budget-ledger-caption = { $count ->
    [one] Një rresht i librit të llogarive, më i riu i pari
   *[other] { $count } rreshta të librit të llogarive, më të rinjtë të parët
}
budget-ledger-empty = Asnjë rresht nuk përputhet me këta filtra.
budget-filters-title = Filtroni rreshtat
budget-filter = Filtro
budget-filter-any = Të gjitha
budget-where = Boshti, masa, veprimi
budget-amount-euros = Shuma (€)
budget-row-is-reversal = (stornim)
budget-row-is-reversed = (i stornuar)
budget-row-title = Rreshti i librit të llogarive: { $label }
budget-row-number = Rreshti { $id }
budget-row-saved = Rreshti u ruajt në librin e llogarive.
budget-row-reversal-saved = Stornimi u ruajt: ky rresht i ri anulon rreshtin origjinal.
budget-none = —
budget-none-choice = (asnjë)
budget-origin = Futur nga
budget-origin-form = formulari
budget-origin-import = importimi i fletës llogaritëse
budget-origin-demo = të dhëna demonstruese
budget-created = Futur më
budget-reverses = Stornon
budget-reversed-by = Stornuar nga
budget-reverse-title = Stornoni këtë rresht
budget-reverse-intro = Një rresht nuk ndryshohet kurrë. Stornimi shton një rresht të ri me shumën e kundërt, me arsyen tuaj; të dy mbeten në librin e llogarive.
budget-reverse-reason-hint = Pse stornohet ky rresht? Për shembull: u fut dy herë, masë e gabuar.
budget-reverse-button = Storno rreshtin
budget-reverse-refused-title = Ky rresht nuk mund të stornohet
budget-reverse-refused-text = Është stornuar tashmë, ose është vetë një stornim.
budget-back-to-row = Kthehu te rreshti
budget-new-row-title = Fusni një rresht në librin e llogarive
budget-new-row-intro = Fushat me listë marrin boshtet, masat dhe veprimet e planit. Boshti mund të mbetet bosh kur zgjidhet një masë.
budget-phase-hint = Buxheti dhe buxheti i rishikuar i planifikojnë paratë; angazhimi dhe faktikja i shpenzojnë ato.
budget-axis-hint = Lëreni bosh për të marrë boshtin e masës.
budget-measure-hint = Jo e detyrueshme; zgjidheni për ta numëruar rreshtin nën një masë.
budget-action-hint = Jo e detyrueshme; një veprim i masës së zgjedhur.
budget-date-hint = Jo e detyrueshme; brenda vitit të rreshtit.
budget-label-hint = Për çfarë janë paratë, ashtu siç do të shfaqet në tabela.
budget-amount-hint = Në euro me TVSH, për shembull 42 320,96 ose 42320.96. Negative vetëm për një buxhet të rishikuar.
budget-reason-hint = E detyrueshme për një buxhet të rishikuar: pse ndryshon buxheti.
budget-save-row = Ruaj rreshtin
budget-overspend-title = Ky rresht e kalon buxhetin e tij
budget-overspend-text = Ai e çon këtë linjë përtej buxhetit të saj: { $where }.
budget-overspend-budget = Buxheti i linjës:
budget-overspend-after = Me këtë rresht:
budget-overspend-beyond = Përtej buxhetit me:
budget-overspend-choice = Ruajeni gjithsesi nëse kjo është e saktë, ose ndryshoni rreshtin dhe kontrollojeni përsëri.
budget-overspend-confirm = Ruaj gjithsesi
budget-check-again = Kontrollo përsëri
budget-public-title = Buxheti i planit
budget-public-intro = Buxheti i { $plan }: çfarë është planifikuar sipas boshtit, burimit të financimit dhe masës.
budget-actuals-not-public = Shpenzimet faktike nuk publikohen për këtë plan.
budget-summary-planned = Buxheti i planifikuar { $year }
budget-summary-spent = Shpenzuar në { $year }
budget-summary-link = I gjithë buxheti i planit
budget-import-title = Importoni rreshta të librit të llogarive nga një fletë llogaritëse
budget-import-intro = Një skedar CSV ose XLSX me një rresht për çdo lëvizje parash dhe një rresht titujsh. Asgjë nuk shkruhet para se të keni parë çdo problem.
budget-import-step-upload = Dërgoni skedarin.
budget-import-step-map = Tregoni cila kolonë jep secilën fushë (e hamendësuar nga titujt).
budget-import-step-preview = Shihni çdo rresht të gabuar me numrin e tij, pastaj mos importoni asgjë ose importoni vetëm rreshtat e mirë.
budget-import-file = Fletë llogaritëse (CSV ose XLSX)
budget-import-file-hint = Jo më shumë se { $mb } MB; rreshti i parë jep emrat e kolonave.
budget-import-send = Dërgo dhe lidh kolonat
budget-import-no-file = Fleta llogaritëse: zgjidhni një skedar CSV ose XLSX.
budget-import-too-large = Fleta llogaritëse: skedari është më i madh se { $mb } MB.
budget-import-empty = Fleta llogaritëse: skedari nuk ka rresht titujsh ose nuk ka asnjë rresht poshtë tij.
budget-import-not-utf8 = Fleta llogaritëse: skedari CSV nuk është në UTF-8. Ruajeni si „CSV UTF-8“ dhe dërgojeni përsëri.
budget-import-csv-line = Fleta llogaritëse: rreshti { $line } nuk mund të lexohet (një thonjëz e pambyllur?).
budget-import-not-workbook = Fleta llogaritëse: skedari nuk është një libër pune që mund të hapet. Ruajeni si XLSX ose CSV.
budget-import-too-many = Fleta llogaritëse: jo më shumë se { $max } rreshta në një skedar.
budget-import-unknown-column = { $field }: skedari nuk ka kolonë „{ $column }“.
budget-import-gone-title = Ky importim nuk është më i disponueshëm
budget-import-gone-text = Skedari ruhet një orë, për personin që e dërgoi. Dërgojeni përsëri.
budget-import-again = Importo një skedar
budget-import-map-title = Cila kolonë jep secilën fushë?
budget-import-map-intro = Skedari { $file } ka { $columns } kolona. Zgjedhjet më poshtë janë hamendësuar nga titujt e tij: kontrollojini.
budget-import-not-in-file = (nuk është në skedar)
budget-import-columns = Kolonat e skedarit
budget-import-columns-hint = Një fushë pa kolonë mbetet bosh në çdo rresht.
budget-import-fixed = Një vlerë për çdo rresht
budget-import-fixed-hint = Kur skedari nuk ka kolonë për vitin, fazën ose burimin, zgjidheni këtu.
budget-import-check = Kontrollo rreshtat
budget-import-preview-title = Kontrolloni para importimit
budget-import-counts = { $good ->
    [one] Një rresht i mirë
   *[other] { $good } rreshta të mirë
}, { $bad ->
    [0] asnjë rresht i gabuar.
    [one] një rresht i gabuar.
   *[other] { $bad } rreshta të gabuar.
}
budget-import-problems-caption = { $count ->
    [one] Një problem, sipas rreshtit të skedarit
   *[other] { $count } probleme, sipas rreshtit të skedarit
}
budget-import-line = Rreshti
budget-import-field = Fusha
budget-import-problem = Problemi
budget-import-good-caption = { $count } të parët nga { $total } rreshta të mirë
budget-import-choice = Çfarë të bëhet
budget-import-all = Importo { $count } rreshtat
budget-import-good-only = Importo vetëm { $count } rreshtat e mirë
budget-import-nothing = Mos importo asgjë: rregulloni skedarin dhe dërgojeni përsëri
budget-import-done = { $count ->
    [one] U importua një rresht.
   *[other] U importuan { $count } rreshta.
}
budget-opendata-title = Buxheti i planit
budget-opendata-text = Buxheti i planit — i planifikuari, dhe i shpenzuari kur rajoni e publikon — publikohet gjithashtu si të dhëna të hapura: tabelat e tij, një fletë llogaritëse dhe një Data Package.
budget-opendata-link = Faqja e buxhetit
