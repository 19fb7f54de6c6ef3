# Verificări ale calității datelor (română).

check-postcode-not-in-commune = Codul poștal { $value } nu aparține comunei acestui loc.
check-postcode-not-in-commune-todo = Cereți locului adresa și corectați codul poștal sau comuna.
check-unknown-postcode = { $value } nu este un cod poștal al regiunii.
check-unknown-postcode-todo = Corectați codul poștal sau mutați locul în regiunea potrivită.
check-probable-duplicate = Acest loc seamănă cu „{ $value }” (#{ $other }).
check-probable-duplicate-todo = Dacă sunt același loc, uniți-le; dacă nu, faceți-le numele mai clare.
check-unreadable-hours = Programul „{ $value }” nu poate fi citit.
check-unreadable-hours-todo = Scrieți-l din nou cu editorul de program (de exemplu Mo-Fr 09:00-17:00).
check-no-contact = Nu există telefon, e-mail sau site web.
check-no-contact-todo = Adăugați cel puțin un număr de telefon, ca oamenii să poată suna înainte să meargă.
check-stale = Neactualizat din { $value }.
check-stale-todo = Cereți locului să își confirme sau să își actualizeze informațiile.
check-source-issue = Problemă înregistrată în datele sursă
check-summary = { $errors ->
    [one] 1 eroare
    [few] { $errors } erori
   *[other] { $errors } de erori
}, { $warnings ->
    [one] 1 avertisment
    [few] { $warnings } avertismente
   *[other] { $warnings } de avertismente
}
severity-error = Eroare
severity-warning = Avertisment

# Statutul de etichetă din repertoriu trebuie să se bazeze pe o etichetă acordată (eticheta EPN).
check-labelled-without-record = Afișat ca EPN cu etichetă, dar nu este înregistrată nicio etichetă acordată pentru acest loc.
check-labelled-without-record-todo = Înregistrați decizia privind eticheta în paginile etichetei sau corectați statutul de etichetă al locului.
quality-kind-labelled-without-record = Cu etichetă, dar fără înregistrarea etichetei

# O adresă web salvată care nu este http(s) nu este publicată niciodată.
check-website-not-http = Adresa web „{ $value }” nu este o adresă http:// sau https://: nu este nici afișată, nici publicată.
check-website-not-http-todo = Înlocuiți-o cu adresa web completă a locului, care începe cu https:// (sau http://), ori ștergeți-o.
quality-kind-website-not-http = Adresă web care nu este http(s)
quality-kind-postcode-not-in-commune = Cod poștal al altei comune
quality-kind-unknown-postcode = Cod poștal necunoscut
quality-kind-unreadable-hours = Program care nu poate fi citit
quality-kind-probable-duplicate = Dubluri probabile
quality-kind-no-contact = Niciun mod de a contacta locul
quality-kind-stale = Neactualizat de mai mult de un an
