# Le label EPN : pages publiques, critères expliqués, formulaire de demande, procédure, e-mails (français).

bo-label = Label EPN

## Critères : noms et explications (avec les chiffres)

label-criterion-computers = Ordinateurs
label-criterion-opening-hours = Heures d’ouverture
label-criterion-training-hours = Formation
label-criterion-free-access-hours = Accès libre avec un animateur
label-criterion-open-to-all-adults = Ouvert à tout adulte
label-criterion-price = Prix des activités de base
label-criterion-charter = Charte
label-criterion-computers-pass = { $actual ->
        [one] { $actual } ordinateur
       *[other] { $actual } ordinateurs
    } : le label en demande au moins { $required }.
label-criterion-computers-fail = Seulement { $actual ->
        [one] { $actual } ordinateur
       *[other] { $actual } ordinateurs
    } : le label en demande au moins { $required }.
label-criterion-opening-hours-pass = Ouvert { $actual } { $actual ->
        [one] heure
       *[other] heures
    } pendant une semaine habituelle : le label en demande au moins { $required }.
label-criterion-opening-hours-fail = Ouvert seulement { $actual } { $actual ->
        [one] heure
       *[other] heures
    } pendant une semaine habituelle : le label en demande au moins { $required }.
label-criterion-opening-hours-unreadable = Les heures d’ouverture « { $hours } » ne peuvent pas être lues : impossible de compter les heures par semaine. Écrivez-les comme ceci : Mo-Fr 09:00-12:00.
label-criterion-training-hours-pass = { $actual } { $actual ->
        [one] heure
       *[other] heures
    } de formation par semaine : le label en demande au moins { $required }.
label-criterion-training-hours-fail = { $actual } { $actual ->
        [one] heure
       *[other] heures
    } de formation par semaine : le label en demande au moins { $required }.
label-criterion-free-access-hours-pass = { $actual } { $actual ->
        [one] heure
       *[other] heures
    } d’accès libre avec un animateur par semaine : le label en demande au moins { $required }.
label-criterion-free-access-hours-fail = { $actual } { $actual ->
        [one] heure
       *[other] heures
    } d’accès libre avec un animateur par semaine : le label en demande au moins { $required }.
label-criterion-open-to-all-adults-pass = Les activités de base sont ouvertes à tout adulte.
label-criterion-open-to-all-adults-fail = Les activités de base ne sont pas ouvertes à tout adulte : le label demande que tout adulte puisse y participer.
label-criterion-price-pass = Les activités de base sont { $actual } : le label accepte { $required }.
label-criterion-price-fail = Les activités de base sont { $actual } : le label demande qu’elles soient { $required }.
label-criterion-charter-pass = La charte est acceptée.
label-criterion-charter-fail = La charte n’est pas acceptée : le label demande que l’EPN la signe.
label-criterion-not-required = Ce label ne le demande pas.
label-price-free = gratuites
label-price-symbolic = à prix symbolique
label-price-paid = payantes
label-or = ou
label-met = Rempli
label-not-met = Pas rempli
label-weekly-hours = { $hours } heures pendant une semaine habituelle

## Pages publiques

