# Os números públicos de capacidade.

capacity-public-title = Acolhimento e equipamento
capacity-public-computers = { $count ->
    [0] Nenhum computador de acesso livre
    [one] 1 computador
   *[other] { $count } computadores
}
capacity-public-trainings-yes = Oferece formações
capacity-public-trainings-no = Não oferece formações
capacity-public-visitors = { $count ->
    [0] Nenhum visitante por semana
    [one] Cerca de 1 visitante por semana
   *[other] Cerca de { $count } visitantes por semana
}
capacity-public-period = Números indicados pelo local para o ano { $year }.
