# The visitor survey's questionnaires in the back office: list, preview, XLSForm import and export.
survey-forms-nav = Survey questionnaires
survey-forms-title = Survey questionnaires
survey-forms-intro = The questionnaires of the visitor survey, each version kept as it was. An edition of the survey uses one version; a version never changes once it is stored. Exchange them with KoboToolbox, ODK or a translator as XLSForm files.
survey-forms-none = No questionnaire is stored yet.
survey-forms-caption = Stored questionnaires, newest first
survey-forms-col-form = Form
survey-forms-col-version = Version
survey-forms-col-title = Title
survey-forms-col-languages = Languages
survey-forms-col-questions = Questions
survey-forms-col-provenance = Where it comes from
survey-forms-col-stored = Stored on
survey-forms-col-xlsform = XLSForm
survey-forms-download = Download { $form } (XLSForm, Excel)
survey-forms-shipped-title = The 2021 questionnaire
survey-forms-shipped-intro = Passerelle comes with the 2021 visitor questionnaire ({ $form }, version { $version }), rebuilt from the 2021 report in French, Dutch, English, Spanish and Arabic. Load it to use it in an edition or to download it as XLSForm.
survey-forms-shipped-button = Load the 2021 questionnaire
survey-forms-import-link = Import a questionnaire (XLSForm)
survey-forms-saved = The questionnaire is stored.
survey-forms-preview-title = Questionnaire { $form }, version { $version }
survey-forms-preview-language = Language of the questionnaire
survey-forms-preview-show = Show
survey-forms-untitled-section = Section without a title ({ $name })
survey-forms-section-shown-if = Whole section shown only if
survey-forms-question-shown-if = Shown only if
survey-forms-kind-single = One answer from the list
survey-forms-kind-multiple = Several answers possible
survey-forms-kind-scale = A score from { $min } to { $max }
survey-forms-kind-number = A whole number
survey-forms-kind-number-between = A whole number from { $min } to { $max }
survey-forms-kind-text = A short text
survey-forms-kind-hidden = Not asked: set by the link the visitor followed
survey-forms-required = Answer required
survey-forms-optional = Optional
survey-forms-role-cross = Crossing variable: every other question is crossed by it
survey-forms-role-overall = Overall satisfaction: the importance of each service is measured against it
survey-forms-role-service = Satisfaction with a service: a point of the importance/performance matrix
survey-forms-cond-equals = { $question } is { $value }
survey-forms-cond-not-equals = { $question } is not { $value }
survey-forms-cond-selected = { $value } is ticked for { $question }
survey-forms-cond-at-least = { $question } is { $value } or more
survey-forms-cond-at-most = { $question } is { $value } or less
survey-forms-cond-not = not
survey-forms-cond-and = and
survey-forms-cond-or = or
survey-forms-import-title = Import a questionnaire (XLSForm)
survey-forms-import-intro = An XLSForm is an Excel workbook that describes a questionnaire; KoboToolbox and ODK export them. Passerelle reads three sheets:
survey-forms-import-sheet-survey = survey: one row per question (type, name, label::Français (fr) and one label column per language, hint, required, relevant), begin_group and end_group around each section, and passerelle_role (cross, overall or service) for the analysis;
survey-forms-import-sheet-choices = choices: the answer lists (list_name, name, one label column per language);
survey-forms-import-sheet-settings = settings: form_id, version, form_title and default_language.
survey-forms-import-version = A questionnaire is stored as a new version. To change a stored questionnaire, give it a new version in the settings sheet.
survey-forms-import-form-title = Choose the file
survey-forms-import-field-file = XLSForm file
survey-forms-import-field-file-hint = An .xlsx file (.xls and .ods are read too), at most { $mb } MB.
survey-forms-import-button = Import the questionnaire
survey-forms-import-errors-title = The questionnaire was not imported
survey-forms-import-no-file = Choose the XLSForm file to import.
survey-forms-import-too-large = The file is too large: at most { $mb } MB.
survey-forms-import-not-workbook = This file is not an Excel workbook: choose an .xlsx file.
survey-forms-import-too-many-rows = The sheet { $sheet } has more than { $max } rows: this is not a questionnaire.
survey-forms-import-has-problems = { $count ->
    [one] The file has a problem, listed below: correct it in the workbook and import it again.
   *[other] The file has { $count } problems, listed below: correct them in the workbook and import it again.
}
survey-forms-import-version-exists = The questionnaire { $form } version { $version } is already stored. Give it a new version in the settings sheet (column version) to import it.
survey-forms-import-problems = { $count ->
    [one] One problem
   *[other] { $count } problems
}
survey-forms-problem-at-cell = Sheet { $sheet }, row { $row }, column { $column }
survey-forms-problem-at-row = Sheet { $sheet }, row { $row }
survey-forms-problem-at-sheet = Sheet { $sheet }
