# A página de resultados: «queria dizer», filtros sobre o que muitos locais não dizem.
search-did-you-mean = Queria dizer:
unknown-free = { $count ->
    [0] 0 locais não dizem se são gratuitos.
    [one] 1 local não diz se é gratuito.
   *[other] { $count } locais não dizem se são gratuitos.
}
unknown-open = { $count ->
    [0] 0 locais não indicam o horário: não sabemos dizer se estão abertos agora.
    [one] 1 local não indica o horário: não sabemos dizer se está aberto agora.
   *[other] { $count } locais não indicam o horário: não sabemos dizer se estão abertos agora.
}
unknown-language = { $count ->
    [0] 0 locais não dizem que línguas se falam lá.
    [one] 1 local não diz que línguas se falam lá.
   *[other] { $count } locais não dizem que línguas se falam lá.
}
unknown-included = Estão na lista. Ligue antes de ir.
unknown-show = Mostrá-los também
unknown-hide = Deixar de os mostrar
