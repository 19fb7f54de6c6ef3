# La página de resultados: «quizás quiso decir», filtros sobre lo que muchos lugares no dicen.
search-did-you-mean = Quizás quiso decir:
unknown-free = { $count ->
    [one] 1 lugar no dice si es gratis.
   *[other] { $count } lugares no dicen si son gratis.
}
unknown-open = { $count ->
    [one] 1 lugar no da su horario: no podemos saber si está abierto ahora.
   *[other] { $count } lugares no dan su horario: no podemos saber si están abiertos ahora.
}
unknown-language = { $count ->
    [one] 1 lugar no dice qué idiomas se hablan allí.
   *[other] { $count } lugares no dicen qué idiomas se hablan allí.
}
unknown-included = Están en la lista. Llame antes de ir.
unknown-show = Mostrarlos también
unknown-hide = Dejar de mostrarlos
