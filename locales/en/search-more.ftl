# The results page: "did you mean", filters on what many places do not say.
search-did-you-mean = Did you mean:
unknown-free = { $count ->
    [one] 1 place does not say whether it is free.
   *[other] { $count } places do not say whether they are free.
}
unknown-open = { $count ->
    [one] 1 place does not give its opening hours: we cannot tell whether it is open now.
   *[other] { $count } places do not give their opening hours: we cannot tell whether they are open now.
}
unknown-language = { $count ->
    [one] 1 place does not say which languages are spoken there.
   *[other] { $count } places do not say which languages are spoken there.
}
unknown-included = They are in the list. Call before you go.
unknown-show = Show them too
unknown-hide = Stop showing them
