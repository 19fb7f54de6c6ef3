# Passerelle – libellés des vocabulaires (services, publics, langues, accessibilité, prix), en français.
# Libellés courts et simples, affichés comme étiquettes sur les fiches des lieux.

## Services

service-free-access = Ordinateurs en libre accès
service-internet-access = Accès à internet et wifi
service-assisted-access = Aide individuelle
service-training = Cours et ateliers
service-online-procedures = Aide pour les démarches en ligne
service-printing = Impression et scan
service-equipment = Prêt ou don de matériel
service-repair = Réparation d'appareils
service-coding-kids = Code et robots pour enfants
service-job-search = Aide pour chercher un emploi
service-online-safety = Internet en sécurité
service-parenting = Parents et écrans
service-awareness = Comprendre le numérique

## Publics

public-adults = Adultes
public-job-seekers = Chercheurs d'emploi
public-young-people = Jeunes
public-children = Enfants
public-seniors = Seniors
public-people-with-disabilities = Personnes handicapées
public-precarity = Personnes en situation précaire
public-women = Femmes
public-families = Familles
public-students = Étudiants
public-newcomers = Primo-arrivants

## Langues

language-fr = français
language-nl = néerlandais
language-en = anglais
language-ar = arabe
language-tr = turc
language-ro = roumain
language-sq = albanais
language-pl = polonais
language-pt = portugais
language-es = espagnol
language-de = allemand
language-it = italien
language-ru = russe
language-uk = ukrainien
language-ber = berbère (tamazight)
language-bg = bulgare
language-so = somali

## Accessibilité

accessibility-wheelchair = Accessible en chaise roulante
accessibility-adapted-equipment = Matériel adapté
accessibility-sign-language = Langue des signes
accessibility-hearing-loop = Boucle magnétique pour malentendants
accessibility-easy-read = Facile à lire (FALC)
accessibility-visual-impairment = Aide pour personnes aveugles ou malvoyantes

## Prix

price-free = Gratuit
price-symbolic = Prix symbolique
price-paid = Payant
