# Cum contactați un loc înainte (fișe, pagini ale locurilor), linia de ajutor a regiunii, linkuri pe pagina principală, cuvinte simple în subsol.
contact-hours-unknown-ask = Program necunoscut: întrebați înainte să mergeți
contact-hours-unknown-write = Program necunoscut: scrieți-le înainte să mergeți
contact-hours-mobile-ask = Mobil: întrebați unde și când
contact-directions = Traseu (în aplicația de hărți)
contact-ask-organisation = Niciun număr de telefon pentru acest loc. Organizația lui:
contact-card-helpline = Niciun număr de telefon pentru acest loc. Pentru ajutor:
contact-helpline-hours = Când:
contact-organisation-title = Contactați organizația lui:
contact-helpline-title = Alte moduri de a găsi ajutor
contact-helpline-intro = Regiunea vă poate îndruma:
contact-tell-us = Știți numărul lor de telefon? Spuneți-ne
contact-distances-from-centre = Distanțele sunt măsurate de la centrul comunei, nu de la această adresă.
contact-home-sessions = Ateliere aproape de dumneavoastră
contact-home-label = Ce înseamnă „spațiu public digital cu etichetă”
contact-footer-data = Datele pentru programe de calculator
contact-mobile-explained-ask = Acesta este un serviciu mobil. Merge acolo unde sunt oamenii. Întrebați unde va fi.
