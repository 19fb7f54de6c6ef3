brochure-title = Aide numérique près de chez vous
brochure-intro = Des lieux où l’on vous aide gratuitement ou à petit prix à utiliser un ordinateur, un téléphone ou internet, et à faire vos démarches en ligne.
brochure-date = Informations du { $date }. Elles changent : la liste à jour est sur le site.
brochure-day = Jour
brochure-hours = Heures
brochure-services = Aide proposée :
brochure-languages = Langues :
brochure-accessibility = Accessibilité :
brochure-phone = Téléphone :
brochure-page = Page
brochure-separator = {", "}
brochure-empty = Aucun lieu n’est connu dans ces communes pour l’instant.
brochure-qr-alt = Code QR vers la page de { $name }
brochure-list-title = Brochures par commune
brochure-list-intro = Pour chaque groupe de communes, la liste à imprimer des lieux d’aide numérique, toujours à jour.
brochure-places = { $count ->
    [0] aucun lieu
    [one] 1 lieu
   *[other] { $count } lieux
}
brochure-pdf = PDF à imprimer
brochure-back = Toutes les brochures
