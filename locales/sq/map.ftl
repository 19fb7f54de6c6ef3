# Harta pranë rezultateve (vetëm kur rajoni ka një server hartash).
map-caption = Harta e vendeve në këtë faqe. Numrat janë ata të listës.
map-approximate = Një rreth me pika ndodhet në qendër të kodit postar ose të komunës: adresa e saktë nuk dihet.
map-left-out = { $count ->
    [one] 1 vend lëvizës nuk është në hartë: ai vjen te ju.
   *[other] { $count } vende lëvizëse nuk janë në hartë: ato vijnë te ju.
}
map-credit = Harta bazë:
map-zoom-in = Zmadho hartën
map-zoom-out = Zvogëlo hartën
