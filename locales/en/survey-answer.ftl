# Answering the visitor survey: the pages of the short link /s/{code}.
sva-site = Passerelle – visitor survey
sva-languages = Languages
sva-error-title = Error: { $title }
sva-errors-title = There is a problem
sva-start-place = This questionnaire is about { $place }.
sva-start-time = It takes about { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}.
sva-start-anonymous = It is anonymous: we do not ask for your name, and nothing is kept that could say who you are. You can stop at any time.
sva-start-until = You can answer until { $date }.
sva-start-button = Start
sva-resume-title = You have already started
sva-resume-text = Your answers so far are kept on this device. You can continue where you stopped, or start again: your answers so far are then deleted.
sva-resume-continue = Continue where I stopped
sva-resume-restart = Start again
sva-progress = Question { $number } of { $total }
sva-optional = (optional)
sva-hint-several = Choose all that apply.
sva-hint-scale = From { $min } (not at all satisfied) to { $max } (very satisfied).
sva-hint-text = At most { $max } characters.
sva-continue = Continue
sva-back = Back
sva-trap = Leave this field empty
sva-error-choose-one = Choose an answer
sva-error-choose-some = Choose at least one answer
sva-error-choose-number = Choose a number
sva-error-number-missing = Write a number
sva-error-text-missing = Write an answer
sva-error-not-a-choice = Choose one of the answers in the list
sva-error-one-only = Choose only one answer
sva-error-not-a-number = Write a whole number, for example 3
sva-error-between = Write a number from { $min } to { $max }
sva-error-at-least = Write a number of { $min } or more
sva-error-at-most = Write a number of { $max } or less
sva-error-too-long = Write { $max } characters at most (you wrote { $count })
sva-error-fast = Your answers were sent very quickly. Check them, then press Continue again.
sva-error-expired = This page was open for a long time. Press Continue again to send your answers.
sva-error-rate = Many answers have been sent from this connection in the last hour. Please try again in an hour.
sva-closed-title = This questionnaire is closed
sva-closed-not-yet = It opens on { $opens } and closes on { $closes }.
sva-closed-over = It was open from { $opens } to { $closes }.
sva-closed-thanks = Thank you for your interest.
sva-thanks-title = Thank you!
sva-thanks-text = Your answers have been saved. They will help { $place } and the other places serve you better.
sva-thanks-nothing-kept = Nothing about you stays on this device. You can close this page.
