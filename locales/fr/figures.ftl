# Les chiffres du plan : pages publiques et du back-office, graphiques, exports.

figures-title = Les chiffres de l'inclusion numérique
figures-link = Les chiffres
figures-nav = Chiffres
figures-intro = Ce que font les espaces publics numériques (EPN) de la région, ce qu'ils ont et qui les finance. Les chiffres sont des totaux : personne ne peut y être reconnu.
figures-public-note = Seule l'année peut être choisie. Avec des filtres plus fins, on pourrait retrouver un petit nombre caché en soustrayant deux tableaux.
figures-bo-title = Chiffres
figures-bo-intro-coordination = Les chiffres de tous les lieux, à filtrer par période, commune ou lieu. Les petits nombres ne sont pas cachés ici : ne les publiez pas tels quels.
figures-bo-intro-manager = Les chiffres de vos lieux, à filtrer par période ou par lieu.
figures-activity = Activités
figures-capacity = Capacités et visites
figures-cadastre = Financement et personnel
figures-none-yet = Pas encore de chiffres pour cette période.
figures-percent = { $value } %
figures-euros = { $amount } €
figures-hours = { $hours } h
figures-month = { $month } { $year }
figures-hidden = caché
figures-not-given = non communiqué
figures-hidden-note = Nombre caché : moins de { $threshold }, ou un nombre qui permettrait de calculer un tel petit nombre.
figures-hidden-export-note = « caché » : moins de { $threshold }, ou un nombre qui permettrait de calculer un tel petit nombre.
figures-total = Total
figures-respondents = Nombre de répondants : { $count }.
figures-source = Source :
figures-download-csv = { $title } : télécharger en CSV
figures-download-xlsx = { $title } : télécharger en tableur (Excel)
figures-chart-desc = Barres : { $column } par { $dimension }, { $rows ->
        [one] une ligne
       *[other] { $rows } lignes
    }. Tous les chiffres sont dans le tableau.
figures-filter-title = Choisir les chiffres
figures-show = Afficher
figures-field-year = Année
figures-year-hint = Les chiffres de toute l'année civile.
figures-field-from = Du mois
figures-field-to = Au mois
figures-month-hint = Un mois écrit comme { $example }.
figures-field-commune = Commune
figures-field-place = Lieu
figures-any-commune = Toutes les communes
figures-any-place = Tous les lieux
figures-all-my-places = Tous mes lieux
figures-error-year = { $field } : choisissez une année entre { $first } et { $last }.
figures-error-month = { $field } : écrivez un mois comme { $example }.
figures-error-order = { $field } : le mois de fin doit venir après le mois de début.
figures-error-commune = { $field } : choisissez une commune de la liste.
figures-error-place = { $field } : choisissez un lieu de la liste.
figures-scope-all = Tous les lieux de la région
figures-scope-commune = Les lieux de { $commune }
figures-scope-place = { $place }
figures-scope-mine = Tous vos lieux
figures-scope = Période : de { $from } à { $to }. Lieux : { $places }.
figures-contents = Sur cette page
