# The public capacity figures.

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
