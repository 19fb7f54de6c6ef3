# Eticheta EPN: pagini publice, criterii explicate, formular de candidatură, procedură, e-mailuri (română).

bo-label = Eticheta EPN

## Criterii: nume și explicații (cu cifrele)

label-criterion-computers = Calculatoare
label-criterion-opening-hours = Program
label-criterion-training-hours = Cursuri
label-criterion-free-access-hours = Acces liber cu un animator
label-criterion-open-to-all-adults = Deschis tuturor adulților
label-criterion-price = Prețul activităților de bază
label-criterion-charter = Carta
label-criterion-computers-pass = { $actual ->
        [one] 1 calculator
        [few] { $actual } calculatoare
       *[other] { $actual } de calculatoare
    }: eticheta cere cel puțin { $required }.
label-criterion-computers-fail = Doar { $actual ->
        [one] 1 calculator
        [few] { $actual } calculatoare
       *[other] { $actual } de calculatoare
    }: eticheta cere cel puțin { $required }.
label-criterion-opening-hours-pass = Deschis { $actual } { $actual ->
        [one] oră
        [other] de ore
       *[few] ore
    } într-o săptămână obișnuită: eticheta cere cel puțin { $required }.
label-criterion-opening-hours-fail = Deschis doar { $actual } { $actual ->
        [one] oră
        [other] de ore
       *[few] ore
    } într-o săptămână obișnuită: eticheta cere cel puțin { $required }.
label-criterion-opening-hours-unreadable = Programul „{ $hours }” nu poate fi citit, deci orele pe săptămână nu pot fi numărate. Scrieți-l astfel: Mo-Fr 09:00-12:00.
label-criterion-training-hours-pass = { $actual } { $actual ->
        [one] oră
        [other] de ore
       *[few] ore
    } de curs pe săptămână: eticheta cere cel puțin { $required }.
label-criterion-training-hours-fail = { $actual } { $actual ->
        [one] oră
        [other] de ore
       *[few] ore
    } de curs pe săptămână: eticheta cere cel puțin { $required }.
label-criterion-free-access-hours-pass = { $actual } { $actual ->
        [one] oră
        [other] de ore
       *[few] ore
    } de acces liber cu un animator pe săptămână: eticheta cere cel puțin { $required }.
label-criterion-free-access-hours-fail = { $actual } { $actual ->
        [one] oră
        [other] de ore
       *[few] ore
    } de acces liber cu un animator pe săptămână: eticheta cere cel puțin { $required }.
label-criterion-open-to-all-adults-pass = Activitățile de bază sunt deschise tuturor adulților.
label-criterion-open-to-all-adults-fail = Activitățile de bază nu sunt deschise tuturor adulților: eticheta cere ca orice adult să poată participa.
label-criterion-price-pass = Activitățile de bază sunt { $actual }: eticheta acceptă activități { $required }.
label-criterion-price-fail = Activitățile de bază sunt { $actual }: eticheta cere ca ele să fie { $required }.
label-criterion-charter-pass = Carta este acceptată.
label-criterion-charter-fail = Carta nu este acceptată: eticheta cere ca EPN să o semneze.
label-criterion-not-required = Această etichetă nu cere acest lucru.
label-price-free = gratuite
label-price-symbolic = contra unei taxe simbolice
label-price-paid = cu plată
label-or = sau
label-met = Îndeplinit
label-not-met = Neîndeplinit
label-weekly-hours = { $hours } { $hours ->
        [one] oră
        [other] de ore
       *[few] ore
    } într-o săptămână obișnuită

## Pagini publice

label-page-title = Eticheta EPN
label-page-intro = „{ $name }” este eticheta pe care regiunea o acordă spațiilor publice digitale (EPN): locuri unde oricine poate folosi un calculator și internetul, cu cineva care să ajute.
label-why-title = Ce aduce eticheta
label-why-badge = EPN cu etichetă sunt afișate în acest repertoriu cu mențiunea
label-why-equipment = În 2021, fiecare EPN cu etichetă a primit { $amount } { $amount ->
        [one] euro
        [few] euro
       *[other] de euro
    } ca să cumpere echipament informatic, precum și materiale ca să se facă cunoscut.
label-conditions-title = Condițiile
label-conditions-intro = Un EPN primește eticheta atunci când îndeplinește fiecare dintre aceste condiții:
label-condition-computers = Cel puțin { $count } { $count ->
        [one] calculator
        [few] calculatoare
       *[other] de calculatoare
    }, într-un spațiu potrivit.
label-condition-open = Deschis cel puțin { $hours } { $hours ->
        [one] oră
        [other] de ore
       *[few] ore
    } pe săptămână.
