# Raporti vjetor: faqja publike dhe PDF-ja.

## Report
annual-title = Raporti vjetor { $year } — { $plan }
annual-list-title = Raportet vjetore
annual-list-intro = Çdo vit, koordinimi i { $plan } raporton për atë që është bërë. Shifrat vijnë nga të dhënat e kësaj faqeje, gjithmonë të përditësuara.
annual-year-link = Raporti { $year }
annual-date-line = Shifrat më { $date }
annual-contents = Përmbajtja
annual-page = Faqja
annual-pdf = Shkarkoni raportin (PDF)
annual-plan-link = Shihni planin
annual-intro = Hyrje
annual-conclusion = Përfundim
annual-annex = Shtojcë: buxheti i vitit
annual-axis-title = Boshti { $number }: { $name }
annual-measure-title = Masa { $number }: { $name }
annual-not-written = Teksti i kësaj pjese ende nuk është shkruar.
annual-no-text-in-language = Ende nuk është publikuar asnjë tekst i këtij raporti në këtë gjuhë. Shifrat janë më poshtë.
annual-preview-note = Parapamje: shfaqen tekstet që po shkruhen. Raporti publik shfaq vetëm tekstet e publikuara.
annual-see-also = Shifrat për këtë pjesë:
annual-separator = {", "}
annual-figure-source = Nga vjen „{ $title }“
annual-figure-source-pdf = Burimi: { $url }
annual-no-commune = Komuna nuk dihet
annual-fig-label = Hapësirat publike dixhitale me etiketë, sipas komunës
annual-fig-funded = Projektet e financuara këtë vit, sipas komunës
annual-fig-refurbished = Kompjuterë të rikondicionuar të dhënë këtë vit
annual-fig-budget = Buxheti i vitit, sipas boshtit
annual-dim-commune = Komuna
annual-dim-axis = Boshti
annual-col-labelled = Me etiketë sot
annual-col-granted-in-year = Etiketa u dha këtë vit
annual-col-projects = Projektet
annual-col-amount = Shuma
annual-col-planned = E planifikuar
annual-col-actual = Shpenzuar

## Shifra të tjera të vitit
annual-fig-label-decisions = Vendimet për etiketën këtë vit
annual-dim-decision = Vendimi
annual-col-decisions = Vendime
annual-dim-what = Çfarë
annual-col-number = Numri
annual-sessions-held = Seanca të mbajtura
annual-sessions-cancelled = Seanca të anuluara
annual-sessions-seats = Vende të ofruara
annual-sessions-booked = Vende të rezervuara
annual-fig-orders = Pajisje të porositura nga EPN-të me etiketë këtë vit
annual-col-orders = Porosi
annual-fig-budget-sources = Buxheti i vitit, sipas burimit të financimit
annual-dim-source = Burimi i financimit
annual-fig-budget-measures = Shpenzimet e vitit, sipas masës
annual-dim-measure = Masa
annual-col-plan-spent = Shpenzuar nga burimet e planit
annual-col-other-spent = Shpenzuar nga burime të tjera
annual-axis-whole = { $axis }: për gjithë boshtin
