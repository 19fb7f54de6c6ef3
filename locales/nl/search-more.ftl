# The results page: "did you mean", filters on what many places do not say.
search-did-you-mean = Bedoelde je:
unknown-free = { $count ->
    [one] 1 plaats zegt niet of ze gratis is.
   *[other] { $count } plaatsen zeggen niet of ze gratis zijn.
}
unknown-open = { $count ->
    [one] 1 plaats geeft geen openingsuren: we weten niet of ze nu open is.
   *[other] { $count } plaatsen geven geen openingsuren: we weten niet of ze nu open zijn.
}
unknown-language = { $count ->
    [one] 1 plaats zegt niet welke talen er gesproken worden.
   *[other] { $count } plaatsen zeggen niet welke talen er gesproken worden.
}
unknown-included = Ze staan in de lijst. Bel voor je gaat.
unknown-show = Toon ze ook
unknown-hide = Toon ze niet meer