label-condition-training = În medie { $hours } { $hours ->
        [one] oră
        [other] de ore
       *[few] ore
    } de curs pe săptămână.
label-condition-free-access = { $hours } { $hours ->
        [one] oră
        [other] de ore
       *[few] ore
    } pe săptămână de acces liber, cu un animator prezent.
label-condition-adults = Activitățile de bază sunt deschise oricărui adult.
label-condition-price = Activitățile de bază sunt { $prices }.
label-condition-charter = EPN semnează carta de mai jos.
label-condition-activities = Candidatura descrie cursurile, atelierele și activitățile de sensibilizare ale EPN.
label-charter-title = Carta
label-charter-version = Versiunea din { $date }.
label-charter-translation = Aceasta este o traducere. Textul original este în { $language }.
label-apply-title = Cum candidați
label-apply-step-account = Conectați-vă la zona de administrare cu contul EPN-ului dumneavoastră. Dacă nu aveți unul, cereți-l echipei de coordonare pentru incluziune digitală.
label-apply-step-form = Completați formularul de candidatură. Îl puteți salva și puteți reveni mai târziu. Pagina arată imediat ce condiții îndeplinesc răspunsurile dumneavoastră.
label-apply-step-visit = Echipa de coordonare poate face o vizită de curtoazie la EPN-ul dumneavoastră, ca să vadă cum funcționează.
label-apply-step-recommend = Coordonatorul vă examinează candidatura și trimite o recomandare grupului de lucru pentru incluziune digitală.
label-apply-step-decide = Grupul de lucru își dă avizul, apoi comitetul de pilotaj decide. Primiți un e-mail la fiecare pas.
label-duration = Eticheta nu are o dată de sfârșit: ea este valabilă cât timp EPN îndeplinește condițiile. În fiecare an, EPN își confirmă informațiile. Eticheta poate fi retrasă atunci când o condiție nu mai este îndeplinită. Un EPN care a fost refuzat sau căruia i s-a retras eticheta poate candida din nou.
label-apply-link = Candidați pentru etichetă (conectare)
label-list-link = EPN cu etichetă, pe comune
label-list-title = EPN cu etichetă, pe comune
label-list-intro = Aceste spații publice digitale au eticheta regiunii.
label-list-about = Ce este eticheta?
label-list-count = { $count ->
        [one] 1 loc cu etichetă
        [few] { $count } locuri cu etichetă
       *[other] { $count } de locuri cu etichetă
    }
label-list-since = cu etichetă din { $year }
label-list-no-commune = Comună necunoscută

## Zona de administrare: pagina principală și lista de așteptare

label-home-title = Eticheta EPN
label-home-about = Despre etichetă
label-home-intro-manager = Aici candidați pentru etichetă pentru locurile dumneavoastră, vă urmăriți candidatura și vă confirmați informațiile o dată pe an.
label-home-intro-staff = Candidaturile care așteaptă la fiecare pas, locurile cu etichetă de verificat și toate candidaturile.
label-your-places = Locurile dumneavoastră
label-your-applications = Candidaturile dumneavoastră
label-col-place = Loc
label-col-places = Locuri
label-col-directory = Eticheta în repertoriu
label-col-application = Candidatură
label-col-organisation = Organizație
label-col-state = Stadiu
label-col-updated = Ultima modificare
label-col-date = Data
label-col-step = Pasul
label-col-body = Decis de
label-col-recorded = Înregistrat de
label-col-why = Motiv
label-no-application = Nicio candidatură
label-nothing-to-apply = Fiecare dintre locurile dumneavoastră are eticheta sau o candidatură în curs.
label-no-places = Niciunul dintre locurile dumneavoastră nu este încă în repertoriu.
label-apply-for = Candidați pentru etichetă pentru „{ $place }”
label-apply-which = Ce locuri cuprinde candidatura?
label-apply = Începeți o candidatură
label-status-none = Fără etichetă
label-status-labelled = Cu etichetă
label-status-withdrawn = Etichetă retrasă
label-status-refused = Etichetă refuzată
label-queue-examine = Așteaptă echipa de coordonare
label-queue-working-group = Așteaptă avizul grupului de lucru
label-queue-steering = Așteaptă decizia comitetului de pilotaj
label-queue-empty = Nu așteaptă nimic.
label-queue-drafts = { $count ->
        [one] 1 candidatură este în curs de completare de către un EPN.
        [few] { $count } candidaturi sunt în curs de completare de către EPN.
       *[other] { $count } de candidaturi sunt în curs de completare de către EPN.
    }
