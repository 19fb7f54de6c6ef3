# Sesiuni: lista publică, pagina unei sesiuni, rezervarea, zona de administrare, e-mailuri.

sessions-title = Ateliere și sesiuni
sessions-intro = Ateliere, cursuri și ore de ajutor în spațiile publice digitale. Găsiți unul aproape de dumneavoastră, apoi rezervați un loc prin asistentul social sau prin locul respectiv.
sessions-count = { $count ->
    [0] Nu a fost găsită nicio sesiune
    [one] 1 sesiune
    [few] { $count } sesiuni
   *[other] { $count } de sesiuni
}
sessions-none = Nicio sesiune nu se potrivește. Încercați altă dată, altă temă sau scoateți un filtru.
sessions-search-error = Ceva nu este în regulă în căutare.
sessions-search-reset = Începeți o căutare nouă
sessions-search-button = Afișați sesiunile
sessions-where-label = Unde?
sessions-where-hint = Un cod poștal sau o comună, de exemplu 1080 sau Schaerbeek.
sessions-theme-label = Tema
sessions-theme-all-of-area = Tot domeniul „{ $area }”
sessions-from-label = De la (data)
sessions-to-label = Până la (data)
sessions-only-free = Doar gratuite
sessions-only-seats = Doar cu locuri libere
sessions-when = { $day }, { $date }, { $start }–{ $end }
sessions-mobile = Activitate mobilă
sessions-price-free = Gratuit
sessions-price-euros = { $amount } €
sessions-seats-left = { $left ->
    [one] Mai este 1 loc liber din { $seats }
    [few] Mai sunt { $left } locuri libere din { $seats }
   *[other] Mai sunt { $left } de locuri libere din { $seats }
}
sessions-full-waiting = Complet – listă de așteptare deschisă (în așteptare: { $waiting })
sessions-full = Complet
sessions-status-cancelled = Anulată
sessions-theme-with-area = { $theme } ({ $area })

sessions-theme-devices = Folosirea unui calculator, a unui smartphone sau a unei tablete
sessions-theme-drop-in-help = Ajutor fără programare
sessions-theme-internet-search = Căutarea pe internet
sessions-theme-job-search = Căutarea unui loc de muncă online
sessions-theme-messaging = E-mail, mesaje și apeluri video
sessions-theme-online-services = Servicii publice și bancare online
sessions-theme-documents = Scrierea documentelor și a unui CV
sessions-theme-programming = Programare
sessions-theme-safety = Parole, înșelătorii și viață privată

sessions-cancel-reason = Motiv:
sessions-when-label = Când
sessions-where-label-short = Unde
sessions-level-label = Nivel
sessions-languages-label = Limbi
sessions-seats-label = Locuri
sessions-price-label = Preț
sessions-publics-label = Pentru
sessions-bring-label = Ce trebuie să aduceți:
sessions-accessibility-label = Accesibilitate
sessions-organiser-label = Organizat de
sessions-add-to-calendar = Adăugați în calendarul meu
sessions-manage-link = Gestionați această sesiune
sessions-booking-title = Rezervați un loc
sessions-your-bookings = Rezervările structurii dumneavoastră pentru această sesiune
sessions-person-name = Prenume sau poreclă
sessions-your-name = Prenumele dumneavoastră sau o poreclă
sessions-person-name-hint = Nu este nevoie de numele de familie.
sessions-person-phone = Telefon mobil (opțional)
sessions-person-email = E-mail (opțional)
sessions-person-contact-hint = Doar ca să trimitem o reamintire cu 2 zile înainte sau ca să anunțăm dacă sesiunea se schimbă.
sessions-person-lang = Limba pentru reamintiri
sessions-booking-status = Rezervare
sessions-booking-confirmed = Loc confirmat
sessions-booking-waiting = Pe lista de așteptare
sessions-booking-cancelled = Anulată
sessions-cancel-booking = Anulați rezervarea
sessions-not-bookable = Această sesiune nu mai poate fi rezervată.
sessions-full-no-list = Această sesiune este completă și nu are listă de așteptare.
sessions-will-wait = Sesiunea este completă: persoana intră pe lista de așteptare și primește automat un loc dacă se eliberează unul.
sessions-self-booking-intro = Vă puteți rezerva un loc direct aici. Vă cerem doar un prenume.
sessions-how-to-book = Ca să rezervați un loc, întrebați asistentul social (CPAS, comună, asociație) sau contactați locul respectiv.
sessions-book-button = Rezervați locul
sessions-wait-button = Înscrieți-vă pe lista de așteptare
sessions-consent-text = Persoana este de acord ca prenumele ei (și, dacă le-a dat, numărul de telefon sau e-mailul) să fie transmise către { $organisation } pentru această sesiune și păstrate până la 12 luni după ea. Persoana poate cere oricând ștergerea lor.
sessions-consent-text-self = Sunt de acord ca prenumele meu (și, dacă le-am dat, numărul de telefon sau e-mailul) să fie transmise către { $organisation } pentru această sesiune și păstrate până la 12 luni după ea. Pot cere oricând ștergerea lor.
sessions-booked-confirmed = Loc confirmat pentru { $name }.
sessions-booked-waiting = { $name } are numărul { $position } pe lista de așteptare.
sessions-no-self-booking = Această sesiune se rezervă prin asistentul social sau prin locul respectiv.
sessions-at-place-title = Sesiunile următoare aici
sessions-at-place-all = Toate sesiunile din acest loc
sessions-at-place-calendar = Calendarul sesiunilor din acest loc (iCalendar)