label-page-title = Le label EPN
label-page-intro = « { $name } » est le label que la Région donne aux espaces publics numériques (EPN) : des lieux où chacun peut utiliser un ordinateur et Internet, avec quelqu’un pour l’aider.
label-why-title = Ce que le label apporte
label-why-badge = Dans cet annuaire, les EPN labellisés sont signalés par les mots
label-why-equipment = En 2021, chaque EPN labellisé a reçu { $amount } euros pour acheter du matériel informatique, et du matériel pour se faire connaître.
label-conditions-title = Les conditions
label-conditions-intro = Un EPN reçoit le label quand il remplit toutes ces conditions :
label-condition-computers = Au moins { $count } ordinateurs, dans des locaux adaptés.
label-condition-open = Ouvert au moins { $hours } heures par semaine.
label-condition-training = En moyenne { $hours } heures de formation par semaine.
label-condition-free-access = { $hours } heures par semaine d’accès libre avec un animateur présent.
label-condition-adults = Les activités de base sont ouvertes à tout adulte.
label-condition-price = Les activités de base sont { $prices }.
label-condition-charter = L’EPN signe la charte ci-dessous.
label-condition-activities = La demande décrit les activités de formation, d’animation et de sensibilisation de l’EPN.
label-charter-title = La charte
label-charter-version = Version du { $date }.
label-charter-translation = Ceci est une traduction. Le texte original est en { $language }.
label-apply-title = Comment demander le label
label-apply-step-account = Connectez-vous à l’espace de gestion avec le compte de votre EPN. Si vous n’en avez pas, demandez-le à la coordination de l’inclusion numérique.
label-apply-step-form = Remplissez le formulaire de demande. Vous pouvez l’enregistrer et revenir plus tard. La page montre tout de suite les conditions que vos réponses remplissent.
label-apply-step-visit = La coordination peut faire une visite de courtoisie à votre EPN, pour voir comment il fonctionne.
label-apply-step-recommend = Le coordinateur examine votre demande et envoie une recommandation au groupe de travail Inclusion numérique.
label-apply-step-decide = Le groupe de travail donne son avis, puis le comité de pilotage décide. Vous recevez un e-mail à chaque étape.
label-duration = Le label n’a pas de date de fin : il vaut tant que l’EPN remplit les conditions. Chaque année, l’EPN confirme ses informations. Le label peut être retiré quand une condition n’est plus remplie. Un EPN refusé, ou dont le label a été retiré, peut demander le label à nouveau.
label-apply-link = Demander le label (connexion)
label-list-link = Les EPN labellisés par commune
label-list-title = Les EPN labellisés par commune
label-list-intro = Ces espaces publics numériques ont le label de la Région.
label-list-about = Qu’est-ce que le label ?
label-list-count = { $count ->
        [one] { $count } lieu labellisé
       *[other] { $count } lieux labellisés
    }
label-list-since = labellisé en { $year }
label-list-no-commune = Commune inconnue

## Espace de gestion : accueil et file d’attente

label-home-title = Label EPN
label-home-about = À propos du label
label-home-intro-manager = Ici, vous demandez le label pour vos lieux, vous suivez votre demande et vous confirmez vos informations une fois par an.
label-home-intro-staff = Les demandes qui attendent chaque étape, les lieux labellisés à regarder, et toutes les demandes.
label-your-places = Vos lieux
label-your-applications = Vos demandes
label-col-place = Lieu
label-col-places = Lieux
label-col-directory = Label dans l’annuaire
label-col-application = Demande
label-col-organisation = Organisation
label-col-state = Où en est la demande
label-col-updated = Dernier changement
label-col-date = Date
label-col-step = Étape
label-col-body = Décidé par
label-col-recorded = Enregistré par
label-col-why = Pourquoi
label-no-application = Pas de demande
label-nothing-to-apply = Chacun de vos lieux a le label ou une demande en cours.
label-no-places = Aucun de vos lieux n’est encore dans l’annuaire.
label-apply-for = Demander le label pour « { $place } »
label-apply-which = Pour quels lieux est la demande ?
label-apply = Commencer une demande
label-status-none = Pas de label
label-status-labelled = Labellisé
label-status-withdrawn = Label retiré
label-status-refused = Label refusé
label-queue-examine = En attente de la coordination
label-queue-working-group = En attente de l’avis du groupe de travail
label-queue-steering = En attente de la décision du comité de pilotage
label-queue-empty = Rien n’attend.
label-queue-drafts = { $count ->
        [one] { $count } demande est en cours de remplissage par un EPN.
       *[other] { $count } demandes sont en cours de remplissage par des EPN.
    }
