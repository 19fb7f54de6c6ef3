# Sonuçlar sayfası: “bunu mu demek istediniz”, birçok yerin belirtmediği bilgiler için filtreler.
search-did-you-mean = Bunu mu demek istediniz:
unknown-free = { $count ->
    [one] 1 yer ücretsiz olup olmadığını belirtmiyor.
   *[other] { $count } yer ücretsiz olup olmadığını belirtmiyor.
}
unknown-open = { $count ->
    [one] 1 yer açılış saatlerini vermiyor: şu an açık olup olmadığını bilemiyoruz.
   *[other] { $count } yer açılış saatlerini vermiyor: şu an açık olup olmadıklarını bilemiyoruz.
}
unknown-language = { $count ->
    [one] 1 yer orada hangi dillerin konuşulduğunu belirtmiyor.
   *[other] { $count } yer orada hangi dillerin konuşulduğunu belirtmiyor.
}
unknown-included = Bu yerler listede var. Gitmeden önce arayın.
unknown-show = Onları da göster
unknown-hide = Onları artık gösterme
