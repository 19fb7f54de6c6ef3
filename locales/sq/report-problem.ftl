# Njoftimi i një gabimi në faqen e një vendi (formulari publik).

report-link = Njoftoni një gabim në këtë faqe
report-title = Njoftoni një gabim
report-about = Për faqen e:
report-intro = Na tregoni çfarë është gabim ose jo e përditësuar: për shembull orari, numri i telefonit ose adresa. Nuk ju duhet llogari. Ekipi që mban drejtorinë lexon çdo mesazh.
report-message = Çfarë është gabim?
report-message-hint = Shkruani nga { $min } deri në { $max } shenja.
report-contact = E-maili juaj ose numri juaj i telefonit (nuk është i detyrueshëm)
report-contact-hint = Vetëm nëse doni një përgjigje. E përdorim vetëm për t’iu përgjigjur këtij mesazhi.
report-trap = Lëreni bosh këtë fushë
report-send = Dërgo mesazhin
report-privacy = Ju lutemi, mos shkruani të dhëna personale për persona të tjerë.
report-error-short = Mesazhi është shumë i shkurtër: shkruani të paktën { $min } shenja, që të kuptojmë çfarë duhet korrigjuar.
report-error-long = Mesazhi është shumë i gjatë: { $count } shenja, ndërsa lejohen jo më shumë se { $max }. Shkurtojeni.
report-error-contact = E-maili ose numri juaj i telefonit është shumë i gjatë: jo më shumë se { $max } shenja.
report-error-fast = Formulari u dërgua shumë shpejt. Kontrolloni mesazhin tuaj, pastaj dërgojeni përsëri.
report-error-expired = Formulari ishte i hapur për një kohë të gjatë dhe ka skaduar. Mesazhi juaj është ende këtu: dërgojeni përsëri.
report-error-rate = Nga lidhja juaj e internetit janë dërguar shumë mesazhe në orën e fundit. Mesazhi juaj është ende këtu: provoni përsëri pas një ore.
report-thanks-title = Faleminderit për mesazhin tuaj
report-thanks-text = Ekipi që mban drejtorinë do ta lexojë dhe do ta korrigjojë faqen nëse duhet.
report-back = Kthehu te faqja e { $place }
report-mail-subject = Gabim i njoftuar: { $place }
report-mail-no-contact = (nuk është dhënë)
report-mail-body = Dikush njoftoi një gabim në faqen „{ $place }“.

    Mesazhi i tij ose i saj:

    { $message }

    Kontakti: { $contact }

    Faqja: { $page }
    Të gjitha gabimet e njoftuara: { $reports }
