# Séances : la liste publique, la page d'une séance, la réservation, le back-office, les e-mails.

sessions-title = Ateliers et séances
sessions-intro = Ateliers, formations et permanences dans les espaces publics numériques. Trouvez-en un près de chez vous, puis réservez une place avec votre travailleur social ou auprès du lieu.
sessions-count = { $count ->
    [0] Aucune séance trouvée
    [one] 1 séance
   *[other] { $count } séances
}
sessions-none = Aucune séance ne correspond. Essayez une autre date, un autre thème, ou retirez un filtre.
sessions-search-error = Quelque chose ne va pas dans la recherche.
sessions-search-reset = Faire une nouvelle recherche
sessions-search-button = Voir les séances
sessions-where-label = Où ?
sessions-where-hint = Un code postal ou une commune, par exemple 1080 ou Schaerbeek.
sessions-theme-label = Thème
sessions-theme-all-of-area = Tout « { $area } »
sessions-from-label = À partir du (date)
sessions-to-label = Jusqu'au (date)
sessions-only-free = Gratuites seulement
sessions-only-seats = Avec des places libres seulement
sessions-when = { $day } { $date }, { $start }–{ $end }
sessions-mobile = Activité mobile
sessions-price-free = Gratuit
sessions-price-euros = { $amount } €
sessions-seats-left = { $left ->
    [one] 1 place libre sur { $seats }
   *[other] { $left } places libres sur { $seats }
}
sessions-full-waiting = Complet – liste d'attente ouverte ({ $waiting } en attente)
sessions-full = Complet
sessions-status-cancelled = Annulée
sessions-theme-with-area = { $theme } ({ $area })

sessions-theme-devices = Utiliser un ordinateur, un smartphone ou une tablette
sessions-theme-drop-in-help = Permanence d'aide
sessions-theme-internet-search = Chercher sur internet
sessions-theme-job-search = Chercher un emploi en ligne
sessions-theme-messaging = E-mail, messages et appels vidéo
sessions-theme-online-services = Services publics et banque en ligne
sessions-theme-documents = Écrire des documents et un CV
sessions-theme-programming = Programmation
sessions-theme-safety = Mots de passe, arnaques et vie privée

