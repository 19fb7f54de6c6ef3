# Kontrollet e cilësisë së të dhënave (shqip).

check-postcode-not-in-commune = Kodi postar { $value } nuk i përket komunës së këtij vendi.
check-postcode-not-in-commune-todo = Pyesni vendin për adresën e tij dhe korrigjoni kodin postar ose komunën.
check-unknown-postcode = Kodi postar { $value } nuk është kod postar i rajonit.
check-unknown-postcode-todo = Korrigjoni kodin postar, ose zhvendoseni vendin në rajonin e duhur.
check-probable-duplicate = Ky vend i ngjan „{ $value }“ (#{ $other }).
check-probable-duplicate-todo = Nëse janë i njëjti vend, bashkojini; nëse jo, bëjini emrat e tyre më të qartë.
check-unreadable-hours = Orari „{ $value }“ nuk mund të lexohet.
check-unreadable-hours-todo = Shkruajeni përsëri me redaktuesin e orarit (për shembull Mo-Fr 09:00-17:00).
check-no-contact = Nuk ka telefon, e-mail ose faqe interneti.
check-no-contact-todo = Shtoni të paktën një numër telefoni, që njerëzit të mund të telefonojnë para se të shkojnë.
check-stale = Nuk është përditësuar që nga { $value }.
check-stale-todo = Kërkojini vendit të konfirmojë ose të përditësojë informacionin e tij.
check-source-issue = Problem i regjistruar në të dhënat burimore
check-summary = { $errors ->
    [one] 1 gabim
   *[other] { $errors } gabime
}, { $warnings ->
    [one] 1 paralajmërim
   *[other] { $warnings } paralajmërime
}
severity-error = Gabim
severity-warning = Paralajmërim

# Statusi i etiketës në drejtori duhet të mbështetet në një etiketë të dhënë (etiketa EPN).
check-labelled-without-record = Shfaqet si EPN me etiketë, por për këtë vend nuk është regjistruar asnjë etiketë e dhënë.
check-labelled-without-record-todo = Regjistroni vendimin për etiketën në faqet e etiketës, ose korrigjoni statusin e etiketës së vendit.
quality-kind-labelled-without-record = Me etiketë, por pa regjistrim të etiketës

# Një adresë interneti e ruajtur që nuk është http(s) nuk publikohet kurrë.
check-website-not-http = Adresa e internetit „{ $value }“ nuk është adresë http:// ose https://: ajo as nuk shfaqet, as nuk publikohet.
check-website-not-http-todo = Zëvendësojeni me adresën e plotë të internetit të vendit që fillon me https:// (ose http://), ose hiqeni.
quality-kind-website-not-http = Adresë interneti që nuk është http(s)
quality-kind-postcode-not-in-commune = Kod postar i një komune tjetër
quality-kind-unknown-postcode = Kod postar i panjohur
quality-kind-unreadable-hours = Orar që nuk mund të lexohet
quality-kind-probable-duplicate = Dyfishime të mundshme
quality-kind-no-contact = Asnjë mënyrë për të kontaktuar vendin
quality-kind-stale = I papërditësuar prej më shumë se një viti
