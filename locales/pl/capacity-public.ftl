# Publiczne dane o możliwościach miejsca.

capacity-public-title = Przyjmowanie i sprzęt
capacity-public-computers = { $count ->
    [0] Brak komputerów w wolnym dostępie
    [one] 1 komputer
    [few] { $count } komputery
    [many] { $count } komputerów
   *[other] { $count } komputera
}
capacity-public-trainings-yes = Oferuje szkolenia
capacity-public-trainings-no = Nie oferuje szkoleń
capacity-public-visitors = { $count ->
    [one] Około 1 odwiedzającego tygodniowo
    [few] Około { $count } odwiedzających tygodniowo
    [many] Około { $count } odwiedzających tygodniowo
   *[other] Około { $count } odwiedzającego tygodniowo
}
capacity-public-period = Dane podane przez to miejsce za rok { $year }.