sessions-cancel-reason = Motif :
sessions-when-label = Quand
sessions-where-label-short = Où
sessions-level-label = Niveau
sessions-languages-label = Langues
sessions-seats-label = Places
sessions-price-label = Prix
sessions-publics-label = Pour
sessions-bring-label = À apporter :
sessions-accessibility-label = Accessibilité
sessions-organiser-label = Organisé par
sessions-add-to-calendar = Ajouter à mon agenda
sessions-manage-link = Gérer cette séance
sessions-booking-title = Réserver une place
sessions-your-bookings = Les réservations de votre structure pour cette séance
sessions-person-name = Prénom ou surnom
sessions-your-name = Votre prénom ou un surnom
sessions-person-name-hint = Pas besoin du nom de famille.
sessions-person-phone = GSM (facultatif)
sessions-person-email = E-mail (facultatif)
sessions-person-contact-hint = Seulement pour envoyer un rappel 2 jours avant, ou prévenir si la séance change.
sessions-person-lang = Langue des rappels
sessions-booking-status = Réservation
sessions-booking-confirmed = Place confirmée
sessions-booking-waiting = En liste d'attente
sessions-booking-cancelled = Annulée
sessions-cancel-booking = Annuler la réservation
sessions-not-bookable = Cette séance ne peut plus être réservée.
sessions-full-no-list = Cette séance est complète et n'a pas de liste d'attente.
sessions-will-wait = La séance est complète : la personne est mise en liste d'attente et reçoit une place automatiquement si une place se libère.
sessions-self-booking-intro = Vous pouvez réserver une place vous-même. Nous ne demandons qu'un prénom.
sessions-how-to-book = Pour réserver une place, demandez à votre travailleur social (CPAS, commune, association) ou contactez le lieu.
sessions-book-button = Réserver la place
sessions-wait-button = S'inscrire en liste d'attente
sessions-consent-text = La personne accepte que son prénom (et, s'il est donné, son numéro de téléphone ou son e-mail) soit transmis à { $organisation } pour cette séance, et conservé jusqu'à 12 mois après celle-ci. Elle peut demander à tout moment qu'il soit effacé.
sessions-consent-text-self = J'accepte que mon prénom (et, si je le donne, mon numéro de téléphone ou mon e-mail) soit transmis à { $organisation } pour cette séance, et conservé jusqu'à 12 mois après celle-ci. Je peux demander à tout moment qu'il soit effacé.
sessions-booked-confirmed = Place confirmée pour { $name }.
sessions-booked-waiting = { $name } est numéro { $position } sur la liste d'attente.
sessions-no-self-booking = Cette séance se réserve par un travailleur social ou auprès du lieu.
sessions-at-place-title = Prochaines séances ici
sessions-at-place-all = Toutes les séances de ce lieu
sessions-at-place-calendar = Agenda des séances de ce lieu (iCalendar)

sessions-my-booking-title = Votre réservation
sessions-my-booking-confirmed = Votre place est réservée.
sessions-my-booking-waiting = Vous êtes numéro { $position } sur la liste d'attente. Si une place se libère, elle est pour vous et nous vous prévenons.
sessions-my-booking-cancelled = Cette réservation est annulée.
sessions-my-booking-keep = Gardez l'adresse de cette page : c'est le seul moyen de voir ou d'annuler votre réservation.
sessions-my-booking-cancel = Annuler ma réservation
sessions-my-booking-cancelled-done = Votre réservation est annulée.
sessions-my-booking-privacy = Votre prénom et vos coordonnées sont effacés 12 mois après la séance.

sessions-field-where = Où cela se passe-t-il ?
sessions-field-title = Titre
sessions-field-description = Description
sessions-field-theme = Thème
sessions-field-level = Niveau
sessions-field-languages = Langues parlées
sessions-field-date = Date (première date si elle se répète)
sessions-field-start = Heure de début
sessions-field-end = Heure de fin
sessions-field-repeat = Répéter
sessions-field-until = Dernière date
sessions-field-skip = Dates sans séance
sessions-field-seats = Nombre de places
sessions-field-waiting_list = Tenir une liste d'attente quand c'est complet
sessions-field-self_booking = Les personnes peuvent réserver elles-mêmes sur la page publique
sessions-field-price = Prix en euros
sessions-field-bring = À apporter
sessions-field-publics = Pour qui (vide : pour tout le monde)
sessions-field-accessibility = Accessibilité
sessions-field-location = Lieu et adresse
sessions-field-postcode = Code postal
sessions-field-name = Prénom ou surnom
sessions-field-phone = Téléphone
sessions-field-email = E-mail
sessions-field-consent = Accord
sessions-title-hint = Des mots simples, par exemple « Mes premiers e-mails ».
sessions-until-hint = Par exemple la fin de l'année scolaire.
sessions-skip-hint = Les congés, au format AAAA-MM-JJ, séparés par des virgules.
sessions-price-hint = Laissez vide ou écrivez 0 si c'est gratuit.
sessions-bring-hint = Par exemple : carte d'identité, smartphone et son code.
sessions-repeat-once = Une fois
sessions-repeat-weekly = Chaque semaine
sessions-repeat-every-2-weeks = Toutes les 2 semaines
sessions-mobile-of = Activité mobile de { $organisation } (ailleurs)
sessions-mobile-legend = Activité mobile
sessions-mobile-hint = Seulement pour une activité mobile : où elle a lieu.

sessions-error-missing = { $field } : veuillez remplir ce champ.
sessions-error-too-long = { $field } : c'est trop long.
sessions-error-unknown-code = { $field } : veuillez choisir dans la liste.
sessions-error-not-a-number = { $field } : veuillez écrire un nombre.
sessions-error-out-of-range = { $field } : ce nombre est trop petit ou trop grand.
sessions-error-bad-date = { $field } : veuillez écrire une date comme 2026-12-01.
sessions-error-bad-time = { $field } : veuillez écrire une heure comme 10:00.
sessions-error-end-before-start = { $field } : la séance doit finir après son début.
sessions-error-in-past = { $field } : cette date est déjà passée.
sessions-error-until-before-first = { $field } : la dernière date doit être après la première.
sessions-error-too-many = { $field } : cela fait plus de 104 dates ; choisissez une dernière date plus proche.
sessions-error-no-date-left = { $field } : toutes les dates sont exclues.
sessions-error-unknown-postcode = { $field } : ce code postal n'est pas dans la région.
sessions-error-bad-phone = { $field } : veuillez écrire un numéro de téléphone, par exemple ⁦0470 12 34 56⁩.
sessions-error-bad-email = { $field } : veuillez écrire une adresse e-mail, par exemple nom@exemple.be.
sessions-error-no-consent = { $field } : veuillez cocher la case pour montrer que la personne est d'accord.
sessions-error-where = Où cela se passe-t-il ? : veuillez choisir un de vos lieux ou une activité mobile.
sessions-error-seats-below-booked = Nombre de places : { $booked } personnes ont déjà réservé ; prévoyez au moins { $booked } places.

sessions-bo-link = Séances
sessions-bookings-link = Mes réservations
sessions-bo-title = Séances
sessions-bo-coming = Séances à venir
sessions-bo-past = 30 derniers jours
sessions-bo-none = Pas encore de séance à venir.
sessions-publish-link = Publier une séance
sessions-new-title = Publier une séance
sessions-edit-title = Modifier cette séance
sessions-edit-intro = Cela modifie cette date seulement. Les personnes inscrites sont prévenues si la date, l'heure ou le lieu change.
sessions-publish-button = Publier
sessions-save-button = Enregistrer les modifications
sessions-booked-of = { $booked } sur { $seats } réservées, { $waiting } en attente
sessions-published = { $count ->
    [one] La séance est publiée.
   *[other] { $count } séances sont publiées.
}
sessions-saved = { $count ->
    [0] Les modifications sont enregistrées.
    [one] Les modifications sont enregistrées ; 1 personne inscrite a été prévenue.
   *[other] Les modifications sont enregistrées ; { $count } personnes inscrites ont été prévenues.
}
sessions-cancelled-told = { $count ->
    [0] La séance est annulée.
    [one] La séance est annulée ; 1 personne inscrite a été prévenue.
   *[other] La séance est annulée ; { $count } personnes inscrites ont été prévenues.
}
sessions-public-page = Voir la page publique
sessions-edit-link = Modifier la date, l'heure, les places ou les détails
sessions-people-title = Personnes inscrites
sessions-people-none = Personne n'est encore inscrit.
sessions-booked-by = Réservé par
sessions-booked-alone = La personne elle-même
sessions-waiting-number = Liste d'attente, numéro { $position }
sessions-attendance-title = Présences
sessions-attendance-intro = Après la séance, indiquez qui est venu. Cela aide à suivre les personnes et à compter.
sessions-attendance-present = Présent
sessions-attendance-absent = Absent
sessions-attendance-save = Enregistrer les présences
sessions-attendance-saved = { $count ->
    [one] Présence enregistrée pour 1 personne.
   *[other] Présences enregistrées pour { $count } personnes.
}
sessions-cancel-title = Annuler cette séance
sessions-cancel-intro = { $count ->
    [0] Personne n'est inscrit.
    [one] La personne inscrite est prévenue par e-mail ou SMS si elle en a donné un, ainsi que son travailleur social.
   *[other] Les { $count } personnes inscrites sont prévenues par e-mail ou SMS si elles en ont donné un, ainsi que leurs travailleurs sociaux.
}
sessions-cancel-reason-label = Motif (facultatif)
sessions-cancel-reason-hint = Il est envoyé aux personnes inscrites.
sessions-cancel-following = Annuler aussi les dates suivantes de cette série
sessions-cancel-button = Annuler la séance
sessions-other-dates = Autres dates de cette série
sessions-bookings-title = Mes réservations
sessions-bookings-intro = Les places réservées par votre structure, depuis 30 jours.
sessions-bookings-find = Trouver une séance avec des places libres
sessions-bookings-none = Votre structure n'a pas encore de réservation.

sessions-mail-bring = À apporter : { $bring }
sessions-mail-link = Détails : { $link }
sessions-mail-cancel-link = Pour voir ou annuler votre réservation : { $link }
sessions-mail-reason = Motif : { $reason }
sessions-mail-footer = Vous recevez ce message parce qu'une place a été réservée pour vous sur Passerelle. Votre prénom et vos coordonnées sont effacés 12 mois après la séance.
sessions-mail-booked-subject = Place réservée : { $title }
sessions-mail-booked-intro = Bonjour { $name }, une place est réservée pour vous.
sessions-mail-waiting-subject = Liste d'attente : { $title }
sessions-mail-waiting-intro = Bonjour { $name }, la séance est complète : vous êtes numéro { $position } sur la liste d'attente. Si une place se libère, elle est pour vous et nous vous prévenons.
sessions-mail-promoted-subject = Une place est libre pour vous : { $title }
sessions-mail-promoted-intro = Bonjour { $name }, une place s'est libérée : elle est à vous.
sessions-mail-changed-subject = Changement : { $title }
sessions-mail-changed-intro = Bonjour { $name }, la séance à laquelle vous êtes inscrit(e) a changé. Voici la nouvelle date, l'heure et le lieu.
sessions-mail-cancelled-subject = Annulée : { $title }
sessions-mail-cancelled-intro = Bonjour { $name }, nous sommes désolés : la séance à laquelle vous étiez inscrit(e) est annulée.
sessions-mail-reminder-subject = Rappel : { $title }
sessions-mail-reminder-intro = Bonjour { $name }, un rappel : votre séance a lieu bientôt.
sessions-sms-promoted = Une place est libre pour vous : { $title }, { $when }.
sessions-sms-changed = Changement : { $title }, maintenant { $when }.
sessions-sms-cancelled = Annulée : { $title }, { $when }.
sessions-sms-reminder = Rappel : { $title }, { $when }.
sessions-mail-referrer-promoted-subject = Une place pour { $title }
sessions-mail-referrer-promoted-intro = Une place s'est libérée : { $name }, qui était en liste d'attente, a maintenant une place.
sessions-mail-referrer-changed-subject = Séance modifiée : { $title }
sessions-mail-referrer-changed-intro = Une séance pour laquelle vous avez inscrit { $name } a changé. La nouvelle date, l'heure et le lieu :
sessions-mail-referrer-cancelled-subject = Séance annulée : { $title }
sessions-mail-referrer-cancelled-intro = Une séance pour laquelle vous avez inscrit { $name } est annulée.

# Booking alone: spam protection.
sessions-error-fast = Le formulaire a été envoyé très vite. Vérifiez ce que vous avez écrit, puis envoyez-le à nouveau.
sessions-error-expired = Le formulaire est resté ouvert longtemps et a expiré. Ce que vous avez écrit est toujours là : envoyez-le à nouveau.
sessions-error-rate = Beaucoup de places ont été réservées depuis votre connexion cette dernière heure. Réessayez dans une heure, ou appelez le lieu.
sessions-field-title-lang = Langue du titre et de la description
sessions-title-lang-hint = Les pages dans une autre langue le disent aux lecteurs d’écran.
sessions-title-lang-unsaid = Non précisée
