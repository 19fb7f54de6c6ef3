# Paginile publice ale autoevaluării (chestionar și rezultat). Limbaj clar.

diagp-home-link = Nu știți de unde să începeți? Verificați-vă competențele digitale (cam 3 minute)
diagp-intro-private = Durează cam 3 minute. Răspundeți anonim: nimic din răspunsurile dumneavoastră nu este salvat.
diagp-part-devices = Dispozitivele dumneavoastră și internetul
diagp-part-you = Ce doriți
diagp-where-label = Codul poștal sau comuna dumneavoastră (opțional)
diagp-where-hint = Ca să vedeți locuri și ateliere aproape de dumneavoastră. De exemplu: 1080 sau Molenbeek.
diagp-submit = Vedeți rezultatul
diagp-error-item = Întrebarea { $number }: { $message }
diagp-error-where = Vă rugăm să scrieți un cod poștal sau numele unei comune (cel mult 100 de caractere).
diagp-profile-title = Profilul dumneavoastră
diagp-urgency-title = Este urgent?
diagp-no-gaps = Puteți deja să faceți cele cinci lucruri despre care am întrebat.
diagp-places-title = Locuri care vă pot ajuta
diagp-places-near = Locuri aproape de { $place } care vă pot ajuta
diagp-places-none = Nu am găsit aici niciun loc potrivit pentru toate răspunsurile dumneavoastră.
diagp-where-unknown = Nu am recunoscut „{ $where }” ca un cod poștal sau o comună. Iată locuri din toată regiunea.
diagp-add-where = Adăugați codul poștal ca să vedeți locuri aproape de dumneavoastră.
diagp-places-all = Vedeți toate locurile
diagp-sessions-title = Ateliere pentru dumneavoastră
diagp-sessions-none = Acum nu există niciun atelier viitor cu locuri libere potrivit pentru răspunsurile dumneavoastră.
diagp-sessions-all = Vedeți toate atelierele
diagp-refer-place = Îndrumați această persoană către { $name }
diagp-refer-session = Îndrumați această persoană către „{ $title }”
diagp-nothing-stored = Nu a fost salvat nimic. Ca să păstrați acest rezultat, adăugați pagina la favorite sau tipăriți-o.
diagp-change = Modificați răspunsurile
diagp-again = Începeți din nou
