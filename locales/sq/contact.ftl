# Si të kontaktoni më parë një vend (karta, faqet e vendeve), linja e ndihmës e rajonit, lidhjet në faqen kryesore, fjalë të thjeshta në fund të faqes.
contact-hours-unknown-ask = Orari nuk dihet: pyesni para se të shkoni
contact-hours-unknown-write = Orari nuk dihet: shkruajuni para se të shkoni
contact-hours-mobile-ask = Lëvizës: pyesni ku dhe kur
contact-directions = Udhëzimet (në aplikacionin tuaj të hartës)
contact-ask-organisation = Ky vend nuk ka numër telefoni. Organizata e tij:
contact-card-helpline = Ky vend nuk ka numër telefoni. Për ndihmë:
contact-helpline-hours = Kur:
contact-organisation-title = Kontaktoni organizatën e tij:
contact-helpline-title = Mënyra të tjera për të gjetur ndihmë
contact-helpline-intro = Rajoni mund t’ju udhëzojë:
contact-tell-us = E dini numrin e tyre të telefonit? Na tregoni
contact-distances-from-centre = Distancat maten nga qendra e komunës, jo nga kjo adresë.
contact-home-sessions = Punëtori pranë jush
contact-home-label = Çfarë do të thotë „hapësirë publike dixhitale me etiketë“
contact-footer-data = Të dhënat për programet kompjuterike
contact-mobile-explained-ask = Ky është një shërbim lëvizës. Ai shkon te njerëzit. Pyesni ku do të jetë.
