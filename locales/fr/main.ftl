# Textes de l'interface de Passerelle (français). Langage clair : phrases courtes, mots de tous les jours.

site-name = Aide numérique près de chez vous
skip-to-content = Aller au contenu
languages = Langues
footer-text = Un service public gratuit de la Région. Les espaces publics numériques aident tout le monde à utiliser un ordinateur et internet.
all-communes = Toutes les communes
back-home = Retour à la page d'accueil
breadcrumb = Vous êtes ici

## Home
home-title = Trouvez de l'aide numérique près de chez vous
search-label = Où habitez-vous ?
search-hint = Tapez votre code postal, votre commune ou le nom d'un lieu. Exemple : 1080
near-me = Utiliser ma position
near-me-wait = Recherche de votre position…
near-me-error = Nous n'avons pas pu trouver votre position. Tapez plutôt votre code postal.
search-button = Chercher
home-what-title = Qu'est-ce qu'un espace public numérique (EPN) ?
home-what-epn = Un espace public numérique (EPN) est un lieu où vous pouvez utiliser un ordinateur et internet. Une personne est là pour vous aider.
home-free = L'aide est gratuite ou très bon marché. Vous pouvez apprendre à utiliser un téléphone, un ordinateur ou à faire vos démarches en ligne.
home-call = Vous n'avez pas besoin de rendez-vous partout. Dans le doute, téléphonez d'abord au lieu.

## Results
results-title-all = Tous les lieux
results-title-near = Aide numérique près de { $place }
results-title-position = Aide numérique près de votre position
results-title-text = Lieux pour « { $text } »
results-count = { $count ->
    [0] Aucun lieu
    [one] 1 lieu
   *[other] { $count } lieux
}
results-none = Nous n'avons trouvé aucun lieu. Vérifiez l'orthographe, essayez votre code postal ou enlevez un filtre.
results-none-communes = Voir la liste des communes
search-error-title = Nous n'avons pas compris cette recherche
search-error-text = Quelque chose ne va pas dans l'adresse de cette page. Tapez à nouveau votre recherche, s'il vous plaît.
filters-title = Filtres
filters-only = Montrer seulement
filters-apply = Voir les résultats
filter-any = Tous
filter-service = Service
filter-public = Pour qui
filter-language = Langue parlée
filter-open_now = Ouvert maintenant
filter-free = Gratuit
filter-wheelchair = Accessible en chaise roulante
filter-labelled = Espaces publics numériques labellisés
pagination = Pages
page-previous = Page précédente
page-next = Page suivante
page-of = Page { $page } sur { $pages }
distance-km = à { $km } km
distance-km-approximate = à environ { $km } km
mobile-place = Mobile : vient jusqu'à vous

## Opening hours
open-now = Ouvert maintenant
open-until = Ouvert maintenant, jusqu'à { $time }
opens-today = Fermé maintenant. Ouvre aujourd'hui à { $time }
opens-tomorrow = Fermé maintenant. Ouvre demain à { $time }
opens-on = Fermé maintenant. Ouvre { $day } à { $time }
closed-this-week = Fermé cette semaine
hours-unknown = Horaires inconnus : téléphonez d'abord
hours-unreadable = Nous ne pouvons pas lire les horaires : téléphonez avant d'y aller
hours-mobile = Mobile : téléphonez pour savoir où et quand
hours-as-written = Horaires tels qu'ils sont écrits :
hours-title = Horaires d'ouverture
hours-table-caption = Horaires d'ouverture des 7 prochains jours
hours-on-request = sur rendez-vous ou à vérifier
today = aujourd'hui
closed = Fermé
weekday-mon = lundi
weekday-tue = mardi
weekday-wed = mercredi
weekday-thu = jeudi
weekday-fri = vendredi
weekday-sat = samedi
weekday-sun = dimanche

## Place page
run-by = Géré par
kind-epn = Espace public numérique (EPN)
kind-project = Projet d'inclusion numérique
kind-other = Aide numérique
badge-labelled = Espace public numérique labellisé
how-to-come = Où c'est
mobile-explained = C'est un service mobile. Il se déplace vers les gens. Téléphonez pour savoir où il sera.
address-unknown = Adresse pas encore connue
location-approximate = L'adresse exacte n'est pas connue : les distances sont mesurées depuis le centre de la commune.
contact-title = Comment les contacter
contact-unknown = Nous n'avons pas encore de numéro de téléphone ni d'e-mail pour ce lieu.
phone = Téléphone :
email = E-mail :
website = Site internet :
services = Services
publics = Pour qui
languages-spoken = Langues parlées
accessibility = Accessibilité
price = Prix
equipment = Matériel
computers-count = { $count ->
    [one] { $count } ordinateur
   *[other] { $count } ordinateurs
}
tablets-count = { $count ->
    [one] { $count } tablette
   *[other] { $count } tablettes
}
last-update = Dernière mise à jour :

## Communes
communes-title = Communes
postcodes = Codes postaux :
commune-empty = Nous ne connaissons pas encore de lieu dans cette commune. Cherchez avec votre code postal pour voir les lieux proches.
commune-search-near = Voir les lieux proches, aussi dans d'autres communes

## Errors
not-found-title = Page introuvable
not-found-text = Cette page n'existe pas ou a été déplacée.
unauthorized-title = Connectez-vous pour voir cette page
unauthorized-text = Cette page fait partie de l'espace de gestion. Connectez-vous avec votre compte, puis ouvrez-la à nouveau.
server-error-title = Un problème est survenu
server-error-text = La page n'a pas pu être affichée. Ce n'est pas de votre faute. Réessayez dans un moment.
server-error-reference = Si le problème continue, donnez ce code à la coordination :

## Dates
date-long = { $day } { $month } { $year }
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre

## Translations
translation-not-reviewed = Cette traduction n’a pas encore été relue par une personne dont c’est la langue maternelle. Elle peut contenir des erreurs.
languages-more = Autres langues