sessions-my-booking-title = Rezervarea dumneavoastră
sessions-my-booking-confirmed = Locul dumneavoastră este rezervat.
sessions-my-booking-waiting = Aveți numărul { $position } pe lista de așteptare. Dacă se eliberează un loc, este al dumneavoastră și vă anunțăm.
sessions-my-booking-cancelled = Această rezervare este anulată.
sessions-my-booking-keep = Păstrați adresa acestei pagini: este singurul mod de a vă vedea sau anula rezervarea.
sessions-my-booking-cancel = Anulați rezervarea mea
sessions-my-booking-cancelled-done = Rezervarea dumneavoastră este anulată.
sessions-my-booking-privacy = Prenumele și datele dumneavoastră de contact sunt șterse la 12 luni după sesiune.

sessions-field-where = Unde are loc?
sessions-field-title = Titlu
sessions-field-description = Descriere
sessions-field-theme = Tema
sessions-field-level = Nivel
sessions-field-languages = Limbi vorbite
sessions-field-date = Data (prima dată, dacă se repetă)
sessions-field-start = Ora de început
sessions-field-end = Ora de sfârșit
sessions-field-repeat = Repetare
sessions-field-until = Ultima dată
sessions-field-skip = Date fără sesiune
sessions-field-seats = Număr de locuri
sessions-field-waiting_list = Păstrați o listă de așteptare când este complet
sessions-field-self_booking = Oamenii își pot rezerva un loc direct pe pagina publică
sessions-field-price = Preț în euro
sessions-field-bring = Ce trebuie adus
sessions-field-publics = Pentru cine (lăsați gol: pentru toată lumea)
sessions-field-accessibility = Accesibilitate
sessions-field-location = Loc și adresă
sessions-field-postcode = Cod poștal
sessions-field-name = Prenume sau poreclă
sessions-field-phone = Telefon
sessions-field-email = E-mail
sessions-field-consent = Consimțământ
sessions-title-hint = Cuvinte simple, de exemplu „Primele mele e-mailuri”.
sessions-until-hint = De exemplu, sfârșitul anului școlar.
sessions-skip-hint = Vacanțe, sub forma YYYY-MM-DD, separate prin virgule.
sessions-price-hint = Lăsați gol sau scrieți 0 când este gratuit.
sessions-bring-hint = De exemplu: cartea de identitate, smartphone-ul și codul lui.
sessions-repeat-once = O singură dată
sessions-repeat-weekly = În fiecare săptămână
sessions-repeat-every-2-weeks = La fiecare 2 săptămâni
sessions-mobile-of = Activitate mobilă organizată de { $organisation } (în alt loc)
sessions-mobile-legend = Activitate mobilă
sessions-mobile-hint = Doar pentru o activitate mobilă: unde are loc.