label-flags-title = Lieux labellisés à regarder
label-flags-intro = Leurs informations ne remplissent plus une condition du label. Rien ne change tout seul : contactez l’EPN, puis marquez le lieu comme regardé, ou retirez le label.
label-flags-none = Aucun lieu labellisé à regarder.
label-flag-place = { $place } : { $why } ({ $source })
label-flag-epn = { $organisation } : { $why } ({ $source })
label-flag-source-directory = selon l’annuaire
label-flag-source-confirmation = selon la confirmation annuelle
label-flag-raised = Trouvé le { $date }
label-field-resolution = Ce qui a été fait (facultatif)
label-flag-resolve = Marquer comme regardé
label-flag-looked-at = Regardé.
label-flag-resolved = Marqué comme regardé. Le label n’a pas changé.
label-review-now = Vérifier maintenant les lieux labellisés
label-review-done = { $count ->
        [0] La vérification est faite : rien de nouveau à regarder.
        [one] La vérification est faite : { $count } nouveau point à regarder.
       *[other] La vérification est faite : { $count } nouveaux points à regarder.
    }
label-unconfirmed-title = Informations pas encore confirmées pour { $year } ({ $count })
label-unconfirmed-intro = Chaque EPN labellisé confirme ses informations une fois par an.
label-all-title = Toutes les demandes
label-filter-state = Où en est la demande
label-filter-all = Toutes
label-filter-show = Afficher
label-all-count = { $count ->
        [one] { $count } demande
       *[other] { $count } demandes
    }

## États, étapes, instances

label-state-draft = En cours de remplissage par l’EPN
label-state-submitted = Envoyée à la coordination
label-state-under-examination = En examen par la coordination
label-state-recommended = Recommandation envoyée au groupe de travail
label-state-advised = Avis du groupe de travail donné
label-state-granted = Label octroyé
label-state-refused = Label refusé
label-state-withdrawn = Label retiré
label-next-draft = Ensuite : l’EPN envoie sa demande.
label-next-submitted = Ensuite : la coordination commence l’examen de la demande.
label-next-under-examination = Ensuite : la coordination peut visiter l’EPN, puis envoie sa recommandation au groupe de travail.
label-next-recommended = Ensuite : le groupe de travail donne son avis.
label-next-advised = Ensuite : le comité de pilotage décide.
label-next-granted = Le label n’a pas de date de fin. L’EPN confirme ses informations chaque année.
label-next-refused = L’EPN peut demander le label à nouveau.
label-next-withdrawn = L’EPN peut demander le label à nouveau.
label-next-none = plus rien : l’EPN peut faire une nouvelle demande
label-step-submit = Demande envoyée
label-step-start-examination = Examen commencé
label-step-record-visit = Visite de courtoisie
label-step-recommend = Recommandation du coordinateur
label-step-advise = Avis du groupe de travail
label-step-decide = Décision du comité de pilotage
label-step-withdraw = Label retiré
label-body-applicant = L’EPN
label-body-coordination = La coordination
label-body-working-group = Le groupe de travail
label-body-steering-committee = Le comité de pilotage
label-body-unknown = Inconnu
label-outcome-favourable = favorable
label-outcome-unfavourable = défavorable
label-outcome-granted = octroyé
label-outcome-refused = refusé
label-recorded-from-source = Repris d’un rapport
label-date-unknown = Date non donnée par le rapport

## Formulaire de demande

