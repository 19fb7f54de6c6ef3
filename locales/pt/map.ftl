# O mapa ao lado dos resultados (só quando a região tem um servidor de mosaicos).
map-caption = Mapa dos locais desta página. Os números são os da lista.
map-approximate = Um círculo tracejado fica no centro do código postal ou da comuna: a morada exata não é conhecida.
map-left-out = { $count ->
    [0] 0 locais móveis não estão no mapa: vêm até si.
    [one] 1 local móvel não está no mapa: vem até si.
   *[other] { $count } locais móveis não estão no mapa: vêm até si.
}
map-credit = Mapa de base:
map-zoom-in = Aproximar o mapa
map-zoom-out = Afastar o mapa
