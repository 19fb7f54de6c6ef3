# The public capacity figures.

capacity-public-title = Onthaal en uitrusting
capacity-public-computers = { $count ->
    [0] Geen vrij toegankelijke computers
    [one] 1 computer
   *[other] { $count } computers
}
capacity-public-trainings-yes = Biedt opleidingen aan
capacity-public-trainings-no = Biedt geen opleidingen aan
capacity-public-visitors = { $count ->
    [one] Ongeveer 1 bezoeker per week
   *[other] Ongeveer { $count } bezoekers per week
}
capacity-public-period = Cijfers van de plaats zelf voor het jaar { $year }.
