# Reaching a place first (cards, place pages), the region's helpline, home links, plain footer words.
contact-hours-unknown-ask = Horaires inconnus : renseignez-vous avant d'y aller
contact-hours-unknown-write = Horaires inconnus : écrivez-leur avant d'y aller
contact-hours-mobile-ask = Mobile : renseignez-vous pour savoir où et quand
contact-directions = Itinéraire (dans votre application de cartes)
contact-ask-organisation = Pas de téléphone pour ce lieu. Son organisation :
contact-card-helpline = Pas de téléphone pour ce lieu. Pour être aidé :
contact-helpline-hours = Quand :
contact-organisation-title = Contacter son organisation :
contact-helpline-title = Trouver de l'aide autrement
contact-helpline-intro = La Région peut vous orienter :
contact-tell-us = Vous connaissez leur téléphone ? Dites-le-nous
contact-distances-from-centre = Les distances sont mesurées depuis le centre de la commune, pas depuis cette adresse.
contact-home-sessions = Ateliers près de chez vous
contact-home-label = Ce que veut dire « espace public numérique labellisé »
contact-footer-data = Les données pour les programmes informatiques
contact-mobile-explained-ask = C'est un service mobile. Il se déplace vers les gens. Renseignez-vous pour savoir où il sera.
