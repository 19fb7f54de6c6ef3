# Orientations et données personnelles, dans l'espace de gestion.

referral-nav = Orientations
referral-dashboard-link = Retour aux orientations
referral-forbidden = Cette orientation concerne d'autres structures : vous ne pouvez pas l'ouvrir.

## États, étapes, côtés
referral-step-accept = Accepter
referral-step-refuse = Refuser
referral-step-first-visit = Première visite faite
referral-step-follow-up = Ajouter une note de suivi
referral-step-close = Clôturer l'orientation
referral-side-referrer = Structure qui oriente
referral-side-receiver = Lieu qui accueille
referral-side-system = Automatique
referral-error-not-allowed = Cette étape n'est plus possible : l'orientation a changé. Regardez son état ci-dessous.
referral-error-wrong-side = Cette étape revient à l'autre partie de l'orientation.
referral-error-text-missing = Écrivez quelques mots : un refus demande une raison, un suivi une note.

## Besoins et contact
referral-need-information = Chercher des informations sur internet
referral-need-communication = E-mail, messages et appels vidéo
referral-need-content-creation = Écrire et créer des documents
referral-need-safety = Sécurité et vie privée en ligne
referral-need-problem-solving = Résoudre des problèmes d'appareils et de comptes
referral-need-equipment = Obtenir un ordinateur, une tablette ou un smartphone
referral-need-connection = Obtenir une connexion internet
referral-need-online-procedures = Démarches en ligne (administration, emploi, santé)
referral-need-first-steps = Premiers pas avec le numérique
referral-contact-phone = Par téléphone
referral-contact-email = Par e-mail
referral-contact-referrer = Par mon intermédiaire
referral-contact-through = Par l'intermédiaire de { $name }, { $structure } ({ $email })

## Le formulaire
referral-new-title = Orienter une personne
referral-new-intro = Envoyez une personne vers un espace public numérique ou une séance. Ne transmettez que ce dont le lieu a besoin pour l'aider.
referral-new-link = Orienter une personne
referral-field-target = Où envoyer la personne
referral-choose-target = Choisissez un lieu ou une séance
referral-target-sessions = Séances des 60 prochains jours
referral-field-person-name = Prénom ou surnom
referral-person-name-hint = Le nom de famille n'est pas nécessaire.
referral-field-lang = Langue que la personne parle le mieux
referral-diagnostic-title = Diagnostic fait avec la personne
referral-field-share-diagnostic = La personne accepte que le lieu voie les réponses du diagnostic
referral-diagnostic-not-shared = Un diagnostic a été fait, mais la personne n'a pas accepté de le partager.
referral-field-needs = Pour quoi la personne a besoin d'aide
referral-field-needs-note = Autres besoins, en quelques mots
referral-needs-note-hint = Seulement ce qui aide le lieu. Pas de détails de santé ou de famille.
referral-field-contact-way = Comment le lieu peut joindre la personne
referral-field-contact-value = Numéro de téléphone ou adresse e-mail
referral-contact-value-hint = Laissez vide si le lieu passe par vous.
referral-consent-text = La personne accepte que { $from } transmette son prénom, sa langue, ses besoins et le moyen de la joindre au lieu choisi, pour qu'il puisse l'aider. Ces informations sont effacées { $months } mois après la fin de l'orientation. La personne peut demander à tout moment à les voir ou à les faire effacer.
referral-field-consent = J'ai lu ce texte à la personne et elle est d'accord
referral-send-button = Envoyer l'orientation
referral-error-target = Choisissez un lieu ou une séance qui accueille encore des personnes.
referral-error-person-name = Écrivez un prénom ou un surnom (60 caractères au plus).
referral-error-needs = Cochez au moins un besoin, ou décrivez-le en quelques mots.
referral-error-contact-way = Choisissez comment le lieu peut joindre la personne.
referral-error-phone = Écrivez un numéro de téléphone (8 à 15 chiffres).
referral-error-email = Écrivez une adresse e-mail, par exemple nom@exemple.be.
referral-error-consent = La personne doit être d'accord avant que vous envoyiez l'orientation.

## Une orientation
referral-title = Orientation de { $name }
referral-sent-notice = L'orientation est envoyée. Le lieu a été prévenu par e-mail.
referral-anonymised = (données effacées)
referral-from = De
referral-to = Vers
referral-to-structure = Structure qui accueille
referral-consent-label = Consentement
referral-consent-given = Donné le { $when }
referral-refuse-reason = Raison du refus
referral-actions = Que faire maintenant
referral-field-reason = Raison du refus
referral-field-note = Note de suivi
referral-history = Historique
referral-history-when = Quand
referral-history-what = Quoi
referral-history-who = Qui
referral-history-note = Note