label-flags-title = Locuri cu etichetă de verificat
label-flags-intro = Informațiile lor nu mai îndeplinesc o condiție a etichetei. Nimic nu se schimbă de la sine: întrebați EPN, apoi marcați locul ca verificat sau retrageți eticheta.
label-flags-none = Niciun loc cu etichetă de verificat.
label-flag-place = { $place }: { $why } ({ $source })
label-flag-epn = { $organisation }: { $why } ({ $source })
label-flag-source-directory = din repertoriu
label-flag-source-confirmation = din confirmarea anuală
label-flag-raised = Găsit pe { $date }
label-field-resolution = Ce s-a făcut (opțional)
label-flag-resolve = Marcați ca verificat
label-flag-looked-at = Verificat.
label-flag-resolved = Marcat ca verificat. Eticheta nu s-a schimbat.
label-review-now = Verificați acum locurile cu etichetă
label-review-done = { $count ->
        [0] Verificarea s-a încheiat: nimic nou de verificat.
        [one] Verificarea s-a încheiat: 1 lucru nou de verificat.
        [few] Verificarea s-a încheiat: { $count } lucruri noi de verificat.
       *[other] Verificarea s-a încheiat: { $count } de lucruri noi de verificat.
    }
label-unconfirmed-title = Informații neconfirmate încă pentru { $year } ({ $count })
label-unconfirmed-intro = Fiecare EPN cu etichetă își confirmă informațiile o dată pe an.
label-all-title = Toate candidaturile
label-filter-state = Stadiu
label-filter-all = Toate
label-filter-show = Afișați
label-all-count = { $count ->
        [one] 1 candidatură
        [few] { $count } candidaturi
       *[other] { $count } de candidaturi
    }

## Stadii, pași, organisme

label-state-draft = În curs de completare de către EPN
label-state-submitted = Trimisă echipei de coordonare
label-state-under-examination = În curs de examinare de către echipa de coordonare
label-state-recommended = Recomandare trimisă grupului de lucru
label-state-advised = Avizul grupului de lucru a fost dat
label-state-granted = Etichetă acordată
label-state-refused = Etichetă refuzată
label-state-withdrawn = Etichetă retrasă
label-next-draft = Urmează: EPN își trimite candidatura.
label-next-submitted = Urmează: echipa de coordonare începe să examineze candidatura.
label-next-under-examination = Urmează: echipa de coordonare poate vizita EPN, apoi își trimite recomandarea grupului de lucru.
label-next-recommended = Urmează: grupul de lucru își dă avizul.
label-next-advised = Urmează: comitetul de pilotaj decide.
label-next-granted = Eticheta nu are o dată de sfârșit. EPN își confirmă informațiile în fiecare an.
label-next-refused = EPN poate candida din nou.
label-next-withdrawn = EPN poate candida din nou.
label-next-none = nimic altceva: EPN poate candida din nou, cu o candidatură nouă
label-step-submit = Candidatură trimisă
label-step-start-examination = Examinare începută
label-step-record-visit = Vizită de curtoazie
label-step-recommend = Recomandarea coordonatorului
label-step-advise = Avizul grupului de lucru
label-step-decide = Decizia comitetului de pilotaj
label-step-withdraw = Etichetă retrasă
label-body-applicant = EPN
label-body-coordination = Echipa de coordonare
label-body-working-group = Grupul de lucru
label-body-steering-committee = Comitetul de pilotaj
label-body-unknown = Necunoscut
label-outcome-favourable = favorabil
label-outcome-unfavourable = nefavorabil
label-outcome-granted = acordată
label-outcome-refused = refuzată
label-recorded-from-source = Preluat dintr-un raport
label-date-unknown = Data nu este dată în raport

## Formularul de candidatură

