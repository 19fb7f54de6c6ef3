## De jury van een projectoproep (pagina's van de juryleden) en de selectie door de coördinatie.
jury-nav = Jury: mijn oproepen
jury-my-calls = Mijn projectoproepen
jury-intro = De projectoproepen waarvan u jurylid bent. U ziet de aanvragen zodra een oproep afgesloten is.
jury-no-calls = U bent nog geen lid van een jury.
jury-call-closed = De oproep is afgesloten: de aanvragen wachten op uw scores.
jury-after-closing = De aanvragen komen hier na het afsluiten van de oproep, op { $closes }. Tot dan ziet u er geen enkele.
jury-back-to-list = Terug naar de lijst van aanvragen
jury-conflict-title = U hebt een belangenconflict gemeld
jury-conflict-text = U hebt een belangenconflict met deze aanvraag gemeld (of de coördinatie heeft het geregistreerd). U ziet en scoort ze niet. De andere juryleden wel.
jury-not-juror-title = U bent geen jurylid van deze oproep
jury-not-juror-text = Alleen de juryleden die voor deze oproep uitgenodigd zijn, zien de aanvragen. Vraag het de coördinatie als u denkt dat u erbij hoort.
jury-call-open-title = De oproep is nog open
jury-list-intro = Open een aanvraag om ze te lezen en te scoren. Kent u de organisatie of haar mensen, meld dan een belangenconflict: de aanvraag verdwijnt dan uit uw lijst.
jury-list-caption = { $count ->
    [one] Eén aanvraag, { $done } door u gescoord
   *[other] { $count } aanvragen, { $done } door u gescoord
}
jury-list-empty = Geen aanvraag te beoordelen.
jury-saved = Uw scores zijn opgeslagen.
jury-conflict-saved = Uw belangenconflict is geregistreerd. De aanvraag staat niet meer in uw lijst.
jury-scored = Gescoord
jury-to-score = Te scoren
jury-declare-conflict-link = Een belangenconflict melden
jury-field-application = Aanvraag
jury-field-organisation = Organisatie
jury-field-asked = Gevraagd bedrag
jury-field-my-marks = Mijn scores
jury-field-conflict = Belangenconflict
jury-field-reference = Referentie
jury-field-place = Postcode van het project
jury-field-publics = Doelgroepen
jury-field-description = Beschrijving van het project
jury-budget-caption = Begroting van het project
jury-budget-line = Uitgave
jury-budget-amount = Bedrag (€)
jury-scoring-title = Uw scores
jury-scoring-intro = Kies per criterium een score, of "niet beoordeeld" als u het niet kunt beoordelen. "Niet beoordeeld" is geen nul: het criterium telt niet mee in uw totaal.
jury-criterion-hint = Van 0 (zwakst) tot { $max } (best). Gewicht { $weight }.
jury-not-assessed = Niet beoordeeld
jury-comment = Opmerking
jury-comment-hint = Wat de andere juryleden en de coördinatie moeten weten (niet verplicht).
jury-save-button = Mijn scores opslaan
jury-error-choose = Kies een score of "niet beoordeeld" voor "{ $criterion }"
jury-error-scale = De score voor "{ $criterion }" moet tussen 0 en { $max } liggen
jury-error-reason = Zeg waarom er een belangenconflict is
jury-conflict-form-title = Een belangenconflict melden
jury-conflict-form-intro = Kent u de organisatie, werkt u ermee samen of hebt u belang bij haar project? Meld het. U ziet en scoort deze aanvraag dan niet meer; uw eventuele scores worden verwijderd.
jury-conflict-reason = Reden
jury-conflict-reason-hint = Bijvoorbeeld: "Ik zit in de raad van bestuur van deze vzw".
jury-conflict-button = Het conflict melden
jury-status-draft = Ontwerp
jury-status-submitted = Ingediend
jury-status-corrections = Correcties gevraagd
jury-status-accepted = Aanvaard
jury-status-refused = Geweigerd
jury-status-closed = Afgesloten
jury-remind-subject = Eindrapport verwacht op { $due }: { $title }
jury-remind-body = Hallo,

    Het eindrapport over de activiteiten van het project "{ $title }" ({ $reference }, { $organisation }) wordt verwacht op { $due }.
    Stuur het naar de coördinatie. De laatste betaling volgt na ontvangst van het rapport.

