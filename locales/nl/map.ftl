# The map beside the results (only when the region has a tile server).
map-caption = Kaart van de plaatsen op deze pagina. De nummers zijn die van de lijst.
map-approximate = Een stippelcirkel staat in het midden van de postcode of de gemeente: het precieze adres is niet bekend.
map-left-out = { $count ->
    [one] 1 mobiele plaats staat niet op de kaart: ze komt naar u toe.
   *[other] { $count } mobiele plaatsen staan niet op de kaart: ze komen naar u toe.
}
map-credit = Achtergrondkaart:
map-zoom-in = Kaart inzoomen
map-zoom-out = Kaart uitzoomen
