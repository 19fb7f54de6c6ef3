# Las cifras públicas de capacidad.

capacity-public-title = Acogida y equipamiento
capacity-public-computers = { $count ->
    [0] Ningún ordenador de libre acceso
    [one] 1 ordenador
   *[other] { $count } ordenadores
}
capacity-public-trainings-yes = Ofrece formaciones
capacity-public-trainings-no = No ofrece formaciones
capacity-public-visitors = { $count ->
    [one] Alrededor de 1 visitante por semana
   *[other] Alrededor de { $count } visitantes por semana
}
capacity-public-period = Cifras dadas por el lugar para el año { $year }.
