# Back-office : la liste du répertoire, la modification des lieux, l’éditeur d’horaires, les propositions et l’historique.

bo-proposals = Changements à vérifier
bo-audit = Historique des changements

## La liste du répertoire
bolist-title = Lieux du répertoire
bolist-new = Ajouter un lieu
bolist-filter-text = Nom, adresse ou organisation
bolist-filter-stale = Seulement les lieux pas mis à jour depuis plus de 12 mois
bolist-csv = Télécharger cette liste (CSV, s’ouvre dans un tableur)
bolist-updated = Dernière mise à jour
bolist-sorted-asc = (trié de A à Z, ou du plus ancien au plus récent)
bolist-sorted-desc = (trié de Z à A, ou du plus récent au plus ancien)
bolist-pending = { $count ->
    [one] 1 changement attend votre vérification
   *[other] { $count } changements attendent votre vérification
}
bolist-my-proposals = Les changements que vous avez envoyés à la coordination
bolist-status-reason = { $status } : { $reason }

## Le formulaire d’un lieu
edit-new-title = Ajouter un lieu
edit-intro-direct = Quand vous enregistrez, les changements sont publiés tout de suite sur le site public.
edit-intro-proposal = Quand vous envoyez vos changements, la coordination les vérifie. Ils sont publiés quand la coordination les accepte.
edit-save = Enregistrer et publier
edit-send = Envoyer à la coordination
edit-see-public = Voir la page publique
edit-history-link = Historique des changements
edit-organisation-line = Organisation : { $name }
edit-choose = Choisissez…
edit-price-unknown = Pas connu
edit-forbidden-scope = Ce lieu appartient à une autre organisation. Vous pouvez seulement modifier les lieux de votre organisation. Si ce lieu est le vôtre, demandez à la coordination.
edit-pending = Vos changements envoyés le { $date } attendent la coordination. Vous les voyez ci-dessous. Si vous envoyez à nouveau, votre nouvelle version les remplace.
edit-done-published = C’est enregistré. La page publique montre maintenant les changements.
edit-done-created = Le lieu est ajouté et publié.
edit-done-sent = C’est envoyé à la coordination. Elle vérifie vos changements avant de les publier. Vous pouvez les suivre dans votre liste de lieux.
edit-done-unchanged = Rien n’a été changé.
edit-section-identity = Le lieu
edit-section-where = Où il se trouve
edit-section-coordinates = Position sur une carte (facultatif)
edit-section-offer = Ce que le lieu propose
edit-section-contact = Comment contacter le lieu
edit-field-name = Nom
edit-field-kind = Type de lieu
edit-field-organisation = Organisation
edit-field-address = Rue et numéro
edit-field-postcode = Code postal
edit-field-commune = Commune
edit-field-commune-name = Commune (hors de la région)
edit-field-lat = Latitude
edit-field-lon = Longitude
edit-field-hours = Horaires d’ouverture
edit-field-mobile = Service mobile : il se déplace vers les gens
edit-field-services = Services
edit-field-publics = Pour qui
edit-field-languages = Langues parlées
edit-field-accessibility = Accessibilité
edit-field-price = Prix
edit-field-computers = Nombre d’ordinateurs
edit-field-tablets = Nombre de tablettes
edit-field-phone = Téléphone
edit-field-email = Adresse e-mail
edit-field-website = Site web
edit-field-description = Description
edit-field-label = Label
edit-label-labelled = Labellisé
edit-label-none = Pas labellisé
edit-label-withdrawn = Label retiré
edit-label-refused = Label refusé
edit-hint-address = Exemple : Rue de la Loi 16
edit-hint-postcode = 4 chiffres. Exemple : 1080
edit-hint-commune = Sans commune, le lieu n’apparaît pas dans la recherche publique.
edit-hint-coordinates = Si vous les laissez vides, les distances sont mesurées depuis le centre de la commune. Vous pouvez les copier depuis un site de cartes : clic droit sur le lieu.
edit-hint-lat = Un nombre entre -90 et 90. Exemple : 50.8466
edit-hint-lon = Un nombre entre -180 et 180. Exemple : 4.3528
edit-hint-phone = Exemple : 02 123 45 67
edit-hint-website = L’adresse complète. Exemple : https://www.exemple.be
edit-hint-description = Quelques phrases courtes : ce que les gens peuvent y faire.
edit-error-organisation = Choisissez l’organisation qui gère le lieu.
edit-error-name = Tapez le nom du lieu.
edit-error-name-long = Le nom est trop long : 200 caractères au maximum.
edit-error-kind = Choisissez le type de lieu dans la liste.
edit-error-commune = Choisissez la commune dans la liste.
edit-error-postcode-shape = Le code postal { $postcode } n’est pas correct : tapez 4 chiffres, par exemple 1080.
edit-error-postcode-commune = Le code postal { $postcode } n’est pas à { $commune }. { $postcode } est le code postal de { $communes }. Corrigez le code postal ou la commune.
edit-error-postcode-unknown = Le code postal { $postcode } n’est pas un code postal de la région. Vérifiez-le, ou choisissez une autre commune que { $commune }.
edit-error-lat = La latitude doit être un nombre entre -90 et 90, par exemple 50.8466. Donnez la latitude et la longitude, ou aucune des deux.
edit-error-lon = La longitude doit être un nombre entre -180 et 180, par exemple 4.3528. Donnez la latitude et la longitude, ou aucune des deux.
edit-error-price = Choisissez le prix dans la liste.
edit-error-count = Tapez un nombre entier, par exemple 6, ou laissez vide.
edit-error-phone = Le numéro de téléphone n’est pas correct. Tapez des chiffres, avec des espaces si vous voulez, par exemple 02 123 45 67 ou +32 2 123 45 67.
edit-error-email = L’adresse e-mail n’est pas correcte. Tapez une adresse comme nom@exemple.org.
edit-error-website = L’adresse du site web n’est pas correcte. Tapez l’adresse complète, qui commence par https://, par exemple https://www.exemple.be.
edit-error-description = La description est trop longue : 2000 caractères au maximum.

