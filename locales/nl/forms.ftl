# Formulieren: fouten die je niet kunt missen, de vragenlijst stap voor stap.

# Titel van een pagina waarvan het formulier fouten heeft (in het tabblad, eerst voorgelezen).
form-error-page-title = Fout: { $title }
# Zelftest, één vraag per pagina.
forms-diag-progress = Vraag { $step } van { $steps }
forms-diag-next = Verder
forms-diag-back = Terug naar de vorige vraag