label-form-title = Candidatură pentru etichetă: { $places }
label-form-intro = Răspundeți la întrebări. Puteți salva ciorna oricând și puteți reveni mai târziu: nimic din ce ați scris nu se pierde.
label-form-criteria = Ce arată răspunsurile dumneavoastră
label-form-criteria-none = Răspundeți la întrebări ca să vedeți ce condiții îndepliniți.
label-form-questions = EPN-ul dumneavoastră
label-field-computers = Numărul de calculatoare pentru public
label-hint-computers = Un număr întreg, de exemplu 8.
label-field-opening-hours = Program
label-hint-opening-hours = Ca în repertoriu, în formatul OpenStreetMap, de exemplu: Mo-Fr 09:00-12:00,13:00-17:00; Sa 10:00-13:00
label-field-training-hours = Ore de curs pe săptămână, în medie
label-field-free-access-hours = Ore de acces liber cu un animator, pe săptămână
label-hint-weekly-hours = Un număr de ore, de exemplu 6 sau 5.5.
label-field-open-to-all-adults = Activitățile de bază sunt deschise oricărui adult?
label-hint-open-to-all-adults = Indiferent de vârstă, gen, origine sau situație.
label-field-basic-price = Cât costă activitățile de bază?
label-field-publics = Publicurile pe care le primiți în special
label-field-activities = Cursurile, atelierele și activitățile dumneavoastră de sensibilizare
label-hint-activities = Descrieți ce oferiți, cât de des și pentru cine.
label-field-charter = Accept carta, în numele EPN.
label-yes = Da
label-no = Nu
label-save-draft = Salvați ciorna
label-submit = Trimiteți candidatura
label-draft-saved = Ciorna dumneavoastră a fost salvată.
label-draft-saved-partly = Ciorna dumneavoastră a fost salvată, cu excepția răspunsurilor marcate mai jos.
label-error-computers = Scrieți numărul de calculatoare ca număr întreg, de exemplu 8.
label-error-hours = Scrieți un număr de ore de la 0 la 168, de exemplu 6 sau 5.5.
label-error-opening-hours = Acest program nu poate fi citit. Scrieți-l astfel: Mo-Fr 09:00-12:00.
label-error-activities-long = Descrieți activitățile dumneavoastră în cel mult 5.000 de caractere.
label-error-required-computers = Scrieți numărul de calculatoare.
label-error-required-opening-hours = Scrieți programul.
label-error-required-training-hours = Scrieți orele de curs pe săptămână.
label-error-required-free-access-hours = Scrieți orele de acces liber cu un animator.
label-error-required-open-to-all-adults = Spuneți dacă activitățile de bază sunt deschise oricărui adult.
label-error-required-basic-price = Alegeți cât costă activitățile de bază.
label-error-required-activities = Descrieți activitățile dumneavoastră.
label-error-charter = Acceptați carta ca să vă trimiteți candidatura.
label-error-incomplete = Acest răspuns lipsește.
label-error-no-place = Alegeți cel puțin un loc.

## Dosarul unei candidaturi

label-file-title = Candidatură pentru etichetă: { $places }
label-file-organisation = Organizație:
label-file-state = Stadiu:
label-back = Înapoi la paginile etichetei
label-open-file = Deschideți candidatura
label-continue = Continuați candidatura
label-notice-sent = Candidatura dumneavoastră a fost trimisă. Echipa de coordonare a primit-o; veți primi un e-mail la fiecare pas.
label-notice-done = Înregistrat. EPN a fost anunțat prin e-mail.
label-notice-confirmed = Vă mulțumim: informațiile dumneavoastră sunt confirmate pentru anul acesta.
label-criteria-title = Condițiile etichetei
label-no-answers = Răspunsurile acestei candidaturi nu sunt înregistrate.
label-answers-title = Răspunsurile
label-not-answered = Fără răspuns
label-charter-accepted = Versiunea { $version }, acceptată pe { $date }
label-charter-not-accepted = Neacceptată
label-history-title = Istoric
label-confirmation-title = Informații confirmate pentru { $year }
label-confirmation-when = Confirmate pe { $date }.
label-busy-title = Există deja o candidatură
label-busy-text = Acest loc are deja eticheta sau o candidatură în curs. Continuați-o pe aceea.
label-busy-link = Deschideți acea candidatură
label-forbidden-title = Această candidatură nu este a dumneavoastră
label-forbidden-text = Puteți vedea și modifica doar candidaturile propriei organizații.
label-refused-title = Acest pas nu este posibil acum
label-error-not-allowed = Candidatura este la pasul „{ $state }”. Ce se poate întâmpla acum: { $next }.

## Pași: formulare

label-action-examine = Începeți examinarea
label-action-visit-title = Vizită de curtoazie
label-action-visit-intro = Dacă ați vizitat EPN, notați când și ce ați văzut.
label-field-visit-date = Data vizitei
label-field-notes = Note
label-action-visit = Înregistrați vizita
label-action-recommend-title = Recomandare pentru grupul de lucru
label-field-recommendation = Recomandarea dumneavoastră
label-favourable = Favorabil
label-unfavourable = Nefavorabil
label-field-reasons = Motive
label-hint-reasons = EPN le va citi.
label-action-recommend = Trimiteți recomandarea
label-action-advise-title = Avizul grupului de lucru
label-field-advice = Avizul
label-field-meeting-date = Data ședinței
label-action-advise = Înregistrați avizul
label-action-decide-title = Decizia comitetului de pilotaj
label-field-decision = Decizia
label-grant = Acordați eticheta
label-refuse = Refuzați eticheta
label-field-decision-date = Data deciziei
label-action-decide = Înregistrați decizia
label-action-withdraw-title = Retrageți eticheta
label-action-withdraw-intro = Doar atunci când EPN nu mai îndeplinește o condiție. EPN va fi anunțat prin e-mail de ce.
label-field-withdraw-date = Data deciziei
label-field-withdraw-reason = Motiv
label-action-withdraw = Retrageți eticheta
label-error-date = Scrieți data astfel: 2026-11-26.
label-error-date-future = Data nu poate fi în viitor.
label-error-reasons = Scrieți motivele.
label-error-recommendation = Alegeți „Favorabil” sau „Nefavorabil”.
label-error-advice = Alegeți „Favorabil” sau „Nefavorabil”.
label-error-decision = Alegeți să acordați sau să refuzați eticheta.

