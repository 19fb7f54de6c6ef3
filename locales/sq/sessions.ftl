# Seancat: lista publike, faqja e një seance, rezervimi, zona e administrimit, e-mailet.

sessions-title = Punëtori dhe seanca
sessions-intro = Punëtori, trajnime dhe orë ndihme në hapësirat publike dixhitale. Gjeni një pranë jush, pastaj rezervoni një vend me punonjësin tuaj social ose me vetë vendin.
sessions-count = { $count ->
    [0] Nuk u gjet asnjë seancë
    [one] 1 seancë
   *[other] { $count } seanca
}
sessions-none = Asnjë seancë nuk përputhet. Provoni një datë tjetër, një temë tjetër, ose hiqni një filtër.
sessions-search-error = Diçka nuk është në rregull në kërkim.
sessions-search-reset = Fillo një kërkim të ri
sessions-search-button = Shfaq seancat
sessions-where-label = Ku?
sessions-where-hint = Një kod postar ose një komunë, për shembull 1080 ose Schaerbeek.
sessions-theme-label = Tema
sessions-theme-all-of-area = Të gjitha te „{ $area }“
sessions-from-label = Nga (data)
sessions-to-label = Deri më (data)
sessions-only-free = Vetëm falas
sessions-only-seats = Vetëm me vende të lira
sessions-when = { $day } { $date }, { $start }–{ $end }
sessions-mobile = Aktivitet lëvizës
sessions-price-free = Falas
sessions-price-euros = { $amount } €
sessions-seats-left = { $left ->
    [one] Mbetet 1 vend nga { $seats }
   *[other] Mbeten { $left } vende nga { $seats }
}
sessions-full-waiting = E plotë – lista e pritjes është e hapur ({ $waiting } në pritje)
sessions-full = E plotë
sessions-status-cancelled = Anuluar
sessions-theme-with-area = { $theme } ({ $area })

sessions-theme-devices = Përdorimi i kompjuterit, telefonit inteligjent ose tabletit
sessions-theme-drop-in-help = Ndihmë pa takim
sessions-theme-internet-search = Kërkimi në internet
sessions-theme-job-search = Kërkimi i punës në internet
sessions-theme-messaging = E-mail, mesazhe dhe video-thirrje
sessions-theme-online-services = Shërbimet publike dhe banka në internet
sessions-theme-documents = Shkrimi i dokumenteve dhe i CV-së
sessions-theme-programming = Programim
sessions-theme-safety = Fjalëkalimet, mashtrimet dhe privatësia

sessions-cancel-reason = Arsyeja:
sessions-when-label = Kur
sessions-where-label-short = Ku
sessions-level-label = Niveli
sessions-languages-label = Gjuhët
sessions-seats-label = Vende
sessions-price-label = Çmimi
sessions-publics-label = Për
sessions-bring-label = Çfarë të merrni me vete:
sessions-accessibility-label = Aksesueshmëria
sessions-organiser-label = Organizuar nga
sessions-add-to-calendar = Shto në kalendarin tim
sessions-manage-link = Menaxho këtë seancë
sessions-booking-title = Rezervoni një vend
sessions-your-bookings = Rezervimet e strukturës suaj për këtë seancë
sessions-person-name = Emri ose nofka
sessions-your-name = Emri juaj ose një nofkë
sessions-person-name-hint = Mbiemri nuk nevojitet.
sessions-person-phone = Telefoni celular (nuk është i detyrueshëm)
sessions-person-email = E-mail (nuk është i detyrueshëm)
sessions-person-contact-hint = Vetëm për të dërguar një kujtesë 2 ditë më parë, ose për të njoftuar nëse seanca ndryshon.
sessions-person-lang = Gjuha e kujtesave
sessions-booking-status = Rezervimi
sessions-booking-confirmed = Vendi u konfirmua
sessions-booking-waiting = Në listën e pritjes
sessions-booking-cancelled = Anuluar
sessions-cancel-booking = Anulo rezervimin
sessions-not-bookable = Kjo seancë nuk mund të rezervohet më.
sessions-full-no-list = Kjo seancë është e plotë dhe nuk ka listë pritjeje.
sessions-will-wait = Seanca është e plotë: personi kalon në listën e pritjes dhe merr automatikisht një vend nëse lirohet një.
sessions-self-booking-intro = Mund ta rezervoni vetë një vend. Ju kërkojmë vetëm emrin.
sessions-how-to-book = Për të rezervuar një vend, pyesni punonjësin tuaj social (CPAS, komuna, shoqata) ose kontaktoni vendin.
sessions-book-button = Rezervo vendin
sessions-wait-button = Hyr në listën e pritjes
sessions-consent-text = Personi pranon që emri i tij (dhe, nëse jepet, numri i telefonit ose e-maili) t’i jepet { $organisation } për këtë seancë dhe të ruhet deri 12 muaj pas saj. Ai mund të kërkojë fshirjen e tyre në çdo kohë.
sessions-consent-text-self = Pranoj që emri im (dhe, nëse jepet, numri im i telefonit ose e-maili) t’i jepet { $organisation } për këtë seancë dhe të ruhet deri 12 muaj pas saj. Mund të kërkoj fshirjen e tyre në çdo kohë.
sessions-booked-confirmed = Vendi u konfirmua për { $name }.
sessions-booked-waiting = { $name } është numri { $position } në listën e pritjes.
sessions-no-self-booking = Kjo seancë rezervohet përmes një punonjësi social ose përmes vendit.
sessions-at-place-title = Seancat e ardhshme këtu
sessions-at-place-all = Të gjitha seancat në këtë vend
sessions-at-place-calendar = Kalendari i seancave të këtij vendi (iCalendar)

