# Formularze: błędy, których nie można przeoczyć, kwestionariusz krok po kroku.

# Tytuł strony, której formularz ma błędy (w karcie, czytany jako pierwszy).
form-error-page-title = Błąd: { $title }
# Samoocena, jedno pytanie na stronę.
forms-diag-progress = Pytanie { $step } z { $steps }
forms-diag-next = Dalej
forms-diag-back = Wróć do poprzedniego pytania
