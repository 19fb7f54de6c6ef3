brochure-title = Ndihmë dixhitale pranë jush
brochure-intro = Vende ku merrni ndihmë, falas ose për pak para, për të përdorur kompjuterin, telefonin ose internetin, dhe për të kryer procedurat tuaja administrative në internet.
brochure-date = Informacion i datës { $date }. Ai ndryshon: lista e përditësuar është në faqen e internetit.
brochure-day = Dita
brochure-hours = Orari
brochure-services = Ndihma që ofrohet:
brochure-languages = Gjuhët:
brochure-accessibility = Aksesueshmëria:
brochure-phone = Telefoni:
brochure-page = Faqja
brochure-separator = {", "}
brochure-empty = Ende nuk dihet asnjë vend në këto komuna.
brochure-qr-alt = Kodi QR për faqen e { $name }
brochure-list-title = Broshura sipas komunës
brochure-list-intro = Për çdo grup komunash, lista e vendeve për ndihmë dixhitale për ta printuar, gjithmonë e përditësuar.
brochure-places = { $count ->
    [0] asnjë vend
    [one] 1 vend
   *[other] { $count } vende
}
brochure-pdf = PDF për ta printuar
brochure-back = Të gjitha broshurat