## L’éditeur d’horaires
hours-editor-rule = Vous pouvez taper les horaires dans le champ de texte, ou remplir la grille de la semaine. Si vous changez le texte, c’est le texte qui compte. Si vous changez seulement la grille, c’est la grille qui compte. Les horaires avec des exceptions (jours fériés, fermé en août…) s’écrivent seulement dans le texte.
hours-editor-text-label = Horaires d’ouverture, en syntaxe OpenStreetMap
hours-editor-text-hint = Jours Mo Tu We Th Fr Sa Su (lundi à dimanche), heures début-fin, règles séparées par « ; ». PH veut dire jours fériés. Exemple :
hours-editor-grid = Grille de la semaine
hours-editor-grid-hint = Pour chaque jour, jusqu’à deux ouvertures (par exemple le matin et l’après-midi). Laissez un jour vide quand le lieu est fermé.
hours-editor-grid-off = Ces horaires ont des exceptions (jours fériés, mois…) que la grille ne peut pas montrer. Changez-les dans le champ de texte au-dessus.
hours-editor-day = Jour
hours-editor-first-col = Première ouverture
hours-editor-second-col = Deuxième ouverture
hours-editor-first = { $day }, première ouverture
hours-editor-second = { $day }, deuxième ouverture
hours-editor-from = de
hours-editor-to = à
hours-editor-check = Vérifier les horaires
hours-editor-empty = Pas d’horaires. La page publique dira d’appeler d’abord.
hours-editor-result-valid = Ces horaires sont corrects.
hours-editor-result-invalid = Ces horaires ne peuvent pas être lus.
hours-editor-invalid = Nous ne pouvons pas lire ces horaires. Écrivez-les comme ceci : Mo-Fr 09:00-12:00,13:00-17:00; Sa 10:00-12:00. Ou utilisez la grille de la semaine.
hours-editor-details = Détails techniques
hours-editor-exceptions = Ces horaires ont des exceptions, comme des jours fériés ou des mois. Elles sont gardées.
hours-editor-week-caption = Ce que la page publique montrera cette semaine
hours-editor-grid-problems = La grille a un problème :
hours-editor-problem = { $what } : { $problem }
hours-editor-bad-time = tapez une heure comme 09:30.
hours-editor-incomplete = donnez le début et la fin.
hours-editor-end-before-start = la fin doit être après le début.
hours-editor-overlap = les deux ouvertures se chevauchent. La deuxième doit commencer après la fin de la première.

