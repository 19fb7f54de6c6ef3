# Journal d’activité : import d’un tableur, modification d’un atelier, la liste unique.

activity-import-link = Importer un tableur
activity-import-title = Importer des fiches d’activité
activity-import-intro = Vous tenez votre propre tableur ? Téléchargez un modèle, recopiez-y vos fiches (une ligne par accompagnement ou par atelier), puis envoyez le fichier. Chaque ligne est vérifiée comme le formulaire : si une ligne a un problème, rien n’est importé et la page dit quelle ligne corriger.
activity-import-templates-title = Modèles à télécharger
activity-import-template-link = Modèle { $kind } ({ $format })
activity-import-kind-support = Accompagnement individuel
activity-import-kind-workshop = Atelier collectif
activity-import-kind-quick = Aide rapide
activity-import-form-title = Envoyer le fichier
activity-import-field-kind = Le fichier contient
activity-import-field-file = Fichier CSV ou XLSX
activity-import-field-file-hint = Le modèle rempli, ou votre tableur avec les mêmes colonnes. { $mb } Mo au plus.
activity-import-field-good-only = Importer seulement les lignes correctes
activity-import-field-good-only-hint = Sans cette case, une seule ligne avec un problème empêche tout l’import. Avec elle, les lignes correctes sont importées et les autres sont listées.
activity-import-button = Vérifier et importer
activity-import-errors-title = Rien n’a été importé
activity-import-error-no-file = Choisissez un fichier CSV ou XLSX.
activity-import-error-too-large = Le fichier est trop gros : { $mb } Mo au plus.
activity-import-error-empty = Le fichier est vide ou illisible : il faut une ligne de titres de colonnes et au moins une fiche.
activity-import-error-csv = Le fichier CSV ne se lit pas à partir de la ligne { $line } : un guillemet n’est-il pas fermé ?
activity-import-error-too-many = Le fichier a trop de lignes : { $max } au plus. Envoyez-le en plusieurs fois.
activity-import-error-columns = Il manque des colonnes : { $missing }. Colonnes trouvées : { $found }. Partez du modèle.
activity-import-error-overflow = Cette ligne a plus de valeurs que de colonnes.
activity-import-refused = { $bad ->
    [one] Une ligne sur { $rows } a un problème : rien n’a été importé.
   *[other] { $bad } lignes sur { $rows } ont un problème : rien n’a été importé.
}
activity-import-fix-hint = Corrigez ces lignes dans votre tableur et envoyez-le à nouveau, ou cochez « Importer seulement les lignes correctes ».
activity-import-problems-title = Lignes à corriger
activity-import-th-value = Valeur
activity-import-th-problem = Problème
activity-import-th-expected = Attendu
activity-import-line = Ligne { $line }
activity-import-whole-row = Toute la ligne
activity-import-empty = (vide)
activity-import-done = { $count ->
    [one] Une fiche est importée.
   *[other] { $count } fiches sont importées.
}
activity-import-skipped = { $bad ->
    [one] Une ligne avec un problème n’a pas été importée : elle est listée plus bas.
   *[other] { $bad } lignes avec un problème n’ont pas été importées : elles sont listées plus bas.
}
activity-import-ignored = Colonnes non lues : { $columns }.
activity-import-summary-title = Ce qui a été importé
activity-import-summary-caption = Fiches importées par mois et par lieu
activity-import-th-month = Mois
activity-import-th-records = Fiches
activity-import-skipped-title = Lignes non importées
activity-import-columns-title = Les colonnes et les codes
activity-import-columns-intro = La première ligne du fichier porte les noms des colonnes, tels qu’ici (ils sont les mêmes dans toutes les langues). Les valeurs sont des codes : un lieu par son numéro, des thèmes par leur code, séparés par des espaces ou des virgules. L’ordre des colonnes n’importe pas ; une colonne en plus est ignorée.
activity-import-columns-support = Colonnes d’un accompagnement individuel
activity-import-columns-workshop = Colonnes d’un atelier collectif
activity-import-codes-places = Vos lieux et leur numéro
activity-import-codes-themes = Les thèmes et leur code
activity-import-codes-other = Les autres codes
activity-import-col-place = lieu
activity-import-col-date = date
activity-import-col-minutes = durée en minutes
activity-import-col-location = où
activity-import-col-themes = thèmes
activity-import-col-equipment = matériel
activity-import-col-autonomy = autonomie
activity-import-col-redirect-place = orientée vers un lieu
activity-import-col-redirect-text = orientée vers (texte)
activity-import-col-title = titre
activity-import-col-level = niveau
activity-import-col-participants = participants
activity-import-expect-place = Le numéro d’un de vos lieux (liste plus bas).
activity-import-expect-date = Une date d’un mois encore ouvert, pas dans le futur : 2026-11-26 ou 26/11/2026.
activity-import-expect-minutes = Un nombre de minutes, de 1 à 600.
activity-import-expect-location = Un code : place, home, remote ou elsewhere.
activity-import-expect-themes = Un ou plusieurs codes de thème, séparés par des espaces ou des virgules.
activity-import-expect-equipment = Vide, ou des codes de matériel : computer, phone, tablet, printer, other.
activity-import-expect-autonomy = Un code : alone, helped ou done-for.
activity-import-expect-redirect-place = Vide, ou le numéro d’un lieu de l’annuaire.
activity-import-expect-redirect-text = Vide, ou un texte de 200 caractères au plus.
activity-import-expect-title = Un texte de 1 à 200 caractères.
activity-import-expect-level = Un code : beginner, intermediate ou advanced.
activity-import-expect-participants = Un nombre de 1 à 500.
activity-import-expect-count = Vide, ou un nombre ; si une case d’une répartition est remplie, la répartition doit faire le total des participants.
activity-import-expect-row = Une valeur par colonne ; un texte qui contient le séparateur doit être entre guillemets.
activity-import-example-redirect = CPAS
activity-import-example-title = Mes premiers e-mails
activity-import-workshop-edit-title = Modifier un atelier collectif
activity-import-list-title = Toutes les fiches
activity-import-filter-kind = Type de fiche
activity-import-filter-all = Tous les types
activity-import-filter-button = Afficher
activity-import-list-none = Aucune fiche pour l’instant.
activity-import-list-caption = { $count ->
    [one] Une fiche, la plus récente d’abord
   *[other] { $count } fiches, les plus récentes d’abord
}
activity-import-col-what = Quoi
activity-import-col-detail = Détail
activity-import-detail-support = { $minutes } min, { $autonomy }
activity-import-detail-workshop = { $minutes } min, { $participants ->
    [one] un participant
   *[other] { $participants } participants
}
activity-import-detail-quick = { $count ->
    [one] une aide rapide
   *[other] { $count } aides rapides
}
activity-import-quick-deleted = Le compte d’aides rapides est supprimé.
