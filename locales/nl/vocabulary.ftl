# Passerelle – labels van de vocabulaires (diensten, doelgroepen, talen, toegankelijkheid, prijs), in het Nederlands.
# Korte, eenvoudige labels, getoond als tags op de fiches van de plaatsen.

## Diensten

service-free-access = Vrij gebruik van computers
service-internet-access = Internet en wifi
service-assisted-access = Persoonlijke hulp
service-training = Lessen en workshops
service-online-procedures = Hulp bij online administratieve procedures
service-printing = Printen en scannen
service-equipment = Toestellen lenen of krijgen
service-repair = Toestellen herstellen
service-coding-kids = Programmeren en robots voor kinderen
service-job-search = Hulp bij werk zoeken
service-online-safety = Veilig online
service-parenting = Ouders en schermen
service-awareness = De digitale wereld begrijpen

## Doelgroepen

public-adults = Volwassenen
public-job-seekers = Werkzoekenden
public-young-people = Jongeren
public-children = Kinderen
public-seniors = Senioren
public-people-with-disabilities = Personen met een handicap
public-precarity = Mensen in een kwetsbare situatie
public-women = Vrouwen
public-families = Gezinnen
public-students = Studenten
public-newcomers = Nieuwkomers

## Talen

language-fr = Frans
language-nl = Nederlands
language-en = Engels
language-ar = Arabisch
language-tr = Turks
language-ro = Roemeens
language-sq = Albanees
language-pl = Pools
language-pt = Portugees
language-es = Spaans
language-de = Duits
language-it = Italiaans
language-ru = Russisch
language-uk = Oekraïens
language-ber = Berbers (Tamazight)
language-bg = Bulgaars
language-so = Somalisch

## Toegankelijkheid

accessibility-wheelchair = Toegankelijk met rolstoel
accessibility-adapted-equipment = Aangepast materiaal
accessibility-sign-language = Gebarentaal
accessibility-hearing-loop = Ringleiding voor slechthorenden
accessibility-easy-read = Eenvoudige taal
accessibility-visual-impairment = Hulp voor blinden en slechtzienden

## Prijs

price-free = Gratis
price-symbolic = Symbolische prijs
price-paid = Betalend