## Confirmarea anuală

label-confirm-link = Confirmați-vă informațiile pentru { $year }
label-confirm-title = Confirmați-vă informațiile pentru { $year }: { $places }
label-confirm-intro = O dată pe an, fiecare EPN cu etichetă confirmă că informațiile lui sunt încă adevărate. Schimbați ce nu mai este corect.
label-confirm-directory = În repertoriu
label-confirm-directory-intro = Oamenii văd aceste informații în repertoriu. Dacă s-au schimbat, actualizați-le acolo.
label-confirm-edit-place = Actualizați acest loc în repertoriu
label-not-recorded = neînregistrat
label-confirm-figures = Cifrele dumneavoastră din acest an
label-field-confirm = Confirm că aceste informații sunt adevărate astăzi.
label-error-confirm = Bifați căsuța ca să vă confirmați informațiile.
label-error-confirm-not-granted = Doar un EPN cu etichetă își confirmă informațiile.
label-confirm-button = Confirmați

## E-mailuri

label-mail-subject = Eticheta EPN, { $places }: { $state }
label-mail-subject-visit = vizită de curtoazie înregistrată
label-mail-body = Bună ziua,

    Candidatura dumneavoastră pentru eticheta EPN ({ $places }) a avansat: { $what }.
    { $reasons }
    Vedeți candidatura dumneavoastră: { $link }

    Echipa de coordonare pentru incluziune digitală
label-mail-reasons = Motive: { $reasons }
label-mail-notes = Note: { $notes }
label-mail-step-submit = echipa de coordonare a primit-o
label-mail-step-start-examination = echipa de coordonare a început să o examineze
label-mail-step-record-visit = a fost înregistrată o vizită de curtoazie pe { $date }
label-mail-step-recommend-yes = coordonatorul a trimis grupului de lucru o recomandare favorabilă
label-mail-step-recommend-no = coordonatorul a trimis grupului de lucru o recomandare nefavorabilă
label-mail-step-advise-yes = grupul de lucru a dat un aviz favorabil
label-mail-step-advise-no = grupul de lucru a dat un aviz nefavorabil
label-mail-step-decide-granted = comitetul de pilotaj a acordat eticheta
label-mail-step-decide-refused = comitetul de pilotaj a refuzat eticheta
label-mail-step-withdraw = eticheta a fost retrasă
label-mail-new-subject = Candidatură nouă pentru etichetă: { $places }
label-mail-new-body = Bună ziua,

    { $organisation } a trimis o candidatură pentru eticheta EPN ({ $places }).

    Examinați-o aici: { $link }

# Istoricul etichetei, câte o propoziție simplă pentru fiecare eveniment ($outcome: favourable,
# unfavourable sau none; pentru decizie: granted, refused sau none).
label-event-submit = Candidatura a fost trimisă.
label-event-start-examination = Echipa de coordonare a început să examineze candidatura.
label-event-record-visit = Echipa de coordonare a făcut o vizită de curtoazie.
label-event-recommend = { $outcome ->
    [favourable] Coordonatorul a recomandat acordarea etichetei.
    [unfavourable] Coordonatorul a recomandat refuzarea etichetei.
   *[none] Coordonatorul a făcut o recomandare.
}
label-event-advise = { $outcome ->
    [favourable] Grupul de lucru a dat un aviz favorabil.
    [unfavourable] Grupul de lucru a dat un aviz nefavorabil.
   *[none] Grupul de lucru și-a dat avizul.
}
label-event-decide = { $outcome ->
    [granted] Comitetul de pilotaj a acordat eticheta.
    [refused] Comitetul de pilotaj a refuzat eticheta.
   *[none] Comitetul de pilotaj și-a luat decizia.
}
label-event-withdraw = Eticheta a fost retrasă.
