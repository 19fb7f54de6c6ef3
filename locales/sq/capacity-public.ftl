# Shifrat publike të kapacitetit.

capacity-public-title = Pritja dhe pajisjet
capacity-public-computers = { $count ->
    [0] Asnjë kompjuter me qasje të lirë
    [one] 1 kompjuter
   *[other] { $count } kompjuterë
}
capacity-public-trainings-yes = Ofron trajnime
capacity-public-trainings-no = Nuk ofron trajnime
capacity-public-visitors = { $count ->
    [one] Rreth 1 vizitor në javë
   *[other] Rreth { $count } vizitorë në javë
}
capacity-public-period = Shifra të dhëna nga vendi për vitin { $year }.