sessions-my-booking-title = Rezervimi juaj
sessions-my-booking-confirmed = Vendi juaj është rezervuar.
sessions-my-booking-waiting = Jeni numri { $position } në listën e pritjes. Nëse lirohet një vend, ai është i juaji dhe ju njoftojmë.
sessions-my-booking-cancelled = Ky rezervim është anuluar.
sessions-my-booking-keep = Ruajeni adresën e kësaj faqeje: është e vetmja mënyrë për të parë ose anuluar rezervimin tuaj.
sessions-my-booking-cancel = Anulo rezervimin tim
sessions-my-booking-cancelled-done = Rezervimi juaj është anuluar.
sessions-my-booking-privacy = Emri juaj dhe të dhënat tuaja të kontaktit fshihen 12 muaj pas seancës.

sessions-field-where = Ku zhvillohet?
sessions-field-title = Titulli
sessions-field-description = Përshkrimi
sessions-field-theme = Tema
sessions-field-level = Niveli
sessions-field-languages = Gjuhët që fliten
sessions-field-date = Data (data e parë nëse përsëritet)
sessions-field-start = Ora e fillimit
sessions-field-end = Ora e mbarimit
sessions-field-repeat = Përsëritja
sessions-field-until = Data e fundit
sessions-field-skip = Datat pa seancë
sessions-field-seats = Numri i vendeve
sessions-field-waiting_list = Mbaj një listë pritjeje kur është e plotë
sessions-field-self_booking = Njerëzit mund ta rezervojnë vetë një vend në faqen publike
sessions-field-price = Çmimi në euro
sessions-field-bring = Çfarë të merret me vete
sessions-field-publics = Për kë (lëreni bosh: për të gjithë)
sessions-field-accessibility = Aksesueshmëria
sessions-field-location = Vendi dhe adresa
sessions-field-postcode = Kodi postar
sessions-field-name = Emri ose nofka
sessions-field-phone = Telefoni
sessions-field-email = E-mail
sessions-field-consent = Pëlqimi
sessions-title-hint = Fjalë të thjeshta, për shembull „E-mailet e mia të para“.
sessions-until-hint = Për shembull fundi i vitit shkollor.
sessions-skip-hint = Pushimet, si YYYY-MM-DD, të ndara me presje.
sessions-price-hint = Lëreni bosh ose shkruani 0 kur është falas.
sessions-bring-hint = Për shembull: letërnjoftimi, telefoni inteligjent dhe kodi i tij.
sessions-repeat-once = Një herë
sessions-repeat-weekly = Çdo javë
sessions-repeat-every-2-weeks = Çdo 2 javë
sessions-mobile-of = Aktivitet lëvizës i { $organisation } (diku tjetër)
sessions-mobile-legend = Aktivitet lëvizës
sessions-mobile-hint = Vetëm për një aktivitet lëvizës: ku zhvillohet.

