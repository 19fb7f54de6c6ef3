# Reporting a mistake on a place's page (the public form).

report-link = Een fout op deze pagina melden
report-title = Een fout melden
report-about = Over de pagina van:
report-intro = Zeg ons wat fout of niet meer juist is: bijvoorbeeld de openingsuren, het telefoonnummer of het adres. U hebt geen account nodig. Het team dat de gids bijhoudt, leest elk bericht.
report-message = Wat is er fout?
report-message-hint = Schrijf tussen { $min } en { $max } tekens.
report-contact = Uw e-mailadres of telefoonnummer (niet verplicht)
report-contact-hint = Alleen als u een antwoord wilt. We gebruiken het alleen om op dit bericht te antwoorden.
report-trap = Laat dit veld leeg
report-send = Het bericht versturen
report-privacy = Schrijf geen persoonlijke gegevens over andere mensen.
report-error-short = Het bericht is te kort: schrijf minstens { $min } tekens, zodat we begrijpen wat we moeten verbeteren.
report-error-long = Het bericht is te lang: { $count } tekens, en maximaal { $max }. Maak het korter.
report-error-contact = Uw e-mailadres of telefoonnummer is te lang: maximaal { $max } tekens.
report-error-fast = Het formulier werd heel snel verstuurd. Kijk uw bericht na en verstuur het opnieuw.
report-error-expired = Het formulier stond lang open en is verlopen. Uw bericht staat er nog: verstuur het opnieuw.
report-error-rate = Er werden het afgelopen uur veel berichten verstuurd vanaf uw verbinding. Uw bericht staat er nog: probeer het over een uur opnieuw.
report-thanks-title = Bedankt voor uw bericht
report-thanks-text = Het team dat de gids bijhoudt, leest het en verbetert de pagina als dat nodig is.
report-back = Terug naar de pagina van { $place }
report-mail-subject = Fout gemeld: { $place }
report-mail-no-contact = (niet opgegeven)
report-mail-body = Iemand heeft een fout gemeld op de pagina van "{ $place }".

    Het bericht:

    { $message }

    Contact: { $contact }

    De pagina: { $page }
    Alle gemelde fouten: { $reports }
