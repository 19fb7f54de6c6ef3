# Raportul anual: pagina publică și PDF-ul.

## Raport
annual-title = Raportul anual { $year } — { $plan }
annual-list-title = Rapoarte anuale
annual-list-intro = În fiecare an, echipa de coordonare pentru { $plan } prezintă ce s-a făcut. Cifrele provin din datele acestui site și sunt mereu actualizate.
annual-year-link = Raportul { $year }
annual-date-line = Cifre la data de { $date }
annual-contents = Cuprins
annual-page = Pagina
annual-pdf = Descărcați raportul (PDF)
annual-plan-link = Vedeți planul
annual-intro = Introducere
annual-conclusion = Concluzie
annual-annex = Anexă: bugetul anului
annual-axis-title = Axa { $number }: { $name }
annual-measure-title = Măsura { $number }: { $name }
annual-not-written = Textul acestei părți nu este scris încă.
annual-no-text-in-language = Niciun text al acestui raport nu este publicat încă în această limbă. Cifrele sunt mai jos.
annual-preview-note = Previzualizare: sunt afișate textele în curs de scriere. Raportul public afișează doar textele publicate.
annual-see-also = Cifrele acestei părți:
annual-separator = {", "}
annual-figure-source = De unde provine „{ $title }”
annual-figure-source-pdf = Sursa: { $url }
annual-no-commune = Comună necunoscută
annual-fig-label = Spații publice digitale cu etichetă, pe comune
annual-fig-funded = Proiecte finanțate anul acesta, pe comune
annual-fig-refurbished = Calculatoare recondiționate date anul acesta
annual-fig-budget = Bugetul anului, pe axe
annual-dim-commune = Comună
annual-dim-axis = Axă
annual-col-labelled = Cu etichetă astăzi
annual-col-granted-in-year = Etichetă obținută anul acesta
annual-col-projects = Proiecte
annual-col-amount = Sumă
annual-col-planned = Planificat
annual-col-actual = Cheltuit

## Alte cifre ale anului
annual-fig-label-decisions = Decizii privind eticheta în acest an
annual-dim-decision = Decizie
annual-col-decisions = Decizii
annual-dim-what = Ce
annual-col-number = Număr
annual-sessions-held = Sesiuni ținute
annual-sessions-cancelled = Sesiuni anulate
annual-sessions-seats = Locuri oferite
annual-sessions-booked = Locuri rezervate
annual-fig-orders = Echipamente comandate de EPN cu etichetă în acest an
annual-col-orders = Comenzi
annual-fig-budget-sources = Bugetul anului, pe surse de finanțare
annual-dim-source = Sursă de finanțare
annual-fig-budget-measures = Cheltuielile anului, pe măsuri
annual-dim-measure = Măsură
annual-col-plan-spent = Cheltuit din sursele planului
annual-col-other-spent = Cheltuit din alte surse
annual-axis-whole = { $axis }: pentru toată axa
