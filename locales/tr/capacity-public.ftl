# Herkese açık kapasite rakamları.

capacity-public-title = Karşılama ve donanım
capacity-public-computers = { $count ->
    [0] Serbest kullanımda bilgisayar yok
    [one] 1 bilgisayar
   *[other] { $count } bilgisayar
}
capacity-public-trainings-yes = Eğitim sunuyor
capacity-public-trainings-no = Eğitim sunmuyor
capacity-public-visitors = { $count ->
    [one] Haftada yaklaşık 1 ziyaretçi
   *[other] Haftada yaklaşık { $count } ziyaretçi
}
capacity-public-period = { $year } yılı için yerin verdiği rakamlar.
