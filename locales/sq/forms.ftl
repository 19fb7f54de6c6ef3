# Formularët: gabime që nuk mund t’i humbasë askush, pyetësori një hap në një kohë.

# Titulli i një faqeje, formulari i së cilës ka gabime (në skedë, lexohet i pari).
form-error-page-title = Gabim: { $title }
# Vetëvlerësimi, një pyetje në çdo faqe.
forms-diag-progress = Pyetja { $step } nga { $steps }
forms-diag-next = Vazhdo
forms-diag-back = Kthehu te pyetja e mëparshme