## Changements
diff-field = Information
diff-before = Avant
diff-after = Après
diff-empty = (vide)
diff-none = Aucune information n’a changé.

## Propositions
proposals-title = Changements à vérifier
proposals-intro = Des responsables d’EPN ont envoyé ces changements. Vérifiez chacun : acceptez-le pour le publier, ou refusez-le en disant pourquoi.
proposals-count = { $count ->
    [0] Aucun changement
    [one] 1 changement
   *[other] { $count } changements
}
proposals-author = Envoyé par
proposals-sent = Envoyé le
proposals-status = État
proposals-status-pending = Attend la coordination
proposals-status-accepted = Accepté et publié
proposals-status-rejected = Refusé
proposals-new-place = Nouveau lieu
proposal-title = Changement de { $name }
proposals-place = Lieu
proposals-place-current = Voir le lieu tel qu’il est maintenant
proposals-place-gone = Ce lieu n’existe plus.
proposals-changes = Ce qui change
proposals-changes-caption = Les informations qui changent, avant et après
proposals-changed-since = Le lieu a été modifié après l’envoi de cette proposition. Vous ne pouvez pas l’accepter telle quelle : refusez-la en expliquant, ou demandez à son auteur de l’envoyer à nouveau.
proposals-decide = Votre décision
proposals-accept = Accepter et publier
proposals-reject = Refuser
proposals-reason = Raison
proposals-reason-hint = Nécessaire pour refuser. L’auteur la lit : dites ce qu’il faut corriger.
proposals-error-reason = Tapez la raison : l’auteur doit savoir quoi corriger.
proposals-done-accepted = Le changement est accepté et publié.
proposals-done-rejected = Le changement est refusé. L’auteur peut voir la raison.
proposals-refused-changed = Pas accepté : le lieu a été modifié après l’envoi de cette proposition. L’accepter annulerait cette modification. Rien n’a été changé.
proposals-refused-gone = Pas accepté : ce lieu n’existe plus. Rien n’a été changé.
proposals-refused-decided = Cette proposition a déjà été acceptée ou refusée.

## L’historique
audit-title = Historique des changements
audit-place-title = Historique de { $name }
audit-intro = Chaque changement, avec qui l’a fait et quand (heure locale, avec le fuseau horaire). Les plus récents d’abord.
audit-empty = Aucun changement n’est encore enregistré.
audit-by = Par
audit-system = le système (import ou tâche automatique)
audit-note = Note
audit-edit-link = Modifier le lieu
audit-filter-action = Type de changement
audit-changes-caption = Ce qui a changé le { $when }
audit-action-place-update = Lieu modifié
audit-action-place-create = Lieu ajouté
audit-action-place-merge = Lieux fusionnés
audit-action-proposal-create = Changement envoyé à la coordination
audit-action-proposal-update = Changement envoyé à nouveau à la coordination
audit-action-proposal-accept = Changement accepté
audit-action-proposal-reject = Changement refusé
audit-action-organisation-trust = Confiance dans une organisation changée
audit-action-user-invite = Personne invitée
audit-action-user-create = Compte créé
audit-action-token-create = Jeton d’API créé
audit-action-report-done = Signalement d’erreur traité
audit-action-import = Fichier importé

# E-mail to the author of a proposal once it is decided.
proposals-mail-accepted-subject = Vos changements sont publiés
proposals-mail-accepted-body = Bonjour,

    La coordination a vérifié et publié vos changements pour « { $place } ». Vous pouvez voir la page ici :

    { $link }
proposals-mail-rejected-subject = Vos changements n’ont pas été publiés
proposals-mail-rejected-body = Bonjour,

    La coordination n’a pas publié vos changements pour « { $place } ». La raison :

    { $reason }

    Vous pouvez les corriger et les envoyer à nouveau ici :

    { $link }

# "Everything is still correct" on the edit page.
edit-confirm-button = Tout est encore correct
edit-confirm-hint = Rien à changer ? Dites-le : le lieu compte comme vérifié aujourd’hui et aucun rappel n’est envoyé pendant un an.
edit-done-confirmed = Vous avez confirmé que tout est encore correct. Merci.
audit-action-place-confirm = Vérifié : toujours correct

