# De bezoekersenquête invullen: de pagina's van de korte link /s/{code}.
sva-site = Passerelle – bezoekersenquête
sva-languages = Talen
sva-error-title = Fout: { $title }
sva-errors-title = Er is een probleem
sva-start-place = Deze vragenlijst gaat over { $place }.
sva-start-time = Het duurt ongeveer { $minutes ->
    [one] { $minutes } minuut
   *[other] { $minutes } minuten
}.
sva-start-anonymous = Ze is anoniem: we vragen niet naar uw naam en we bewaren niets waaruit blijkt wie u bent. U kunt op elk moment stoppen.
sva-start-until = U kunt antwoorden tot { $date }.
sva-start-button = Beginnen
sva-resume-title = U bent al begonnen
sva-resume-text = Uw antwoorden tot nu toe zijn bewaard op dit toestel. U kunt verdergaan waar u gestopt bent, of opnieuw beginnen: uw antwoorden tot nu toe worden dan gewist.
sva-resume-continue = Verdergaan waar ik gestopt ben
sva-resume-restart = Opnieuw beginnen
sva-progress = Vraag { $number } van { $total }
sva-optional = (niet verplicht)
sva-hint-several = Kies alle antwoorden die passen.
sva-hint-scale = Van { $min } (helemaal niet tevreden) tot { $max } (heel tevreden).
sva-hint-text = Maximaal { $max } tekens.
sva-continue = Verder
sva-back = Terug
sva-trap = Laat dit veld leeg
sva-error-choose-one = Kies een antwoord
sva-error-choose-some = Kies minstens één antwoord
sva-error-choose-number = Kies een cijfer
sva-error-number-missing = Schrijf een getal
sva-error-text-missing = Schrijf een antwoord
sva-error-not-a-choice = Kies een van de antwoorden uit de lijst
sva-error-one-only = Kies maar één antwoord
sva-error-not-a-number = Schrijf een geheel getal, bijvoorbeeld 3
sva-error-between = Schrijf een getal van { $min } tot { $max }
sva-error-at-least = Schrijf een getal van { $min } of meer
sva-error-at-most = Schrijf een getal van { $max } of minder
sva-error-too-long = Schrijf maximaal { $max } tekens (u schreef er { $count })
sva-error-fast = Uw antwoorden werden heel snel verstuurd. Kijk ze na en druk dan opnieuw op Verder.
sva-error-expired = Deze pagina stond lang open. Druk opnieuw op Verder om uw antwoorden te versturen.
sva-error-rate = Het afgelopen uur werden veel antwoorden verstuurd vanaf deze verbinding. Probeer het over een uur opnieuw.
sva-closed-title = Deze vragenlijst is gesloten
sva-closed-not-yet = Ze gaat open op { $opens } en sluit op { $closes }.
sva-closed-over = Ze was open van { $opens } tot { $closes }.
sva-closed-thanks = Bedankt voor uw interesse.
sva-thanks-title = Bedankt!
sva-thanks-text = Uw antwoorden zijn bewaard. Ze helpen { $place } en de andere plaatsen om u beter te ontvangen.
sva-thanks-nothing-kept = Er blijft niets over u achter op dit toestel. U kunt deze pagina sluiten.
