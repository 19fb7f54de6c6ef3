# Les questionnaires de l’enquête auprès des visiteurs dans le back-office : liste, aperçu, import et export XLSForm.
survey-forms-nav = Questionnaires de l’enquête
survey-forms-title = Questionnaires de l’enquête
survey-forms-intro = Les questionnaires de l’enquête auprès des visiteurs, chaque version gardée telle quelle. Une édition de l’enquête utilise une version ; une version enregistrée ne change plus. Échangez-les avec KoboToolbox, ODK ou un traducteur sous forme de fichiers XLSForm.
survey-forms-none = Aucun questionnaire n’est encore enregistré.
survey-forms-caption = Questionnaires enregistrés, du plus récent au plus ancien
survey-forms-col-form = Formulaire
survey-forms-col-version = Version
survey-forms-col-title = Titre
survey-forms-col-languages = Langues
survey-forms-col-questions = Questions
survey-forms-col-provenance = Origine
survey-forms-col-stored = Enregistré le
survey-forms-col-xlsform = XLSForm
survey-forms-download = Télécharger { $form } (XLSForm, Excel)
survey-forms-shipped-title = Le questionnaire 2021
survey-forms-shipped-intro = Passerelle contient le questionnaire visiteurs de 2021 ({ $form }, version { $version }), reconstitué à partir du rapport 2021, en français, néerlandais, anglais, espagnol et arabe. Chargez-le pour l’utiliser dans une édition ou pour le télécharger en XLSForm.
survey-forms-shipped-button = Charger le questionnaire 2021
survey-forms-import-link = Importer un questionnaire (XLSForm)
survey-forms-saved = Le questionnaire est enregistré.
survey-forms-preview-title = Questionnaire { $form }, version { $version }
survey-forms-preview-language = Langue du questionnaire
survey-forms-preview-show = Afficher
survey-forms-untitled-section = Partie sans titre ({ $name })
survey-forms-section-shown-if = Partie entière affichée seulement si
survey-forms-question-shown-if = Affichée seulement si
survey-forms-kind-single = Une réponse dans la liste
survey-forms-kind-multiple = Plusieurs réponses possibles
survey-forms-kind-scale = Une note de { $min } à { $max }
survey-forms-kind-number = Un nombre entier
survey-forms-kind-number-between = Un nombre entier de { $min } à { $max }
survey-forms-kind-text = Un texte court
survey-forms-kind-hidden = Pas posée : donnée par le lien que le visiteur a suivi
survey-forms-required = Réponse obligatoire
survey-forms-optional = Facultative
survey-forms-role-cross = Variable de croisement : toutes les autres questions sont croisées avec elle
survey-forms-role-overall = Satisfaction globale : l’importance de chaque service est mesurée par rapport à elle
survey-forms-role-service = Satisfaction pour un service : un point de la matrice importance/performance
survey-forms-cond-equals = { $question } vaut { $value }
survey-forms-cond-not-equals = { $question } ne vaut pas { $value }
survey-forms-cond-selected = { $value } est coché pour { $question }
survey-forms-cond-at-least = { $question } vaut { $value } ou plus
survey-forms-cond-at-most = { $question } vaut { $value } ou moins
survey-forms-cond-not = non
survey-forms-cond-and = et
survey-forms-cond-or = ou
survey-forms-import-title = Importer un questionnaire (XLSForm)
survey-forms-import-intro = Un XLSForm est un classeur Excel qui décrit un questionnaire ; KoboToolbox et ODK en exportent. Passerelle lit trois feuilles :
survey-forms-import-sheet-survey = survey : une ligne par question (type, name, label::Français (fr) et une colonne de libellé par langue, hint, required, relevant), begin_group et end_group autour de chaque partie, et passerelle_role (cross, overall ou service) pour l’analyse ;
survey-forms-import-sheet-choices = choices : les listes de réponses (list_name, name, une colonne de libellé par langue) ;
survey-forms-import-sheet-settings = settings : form_id, version, form_title et default_language.
survey-forms-import-version = Un questionnaire est enregistré comme une nouvelle version. Pour modifier un questionnaire enregistré, donnez-lui une nouvelle version dans la feuille settings.
survey-forms-import-form-title = Choisir le fichier
survey-forms-import-field-file = Fichier XLSForm
survey-forms-import-field-file-hint = Un fichier .xlsx (les .xls et .ods sont lus aussi), de { $mb } Mo au plus.
survey-forms-import-button = Importer le questionnaire
survey-forms-import-errors-title = Le questionnaire n’a pas été importé
survey-forms-import-no-file = Choisissez le fichier XLSForm à importer.
survey-forms-import-too-large = Le fichier est trop lourd : { $mb } Mo au plus.
survey-forms-import-not-workbook = Ce fichier n’est pas un classeur Excel : choisissez un fichier .xlsx.
survey-forms-import-too-many-rows = La feuille { $sheet } a plus de { $max } lignes : ce n’est pas un questionnaire.
survey-forms-import-has-problems = { $count ->
    [one] Le fichier a un problème, indiqué ci-dessous : corrigez-le dans le classeur et importez-le à nouveau.
   *[other] Le fichier a { $count } problèmes, indiqués ci-dessous : corrigez-les dans le classeur et importez-le à nouveau.
}
survey-forms-import-version-exists = Le questionnaire { $form } version { $version } est déjà enregistré. Donnez-lui une nouvelle version dans la feuille settings (colonne version) pour l’importer.
survey-forms-import-problems = { $count ->
    [one] Un problème
   *[other] { $count } problèmes
}
survey-forms-problem-at-cell = Feuille { $sheet }, ligne { $row }, colonne { $column }
survey-forms-problem-at-row = Feuille { $sheet }, ligne { $row }
survey-forms-problem-at-sheet = Feuille { $sheet }
