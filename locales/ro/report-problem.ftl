# Semnalarea unei greșeli pe pagina unui loc (formularul public).

report-link = Semnalați o greșeală pe această pagină
report-title = Semnalați o greșeală
report-about = Despre pagina:
report-intro = Spuneți-ne ce este greșit sau neactualizat: de exemplu programul, numărul de telefon sau adresa. Nu aveți nevoie de cont. Echipa care se ocupă de repertoriu citește fiecare mesaj.
report-message = Ce este greșit?
report-message-hint = Numărul de caractere: între { $min } și { $max }.
report-contact = E-mailul sau numărul dumneavoastră de telefon (opțional)
report-contact-hint = Doar dacă doriți un răspuns. Îl folosim doar ca să răspundem la acest mesaj.
report-trap = Lăsați acest câmp gol
report-send = Trimiteți mesajul
report-privacy = Vă rugăm să nu scrieți informații personale despre alte persoane.
report-error-short = Mesajul este prea scurt: scrieți cel puțin { $min } caractere, ca să înțelegem ce trebuie corectat.
report-error-long = Mesajul este prea lung. Numărul de caractere: { $count }; numărul maxim: { $max }. Scurtați-l.
report-error-contact = E-mailul sau numărul de telefon este prea lung. Numărul maxim de caractere: { $max }.
report-error-fast = Formularul a fost trimis foarte repede. Verificați mesajul, apoi trimiteți-l din nou.
report-error-expired = Formularul a fost deschis mult timp și a expirat. Mesajul dumneavoastră este încă aici: trimiteți-l din nou.
report-error-rate = De la conexiunea dumneavoastră au fost trimise multe mesaje în ultima oră. Mesajul dumneavoastră este încă aici: încercați din nou peste o oră.
report-thanks-title = Vă mulțumim pentru mesaj
report-thanks-text = Echipa care se ocupă de repertoriu îl va citi și va corecta pagina dacă este nevoie.
report-back = Înapoi la pagina { $place }
report-mail-subject = Greșeală semnalată: { $place }
report-mail-no-contact = (nu a fost dat)
report-mail-body = Cineva a semnalat o greșeală pe pagina „{ $place }”.

    Mesajul său:

    { $message }

    Contact: { $contact }

    Pagina: { $page }
    Toate greșelile semnalate: { $reports }
