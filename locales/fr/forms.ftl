# Formulaires : erreurs impossibles à manquer, questionnaire pas à pas.

# Titre d’une page dont le formulaire a des erreurs (dans l’onglet, lu en premier).
form-error-page-title = Erreur : { $title }
# Diagnostic, une question par page.
forms-diag-progress = Question { $step } sur { $steps }
forms-diag-next = Continuer
forms-diag-back = Retour à la question précédente
