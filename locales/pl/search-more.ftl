# Strona wyników: „czy chodziło ci o”, filtry na to, czego wiele miejsc nie podaje.
search-did-you-mean = Czy chodziło ci o:
unknown-free = { $count ->
    [one] 1 miejsce nie podaje, czy jest bezpłatne.
    [few] { $count } miejsca nie podają, czy są bezpłatne.
    [many] { $count } miejsc nie podaje, czy są bezpłatne.
   *[other] { $count } miejsca nie podaje, czy są bezpłatne.
}
unknown-open = { $count ->
    [one] 1 miejsce nie podaje godzin otwarcia: nie wiemy, czy jest teraz otwarte.
    [few] { $count } miejsca nie podają godzin otwarcia: nie wiemy, czy są teraz otwarte.
    [many] { $count } miejsc nie podaje godzin otwarcia: nie wiemy, czy są teraz otwarte.
   *[other] { $count } miejsca nie podaje godzin otwarcia: nie wiemy, czy są teraz otwarte.
}
unknown-language = { $count ->
    [one] 1 miejsce nie podaje, jakimi językami się tam mówi.
    [few] { $count } miejsca nie podają, jakimi językami się tam mówi.
    [many] { $count } miejsc nie podaje, jakimi językami się tam mówi.
   *[other] { $count } miejsca nie podaje, jakimi językami się tam mówi.
}
unknown-included = Są na liście. Zadzwoń, zanim pójdziesz.
unknown-show = Pokaż też te miejsca
unknown-hide = Nie pokazuj ich
