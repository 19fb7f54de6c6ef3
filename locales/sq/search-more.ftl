# Faqja e rezultateve: „mos doni të thoni“, filtra për gjëra që shumë vende nuk i thonë.
search-did-you-mean = Mos doni të thoni:
unknown-free = { $count ->
    [one] 1 vend nuk thotë nëse është falas.
   *[other] { $count } vende nuk thonë nëse janë falas.
}
unknown-open = { $count ->
    [one] 1 vend nuk jep orarin e hapjes: nuk mund ta dimë nëse është hapur tani.
   *[other] { $count } vende nuk japin orarin e hapjes: nuk mund ta dimë nëse janë hapur tani.
}
unknown-language = { $count ->
    [one] 1 vend nuk thotë cilat gjuhë fliten aty.
   *[other] { $count } vende nuk thonë cilat gjuhë fliten aty.
}
unknown-included = Ato janë në listë. Telefononi para se të shkoni.
unknown-show = Shfaqi edhe ato
unknown-hide = Mos i shfaq më