## Tableaux de bord
referral-mine-title = Les orientations de ma structure
referral-to-me-title = Les orientations vers mes lieux
referral-all-title = Toutes les orientations
referral-none = Aucune orientation pour l'instant.
referral-none-to-me = Aucune orientation vers vos lieux pour l'instant.
referral-open-caption = Orientations à suivre
referral-ended-caption = Orientations terminées
referral-col-number = Numéro
referral-col-sent = Envoyée le
referral-number = Orientation { $id }
referral-sessions-title = Vos séances des quatre prochaines semaines
referral-sessions-none = Aucune séance dans les quatre prochaines semaines.
referral-session-col = Séance
referral-session-when = Quand
referral-session-fill = Places prises
referral-session-fill-rate = { $booked } sur { $seats } ({ $percent } %), { $waiting } en attente
referral-session-cancelled = Annulée
referral-personal-data-link = Une personne demande à voir ou à effacer ses données

## Données personnelles (coordination)
referral-person-title = Les données d'une personne
referral-person-intro = Une personne peut demander une copie de ses données, ou leur effacement. Retrouvez-les avec le numéro d'orientation ou le numéro de réservation.
referral-person-referral = Numéro d'orientation
referral-person-booking = Numéro de réservation
referral-person-hint = Remplissez un des deux numéros.
referral-person-export = Télécharger les données (JSON)
referral-person-erase-title = Effacer les données d'une personne
referral-person-erase-intro = Le prénom, les coordonnées, les notes et le diagnostic sont effacés tout de suite ; seuls des comptages anonymes restent. C'est définitif.
referral-person-confirm = Je confirme que la personne a demandé l'effacement de ses données
referral-person-erase = Effacer les données
referral-person-erased = Données effacées : { $referrals } orientation(s), { $bookings } réservation(s).
referral-person-error-missing = Remplissez un numéro d'orientation ou de réservation.
referral-person-error-number = Écrivez un nombre, par exemple 12.
referral-person-error-unknown = Aucune orientation ni réservation n'a ce numéro.
referral-person-error-confirm = Cochez la case pour confirmer la demande de la personne.

## E-mails (sans données personnelles : seulement un lien)
referral-mail-new-subject = Nouvelle orientation { $id }
referral-mail-new-body = Une structure vous envoie une personne. Merci d'accepter ou de refuser l'orientation :

    { $link }
referral-mail-remind-subject = L'orientation { $id } attend votre réponse
referral-mail-remind-body = Une orientation vers votre lieu n'a pas encore de réponse. Sans réponse, elle expirera bientôt. Merci de l'accepter ou de la refuser :

    { $link }
referral-mail-accepted-subject = Orientation { $id } acceptée
referral-mail-accepted-body = Le lieu a accepté votre orientation :

    { $link }
referral-mail-refused-subject = Orientation { $id } refusée
referral-mail-refused-body = Le lieu a refusé votre orientation. Vous pouvez lire la raison et orienter la personne ailleurs :

    { $link }
referral-mail-expired-subject = Orientation { $id } expirée
referral-mail-expired-body = Le lieu n'a pas répondu à temps à votre orientation. Elle a expiré ; vous pouvez orienter la personne ailleurs :

    { $link }
referral-mail-first-visit-subject = Orientation { $id } : première visite faite
referral-mail-first-visit-body = La personne que vous avez orientée est venue au lieu : sa première visite est enregistrée.

    { $link }
referral-mail-follow-up-subject = Orientation { $id } : note de suivi ajoutée
referral-mail-follow-up-body = Le lieu a ajouté une note de suivi à votre orientation :

    { $link }
referral-mail-closed-subject = Orientation { $id } clôturée
referral-mail-closed-body = Le lieu a clôturé votre orientation :

    { $link }
referral-mail-progress-footer = Vous ne voulez plus ces nouvelles ? Changez-le dans « Mes e-mails ».

# On a place's public page, for a signed-in referrer.
referral-send-here = Orienter une personne vers ce lieu

# The history of a referral: each event in one form (what happened), while
# the buttons (referral-step-*) say what to do.
referral-event-send = Orientation envoyée
referral-event-accept = Orientation acceptée
referral-event-refuse = Orientation refusée
referral-event-first-visit = Première visite faite
referral-event-follow-up = Note de suivi ajoutée
referral-event-close = Orientation clôturée
referral-event-expire = Orientation expirée sans réponse
referral-event-remind = Rappel envoyé au lieu

# "My e-mails" (every signed-in account).
account-mails-nav = Mes e-mails
account-mails-title = Mes e-mails
account-mails-lang = Langue de mes e-mails
account-mails-lang-hint = Au départ, la langue dans laquelle vous vous êtes connecté·e.
account-mails-lang-region = Les langues de la région, l’une après l’autre
account-mails-lang-error = Choisissez une langue de la liste.
account-mails-referrals = Mes orientations
account-mails-referral-progress = Me prévenir quand une personne que j’ai orientée est venue, a été suivie, et quand l’orientation est clôturée
account-mails-referral-answers = Les réponses des lieux (acceptée, refusée, expirée) sont toujours envoyées.
account-mails-save = Enregistrer
account-mails-saved = Vos choix sont enregistrés.
