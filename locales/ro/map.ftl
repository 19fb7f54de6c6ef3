# Harta de lângă rezultate (doar când regiunea are un server de hărți).
map-caption = Harta locurilor de pe această pagină. Numerele sunt cele din listă.
map-approximate = Un cerc punctat se află în centrul codului poștal sau al comunei: adresa exactă nu este cunoscută.
map-left-out = { $count ->
    [one] 1 loc mobil nu este pe hartă: vine la dumneavoastră.
    [few] { $count } locuri mobile nu sunt pe hartă: vin la dumneavoastră.
   *[other] { $count } de locuri mobile nu sunt pe hartă: vin la dumneavoastră.
}
map-credit = Harta de bază:
map-zoom-in = Măriți harta
map-zoom-out = Micșorați harta
