# Openbare pagina's van de diagnose (vragenlijst en resultaat). Eenvoudige taal, "u".

diagp-home-link = Weet u niet waar te beginnen? Test uw digitale vaardigheden (ongeveer 3 minuten)
diagp-intro-private = Het duurt ongeveer 3 minuten. U blijft anoniem: niets van wat u antwoordt, wordt bewaard.
diagp-part-devices = Uw toestellen en internet
diagp-part-you = Wat u wilt
diagp-where-label = Uw postcode of gemeente (niet verplicht)
diagp-where-hint = Om plaatsen en workshops bij u in de buurt te zien. Bijvoorbeeld: 1080 of Molenbeek.
diagp-submit = Mijn resultaat bekijken
diagp-error-item = Vraag { $number }: { $message }
diagp-error-where = Schrijf een postcode of de naam van een gemeente (maximaal 100 tekens).
diagp-profile-title = Uw profiel
diagp-urgency-title = Is het dringend?
diagp-no-gaps = U kunt de vijf dingen waarnaar we vroegen al.
diagp-places-title = Plaatsen die u kunnen helpen
diagp-places-near = Plaatsen bij { $place } die u kunnen helpen
diagp-places-none = We vonden hier geen plaats die bij al uw antwoorden past.
diagp-where-unknown = We herkenden “{ $where }” niet als postcode of gemeente. Hier zijn plaatsen in het hele gewest.
diagp-add-where = Geef uw postcode om plaatsen bij u in de buurt te zien.
diagp-places-all = Alle plaatsen bekijken
diagp-sessions-title = Workshops voor u
diagp-sessions-none = Er is nu geen komende workshop met vrije plaatsen die bij uw antwoorden past.
diagp-sessions-all = Alle workshops bekijken
diagp-refer-place = Deze persoon doorverwijzen naar { $name }
diagp-refer-session = Deze persoon doorverwijzen naar “{ $title }”
diagp-nothing-stored = Er werd niets bewaard. Om dit resultaat te houden, voegt u deze pagina toe aan uw bladwijzers of drukt u ze af.
diagp-change = Mijn antwoorden wijzigen
diagp-again = Opnieuw beginnen
