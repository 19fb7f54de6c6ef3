# Pagina de rezultate: „ați vrut să spuneți”, filtre pentru ce multe locuri nu spun.
search-did-you-mean = Ați vrut să spuneți:
unknown-free = { $count ->
    [one] 1 loc nu spune dacă este gratuit.
    [few] { $count } locuri nu spun dacă sunt gratuite.
   *[other] { $count } de locuri nu spun dacă sunt gratuite.
}
unknown-open = { $count ->
    [one] 1 loc nu își dă programul: nu putem ști dacă este deschis acum.
    [few] { $count } locuri nu își dau programul: nu putem ști dacă sunt deschise acum.
   *[other] { $count } de locuri nu își dau programul: nu putem ști dacă sunt deschise acum.
}
unknown-language = { $count ->
    [one] 1 loc nu spune ce limbi se vorbesc acolo.
    [few] { $count } locuri nu spun ce limbi se vorbesc acolo.
   *[other] { $count } de locuri nu spun ce limbi se vorbesc acolo.
}
unknown-included = Ele apar în listă. Sunați înainte să mergeți.
unknown-show = Afișați-le și pe ele
unknown-hide = Nu le mai afișați
