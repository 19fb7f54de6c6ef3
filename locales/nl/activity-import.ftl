# Activiteitenlogboek: een rekenblad importeren, een workshop wijzigen, één lijst.

activity-import-link = Een rekenblad importeren
activity-import-title = Activiteitsfiches importeren
activity-import-intro = Houdt u uw eigen rekenblad bij? Download een sjabloon, neem uw fiches erin over (één rij per begeleiding of workshop) en verstuur het bestand. Elke rij wordt gecontroleerd zoals het formulier: heeft een rij een probleem, dan wordt niets geïmporteerd en zegt de pagina welke rij u moet verbeteren.
activity-import-templates-title = Sjablonen om te downloaden
activity-import-template-link = Sjabloon { $kind } ({ $format })
activity-import-kind-support = Individuele begeleiding
activity-import-kind-workshop = Groepsworkshop
activity-import-kind-quick = Snelle hulp
activity-import-form-title = Het bestand versturen
activity-import-field-kind = Het bestand bevat
activity-import-field-file = CSV- of XLSX-bestand
activity-import-field-file-hint = Het ingevulde sjabloon, of uw rekenblad met dezelfde kolommen. Hoogstens { $mb } MB.
activity-import-field-good-only = Alleen de correcte rijen importeren
activity-import-field-good-only-hint = Zonder dit vakje houdt één rij met een probleem de hele import tegen. Met dit vakje worden de correcte rijen geïmporteerd en de andere opgelijst.
activity-import-button = Controleren en importeren
activity-import-errors-title = Er is niets geïmporteerd
activity-import-error-no-file = Kies een CSV- of XLSX-bestand.
activity-import-error-too-large = Het bestand is te groot: hoogstens { $mb } MB.
activity-import-error-empty = Het bestand is leeg of onleesbaar: er is een rij met kolomnamen en minstens één fiche nodig.
activity-import-error-csv = Het CSV-bestand is niet leesbaar vanaf regel { $line }: staat er een aanhalingsteken open?
activity-import-error-too-many = Het bestand heeft te veel rijen: hoogstens { $max }. Verstuur het in meerdere delen.
activity-import-error-columns = Er ontbreken kolommen: { $missing }. Gevonden kolommen: { $found }. Vertrek van het sjabloon.
activity-import-error-overflow = Deze rij heeft meer waarden dan er kolommen zijn.
activity-import-refused = { $bad ->
    [one] Eén rij op { $rows } heeft een probleem: er is niets geïmporteerd.
   *[other] { $bad } rijen op { $rows } hebben een probleem: er is niets geïmporteerd.
}
activity-import-fix-hint = Verbeter deze rijen in uw rekenblad en verstuur het opnieuw, of vink "Alleen de correcte rijen importeren" aan.
activity-import-problems-title = Rijen om te verbeteren
activity-import-th-value = Waarde
activity-import-th-problem = Probleem
activity-import-th-expected = Verwacht
activity-import-line = Rij { $line }
activity-import-whole-row = De hele rij
activity-import-empty = (leeg)
activity-import-done = { $count ->
    [one] Eén fiche is geïmporteerd.
   *[other] { $count } fiches zijn geïmporteerd.
}
activity-import-skipped = { $bad ->
    [one] Eén rij met een probleem is niet geïmporteerd: ze staat hieronder.
   *[other] { $bad } rijen met een probleem zijn niet geïmporteerd: ze staan hieronder.
}
activity-import-ignored = Niet gelezen kolommen: { $columns }.
activity-import-summary-title = Wat geïmporteerd is
activity-import-summary-caption = Geïmporteerde fiches per maand en per plaats
activity-import-th-month = Maand
activity-import-th-records = Fiches
activity-import-skipped-title = Niet geïmporteerde rijen
activity-import-columns-title = De kolommen en de codes
activity-import-columns-intro = De eerste rij van het bestand bevat de kolomnamen, zoals hier geschreven (in elke taal dezelfde). De waarden zijn codes: een plaats met haar nummer, thema's met hun code, gescheiden door spaties of komma's. De volgorde van de kolommen speelt geen rol; een extra kolom wordt genegeerd.
activity-import-columns-support = Kolommen van een individuele begeleiding
activity-import-columns-workshop = Kolommen van een groepsworkshop
activity-import-codes-places = Uw plaatsen en hun nummer
activity-import-codes-themes = De thema's en hun code
activity-import-codes-other = De andere codes
activity-import-col-place = plaats
activity-import-col-date = datum
activity-import-col-minutes = duur in minuten
activity-import-col-location = waar
activity-import-col-themes = thema's
activity-import-col-equipment = materiaal
activity-import-col-autonomy = zelfstandigheid
activity-import-col-redirect-place = doorverwezen naar een plaats
activity-import-col-redirect-text = doorverwezen naar (tekst)
activity-import-col-title = titel
activity-import-col-level = niveau
activity-import-col-participants = deelnemers
activity-import-expect-place = Het nummer van een van uw plaatsen (lijst hieronder).
activity-import-expect-date = Een datum in een maand die nog open is, niet in de toekomst: 2026-11-26 of 26/11/2026.
activity-import-expect-minutes = Een aantal minuten, van 1 tot 600.
activity-import-expect-location = Een code: place, home, remote of elsewhere.
activity-import-expect-themes = Een of meer themacodes, gescheiden door spaties of komma's.
activity-import-expect-equipment = Leeg, of materiaalcodes: computer, phone, tablet, printer, other.
activity-import-expect-autonomy = Een code: alone, helped of done-for.
activity-import-expect-redirect-place = Leeg, of het nummer van een plaats uit de gids.
activity-import-expect-redirect-text = Leeg, of een tekst van hoogstens 200 tekens.
activity-import-expect-title = Een tekst van 1 tot 200 tekens.
activity-import-expect-level = Een code: beginner, intermediate of advanced.
activity-import-expect-participants = Een getal van 1 tot 500.
activity-import-expect-count = Leeg, of een getal; zodra een vakje van een verdeling is ingevuld, moet de verdeling optellen tot het aantal deelnemers.
activity-import-expect-row = Eén waarde per kolom; een tekst met het scheidingsteken erin moet tussen aanhalingstekens.
activity-import-example-redirect = OCMW
activity-import-example-title = Mijn eerste e-mails
activity-import-workshop-edit-title = Een groepsworkshop wijzigen
activity-import-list-title = Alle fiches
activity-import-filter-kind = Soort fiche
activity-import-filter-all = Alle soorten
activity-import-filter-button = Tonen
activity-import-list-none = Nog geen fiches.
activity-import-list-caption = { $count ->
    [one] Eén fiche, de recentste eerst
   *[other] { $count } fiches, de recentste eerst
}
activity-import-col-what = Wat
activity-import-col-detail = Detail
activity-import-detail-support = { $minutes } min, { $autonomy }
activity-import-detail-workshop = { $minutes } min, { $participants ->
    [one] één deelnemer
   *[other] { $participants } deelnemers
}
activity-import-detail-quick = { $count ->
    [one] één snelle hulp
   *[other] { $count } snelle hulpen
}
activity-import-quick-deleted = De telling van snelle hulp is verwijderd.
