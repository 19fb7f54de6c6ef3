# The results page: "did you mean", filters on what many places do not say.
search-did-you-mean = Vouliez-vous dire :
unknown-free = { $count ->
    [one] 1 lieu ne dit pas s'il est gratuit.
   *[other] { $count } lieux ne disent pas s'ils sont gratuits.
}
unknown-open = { $count ->
    [one] 1 lieu ne donne pas ses horaires : nous ne savons pas s'il est ouvert maintenant.
   *[other] { $count } lieux ne donnent pas leurs horaires : nous ne savons pas s'ils sont ouverts maintenant.
}
unknown-language = { $count ->
    [one] 1 lieu ne dit pas quelles langues on y parle.
   *[other] { $count } lieux ne disent pas quelles langues on y parle.
}
unknown-included = Ils sont dans la liste. Téléphonez avant d'y aller.
unknown-show = Les montrer aussi
unknown-hide = Ne plus les montrer
