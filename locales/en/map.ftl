# The map beside the results (only when the region has a tile server).
map-caption = Map of the places on this page. The numbers are those of the list.
map-approximate = A dotted circle is at the centre of the postcode or municipality: the exact address is not known.
map-left-out = { $count ->
    [one] 1 mobile place is not on the map: it comes to you.
   *[other] { $count } mobile places are not on the map: they come to you.
}
map-credit = Base map:
map-zoom-in = Zoom in on the map
map-zoom-out = Zoom out of the map