sessions-error-missing = { $field }: ju lutemi, plotësojeni.
sessions-error-too-long = { $field }: është shumë i gjatë.
sessions-error-unknown-code = { $field }: ju lutemi, zgjidhni nga lista.
sessions-error-not-a-number = { $field }: ju lutemi, shkruani një numër.
sessions-error-out-of-range = { $field }: ky numër është shumë i vogël ose shumë i madh.
sessions-error-bad-date = { $field }: ju lutemi, shkruani një datë si 2026-12-01.
sessions-error-bad-time = { $field }: ju lutemi, shkruani një orë si 10:00.
sessions-error-end-before-start = { $field }: seanca duhet të mbarojë pasi fillon.
sessions-error-in-past = { $field }: kjo datë ka kaluar tashmë.
sessions-error-until-before-first = { $field }: data e fundit duhet të jetë pas datës së parë.
sessions-error-too-many = { $field }: kjo bën më shumë se 104 data; zgjidhni një datë të fundit më të hershme.
sessions-error-no-date-left = { $field }: çdo datë është anashkaluar.
sessions-error-unknown-postcode = { $field }: ky kod postar nuk është në rajon.
sessions-error-bad-phone = { $field }: ju lutemi, shkruani një numër telefoni, për shembull ⁦0470 12 34 56⁩.
sessions-error-bad-email = { $field }: ju lutemi, shkruani një adresë e-maili, për shembull name@example.org.
sessions-error-no-consent = { $field }: ju lutemi, shënoni kutinë për të treguar që personi pranon.
sessions-error-where = Ku zhvillohet?: ju lutemi, zgjidhni një nga vendet tuaja ose një aktivitet lëvizës.
sessions-error-seats-below-booked = Numri i vendeve: { $booked } persona kanë rezervuar tashmë; jepni të paktën { $booked } vende.

sessions-bo-link = Seancat
sessions-bookings-link = Rezervimet e mia
sessions-bo-title = Seancat
sessions-bo-coming = Seancat e ardhshme
sessions-bo-past = 30 ditët e fundit
sessions-bo-none = Ende asnjë seancë e ardhshme.
sessions-publish-link = Publikoni një seancë
sessions-new-title = Publikoni një seancë
sessions-edit-title = Ndryshoni këtë seancë
sessions-edit-intro = Kjo ndryshon vetëm këtë datë. Personat që kanë rezervuar njoftohen nëse ndryshon data, ora ose vendi.
sessions-publish-button = Publiko
sessions-save-button = Ruaj ndryshimet
sessions-booked-of = { $booked } nga { $seats } të rezervuara, { $waiting } në pritje
sessions-published = { $count ->
    [one] Seanca u publikua.
   *[other] U publikuan { $count } seanca.
}
sessions-saved = { $count ->
    [0] Ndryshimet u ruajtën.
    [one] Ndryshimet u ruajtën; u njoftua 1 person që kishte rezervuar.
   *[other] Ndryshimet u ruajtën; u njoftuan { $count } persona që kishin rezervuar.
}
sessions-cancelled-told = { $count ->
    [0] Seanca u anulua.
    [one] Seanca u anulua; u njoftua 1 person që kishte rezervuar.
   *[other] Seanca u anulua; u njoftuan { $count } persona që kishin rezervuar.
}
sessions-public-page = Shihni faqen publike
sessions-edit-link = Ndryshoni datën, orën, vendet ose hollësitë
sessions-people-title = Personat që kanë rezervuar
sessions-people-none = Ende askush nuk ka rezervuar.
sessions-booked-by = Rezervuar nga
sessions-booked-alone = Vetë personi
sessions-waiting-number = Lista e pritjes, numri { $position }
sessions-attendance-title = Pjesëmarrja
sessions-attendance-intro = Pas seancës, shënoni kush erdhi. Kjo ndihmon për t’i ndjekur njerëzit dhe për të numëruar.
sessions-attendance-present = I pranishëm
sessions-attendance-absent = Mungon
sessions-attendance-save = Ruaj pjesëmarrjen
sessions-attendance-saved = { $count ->
    [one] Pjesëmarrja u ruajt për 1 person.
   *[other] Pjesëmarrja u ruajt për { $count } persona.
}
sessions-cancel-title = Anuloni këtë seancë
sessions-cancel-intro = { $count ->
    [0] Askush nuk ka rezervuar.
    [one] Personi që ka rezervuar njoftohet me e-mail ose SMS, nëse ka dhënë një të tillë, si edhe punonjësi i tij social.
   *[other] { $count } personat që kanë rezervuar njoftohen me e-mail ose SMS, nëse kanë dhënë një të tillë, si edhe punonjësit e tyre socialë.
}
sessions-cancel-reason-label = Arsyeja (nuk është e detyrueshme)
sessions-cancel-reason-hint = U dërgohet personave që kanë rezervuar.
sessions-cancel-following = Anulo edhe datat e mëvonshme të kësaj serie
sessions-cancel-button = Anulo seancën
sessions-other-dates = Data të tjera të kësaj serie
sessions-bookings-title = Rezervimet e mia
sessions-bookings-intro = Vendet që rezervoi struktura juaj, që nga 30 ditë më parë.
sessions-bookings-find = Gjeni një seancë me vende të lira
sessions-bookings-none = Struktura juaj ende nuk ka asnjë rezervim.