sessions-error-missing = { $field }: vă rugăm să completați.
sessions-error-too-long = { $field }: textul este prea lung.
sessions-error-unknown-code = { $field }: vă rugăm să alegeți din listă.
sessions-error-not-a-number = { $field }: vă rugăm să scrieți un număr.
sessions-error-out-of-range = { $field }: acest număr este prea mic sau prea mare.
sessions-error-bad-date = { $field }: vă rugăm să scrieți o dată ca 2026-12-01.
sessions-error-bad-time = { $field }: vă rugăm să scrieți o oră ca 10:00.
sessions-error-end-before-start = { $field }: sesiunea trebuie să se termine după ce începe.
sessions-error-in-past = { $field }: această dată a trecut deja.
sessions-error-until-before-first = { $field }: ultima dată trebuie să fie după prima.
sessions-error-too-many = { $field }: asta face mai mult de 104 date; alegeți o ultimă dată mai apropiată.
sessions-error-no-date-left = { $field }: toate datele sunt sărite.
sessions-error-unknown-postcode = { $field }: acest cod poștal nu este în regiune.
sessions-error-bad-phone = { $field }: vă rugăm să scrieți un număr de telefon, de exemplu ⁦0470 12 34 56⁩.
sessions-error-bad-email = { $field }: vă rugăm să scrieți o adresă de e-mail, de exemplu name@example.org.
sessions-error-no-consent = { $field }: vă rugăm să bifați căsuța ca să arătați că persoana este de acord.
sessions-error-where = Unde are loc?: vă rugăm să alegeți unul dintre locurile dumneavoastră sau o activitate mobilă.
sessions-error-seats-below-booked = Număr de locuri: { $booked } { $booked ->
        [one] persoană este deja înscrisă; dați cel puțin 1 loc.
        [few] persoane sunt deja înscrise; dați cel puțin { $booked } locuri.
       *[other] de persoane sunt deja înscrise; dați cel puțin { $booked } de locuri.
    }

sessions-bo-link = Sesiuni
sessions-bookings-link = Rezervările mele
sessions-bo-title = Sesiuni
sessions-bo-coming = Sesiuni viitoare
sessions-bo-past = Ultimele 30 de zile
sessions-bo-none = Încă nu există nicio sesiune viitoare.
sessions-publish-link = Publicați o sesiune
sessions-new-title = Publicați o sesiune
sessions-edit-title = Modificați această sesiune
sessions-edit-intro = Modificarea se aplică doar acestei date. Persoanele înscrise sunt anunțate dacă se schimbă data, ora sau locul.
sessions-publish-button = Publicați
sessions-save-button = Salvați modificările
sessions-booked-of = Rezervate: { $booked } din { $seats }; în așteptare: { $waiting }
sessions-published = { $count ->
    [one] Sesiunea a fost publicată.
    [few] Au fost publicate { $count } sesiuni.
   *[other] Au fost publicate { $count } de sesiuni.
}
sessions-saved = { $count ->
    [0] Modificările au fost salvate.
    [one] Modificările au fost salvate; 1 persoană înscrisă a fost anunțată.
    [few] Modificările au fost salvate; { $count } persoane înscrise au fost anunțate.
   *[other] Modificările au fost salvate; { $count } de persoane înscrise au fost anunțate.
}
sessions-cancelled-told = { $count ->
    [0] Sesiunea a fost anulată.
    [one] Sesiunea a fost anulată; 1 persoană înscrisă a fost anunțată.
    [few] Sesiunea a fost anulată; { $count } persoane înscrise au fost anunțate.
   *[other] Sesiunea a fost anulată; { $count } de persoane înscrise au fost anunțate.
}
sessions-public-page = Vedeți pagina publică
sessions-edit-link = Modificați data, ora, locurile sau detaliile
sessions-people-title = Persoane înscrise
sessions-people-none = Încă nu este nimeni înscris.
sessions-booked-by = Rezervat de
sessions-booked-alone = Persoana însăși
sessions-waiting-number = Lista de așteptare, numărul { $position }
sessions-attendance-title = Prezență
sessions-attendance-intro = După sesiune, marcați cine a venit. Ajută la urmărirea persoanelor și la numărare.
sessions-attendance-present = Prezent
sessions-attendance-absent = Absent
sessions-attendance-save = Salvați prezența
sessions-attendance-saved = { $count ->
    [one] Prezența a fost salvată pentru 1 persoană.
    [few] Prezența a fost salvată pentru { $count } persoane.
   *[other] Prezența a fost salvată pentru { $count } de persoane.
}
sessions-cancel-title = Anulați această sesiune
sessions-cancel-intro = { $count ->
    [0] Nu este nimeni înscris.
    [one] Persoana înscrisă este anunțată prin e-mail sau SMS, dacă a dat unul, iar asistentul ei social la fel.
    [few] Cele { $count } persoane înscrise sunt anunțate prin e-mail sau SMS, dacă au dat unul, iar asistenții lor sociali la fel.
   *[other] Cele { $count } de persoane înscrise sunt anunțate prin e-mail sau SMS, dacă au dat unul, iar asistenții lor sociali la fel.
}
sessions-cancel-reason-label = Motiv (opțional)
sessions-cancel-reason-hint = Este trimis persoanelor înscrise.
sessions-cancel-following = Anulați și datele următoare ale acestei serii
sessions-cancel-button = Anulați sesiunea
sessions-other-dates = Alte date ale acestei serii
sessions-bookings-title = Rezervările mele
sessions-bookings-intro = Locurile rezervate de structura dumneavoastră, începând de acum 30 de zile.
sessions-bookings-find = Găsiți o sesiune cu locuri libere
sessions-bookings-none = Structura dumneavoastră nu are încă nicio rezervare.

