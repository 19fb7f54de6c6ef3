# Sonuçların yanındaki harita (yalnızca bölgenin bir harita sunucusu varsa).
map-caption = Bu sayfadaki yerlerin haritası. Numaralar listedeki numaralardır.
map-approximate = Noktalı bir daire, posta kodunun ya da belediyenin merkezindedir: tam adres bilinmiyor.
map-left-out = { $count ->
    [one] 1 gezici yer haritada yok: size kadar gelir.
   *[other] { $count } gezici yer haritada yok: size kadar gelirler.
}
map-credit = Temel harita:
map-zoom-in = Haritayı yakınlaştır
map-zoom-out = Haritayı uzaklaştır
