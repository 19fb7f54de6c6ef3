# Rezultatele unei ediții a chestionarului pentru vizitatori: pagina de analiză a echipei de coordonare și rezumatul public.

survey-results-title = Rezultate: { $edition }
survey-results-illustrative = Răspunsuri generate pentru demonstrație: aceste rezultate sunt un exemplu, ele nu descriu vizitatori reali.
survey-results-participation-title = Participare
survey-results-participation-sentence = { $answers } { $answers ->
        [one] răspuns complet
        [few] răspunsuri complete
       *[other] de răspunsuri complete
    } de la { $answering } din { $places } { $places ->
        [one] loc
        [few] locuri
       *[other] de locuri
    }, în { $weeks } săptămâni. Participare: { $rate }% (răspunsuri ÷ (săptămâni × { $visitors } vizitatori pe săptămână, estimați)).
survey-results-rate-unknown = necunoscută (numărul de vizitatori pe săptămână nu este estimat)
survey-results-questions = Întrebările
survey-results-crosses-intro = Sub fiecare întrebare, încrucișările ei după vârstă, gen, diplomă și statut (teste în total: { $count }). O diferență este numită semnificativă atunci când valoarea p, corectată prin metoda Holm pentru toate testele, este cel mult { $alpha }.
survey-results-n = Număr de răspunsuri (n): { $n }.
survey-results-n-hidden = Număr de răspunsuri ascuns: prea mic.
survey-results-multiple-note = Sunt posibile mai multe răspunsuri: procentele nu adună 100% (proporția celor care au răspuns la întrebare).
survey-results-scale-summary = Media: { $mean } din 10. { $share } dau { $from } sau mai mult.
survey-results-number-summary = Media: { $mean }. Mediana: { $median }.
survey-results-text-note = Răspunsuri libere: doar numărate. Ele nu sunt niciodată analizate automat.
survey-results-matrix-title = Matricea importanță/performanță
survey-results-matrix-intro = Performanța unui serviciu este nota lui medie; importanța lui este corelația Spearman dintre nota lui și „{ $overall }”. Liniile punctate sunt mediile tuturor serviciilor: cadranele compară serviciile între ele.
survey-results-matrix-desc = Fiecare serviciu este un punct numerotat: importanța pe orizontală, performanța pe verticală. Tabelul care urmează dă cifrele.
survey-results-matrix-caption = Numerele trimit la rândurile tabelului.
survey-results-comparison = Comparație cu ediția anterioară
survey-results-comparison-intro = Fiecare întrebare pusă cu aceleași răspunsuri în ediția „{ $earlier }”, testată ca o încrucișare (corecția Holm pentru toate comparațiile).
survey-results-comparison-none = Nicio întrebare nu are aceleași răspunsuri în ambele ediții.
survey-results-means = Media: { $before } înainte, { $now } acum.
survey-results-p-below = p < { $p }
survey-results-p-equals = p = { $p }
survey-results-quoted = „{ $text }”
survey-results-selected = Bifat
survey-results-not-selected = Nebifat
survey-results-high = { $from } sau mai mult
survey-results-not-high = Sub { $from }
survey-results-above-median = Peste mediană ({ $median })
survey-results-at-most-median = Cel mult mediana ({ $median })
survey-results-phrase-selected = au bifat „{ $option }”
survey-results-phrase-not-selected = nu au bifat „{ $option }”
survey-results-phrase-high = o notă de { $from } sau mai mult
survey-results-phrase-not-high = o notă sub { $from }
survey-results-cross-title = { $question } după „{ $by }”
survey-results-quadrant = Cadran
survey-results-quadrant-strength = Punct forte
survey-results-quadrant-priority = Prioritate
survey-results-quadrant-low-priority = Prioritate mică
survey-results-quadrant-over-quality = Calitate peste nevoi
survey-results-test = Test
survey-results-test-chi-square = Testul chi-pătrat de independență
survey-results-test-fisher-exact = Testul exact al lui Fisher (bilateral)
survey-results-test-exact-enumeration = Test exact (toate tabelele cu aceleași totaluri marginale)
survey-results-test-none = Niciun test
survey-results-why-valid = Testul chi-pătrat este valid: efective așteptate sub 1: { $below1 }; sub 5: { $below5 } din { $cells } (nu trebuie să existe niciunul sub 1 și cel mult 20% sub 5).
survey-results-why-invalid = Testul chi-pătrat nu este valid (efective așteptate sub 1: { $below1 }; sub 5: { $below5 } din { $cells }): se face un test exact.
survey-results-why-too-large = Testul chi-pătrat nu este valid (efective așteptate sub 1: { $below1 }; sub 5: { $below5 } din { $cells }), iar testul exact ar dura prea mult: trebuie grupate răspunsurile.
survey-results-why-nothing = Nu există nimic de comparat: este nevoie de cel puțin două grupuri și două variante de răspuns care au fost alese.
survey-results-finding-more = { $by } „{ $group }”: mai des { $answer } ({ $question }): { $share } față de { $others } la ceilalți (semnificativ, { $p }).
survey-results-finding-none = Nicio diferență semnificativă la „{ $question }” după „{ $by }” ({ $p }).
survey-results-finding-untested = Niciun test. { $why }
survey-results-compare-more = Mai des { $answer } ({ $question }) în { $group }: { $share } față de { $others } în { $other } (semnificativ, { $p }).
survey-results-compare-none = Nicio diferență semnificativă între cele două ediții la „{ $question }” ({ $p }).
survey-results-statistic = Statistică
survey-results-cramers-v = V-ul lui Cramér
survey-results-corrected = (corectat: { $v })
survey-results-p-value = Valoarea p
survey-results-p-holm = Valoarea p corectată (Holm)
survey-results-missing = Răspunsuri fără acest grup (nenumărate)
survey-results-answers = Răspunsuri
survey-results-share = Proporție
survey-results-answer = Răspuns
survey-results-service = Serviciu
survey-results-performance = Performanță (nota medie)
survey-results-importance = Importanță (corelație)
survey-results-participation = Participare
survey-results-place = Loc
survey-results-weekly-visitors = Vizitatori pe săptămână (estimat)
survey-results-edition = Ediție
survey-public-title = Chestionar pentru vizitatori: { $edition }
survey-public-intro = Vizitatori care au răspuns: { $answers }, din { $answering } { $answering ->
        [one] spațiu public digital
        [few] spații publice digitale
       *[other] de spații publice digitale
    }. Participare: { $rate }%.
survey-public-small-cells = Ca nimeni să nu poată fi recunoscut, nu este afișat niciun număr sub { $threshold }.
survey-public-findings = Ce arată încrucișările
survey-public-no-findings = Nicio diferență semnificativă între grupuri.
survey-public-crosses-note = Încrucișări afișate: { $tested }; neafișate: { $hidden }, pentru că un grup din ele are prea puține răspunsuri.
survey-public-figures-link = Celelalte cifre ale incluziunii digitale

survey-results-answers-title = Răspunsuri și dicționar de coduri
survey-results-answers-intro = Fiecare răspuns complet, câte un rând pentru fiecare, cu etichetele răspunsurilor în această limbă, dacă chestionarul o are; textele libere scurte sunt lăsate deoparte, pentru că un vizitator poate să fi scris ceva după care ar putea fi recunoscut. Dicționarul de coduri spune ce conține fiecare coloană.
survey-results-answers-csv = Răspunsuri (CSV)
survey-results-answers-xlsx = Răspunsuri (foaie de calcul, Excel)
survey-results-codebook-csv = Dicționar de coduri (CSV)
survey-results-codebook-xlsx = Dicționar de coduri (foaie de calcul, Excel)
