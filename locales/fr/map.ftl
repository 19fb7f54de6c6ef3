# The map beside the results (only when the region has a tile server).
map-caption = Carte des lieux de cette page. Les numéros sont ceux de la liste.
map-approximate = Un cercle en pointillés est au centre du code postal ou de la commune : l'adresse exacte n'est pas connue.
map-left-out = { $count ->
    [one] 1 lieu mobile n'est pas sur la carte : il vient jusqu'à vous.
   *[other] { $count } lieux mobiles ne sont pas sur la carte : ils viennent jusqu'à vous.
}
map-credit = Fond de carte :
map-zoom-in = Agrandir la carte
map-zoom-out = Réduire la carte
