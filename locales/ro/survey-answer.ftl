# Răspunsul la chestionarul pentru vizitatori: paginile linkului scurt /s/{code}.
sva-site = Passerelle – chestionar pentru vizitatori
sva-languages = Limbi
sva-error-title = Eroare: { $title }
sva-errors-title = Există o problemă
sva-start-place = Acest chestionar este despre { $place }.
sva-start-time = Durează cam { $minutes ->
    [one] { $minutes } minut
    [few] { $minutes } minute
   *[other] { $minutes } de minute
}.
sva-start-anonymous = Este anonim: nu vă cerem numele și nu păstrăm nimic care ar putea spune cine sunteți. Vă puteți opri oricând.
sva-start-until = Puteți răspunde până pe { $date }.
sva-start-button = Începeți
sva-resume-title = Ați început deja
sva-resume-text = Răspunsurile dumneavoastră de până acum sunt păstrate pe acest dispozitiv. Puteți continua de unde v-ați oprit sau puteți începe din nou: atunci răspunsurile de până acum sunt șterse.
sva-resume-continue = Continui de unde m-am oprit
sva-resume-restart = Încep din nou
sva-progress = Întrebarea { $number } din { $total }
sva-optional = (opțional)
sva-hint-several = Alegeți tot ce se potrivește.
sva-hint-scale = De la { $min } (deloc mulțumit) la { $max } (foarte mulțumit).
sva-hint-text = Cel mult { $max } caractere.
sva-continue = Continuați
sva-back = Înapoi
sva-trap = Lăsați acest câmp gol
sva-error-choose-one = Alegeți un răspuns
sva-error-choose-some = Alegeți cel puțin un răspuns
sva-error-choose-number = Alegeți un număr
sva-error-number-missing = Scrieți un număr
sva-error-text-missing = Scrieți un răspuns
sva-error-not-a-choice = Alegeți unul dintre răspunsurile din listă
sva-error-one-only = Alegeți un singur răspuns
sva-error-not-a-number = Scrieți un număr întreg, de exemplu 3
sva-error-between = Scrieți un număr de la { $min } la { $max }
sva-error-at-least = Scrieți un număr de cel puțin { $min }
sva-error-at-most = Scrieți un număr de cel mult { $max }
sva-error-too-long = Scrieți cel mult { $max } caractere (ați scris { $count })
sva-error-fast = Răspunsurile dumneavoastră au fost trimise foarte repede. Verificați-le, apoi apăsați din nou pe „Continuați”.
sva-error-expired = Această pagină a fost deschisă mult timp. Apăsați din nou pe „Continuați” ca să trimiteți răspunsurile.
sva-error-rate = De la această conexiune au fost trimise multe răspunsuri în ultima oră. Vă rugăm să încercați din nou peste o oră.
sva-closed-title = Acest chestionar este închis
sva-closed-not-yet = Se deschide pe { $opens } și se închide pe { $closes }.
sva-closed-over = A fost deschis de pe { $opens } până pe { $closes }.
sva-closed-thanks = Vă mulțumim pentru interes.
sva-thanks-title = Vă mulțumim!
sva-thanks-text = Răspunsurile dumneavoastră au fost salvate. Ele vor ajuta { $place } și celelalte locuri să vă servească mai bine.
sva-thanks-nothing-kept = Nu rămâne nimic despre dumneavoastră pe acest dispozitiv. Puteți închide această pagină.
