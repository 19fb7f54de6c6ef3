# De vragenlijsten van de bezoekersenquête in de back-office: lijst, voorbeeld, XLSForm-import en -export.
survey-forms-nav = Vragenlijsten van de enquête
survey-forms-title = Vragenlijsten van de enquête
survey-forms-intro = De vragenlijsten van de bezoekersenquête, elke versie bewaard zoals ze was. Een editie van de enquête gebruikt één versie; een bewaarde versie verandert niet meer. Wissel ze uit met KoboToolbox, ODK of een vertaler als XLSForm-bestanden.
survey-forms-none = Er is nog geen vragenlijst bewaard.
survey-forms-caption = Bewaarde vragenlijsten, de nieuwste eerst
survey-forms-col-form = Formulier
survey-forms-col-version = Versie
survey-forms-col-title = Titel
survey-forms-col-languages = Talen
survey-forms-col-questions = Vragen
survey-forms-col-provenance = Herkomst
survey-forms-col-stored = Bewaard op
survey-forms-col-xlsform = XLSForm
survey-forms-download = { $form } downloaden (XLSForm, Excel)
survey-forms-shipped-title = De vragenlijst van 2021
survey-forms-shipped-intro = Passerelle bevat de bezoekersvragenlijst van 2021 ({ $form }, versie { $version }), opnieuw opgebouwd uit het rapport van 2021, in het Frans, Nederlands, Engels, Spaans en Arabisch. Laad ze om ze in een editie te gebruiken of om ze als XLSForm te downloaden.
survey-forms-shipped-button = De vragenlijst van 2021 laden
survey-forms-import-link = Een vragenlijst importeren (XLSForm)
survey-forms-saved = De vragenlijst is bewaard.
survey-forms-preview-title = Vragenlijst { $form }, versie { $version }
survey-forms-preview-language = Taal van de vragenlijst
survey-forms-preview-show = Tonen
survey-forms-untitled-section = Deel zonder titel ({ $name })
survey-forms-section-shown-if = Het hele deel wordt alleen getoond als
survey-forms-question-shown-if = Alleen getoond als
survey-forms-kind-single = Eén antwoord uit de lijst
survey-forms-kind-multiple = Meerdere antwoorden mogelijk
survey-forms-kind-scale = Een score van { $min } tot { $max }
survey-forms-kind-number = Een geheel getal
survey-forms-kind-number-between = Een geheel getal van { $min } tot { $max }
survey-forms-kind-text = Een korte tekst
survey-forms-kind-hidden = Niet gevraagd: bepaald door de link die de bezoeker volgde
survey-forms-required = Antwoord verplicht
survey-forms-optional = Optioneel
survey-forms-role-cross = Kruisvariabele: alle andere vragen worden ermee gekruist
survey-forms-role-overall = Algemene tevredenheid: het belang van elke dienst wordt eraan gemeten
survey-forms-role-service = Tevredenheid over een dienst: een punt van de belang-prestatiematrix
survey-forms-cond-equals = { $question } is { $value }
survey-forms-cond-not-equals = { $question } is niet { $value }
survey-forms-cond-selected = { $value } is aangevinkt bij { $question }
survey-forms-cond-at-least = { $question } is { $value } of meer
survey-forms-cond-at-most = { $question } is { $value } of minder
survey-forms-cond-not = niet
survey-forms-cond-and = en
survey-forms-cond-or = of
survey-forms-import-title = Een vragenlijst importeren (XLSForm)
survey-forms-import-intro = Een XLSForm is een Excel-werkmap die een vragenlijst beschrijft; KoboToolbox en ODK exporteren ze. Passerelle leest drie bladen:
survey-forms-import-sheet-survey = survey: één rij per vraag (type, name, label::Nederlands (nl) en één labelkolom per taal, hint, required, relevant), begin_group en end_group rond elk deel, en passerelle_role (cross, overall of service) voor de analyse;
survey-forms-import-sheet-choices = choices: de antwoordlijsten (list_name, name, één labelkolom per taal);
survey-forms-import-sheet-settings = settings: form_id, version, form_title en default_language.
survey-forms-import-version = Een vragenlijst wordt als een nieuwe versie bewaard. Om een bewaarde vragenlijst te wijzigen, geeft u ze een nieuwe versie in het blad settings.
survey-forms-import-form-title = Het bestand kiezen
survey-forms-import-field-file = XLSForm-bestand
survey-forms-import-field-file-hint = Een .xlsx-bestand (.xls en .ods worden ook gelezen), hoogstens { $mb } MB.
survey-forms-import-button = De vragenlijst importeren
survey-forms-import-errors-title = De vragenlijst is niet geïmporteerd
survey-forms-import-no-file = Kies het XLSForm-bestand dat u wilt importeren.
survey-forms-import-too-large = Het bestand is te groot: hoogstens { $mb } MB.
survey-forms-import-not-workbook = Dit bestand is geen Excel-werkmap: kies een .xlsx-bestand.
survey-forms-import-too-many-rows = Het blad { $sheet } heeft meer dan { $max } rijen: dit is geen vragenlijst.
survey-forms-import-has-problems = { $count ->
    [one] Het bestand heeft een probleem, hieronder vermeld: verbeter het in de werkmap en importeer het opnieuw.
   *[other] Het bestand heeft { $count } problemen, hieronder vermeld: verbeter ze in de werkmap en importeer het opnieuw.
}
survey-forms-import-version-exists = De vragenlijst { $form } versie { $version } is al bewaard. Geef ze een nieuwe versie in het blad settings (kolom version) om ze te importeren.
survey-forms-import-problems = { $count ->
    [one] Eén probleem
   *[other] { $count } problemen
}
survey-forms-problem-at-cell = Blad { $sheet }, rij { $row }, kolom { $column }
survey-forms-problem-at-row = Blad { $sheet }, rij { $row }
survey-forms-problem-at-sheet = Blad { $sheet }
