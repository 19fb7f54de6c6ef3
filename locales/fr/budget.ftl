# Le budget du plan : back-office (tableaux, contrôles, registre, saisie, import) et page publique.
budget-nav-link = Budget
budget-nav = Pages du budget
budget-title = Budget du plan
budget-intro = Le budget du { $plan }, calculé à partir des lignes du registre : ce qui était prévu, ce qui a été dépensé, et chaque total déclaré qui ne correspond pas à ses lignes.
budget-tables-link = Tableaux et contrôles
budget-ledger-link = Registre
budget-new-row-link = Saisir une ligne
budget-import-link = Importer un tableur
budget-public-link = Page publique
budget-show = Afficher
budget-year-title = Année { $year }
budget-planned-title = Budget prévu
budget-actual-title = Dépenses réelles
budget-measures-title = Par mesure et par action
budget-downloads-title = Téléchargements
budget-download-ledger-csv = Lignes du registre { $year } (CSV)
budget-download-rows-csv = Ces lignes (CSV)
budget-download-xlsx = Tableaux { $year } au format du rapport (XLSX)
budget-download-datapackage = Données ouvertes : le budget en Data Package (ZIP de fichiers CSV)
budget-planned-caption = Budget prévu { $year } par axe et source de financement, en euros
budget-actual-caption = Dépenses réelles { $year } des sources du plan par axe, en euros
budget-variance-caption = Prévu et réel { $year } par axe et source, avec l'écart et sa part, en euros
budget-other-caption = Dépenses réelles { $year } des autres budgets du CIRB par axe, en euros
budget-measures-caption = Budget { $year } par mesure et par action, en euros
budget-axis = Axe
budget-source = Source
budget-measure = Mesure
budget-total = Total
budget-axis-total = Total de l'axe
budget-planned = Prévu
budget-actual = Réel
budget-actual-plan = Dépensé (plan)
budget-actual-other = Dépensé (autres budgets)
budget-difference = Écart
budget-share = Part
budget-no-share = non calculée (rien de prévu)
budget-measure-name = Mesure { $number } – { $name }
budget-axis-other-lines = { $axis } : lignes sans mesure
budget-line-unspecified = Sans action
budget-sources-all = toutes les sources
budget-sources-plan = les sources du plan
budget-sources-other = les autres budgets
budget-checks-title = Contrôles de cohérence
budget-checks-none = Chaque total déclaré est égal à la somme de ses lignes.
budget-checks-count = { $count ->
    [one] Un total déclaré diffère de la somme de ses lignes.
   *[other] { $count } totaux déclarés diffèrent de la somme de leurs lignes.
}
budget-checks-caption = Totaux déclarés { $year } qui diffèrent de leurs lignes, en euros
budget-check-where = Total déclaré
budget-check-declared = Déclaré
budget-check-computed = Somme des lignes
budget-phase-budget = Budget
budget-phase-revised = Budget révisé
budget-phase-commitment = Engagement
budget-phase-actual = Dépense réelle
budget-field-year = Année
budget-field-phase = Étape
budget-field-source = Source de financement
budget-field-axis = Axe
budget-field-measure = Mesure
budget-field-action = Action
budget-field-date = Date
budget-field-supplier = Fournisseur
budget-field-invoice = Référence de facture
budget-field-label = Libellé
budget-field-amount = Montant TVAC (euros)
budget-field-note = Note
budget-field-reason = Motif
budget-problem-missing = { $field } : ce champ est obligatoire.
budget-problem-unknown = { $field } : « { $value } » ne fait pas partie du plan. Choisissez dans la liste.
budget-problem-not-under = { $field } : ne fait pas partie de l'axe ou de la mesure choisis. Choisissez-en un qui en fait partie, ou laissez vide.
budget-problem-year-outside = { $field } : indiquez une année du plan, de { $first } à { $last }.
budget-problem-not-a-year = { $field } : indiquez une année en quatre chiffres, de { $first } à { $last }.
budget-problem-date-outside = { $field } : la date doit tomber dans l'année de la ligne.
budget-problem-not-a-date = { $field } : indiquez une date jour/mois/année, par exemple 15/03/2021.
budget-problem-amount-missing = { $field } : indiquez un montant en euros, par exemple 1 250,50.
budget-problem-amount-not-an-amount = { $field } : écrivez un montant en euros avec des chiffres, par exemple 1 250,50.
budget-problem-amount-decimals = { $field } : au plus deux décimales (les cents), par exemple 42 320,96.
budget-problem-amount-ambiguous = { $field } : des milliers ou trois décimales ? Écrivez 1 234,00 pour mille deux cent trente-quatre euros, ou au plus deux décimales.
budget-problem-amount-negative = { $field } : un montant négatif n'est possible que pour un budget révisé. Pour corriger une ligne, annulez-la.
budget-problem-amount-too-large = { $field } : le montant est trop grand (moins d'un milliard d'euros).
budget-problem-too-long = { $field } : au plus { $max } caractères.
budget-ledger-title = Registre du budget
budget-ledger-intro = Une ligne par mouvement d'argent. Une ligne n'est jamais modifiée : une erreur est annulée par une nouvelle ligne, avec un motif.
budget-ledger-caption = { $count ->
    [one] Une ligne du registre, la plus récente d'abord
   *[other] { $count } lignes du registre, les plus récentes d'abord
}
budget-ledger-empty = Aucune ligne ne correspond à ces filtres.
budget-filters-title = Filtrer les lignes
budget-filter = Filtrer
budget-filter-any = Toutes
budget-where = Axe, mesure, action
budget-amount-euros = Montant (€)
budget-row-is-reversal = (annulation)
budget-row-is-reversed = (annulée)
budget-row-title = Ligne du registre : { $label }
budget-row-number = Ligne { $id }
budget-row-saved = La ligne est enregistrée dans le registre.
budget-row-reversal-saved = L'annulation est enregistrée : cette nouvelle ligne annule la ligne d'origine.
budget-none = —
budget-none-choice = (aucune)
budget-origin = Saisie par
budget-origin-form = formulaire
budget-origin-import = import d'un tableur
budget-origin-demo = données de démonstration
budget-created = Saisie le
budget-reverses = Annule
budget-reversed-by = Annulée par
budget-reverse-title = Annuler cette ligne
budget-reverse-intro = Une ligne n'est jamais modifiée. L'annuler ajoute une nouvelle ligne du montant opposé, avec votre motif ; les deux restent dans le registre.
budget-reverse-reason-hint = Pourquoi annuler cette ligne ? Par exemple : saisie deux fois, mauvaise mesure.
budget-reverse-button = Annuler la ligne
budget-reverse-refused-title = Cette ligne ne peut pas être annulée
budget-reverse-refused-text = Elle est déjà annulée, ou elle est elle-même une annulation.
budget-back-to-row = Retour à la ligne
budget-new-row-title = Saisir une ligne du registre
budget-new-row-intro = Les listes reprennent les axes, mesures et actions du plan. L'axe peut rester vide quand une mesure est choisie.
budget-phase-hint = Budget et budget révisé prévoient l'argent ; engagement et dépense réelle le dépensent.
budget-axis-hint = Laissez vide pour prendre l'axe de la mesure.
budget-measure-hint = Facultatif ; choisissez-la pour compter la ligne dans une mesure.
budget-action-hint = Facultatif ; une action de la mesure choisie.
budget-date-hint = Facultatif ; dans l'année de la ligne.
budget-label-hint = À quoi sert l'argent, comme dans les tableaux.
budget-amount-hint = En euros TVAC, par exemple 42 320,96 ou 42320.96. Négatif seulement pour un budget révisé.
budget-reason-hint = Obligatoire pour un budget révisé : pourquoi le budget change.
budget-save-row = Enregistrer la ligne
budget-overspend-title = Cette ligne dépasse son budget
budget-overspend-text = Elle fait dépasser son budget à cette ligne : { $where }.
budget-overspend-budget = Budget de la ligne :
budget-overspend-after = Avec cette ligne :
budget-overspend-beyond = Dépassement :
budget-overspend-choice = Enregistrez-la quand même si c'est juste, ou modifiez la ligne et vérifiez à nouveau.
budget-overspend-confirm = Enregistrer quand même
budget-check-again = Vérifier à nouveau
budget-public-title = Budget du plan
budget-public-intro = Le budget du { $plan } : ce qui est prévu par axe, par source de financement et par mesure.
budget-actuals-not-public = Les dépenses réelles ne sont pas publiées pour ce plan.
budget-summary-planned = Budget prévu { $year }
budget-summary-spent = Dépensé en { $year }
budget-summary-link = Tout le budget du plan
budget-import-title = Importer des lignes du registre depuis un tableur
budget-import-intro = Un fichier CSV ou XLSX avec une ligne par mouvement d'argent et une ligne d'en-têtes. Rien n'est écrit avant que vous ayez vu chaque problème.
budget-import-step-upload = Envoyez le fichier.
budget-import-step-map = Indiquez quelle colonne donne chaque champ (deviné d'après les en-têtes).
budget-import-step-preview = Voyez chaque ligne fautive avec son numéro, puis n'importez rien ou seulement les bonnes lignes.
budget-import-file = Tableur (CSV ou XLSX)
budget-import-file-hint = Au plus { $mb } Mo ; la première ligne nomme les colonnes.
budget-import-send = Envoyer et associer les colonnes
budget-import-no-file = Tableur : choisissez un fichier CSV ou XLSX.
budget-import-too-large = Tableur : le fichier dépasse { $mb } Mo.
budget-import-empty = Tableur : le fichier n'a pas de ligne d'en-têtes ou aucune ligne en dessous.
budget-import-not-utf8 = Tableur : le fichier CSV n'est pas en UTF-8. Enregistrez-le en « CSV UTF-8 » et renvoyez-le.
budget-import-csv-line = Tableur : la ligne { $line } ne peut pas être lue (un guillemet non fermé ?).
budget-import-not-workbook = Tableur : le fichier n'est pas un classeur lisible. Enregistrez-le en XLSX ou en CSV.
budget-import-too-many = Tableur : au plus { $max } lignes par fichier.
budget-import-unknown-column = { $field } : le fichier n'a pas de colonne « { $column } ».
budget-import-gone-title = Cet import n'est plus disponible
budget-import-gone-text = Le fichier est gardé une heure, pour la personne qui l'a envoyé. Renvoyez-le.
budget-import-again = Importer un fichier
budget-import-map-title = Quelle colonne donne chaque champ ?
budget-import-map-intro = Le fichier { $file } a { $columns } colonnes. Les choix ci-dessous sont devinés d'après ses en-têtes : vérifiez-les.
budget-import-not-in-file = (pas dans le fichier)
budget-import-columns = Colonnes du fichier
budget-import-columns-hint = Un champ sans colonne reste vide sur chaque ligne.
budget-import-fixed = Une valeur pour toutes les lignes
budget-import-fixed-hint = Quand le fichier n'a pas de colonne pour l'année, l'étape ou la source, choisissez-la ici.
budget-import-check = Vérifier les lignes
budget-import-preview-title = Vérifier avant d'importer
budget-import-counts = { $good ->
    [one] Une bonne ligne
   *[other] { $good } bonnes lignes
}, { $bad ->
    [0] aucune ligne fautive.
    [one] une ligne fautive.
   *[other] { $bad } lignes fautives.
}
budget-import-problems-caption = { $count ->
    [one] Un problème, par ligne du fichier
   *[other] { $count } problèmes, par ligne du fichier
}
budget-import-line = Ligne
budget-import-field = Champ
budget-import-problem = Problème
budget-import-good-caption = Les { $count } premières des { $total } bonnes lignes
budget-import-choice = Que faire
budget-import-all = Importer les { $count } lignes
budget-import-good-only = Importer seulement les { $count } bonnes lignes
budget-import-nothing = Ne rien importer : corriger le fichier et le renvoyer
budget-import-done = { $count ->
    [one] Une ligne importée.
   *[other] { $count } lignes importées.
}
budget-opendata-title = Le budget du plan
budget-opendata-text = Le budget du plan — prévu, et dépensé quand la Région le publie — est aussi en données ouvertes : ses tableaux, un tableur et un Data Package.
budget-opendata-link = La page du budget