# Audit actions of the other areas (store::audit::ACTIONS).
audit-action-account-mail-preferences = Préférences d’e-mail changées
audit-action-label-draft = Demande de label enregistrée (brouillon)
audit-action-label-step = Étape de label enregistrée
audit-action-label-review = Label à revoir signalé
audit-action-label-confirm = Informations du label confirmées pour l’année
audit-action-session-publish = Séance publiée
audit-action-session-update = Séance modifiée
audit-action-session-cancel = Séance annulée
audit-action-session-attendance = Présences enregistrées
audit-action-booking-create = Place réservée
audit-action-booking-cancel = Réservation annulée
audit-action-booking-promote = Place donnée à la liste d’attente
audit-action-referral-create = Orientation envoyée
audit-action-referral-step = Étape d’orientation enregistrée
audit-action-person-view = Données d’une personne consultées
audit-action-person-export = Données d’une personne exportées
audit-action-person-erase = Données d’une personne effacées
audit-action-person-retention = Données personnelles anonymisées (conservation)
audit-action-activity-support-add = Accompagnement ajouté
audit-action-activity-support-update = Accompagnement modifié
audit-action-activity-support-delete = Accompagnement supprimé
audit-action-activity-workshop-add = Atelier ajouté
audit-action-activity-workshop-update = Atelier modifié
audit-action-activity-workshop-delete = Atelier supprimé
audit-action-activity-quick-help-add = Aide rapide ajoutée
audit-action-activity-quick-help-delete = Aide rapide supprimée
audit-action-capacity-create = Capacité enregistrée
audit-action-capacity-update = Capacité corrigée
audit-action-cadastre-create = Cadastre enregistré
audit-action-cadastre-update = Cadastre corrigé
audit-action-indicator-value-create = Valeur d’indicateur ajoutée
audit-action-indicator-value-update = Valeur d’indicateur modifiée
audit-action-reported-figure-save = Chiffre d’un rapport enregistré
audit-action-plan-event-create = Événement du plan ajouté
audit-action-plan-deliverable-add = Livrable ajouté
audit-action-plan-deliverable-update = Livrable modifié
audit-action-plan-version-submit = Version du plan soumise au comité
audit-action-plan-version-approve = Version du plan approuvée
audit-action-plan-version-return = Version du plan renvoyée
audit-action-budget-add = Ligne de budget ajoutée
audit-action-budget-import = Lignes de budget importées
audit-action-budget-reverse = Ligne de budget annulée par une ligne inverse
audit-action-budget-declare = Total déclaré enregistré
audit-action-grant-call-create = Appel à projets créé
audit-action-grant-call-update = Appel à projets modifié
audit-action-grant-call-publish = Appel à projets publié
audit-action-grant-applicant-register = Compte d’organisation candidate créé
audit-action-grant-application-create = Candidature commencée
audit-action-grant-application-update = Candidature modifiée
audit-action-grant-application-step = Étape d’une candidature
audit-action-grant-attachment-add = Pièce jointe ajoutée à une candidature
audit-action-grant-attachment-delete = Pièce jointe retirée d’une candidature
audit-action-grant-juror-invite = Membre du jury invité
audit-action-grant-juror-remove = Membre du jury retiré
audit-action-grant-conflict-declare = Conflit d’intérêts déclaré
audit-action-grant-score-save = Notes du jury enregistrées
audit-action-grant-scenario-create = Scénario de sélection créé
audit-action-grant-decision-record = Décision de sélection enregistrée
audit-action-grant-agreement-create = Convention de subvention créée
audit-action-grant-payment-record = Paiement d’une tranche enregistré
audit-action-grant-report-record = Rapport final d’activités reçu
audit-action-grant-report-remind = Rappel du rapport final envoyé
audit-action-equipment-order-submit = Commande d’équipement envoyée
audit-action-equipment-order-decide = Commande d’équipement approuvée ou refusée
audit-action-equipment-order-deliver = Livraison d’équipement enregistrée
audit-action-equipment-asset-event = Événement d’un équipement inventorié
