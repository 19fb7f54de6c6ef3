# Tekstet e ndërfaqes së Passerelle (shqip). Gjuhë e qartë: fjali të shkurtra, fjalë të përditshme.

site-name = Ndihmë dixhitale pranë jush
skip-to-content = Kalo te përmbajtja
languages = Gjuhët
footer-text = Një shërbim publik falas i rajonit. Hapësirat publike dixhitale ndihmojnë këdo të përdorë kompjuterin dhe internetin.
all-communes = Të gjitha komunat
back-home = Kthehu në faqen kryesore
breadcrumb = Ju jeni këtu

## Home
home-title = Gjeni ndihmë dixhitale pranë jush
search-label = Ku banoni?
search-hint = Shkruani kodin postar, komunën ose emrin e një vendi. Shembull: 1080
near-me = Përdor vendndodhjen time
near-me-wait = Po kërkojmë vendndodhjen tuaj…
near-me-error = Nuk e gjetëm dot vendndodhjen tuaj. Shkruani më mirë kodin postar.
search-button = Kërko
home-what-title = Çfarë është një hapësirë publike dixhitale (EPN)?
home-what-epn = Një hapësirë publike dixhitale (EPN) është një vend ku mund të përdorni kompjuterin dhe internetin. Aty ka një person që ju ndihmon.
home-free = Ndihma është falas ose shumë e lirë. Mund të mësoni të përdorni telefonin, kompjuterin ose formularët në internet.
home-call = Nuk keni nevojë për takim kudo. Nëse nuk jeni të sigurt, telefononi më parë vendin.

## Results
results-title-all = Të gjitha vendet
results-title-near = Ndihmë dixhitale pranë { $place }
results-title-position = Ndihmë dixhitale pranë vendndodhjes suaj
results-title-text = Vende për „{ $text }“
results-count = { $count ->
    [0] Asnjë vend
    [one] 1 vend
   *[other] { $count } vende
}
results-none = Nuk gjetëm asnjë vend. Kontrolloni drejtshkrimin, provoni kodin postar ose hiqni një filtër.
results-none-communes = Shihni listën e komunave
search-error-title = Nuk e kuptuam këtë kërkim
search-error-text = Diçka nuk është në rregull në adresën e kësaj faqeje. Ju lutemi, shkruani përsëri kërkimin tuaj.
filters-title = Filtrat
filters-only = Shfaq vetëm
filters-apply = Shfaq rezultatet
filter-any = Të gjitha
filter-service = Shërbimi
filter-public = Për kë
filter-language = Gjuha që flitet
filter-open_now = Hapur tani
filter-free = Falas
filter-wheelchair = Hyrje për karrige me rrota
filter-labelled = Hapësira publike dixhitale me etiketë
pagination = Faqet
page-previous = Faqja e mëparshme
page-next = Faqja tjetër
page-of = Faqja { $page } nga { $pages }
distance-km = { $km } km larg
distance-km-approximate = rreth { $km } km larg
mobile-place = Lëvizës: vjen te ju

## Opening hours
open-now = Hapur tani
open-until = Hapur tani, deri në orën { $time }
opens-today = Mbyllur tani. Hapet sot në orën { $time }
opens-tomorrow = Mbyllur tani. Hapet nesër në orën { $time }
opens-on = Mbyllur tani. Hapet përsëri: { $day }, në orën { $time }
closed-this-week = Mbyllur këtë javë
hours-unknown = Orari nuk dihet: telefononi më parë
hours-unreadable = Nuk mund ta lexojmë orarin: telefononi para se të shkoni
hours-mobile = Lëvizës: telefononi për të ditur ku dhe kur
hours-as-written = Orari, ashtu siç është shkruar:
hours-title = Orari i hapjes
hours-table-caption = Orari i hapjes për 7 ditët e ardhshme
hours-on-request = me takim ose për t’u verifikuar
today = sot
closed = Mbyllur
weekday-mon = e hënë
weekday-tue = e martë
weekday-wed = e mërkurë
weekday-thu = e enjte
weekday-fri = e premte
weekday-sat = e shtunë
weekday-sun = e diel

## Place page
run-by = Menaxhohet nga
kind-epn = Hapësirë publike dixhitale (EPN)
kind-project = Projekt për përfshirjen dixhitale
kind-other = Ndihmë dixhitale
badge-labelled = Hapësirë publike dixhitale me etiketë
how-to-come = Ku ndodhet
mobile-explained = Ky është një shërbim lëvizës. Ai shkon te njerëzit. Telefononi për të ditur ku do të jetë.
address-unknown = Adresa ende nuk dihet
location-approximate = Adresa e saktë nuk dihet: distancat maten nga qendra e komunës.
contact-title = Si t’i kontaktoni
contact-unknown = Ende nuk kemi numër telefoni ose e-mail për këtë vend.
phone = Telefoni:
email = E-mail:
website = Faqja e internetit:
services = Shërbimet
publics = Për kë
languages-spoken = Gjuhët që fliten
accessibility = Aksesueshmëria
price = Çmimi
equipment = Pajisjet
computers-count = { $count ->
    [one] 1 kompjuter
   *[other] { $count } kompjuterë
}
tablets-count = { $count ->
    [one] 1 tablet
   *[other] { $count } tabletë
}
last-update = Përditësimi i fundit:

## Communes
communes-title = Komunat
postcodes = Kodet postare:
commune-empty = Ende nuk njohim asnjë vend në këtë komunë. Kërkoni me kodin tuaj postar për të parë vendet afër.
commune-search-near = Shihni vendet afër, edhe në komuna të tjera

## Errors
not-found-title = Faqja nuk u gjet
not-found-text = Kjo faqe nuk ekziston ose është zhvendosur.
unauthorized-title = Hyni për ta parë këtë faqe
unauthorized-text = Kjo faqe është pjesë e zonës së administrimit. Hyni me llogarinë tuaj, pastaj hapeni përsëri.
server-error-title = Diçka shkoi keq
server-error-text = Faqja nuk mund të shfaqej. Nuk është faji juaj. Provoni përsëri pas pak.
server-error-reference = Nëse kjo ndodh përsëri, jepini këtë kod ekipit të koordinimit:

## Dates
date-long = { $day } { $month } { $year }
month-1 = janar
month-2 = shkurt
month-3 = mars
month-4 = prill
month-5 = maj
month-6 = qershor
month-7 = korrik
month-8 = gusht
month-9 = shtator
month-10 = tetor
month-11 = nëntor
month-12 = dhjetor

## Translations
translation-not-reviewed = Ky përkthim nuk është kontrolluar ende nga një folës amtar i shqipes. Mund të ketë gabime.
languages-more = Gjuhë të tjera
