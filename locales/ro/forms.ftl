# Formulare: erori pe care nu le poate rata nimeni, chestionarul pas cu pas.

# Titlul unei pagini al cărei formular are erori (în filă, citit primul).
form-error-page-title = Eroare: { $title }
# Autoevaluare, o întrebare pe pagină.
forms-diag-progress = Întrebarea { $step } din { $steps }
forms-diag-next = Continuați
forms-diag-back = Înapoi la întrebarea anterioară
