# Pierwszy kontakt z miejscem (karty, strony miejsc), infolinia regionu, linki na stronie głównej, proste słowa w stopce.
contact-hours-unknown-ask = Godziny otwarcia nieznane: zapytaj, zanim pójdziesz
contact-hours-unknown-write = Godziny otwarcia nieznane: napisz do nich, zanim pójdziesz
contact-hours-mobile-ask = Mobilne: zapytaj, gdzie i kiedy
contact-directions = Jak dojechać (w twojej aplikacji z mapą)
contact-ask-organisation = To miejsce nie ma numeru telefonu. Jego organizacja:
contact-card-helpline = To miejsce nie ma numeru telefonu. Po pomoc:
contact-helpline-hours = Kiedy:
contact-organisation-title = Skontaktuj się z jego organizacją:
contact-helpline-title = Inne sposoby, żeby znaleźć pomoc
contact-helpline-intro = Region może ci doradzić:
contact-tell-us = Znasz ich numer telefonu? Napisz do nas
contact-distances-from-centre = Odległości liczymy od centrum gminy, a nie od tego adresu.
contact-home-sessions = Warsztaty blisko ciebie
contact-home-label = Co znaczy „publiczny punkt cyfrowy ze znakiem jakości”
contact-footer-data = Dane dla programów komputerowych
contact-mobile-explained-ask = To jest usługa mobilna. Przyjeżdża do ludzi. Zapytaj, gdzie będzie.