label-form-title = Demande de label : { $places }
label-form-intro = Répondez aux questions. Vous pouvez enregistrer le brouillon à tout moment et revenir plus tard : rien de ce que vous avez écrit n’est perdu.
label-form-criteria = Ce que montrent vos réponses
label-form-criteria-none = Répondez aux questions pour voir les conditions que vous remplissez.
label-form-questions = Votre EPN
label-field-computers = Nombre d’ordinateurs pour le public
label-hint-computers = Un nombre entier, par exemple 8.
label-field-opening-hours = Heures d’ouverture
label-hint-opening-hours = Comme dans l’annuaire, à la manière d’OpenStreetMap, par exemple : Mo-Fr 09:00-12:00,13:00-17:00; Sa 10:00-13:00
label-field-training-hours = Heures de formation par semaine, en moyenne
label-field-free-access-hours = Heures d’accès libre avec un animateur, par semaine
label-hint-weekly-hours = Un nombre d’heures, par exemple 6 ou 5,5.
label-field-open-to-all-adults = Les activités de base sont-elles ouvertes à tout adulte ?
label-hint-open-to-all-adults = Quels que soient son âge, son genre, son origine ou sa situation.
label-field-basic-price = Combien coûtent les activités de base ?
label-field-publics = Les publics que vous accueillez en particulier
label-field-activities = Vos activités de formation, d’animation et de sensibilisation
label-hint-activities = Décrivez ce que vous proposez, à quelle fréquence et pour qui.
label-field-charter = J’accepte la charte, au nom de l’EPN.
label-yes = Oui
label-no = Non
label-save-draft = Enregistrer le brouillon
label-submit = Envoyer la demande
label-draft-saved = Votre brouillon est enregistré.
label-draft-saved-partly = Votre brouillon est enregistré, sauf les réponses signalées ci-dessous.
label-error-computers = Écrivez le nombre d’ordinateurs en chiffres, par exemple 8.
label-error-hours = Écrivez un nombre d’heures de 0 à 168, par exemple 6 ou 5,5.
label-error-opening-hours = Ces heures d’ouverture ne peuvent pas être lues. Écrivez-les comme ceci : Mo-Fr 09:00-12:00.
label-error-activities-long = Décrivez vos activités en 5 000 caractères au plus.
label-error-required-computers = Écrivez le nombre d’ordinateurs.
label-error-required-opening-hours = Écrivez les heures d’ouverture.
label-error-required-training-hours = Écrivez les heures de formation par semaine.
label-error-required-free-access-hours = Écrivez les heures d’accès libre avec un animateur.
label-error-required-open-to-all-adults = Dites si les activités de base sont ouvertes à tout adulte.
label-error-required-basic-price = Choisissez le prix des activités de base.
label-error-required-activities = Décrivez vos activités.
label-error-charter = Acceptez la charte pour envoyer votre demande.
label-error-incomplete = Cette réponse manque.
label-error-no-place = Choisissez au moins un lieu.

## Le dossier d’une demande

label-file-title = Demande de label : { $places }
label-file-organisation = Organisation :
label-file-state = Où en est la demande :
label-back = Retour aux pages du label
label-open-file = Ouvrir la demande
label-continue = Continuer la demande
label-notice-sent = Votre demande est envoyée. La coordination l’a reçue ; vous recevrez un e-mail à chaque étape.
label-notice-done = C’est enregistré. L’EPN a été prévenu par e-mail.
label-notice-confirmed = Merci : vos informations sont confirmées pour cette année.
label-criteria-title = Les conditions du label
label-no-answers = Les réponses de cette demande ne sont pas enregistrées.
label-answers-title = Les réponses
label-not-answered = Pas de réponse
label-charter-accepted = Version { $version }, acceptée le { $date }
label-charter-not-accepted = Pas acceptée
label-history-title = Historique
label-confirmation-title = Informations confirmées pour { $year }
label-confirmation-when = Confirmées le { $date }.
label-busy-title = Une demande existe déjà
label-busy-text = Ce lieu a déjà le label, ou une demande en cours. Continuez celle-là.
label-busy-link = Ouvrir cette demande
label-forbidden-title = Cette demande n’est pas la vôtre
label-forbidden-text = Vous pouvez seulement voir et modifier les demandes de votre organisation.
label-refused-title = Cette étape n’est pas possible maintenant
label-error-not-allowed = La demande est à l’étape « { $state } ». Ce qui peut se passer maintenant : { $next }.

## Étapes : formulaires

label-action-examine = Commencer l’examen
label-action-visit-title = Visite de courtoisie
label-action-visit-intro = Si vous avez visité l’EPN, notez quand et ce que vous avez vu.
label-field-visit-date = Date de la visite
label-field-notes = Notes
label-action-visit = Enregistrer la visite
label-action-recommend-title = Recommandation au groupe de travail
label-field-recommendation = Votre recommandation
label-favourable = Favorable
label-unfavourable = Défavorable
label-field-reasons = Motifs
label-hint-reasons = L’EPN les lira.
label-action-recommend = Envoyer la recommandation
label-action-advise-title = L’avis du groupe de travail
label-field-advice = L’avis
label-field-meeting-date = Date de la réunion
label-action-advise = Enregistrer l’avis
label-action-decide-title = La décision du comité de pilotage
label-field-decision = La décision
label-grant = Octroyer le label
label-refuse = Refuser le label
label-field-decision-date = Date de la décision
label-action-decide = Enregistrer la décision
label-action-withdraw-title = Retirer le label
label-action-withdraw-intro = Seulement quand l’EPN ne remplit plus une condition. L’EPN recevra le motif par e-mail.
label-field-withdraw-date = Date de la décision
label-field-withdraw-reason = Motif
label-action-withdraw = Retirer le label
label-error-date = Écrivez la date comme ceci : 2026-11-26.
label-error-date-future = La date ne peut pas être dans le futur.
label-error-reasons = Écrivez les motifs.
label-error-recommendation = Choisissez favorable ou défavorable.
label-error-advice = Choisissez favorable ou défavorable.
label-error-decision = Choisissez d’octroyer ou de refuser le label.

