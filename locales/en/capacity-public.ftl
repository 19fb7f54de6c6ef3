# The public capacity figures.

capacity-public-title = Welcome and equipment
capacity-public-computers = { $count ->
    [0] No computers in free access
    [one] 1 computer
   *[other] { $count } computers
}
capacity-public-trainings-yes = Offers trainings
capacity-public-trainings-no = Does not offer trainings
capacity-public-visitors = { $count ->
    [one] About 1 visitor a week
   *[other] About { $count } visitors a week
}
capacity-public-period = Figures given by the place for the year { $year }.