sessions-mail-bring = De adus: { $bring }
sessions-mail-link = Detalii: { $link }
sessions-mail-cancel-link = Ca să vedeți sau să anulați rezervarea: { $link }
sessions-mail-reason = Motiv: { $reason }
sessions-mail-footer = Primiți acest mesaj pentru că v-a fost rezervat un loc pe Passerelle. Prenumele și datele dumneavoastră de contact sunt șterse la 12 luni după sesiune.
sessions-mail-booked-subject = Loc rezervat: { $title }
sessions-mail-booked-intro = Bună ziua, { $name }, v-a fost rezervat un loc.
sessions-mail-waiting-subject = Listă de așteptare: { $title }
sessions-mail-waiting-intro = Bună ziua, { $name }, sesiunea este completă: aveți numărul { $position } pe lista de așteptare. Dacă se eliberează un loc, este al dumneavoastră și vă anunțăm.
sessions-mail-promoted-subject = Un loc s-a eliberat pentru dumneavoastră: { $title }
sessions-mail-promoted-intro = Bună ziua, { $name }, s-a eliberat un loc: acum este al dumneavoastră.
sessions-mail-changed-subject = Modificare: { $title }
sessions-mail-changed-intro = Bună ziua, { $name }, sesiunea pentru care aveți o rezervare s-a schimbat. Iată noua dată, noua oră și noul loc.
sessions-mail-cancelled-subject = Anulată: { $title }
sessions-mail-cancelled-intro = Bună ziua, { $name }, ne pare rău: sesiunea pentru care aveți o rezervare este anulată.
sessions-mail-reminder-subject = Reamintire: { $title }
sessions-mail-reminder-intro = Bună ziua, { $name }, o reamintire: sesiunea dumneavoastră este în curând.
sessions-sms-promoted = Un loc s-a eliberat pentru dumneavoastră: { $title }, { $when }.
sessions-sms-changed = Modificare: { $title }, acum { $when }.
sessions-sms-cancelled = Anulată: { $title }, { $when }.
sessions-sms-reminder = Reamintire: { $title }, { $when }.
sessions-mail-referrer-promoted-subject = Un loc pentru { $title }
sessions-mail-referrer-promoted-intro = S-a eliberat un loc: { $name }, care era pe lista de așteptare, are acum un loc.
sessions-mail-referrer-changed-subject = Sesiune modificată: { $title }
sessions-mail-referrer-changed-intro = O sesiune pentru care ați rezervat un loc pentru { $name } s-a schimbat. Noua dată, noua oră și noul loc:
sessions-mail-referrer-cancelled-subject = Sesiune anulată: { $title }
sessions-mail-referrer-cancelled-intro = O sesiune pentru care ați rezervat un loc pentru { $name } este anulată.

# Rezervare fără intermediar: protecție împotriva spamului.
sessions-error-fast = Formularul a fost trimis foarte repede. Verificați ce ați scris, apoi trimiteți-l din nou.
sessions-error-expired = Formularul a fost deschis mult timp și a expirat. Ce ați scris este încă aici: trimiteți-l din nou.
sessions-error-rate = De la conexiunea dumneavoastră au fost rezervate multe locuri în ultima oră. Încercați din nou peste o oră sau sunați la locul respectiv.
sessions-field-title-lang = Limba titlului și a descrierii
sessions-title-lang-hint = Paginile într-o altă limbă anunță cititoarele de ecran.
sessions-title-lang-unsaid = Nespecificat
