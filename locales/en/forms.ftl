# Forms: errors a person cannot miss, the questionnaire one step at a time.

# Title of a page whose form has errors (in the tab, read first).
form-error-page-title = Error: { $title }
# Self-check, one question per page.
forms-diag-progress = Question { $step } of { $steps }
forms-diag-next = Continue
forms-diag-back = Back to the previous question
