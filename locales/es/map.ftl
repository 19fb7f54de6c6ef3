# El mapa junto a los resultados (solo cuando la región tiene un servidor de mapas).
map-caption = Mapa de los lugares de esta página. Los números son los de la lista.
map-approximate = Un círculo de puntos está en el centro del código postal o del municipio: no conocemos la dirección exacta.
map-left-out = { $count ->
    [one] 1 lugar itinerante no está en el mapa: va adonde está usted.
   *[other] { $count } lugares itinerantes no están en el mapa: van adonde está usted.
}
map-credit = Mapa base:
map-zoom-in = Acercar el mapa
map-zoom-out = Alejar el mapa
