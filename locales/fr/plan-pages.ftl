## The plan's public pages: the plan, an axis, a measure, the quarters.
plan-pages-intro = Le plan régional pour l'inclusion numérique, de { $first } à { $last }. Il a { $axes } axes et { $measures } mesures. Pour chaque mesure, vous voyez ce qui doit être fait, pour quand, et où on en est.
plan-pages-approved = Approuvé par le comité de pilotage le { $date } (version { $number }).
plan-pages-not-approved = Le comité de pilotage n'a pas encore approuvé de version du plan.
plan-pages-changes-since = { $count ->
    [one] Depuis, 1 élément du plan a changé.
   *[other] Depuis, { $count } éléments du plan ont changé.
}
plan-pages-no-changes-since = Rien n'a changé depuis.
plan-pages-quarters-link = Les livrables trimestre par trimestre
plan-pages-budget-link = Le budget du plan
plan-pages-csv-link = Télécharger tous les livrables (fichier CSV)
plan-pages-axes-title = Les axes et leurs mesures
plan-pages-axis-name = Axe { $number } : { $name }
plan-pages-deliverables-count = { $count ->
    [0] Pas encore de livrable.
    [one] 1 livrable —
   *[other] { $count } livrables —
}
plan-pages-status-count = { $status } : { $count }
plan-pages-overdue = Échéance dépassée
plan-pages-overdue-count = Échéance dépassée : { $count }
plan-pages-owner = Responsable : { $name }
plan-pages-due = Prévu pour : { $quarter }
plan-pages-no-deliverables = Pas encore de livrable.
plan-pages-deliverables-title = Les livrables
plan-pages-measures-title = Les mesures
plan-pages-budget-title = Le budget
plan-pages-all-plan = Tout le plan
plan-pages-field-year = Année
plan-pages-all-years = Toutes les années
plan-pages-show = Afficher
plan-pages-axis-label = Axe
plan-pages-owners = Pilotée par
plan-pages-partners = Partenaires
plan-pages-publics = Pour qui
plan-pages-nobody = Personne pour l'instant
plan-pages-actions-title = Les actions
plan-pages-no-actions = Pas d'action détaillée.
plan-pages-evidence-title = Les preuves dans Passerelle
plan-pages-evidence-intro = Ces pages de Passerelle montrent le travail fait pour cette mesure.
plan-pages-no-evidence = Passerelle n'a pas encore de page publique pour cette mesure.
plan-pages-area-label = Le label des espaces publics numériques (EPN)
plan-pages-area-label-list = La liste des EPN labellisés
plan-pages-label-count = { $count ->
    [0] Aucun EPN n'est labellisé pour l'instant.
    [one] Aujourd'hui, 1 EPN est labellisé.
   *[other] Aujourd'hui, { $count } EPN sont labellisés.
}
plan-pages-area-survey = Les résultats de l'enquête auprès des visiteurs ({ $edition })
plan-pages-area-figures = Les chiffres de la fréquentation et de l'activité
plan-pages-area-sessions = Les ateliers et formations
plan-pages-area-directory = Trouver de l'aide au numérique près de chez vous
plan-pages-area-diagnostic = Le test pour savoir quelle aide vous convient
plan-pages-quarters-title = Les livrables trimestre par trimestre
plan-pages-quarters-intro = Pour chaque trimestre du plan : ce qui doit être livré, et où on en est. « Échéance dépassée » veut dire que le trimestre est fini et que le livrable n'est pas fait.
plan-pages-quarter-count = { $count ->
    [one] 1 livrable
   *[other] { $count } livrables
}
plan-pages-quarter-empty = Rien n'est prévu ce trimestre.
plan-pages-current-quarter = trimestre en cours
plan-pages-opendata-title = Le plan et ses livrables
plan-pages-opendata-text = Les axes et les mesures du plan, avec ce qui doit être livré et où on en est, aussi en fichier CSV :
plan-pages-opendata-link = La page du plan
plan-pages-budget-plan-link = Les mesures du plan et leurs livrables