## Confirmation annuelle

label-confirm-link = Confirmer vos informations pour { $year }
label-confirm-title = Confirmer vos informations pour { $year } : { $places }
label-confirm-intro = Une fois par an, chaque EPN labellisé confirme que ses informations sont toujours vraies. Changez ce qui n’est plus juste.
label-confirm-directory = Dans l’annuaire
label-confirm-directory-intro = Le public voit ces informations dans l’annuaire. Si elles ont changé, mettez-les à jour là-bas.
label-confirm-edit-place = Mettre à jour ce lieu dans l’annuaire
label-not-recorded = pas enregistré
label-confirm-figures = Vos chiffres cette année
label-field-confirm = Je confirme que ces informations sont vraies aujourd’hui.
label-error-confirm = Cochez la case pour confirmer vos informations.
label-error-confirm-not-granted = Seul un EPN labellisé confirme ses informations.
label-confirm-button = Confirmer

## E-mails

label-mail-subject = Label EPN, { $places } : { $state }
label-mail-subject-visit = visite de courtoisie enregistrée
label-mail-body = Bonjour,

    Votre demande de label EPN ({ $places }) a avancé : { $what }.
    { $reasons }
    Voir votre demande : { $link }

    La coordination de l’inclusion numérique
label-mail-reasons = Motifs : { $reasons }
label-mail-notes = Notes : { $notes }
label-mail-step-submit = la coordination l’a reçue
label-mail-step-start-examination = la coordination a commencé à l’examiner
label-mail-step-record-visit = une visite de courtoisie le { $date } a été enregistrée
label-mail-step-recommend-yes = le coordinateur a envoyé une recommandation favorable au groupe de travail
label-mail-step-recommend-no = le coordinateur a envoyé une recommandation défavorable au groupe de travail
label-mail-step-advise-yes = le groupe de travail a donné un avis favorable
label-mail-step-advise-no = le groupe de travail a donné un avis défavorable
label-mail-step-decide-granted = le comité de pilotage a octroyé le label
label-mail-step-decide-refused = le comité de pilotage a refusé le label
label-mail-step-withdraw = le label a été retiré
label-mail-new-subject = Nouvelle demande de label : { $places }
label-mail-new-body = Bonjour,

    { $organisation } a envoyé une demande de label EPN ({ $places }).

    L’examiner ici : { $link }

# The label's history, one plain sentence per event ($outcome: favourable,
# unfavourable or none; for the decision: granted, refused or none).
label-event-submit = La demande a été envoyée.
label-event-start-examination = La coordination a commencé l’examen de la demande.
label-event-record-visit = La coordination a fait une visite de courtoisie.
label-event-recommend = { $outcome ->
    [favourable] Le coordinateur a recommandé d’octroyer le label.
    [unfavourable] Le coordinateur a recommandé de refuser le label.
   *[none] Le coordinateur a fait sa recommandation.
}
label-event-advise = { $outcome ->
    [favourable] Le groupe de travail a donné un avis favorable.
    [unfavourable] Le groupe de travail a donné un avis défavorable.
   *[none] Le groupe de travail a donné son avis.
}
label-event-decide = { $outcome ->
    [granted] Le comité de pilotage a octroyé le label.
    [refused] Le comité de pilotage a refusé le label.
   *[none] Le comité de pilotage a pris sa décision.
}
label-event-withdraw = Le label a été retiré.
