# Publiczne strony diagnozy (kwestionariusz i wynik). Prosty język.

diagp-home-link = Nie wiesz, od czego zacząć? Sprawdź swoje umiejętności cyfrowe (około 3 minut)
diagp-intro-private = To trwa około 3 minut. To jest anonimowe: nie zapisujemy żadnej twojej odpowiedzi.
diagp-part-devices = Twoje urządzenia i internet
diagp-part-you = Czego chcesz
diagp-where-label = Twój kod pocztowy albo gmina (nieobowiązkowo)
diagp-where-hint = Żeby zobaczyć miejsca i warsztaty blisko ciebie. Na przykład: 1080 albo Molenbeek.
diagp-submit = Zobacz mój wynik
diagp-error-item = Pytanie { $number }: { $message }
diagp-error-where = Wpisz kod pocztowy albo nazwę gminy (najwyżej 100 znaków).
diagp-profile-title = Twój profil
diagp-urgency-title = Czy to pilne?
diagp-no-gaps = Umiesz już zrobić te pięć rzeczy, o które pytaliśmy.
diagp-places-title = Miejsca, które mogą ci pomóc
diagp-places-near = Miejsca w pobliżu ({ $place }), które mogą ci pomóc
diagp-places-none = Nie znaleźliśmy tutaj miejsca, które pasuje do wszystkich twoich odpowiedzi.
diagp-where-unknown = Nie rozpoznaliśmy „{ $where }” jako kodu pocztowego ani gminy. Oto miejsca w całym regionie.
diagp-add-where = Dodaj swój kod pocztowy, żeby zobaczyć miejsca blisko ciebie.
diagp-places-all = Zobacz wszystkie miejsca
diagp-sessions-title = Warsztaty dla ciebie
diagp-sessions-none = Teraz żaden nadchodzący warsztat z wolnymi miejscami nie pasuje do twoich odpowiedzi.
diagp-sessions-all = Zobacz wszystkie warsztaty
diagp-refer-place = Skieruj tę osobę do: { $name }
diagp-refer-session = Skieruj tę osobę na „{ $title }”
diagp-nothing-stored = Nic nie zostało zapisane. Żeby zachować ten wynik, dodaj tę stronę do zakładek albo ją wydrukuj.
diagp-change = Zmień moje odpowiedzi
diagp-again = Zacznij od nowa
