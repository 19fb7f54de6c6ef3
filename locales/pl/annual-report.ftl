# Sprawozdanie roczne: strona publiczna i PDF.

## Sprawozdanie
annual-title = Sprawozdanie roczne { $year } — { $plan }
annual-list-title = Sprawozdania roczne
annual-list-intro = Co roku koordynacja opisuje, co zostało zrobione w ramach planu: { $plan }. Liczby pochodzą z danych tej strony i są zawsze aktualne.
annual-year-link = Sprawozdanie za { $year }
annual-date-line = Liczby z dnia { $date }
annual-contents = Spis treści
annual-page = Strona
annual-pdf = Pobierz sprawozdanie (PDF)
annual-plan-link = Zobacz plan
annual-intro = Wstęp
annual-conclusion = Podsumowanie
annual-annex = Załącznik: budżet tego roku
annual-axis-title = Oś { $number }: { $name }
annual-measure-title = Działanie { $number }: { $name }
annual-not-written = Tekst tej części nie jest jeszcze napisany.
annual-no-text-in-language = Żaden tekst tego sprawozdania nie jest jeszcze opublikowany w tym języku. Liczby są poniżej.
annual-preview-note = Podgląd: widać teksty, które są jeszcze pisane. Publiczne sprawozdanie pokazuje tylko opublikowane teksty.
annual-see-also = Liczby dla tej części:
annual-separator = {", "}
annual-figure-source = Skąd pochodzą dane „{ $title }”
annual-figure-source-pdf = Źródło: { $url }
annual-no-commune = Gmina nieznana
annual-fig-label = Publiczne punkty cyfrowe ze znakiem jakości, według gmin
annual-fig-funded = Projekty sfinansowane w tym roku, według gmin
annual-fig-refurbished = Odnowione komputery przekazane w tym roku
annual-fig-budget = Budżet tego roku, według osi
annual-dim-commune = Gmina
annual-dim-axis = Oś
annual-col-labelled = Ze znakiem jakości dziś
annual-col-granted-in-year = Znak jakości przyznany w tym roku
annual-col-projects = Projekty
annual-col-amount = Kwota
annual-col-planned = Planowane
annual-col-actual = Wydane

## Inne liczby roku
annual-fig-label-decisions = Decyzje w sprawie znaku jakości w tym roku
annual-dim-decision = Decyzja
annual-col-decisions = Decyzje
annual-dim-what = Co
annual-col-number = Liczba
annual-sessions-held = Odbyte spotkania
annual-sessions-cancelled = Odwołane spotkania
annual-sessions-seats = Oferowane miejsca
annual-sessions-booked = Zarezerwowane miejsca
annual-fig-orders = Sprzęt zamówiony w tym roku przez EPN ze znakiem jakości
annual-col-orders = Zamówienia
annual-fig-budget-sources = Budżet roku według źródła finansowania
annual-dim-source = Źródło finansowania
annual-fig-budget-measures = Wydatki roku według działania
annual-dim-measure = Działanie
annual-col-plan-spent = Wydane ze źródeł planu
annual-col-other-spent = Wydane z innych źródeł
annual-axis-whole = { $axis }: dla całej osi
