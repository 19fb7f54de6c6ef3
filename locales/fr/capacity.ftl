# Capacités : par lieu et par année, jours et heures d'ouverture, visiteurs, équipement, formations, animateurs.

capacity-nav = Capacités
capacity-title = Capacités des lieux
capacity-intro-manager = Pour chacun de vos lieux, indiquez par année ce qu'il peut accueillir : ouverture, visiteurs, équipement, formations, animateurs. Ces chiffres servent à l'évaluation du plan.
capacity-intro-coordination = Le dernier relevé de chaque lieu. Les responsables des EPN les encodent et les corrigent.
capacity-none = Aucun relevé pour le moment.
capacity-latest-caption = Dernier relevé par lieu
capacity-history-caption = Relevés par année
capacity-place = Lieu
capacity-no-record = Pas encore de relevé.
capacity-visitors = Visiteurs
capacity-open = Ouverture
capacity-equipment = Équipement
capacity-counted = comptés
capacity-estimated = estimés
capacity-yes = Oui
capacity-no = Non
capacity-visitors-week-column = Visiteurs par semaine (environ)
capacity-visitors-days = { $weekday } par jour de semaine, { $saturday } le samedi
capacity-open-text = { $days } j. et { $hours } h par semaine
capacity-devices = { $computers } ordinateurs, { $tablets } tablettes
capacity-fte = ({ $fte } ETP)
capacity-correct = Corriger
capacity-place-title = Capacités : { $place }
capacity-saved = Le relevé de { $year } est enregistré.
capacity-form-title = Encoder ou corriger une année
capacity-form-intro = Une année déjà encodée est remplacée par ce que vous envoyez.
capacity-field-year = Année
capacity-year-hint = L'année civile concernée, par exemple 2025.
capacity-field-days_open = Jours d'ouverture par semaine
capacity-days-hint = De 0 à 7, une semaine habituelle.
capacity-field-hours_open = Heures d'ouverture par semaine
capacity-hours-hint = En heures entières, une semaine habituelle.
capacity-hours-from-directory = Proposé d'après les horaires du lieu dans l'annuaire : vérifiez.
capacity-field-visitors_weekday = Visiteurs par jour de semaine (moyenne)
capacity-weekday-hint = Un jour d'ouverture du lundi au vendredi.
capacity-field-visitors_saturday = Visiteurs le samedi
capacity-saturday-hint = 0 si le lieu est fermé le samedi.
capacity-field-visitors_method = Ces nombres de visiteurs sont
capacity-field-computers = Ordinateurs
capacity-field-tablets = Tablettes
capacity-field-other_equipment = Autre équipement
capacity-other-hint = Facultatif. Par exemple : imprimante, scanner, vidéoprojecteur.
capacity-field-trainings = Des formations sont proposées
capacity-field-animators = Animateurs (nombre de personnes)
capacity-animators-hint = Les personnes qui accompagnent le public, salariées ou bénévoles.
capacity-field-animators_fte = Animateurs en équivalents temps plein
capacity-fte-hint = Facultatif. Par exemple 1,5.
capacity-save = Enregistrer le relevé
capacity-error-missing = Indiquez « { $field } ».
capacity-error-number = « { $field } » doit être un nombre entier, 0 ou plus.
capacity-error-too-large = « { $field } » ne peut pas dépasser { $max }.
capacity-error-year = « { $field } » doit être une année de quatre chiffres, de 2015 à l'an prochain.
capacity-error-too-long = « { $field } » est trop long (500 caractères au plus).
capacity-error-hours-days = « { $field } » ne correspond pas aux jours d'ouverture (au plus 24 heures par jour ouvert, et plus de 0 si le lieu ouvre).
capacity-public-title = Accueil et équipement
capacity-public-computers = { $count ->
    [0] Pas d'ordinateur en libre accès
    [one] 1 ordinateur
   *[other] { $count } ordinateurs
}
capacity-public-trainings-yes = Propose des formations
capacity-public-trainings-no = Ne propose pas de formations
capacity-public-visitors = { $count ->
    [one] Environ 1 visiteur par semaine
   *[other] Environ { $count } visiteurs par semaine
}
capacity-public-period = Chiffres donnés par le lieu pour l'année { $year }.
