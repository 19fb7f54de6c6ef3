# Reaching a place first (cards, place pages), the region's helpline, home links, plain footer words.
contact-hours-unknown-ask = Openingsuren onbekend: vraag het na voor je gaat
contact-hours-unknown-write = Openingsuren onbekend: schrijf hen voor je gaat
contact-hours-mobile-ask = Mobiel: vraag na waar en wanneer
contact-directions = Routebeschrijving (in je kaartenapp)
contact-ask-organisation = Geen telefoonnummer voor deze plaats. De organisatie:
contact-card-helpline = Geen telefoonnummer voor deze plaats. Hulp vind je bij:
contact-helpline-hours = Wanneer:
contact-organisation-title = Contact met de organisatie:
contact-helpline-title = Op een andere manier hulp vinden
contact-helpline-intro = Het Gewest helpt je verder:
contact-tell-us = Ken je hun telefoonnummer? Laat het ons weten
contact-distances-from-centre = Afstanden worden gemeten vanaf het centrum van de gemeente, niet vanaf dit adres.
contact-home-sessions = Workshops bij jou in de buurt
contact-home-label = Wat betekent „openbare computerruimte met een label"
contact-footer-data = De gegevens voor computerprogramma's
contact-mobile-explained-ask = Dit is een mobiele dienst. Hij gaat naar de mensen toe. Vraag na waar hij zal zijn.
