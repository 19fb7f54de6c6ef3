# Passerelle – emërtime të fjalorit (shërbime, publiku, gjuhë, aksesueshmëri, çmime), në shqip.
# Emërtime të shkurtra dhe të thjeshta, të shfaqura si etiketa në kartat e vendeve.

## Services

service-free-access = Përdorim i lirë i kompjuterit
service-internet-access = Internet dhe wifi
service-assisted-access = Ndihmë individuale
service-training = Kurse dhe punëtori
service-online-procedures = Ndihmë me formularët në internet
service-printing = Printim dhe skanim
service-equipment = Huazoni ose merrni një pajisje
service-repair = Riparim pajisjesh
service-coding-kids = Programim dhe robotë për fëmijë
service-job-search = Ndihmë për të gjetur punë
service-online-safety = Siguria në internet
service-parenting = Prindërit dhe ekranet
service-awareness = Të kuptosh botën dixhitale

## Audiences

public-adults = Të rriturit
public-job-seekers = Punëkërkuesit
public-young-people = Të rinjtë
public-children = Fëmijët
public-seniors = Të moshuarit
public-people-with-disabilities = Personat me aftësi të kufizuara
public-precarity = Njerëzit në situata të vështira
public-women = Gratë
public-families = Familjet
public-students = Studentët
public-newcomers = Të ardhurit e rinj

## Languages

language-fr = Frëngjisht
language-nl = Holandisht
language-en = Anglisht
language-ar = Arabisht
language-tr = Turqisht
language-ro = Rumanisht
language-sq = Shqip
language-pl = Polonisht
language-pt = Portugalisht
language-es = Spanjisht
language-de = Gjermanisht
language-it = Italisht
language-ru = Rusisht
language-uk = Ukrainisht
language-ber = Berberisht (tamazight)
language-bg = Bullgarisht
language-so = Somalisht

## Accessibility

accessibility-wheelchair = I aksesueshëm me karrige me rrota
accessibility-adapted-equipment = Pajisje të përshtatura
accessibility-sign-language = Gjuha e shenjave
accessibility-hearing-loop = Lak induktiv për dëgjimin
accessibility-easy-read = I lehtë për t’u lexuar
accessibility-visual-impairment = Ndihmë për të verbrit dhe personat me shikim të dobët

## Prices

price-free = Falas
price-symbolic = Pagesë e vogël
price-paid = Me pagesë
