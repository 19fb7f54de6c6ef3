# Passerelle – etichete de vocabular (servicii, publicuri, limbi, accesibilitate, prețuri), în română.
# Etichete scurte și clare, afișate pe fișele locurilor.

## Services

service-free-access = Folosirea gratuită a calculatorului
service-internet-access = Internet și wifi
service-assisted-access = Ajutor individual
service-training = Cursuri și ateliere
service-online-procedures = Ajutor cu formularele online
service-printing = Imprimare și scanare
service-equipment = Împrumutați sau primiți un dispozitiv
service-repair = Repararea dispozitivelor
service-coding-kids = Programare și roboți pentru copii
service-job-search = Ajutor ca să găsiți un loc de muncă
service-online-safety = Siguranța pe internet
service-parenting = Părinții și ecranele
service-awareness = Să înțelegem lumea digitală

## Audiences

public-adults = Adulți
public-job-seekers = Persoane care caută un loc de muncă
public-young-people = Tineri
public-children = Copii
public-seniors = Persoane în vârstă
public-people-with-disabilities = Persoane cu dizabilități
public-precarity = Persoane în situații dificile
public-women = Femei
public-families = Familii
public-students = Studenți
public-newcomers = Nou-veniți

## Languages

language-fr = Franceză
language-nl = Neerlandeză
language-en = Engleză
language-ar = Arabă
language-tr = Turcă
language-ro = Română
language-sq = Albaneză
language-pl = Poloneză
language-pt = Portugheză
language-es = Spaniolă
language-de = Germană
language-it = Italiană
language-ru = Rusă
language-uk = Ucraineană
language-ber = Berberă (tamazight)
language-bg = Bulgară
language-so = Somaleză

## Accessibility

accessibility-wheelchair = Accesibil cu scaun cu rotile
accessibility-adapted-equipment = Echipament adaptat
accessibility-sign-language = Limbajul semnelor
accessibility-hearing-loop = Buclă magnetică pentru auz
accessibility-easy-read = Ușor de citit
accessibility-visual-impairment = Ajutor pentru persoane nevăzătoare și cu vedere slabă

## Prices

price-free = Gratuit
price-symbolic = Preț mic
price-paid = Cu plată