sessions-mail-bring = Për të marrë me vete: { $bring }
sessions-mail-link = Hollësitë: { $link }
sessions-mail-cancel-link = Për të parë ose anuluar rezervimin tuaj: { $link }
sessions-mail-reason = Arsyeja: { $reason }
sessions-mail-footer = E merrni këtë mesazh sepse në Passerelle u rezervua një vend për ju. Emri juaj dhe të dhënat tuaja të kontaktit fshihen 12 muaj pas seancës.
sessions-mail-booked-subject = Vend i rezervuar: { $title }
sessions-mail-booked-intro = Përshëndetje { $name }, një vend është rezervuar për ju.
sessions-mail-waiting-subject = Lista e pritjes: { $title }
sessions-mail-waiting-intro = Përshëndetje { $name }, seanca është e plotë: jeni numri { $position } në listën e pritjes. Nëse lirohet një vend, ai është i juaji dhe ju njoftojmë.
sessions-mail-promoted-subject = Një vend është i lirë për ju: { $title }
sessions-mail-promoted-intro = Përshëndetje { $name }, u lirua një vend: tani është i juaji.
sessions-mail-changed-subject = Ndryshim: { $title }
sessions-mail-changed-intro = Përshëndetje { $name }, seanca për të cilën keni rezervuar ka ndryshuar. Ja data, ora dhe vendi i ri.
sessions-mail-cancelled-subject = Anuluar: { $title }
sessions-mail-cancelled-intro = Përshëndetje { $name }, na vjen keq: seanca për të cilën kishit rezervuar është anuluar.
sessions-mail-reminder-subject = Kujtesë: { $title }
sessions-mail-reminder-intro = Përshëndetje { $name }, një kujtesë: seanca juaj është së shpejti.
sessions-sms-promoted = Një vend është i lirë për ju: { $title }, { $when }.
sessions-sms-changed = Ndryshim: { $title }, tani { $when }.
sessions-sms-cancelled = Anuluar: { $title }, { $when }.
sessions-sms-reminder = Kujtesë: { $title }, { $when }.
sessions-mail-referrer-promoted-subject = Një vend për { $title }
sessions-mail-referrer-promoted-intro = U lirua një vend: { $name }, që ishte në listën e pritjes, tani ka një vend.
sessions-mail-referrer-changed-subject = Seanca ndryshoi: { $title }
sessions-mail-referrer-changed-intro = Një seancë për të cilën rezervuat për { $name } ka ndryshuar. Data, ora dhe vendi i ri:
sessions-mail-referrer-cancelled-subject = Seanca u anulua: { $title }
sessions-mail-referrer-cancelled-intro = Një seancë për të cilën rezervuat për { $name } është anuluar.

# Rezervimi nga vetë personi: mbrojtje kundër spamit.
sessions-error-fast = Formulari u dërgua shumë shpejt. Kontrolloni atë që shkruat, pastaj dërgojeni përsëri.
sessions-error-expired = Formulari ishte i hapur për një kohë të gjatë dhe ka skaduar. Ajo që shkruat është ende këtu: dërgojeni përsëri.
sessions-error-rate = Nga lidhja juaj e internetit janë rezervuar shumë vende në orën e fundit. Provoni përsëri pas një ore, ose telefononi vendin.
sessions-field-title-lang = Gjuha e titullit dhe e përshkrimit
sessions-title-lang-hint = Faqet në një gjuhë tjetër ua tregojnë këtë gjuhë lexuesve të ekranit.
sessions-title-lang-unsaid = Nuk është thënë
