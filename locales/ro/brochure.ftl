brochure-title = Ajutor digital aproape de dumneavoastră
brochure-intro = Locuri unde primiți ajutor, gratuit sau pe bani puțini, ca să folosiți un calculator, un telefon sau internetul și ca să vă rezolvați actele online.
brochure-date = Informații din { $date }. Ele se schimbă: lista actualizată este pe site.
brochure-day = Ziua
brochure-hours = Program
brochure-services = Ajutor oferit:
brochure-languages = Limbi:
brochure-accessibility = Accesibilitate:
brochure-phone = Telefon:
brochure-page = Pagina
brochure-separator = {", "}
brochure-empty = Nu se cunoaște încă niciun loc în aceste comune.
brochure-qr-alt = Cod QR către pagina { $name }
brochure-list-title = Broșuri pe comune
brochure-list-intro = Pentru fiecare grup de comune, lista locurilor de ajutor digital de tipărit, mereu actualizată.
brochure-places = { $count ->
    [0] niciun loc
    [one] 1 loc
    [few] { $count } locuri
   *[other] { $count } de locuri
}
brochure-pdf = PDF de tipărit
brochure-back = Toate broșurile
