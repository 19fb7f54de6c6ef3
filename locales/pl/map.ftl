# Mapa obok wyników (tylko gdy region ma serwer map).
map-caption = Mapa miejsc z tej strony. Numery są takie same jak na liście.
map-approximate = Kółko z kropek jest w środku obszaru kodu pocztowego albo gminy: dokładny adres nie jest znany.
map-left-out = { $count ->
    [one] 1 mobilne miejsce nie jest na mapie: przyjeżdża do ciebie.
    [few] { $count } mobilne miejsca nie są na mapie: przyjeżdżają do ciebie.
    [many] { $count } mobilnych miejsc nie jest na mapie: przyjeżdżają do ciebie.
   *[other] { $count } mobilnego miejsca nie ma na mapie: przyjeżdżają do ciebie.
}
map-credit = Mapa bazowa:
map-zoom-in = Powiększ mapę
map-zoom-out = Pomniejsz mapę