selection-nav-link = Oproepen: jury en selectie
selection-nav = Pagina's van de selectie van de oproep
selection-title = Projectoproepen: jury en selectie
selection-intro = Nodig de juryleden van een oproep uit, lees hun scores zodra de oproep afgesloten is, vergelijk scenario's binnen de enveloppe, registreer de beslissing en volg daarna overeenkomsten, betalingen en eindrapporten op.
selection-calls-caption = { $count ->
    [one] Eén oproep
   *[other] { $count } oproepen
}
selection-call = Oproep
selection-closes = Sluit
selection-envelope = Enveloppe:
selection-stage = Fase
selection-stage-draft = Ontwerp
selection-stage-open = Open voor aanvragen
selection-stage-closed = Afgesloten: de jury scoort
selection-stage-decided = Beslist
selection-jury-link = Jury
selection-results-link = Resultaten
selection-scenarios-link = Scenario's en beslissing
selection-agreements-link = Overeenkomsten en betalingen
selection-call-facts = Sluit op { $closes }. { $count ->
    [one] Eén aanvraag voor de jury.
   *[other] { $count } aanvragen voor de jury.
}
selection-done-invited = Het jurylid is uitgenodigd.
selection-done-sent = Het jurylid is uitgenodigd en heeft een e-mail gekregen om een wachtwoord te kiezen.
selection-done-not-sent = Het jurylid is uitgenodigd, maar de e-mail kon niet verstuurd worden.
selection-done-removed = Het jurylid is van deze oproep verwijderd. Zijn scores tellen niet meer mee.
selection-done-conflict = Het belangenconflict is geregistreerd.
selection-done-saved = Opgeslagen.
selection-jurors-title = Juryleden
selection-no-jurors = Er is nog geen jurylid uitgenodigd.
selection-jurors-caption = { $count ->
    [one] Eén jurylid
   *[other] { $count } juryleden
}
selection-juror = Jurylid
selection-juror-email = E-mail
selection-juror-conflicts = Gemelde conflicten
selection-action = Actie
selection-remove-juror = Verwijderen
selection-remove-juror-label = { $name } uit de jury verwijderen
selection-invite-title = Een jurylid uitnodigen
selection-invite-existing = Een bestaand account van een jurylid
selection-invite-existing-hint = Of laat "een nieuwe persoon" staan en geef e-mail en naam: die persoon krijgt een uitnodiging.
selection-invite-new = Een nieuwe persoon
selection-invite-email = E-mail van de nieuwe persoon
selection-invite-name = Naam van de nieuwe persoon
selection-invite-button = Uitnodigen
selection-conflicts-title = Belangenconflicten
selection-conflicts-intro = Een jurylid met een belangenconflict bij een aanvraag ziet en scoort ze niet. Juryleden melden hun eigen conflicten; de coördinatie kan er een registreren voor een jurylid.
selection-no-conflicts = Geen belangenconflict gemeld.
selection-conflicts-caption = { $count ->
    [one] Eén belangenconflict
   *[other] { $count } belangenconflicten
}
selection-conflict-reason = Reden
selection-conflict-by = Gemeld door
selection-conflict-by-juror = Het jurylid
selection-conflict-by-coordination = De coördinatie
selection-conflict-form-title = Een conflict registreren voor een jurylid
selection-conflict-button = Het conflict registreren
selection-choose = Kiezen…
selection-error-juror = Kies een account van een jurylid
selection-error-not-jury = Dit e-mailadres hoort bij een account dat geen jurylid is
selection-error-choose-juror = Kies een jurylid van deze oproep
selection-error-choose-application = Kies een aanvraag
selection-results-title = Resultaten van de jury: { $call }
selection-results-formula = Het totaal van een jurylid is het gewogen gemiddelde van de criteria die het beoordeelde, van 0 tot 100; een criterium "niet beoordeeld" telt niet mee, een 0 telt als 0. De score van een aanvraag is het gemiddelde van de totalen van haar juryleden; de mediaan, de spreiding (standaardafwijking) en het aantal scores staan ernaast.
selection-results-tie-break = Rangschikking: volgens score, de hoogste eerst. Bij gelijke score komt eerst de aanvraag met de meeste scores, dan die welke het minste geld vraagt, dan de vroegst ingediende, dan de laagste referentie. Aanvragen zonder score komen laatst.
selection-download-csv = De scores downloaden (CSV)
selection-download-xlsx = De scores downloaden (Excel)
selection-results-empty = Geen aanvraag voor de jury in deze oproep.
selection-ranking-title = Rangschikking
selection-ranking-caption = { $count ->
    [one] Eén aanvraag, gerangschikt
   *[other] { $count } aanvragen, gerangschikt
}
selection-rank = Rang
selection-mean = Score (gemiddelde)
selection-median = Mediaan
selection-spread = Spreiding
selection-count = Scores
selection-z-title = Totalen en z-scores van elk jurylid
selection-z-intro = De z-score zet de totalen van elk jurylid op een gemeenschappelijke schaal: hoe ver een totaal van het eigen gemiddelde van dat jurylid ligt, in standaardafwijkingen van dat jurylid. Een jurylid dat strenger scoort, heeft dezelfde z-scores als de anderen als het hetzelfde rangschikt. "–": geen totaal, of minder dan twee totalen voor dat jurylid.
selection-z-caption = Ruwe totalen (0 tot 100) en z-scores, per jurylid
selection-raw = Totaal
selection-z = z
selection-marks-title = Scores per criterium en opmerkingen
selection-marks-caption = Scores per criterium
selection-no-marks = Nog geen jurylid heeft deze aanvraag gescoord.
selection-total = Totaal
selection-scenarios-title = Scenario's en beslissing: { $call }
selection-scenario-saved = Het scenario is opgeslagen.
selection-decision-saved = De beslissing is geregistreerd. De aanvragen van het scenario zijn aanvaard, de andere geweigerd.
selection-range = Per project:
selection-decision-title = Beslissing
selection-decided-on = Datum van de beslissing
selection-scenario = Scenario
selection-minutes = Proces-verbaal van de jury
selection-minutes-hint = Het proces-verbaal van de jury, of waar het bewaard wordt.
selection-compare-title = Scenario's naast elkaar
selection-no-scenarios = Nog geen scenario.
selection-compare-caption = { $count ->
    [one] Eén scenario: toegekende bedragen per aanvraag
   *[other] { $count } scenario's: toegekende bedragen per aanvraag
}
selection-granted = Toegekend
selection-remaining = Rest van de enveloppe
selection-over-envelope = Boven de enveloppe met
selection-over-warning = Scenario "{ $name }" gaat { $over } boven de enveloppe.
selection-new-title = Nieuw scenario
selection-new-intro = Vink de te financieren aanvragen aan, in de rangschikking van de jury, en pas de bedragen aan (vooraf ingevuld met het gevraagde bedrag). U kunt meerdere scenario's opslaan en vergelijken.
selection-scenario-name = Naam van het scenario
selection-scenario-note = Opmerking
selection-lines-caption = Ingediende aanvragen, in de rangschikking van de jury
selection-pick = Financieren
selection-amount = Bedrag
selection-amount-for = Bedrag toegekend aan { $application }, in euro
selection-save-scenario = Het scenario opslaan
selection-decide-title = De beslissing registreren
selection-decide-intro = De aanvragen van het gekozen scenario worden aanvaard met de bedragen ervan, de andere ingediende aanvragen geweigerd, en de oproep wordt als beslist gemarkeerd. Dit kan niet ongedaan gemaakt worden.
selection-date-hint = Bijvoorbeeld 2027-03-15.
selection-decide-button = De beslissing registreren
selection-refusal-note = Niet geselecteerd door de jury
selection-error-name = Geef het scenario een naam
selection-error-no-line = Vink minstens één aanvraag aan
selection-error-amount = Schrijf het bedrag toegekend aan { $application } in euro, bijvoorbeeld 7500
selection-error-above-asked = Het bedrag toegekend aan { $application } is hoger dan gevraagd
selection-error-range = Het bedrag toegekend aan { $application } valt buiten de grenzen per project van de oproep
selection-error-not-now = Dit kan nu niet: misschien is de oproep al beslist.
selection-error-scenario = Kies een scenario
selection-error-date = Schrijf een datum, bijvoorbeeld 2027-03-15
selection-error-minutes = Schrijf het proces-verbaal van de jury
selection-error-report-first = De laatste schijf wordt betaald na ontvangst van het eindrapport
selection-error-tranche = Deze schijf is al betaald of bestaat niet
selection-error-summary = Schrijf een korte samenvatting van het rapport
selection-saved = Opgeslagen.
selection-agreements-title = Overeenkomsten en betalingen: { $call }
selection-agreements-no-decision = Voor deze oproep is nog geen beslissing geregistreerd.
selection-agreements-intro = Elke overeenkomst wordt betaald in schijven van { $tranches }; de laatste na ontvangst van het eindrapport. Het rapport wordt { $days } dagen na het einde van het project verwacht.
selection-agreement-new = Nieuwe overeenkomst
selection-signed-on = Ondertekend op
selection-project-ends = Einde van het project
selection-agreement-button = De overeenkomst aanmaken
selection-reminders-title = Eindrapporten om aan te herinneren
selection-reminders-intro = Niet ontvangen rapporten, verwacht binnen { $before } dagen of te laat, en sinds { $every } dagen niet herinnerd. De accounts van de aanvragende organisatie krijgen een e-mail.
selection-reminders-none = Vandaag geen rapport om aan te herinneren.
selection-reminders-button = { $count ->
    [one] De herinnering versturen
   *[other] De { $count } herinneringen versturen
}
selection-reminders-sent = { $count ->
    [one] Eén herinnering verstuurd.
   *[other] { $count } herinneringen verstuurd.
}
selection-report-due = Rapport verwacht op
selection-agreements-list = { $count ->
    [one] Eén overeenkomst
   *[other] { $count } overeenkomsten
}
selection-agreement-amount = Toegekend bedrag
selection-paid = Betaald
selection-report = Eindrapport
selection-report-missing = Niet ontvangen
selection-reminded = Verstuurde herinneringen
selection-tranches-caption = Schijven
selection-tranche = Schijf
selection-paid-on = Betaald op
selection-after-report = Na het eindrapport
selection-pay-button = Betaling van schijf { $tranche } registreren
selection-report-received = Eindrapport ontvangen op
selection-report-summary = Samenvatting van het rapport
selection-report-button = Het eindrapport registreren
