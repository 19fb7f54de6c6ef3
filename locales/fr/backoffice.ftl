# Espace de gestion : comptes, connexion, navigation.

forbidden-title = Vous ne pouvez pas ouvrir cette page
forbidden-text = Votre compte ne donne pas accès à cette page. Si vous pensez que c'est une erreur, demandez à la coordination.
csrf-title = Ce formulaire a expiré
csrf-text = Pour votre sécurité, le formulaire n'a pas pu être envoyé. Revenez en arrière, rechargez la page et envoyez-le à nouveau : si vous utilisez le bouton « retour », ce que vous avez tapé est toujours dans le formulaire.
form-errors-title = Il y a un problème
bo-nav = Espace de gestion
bo-home = Accueil de l'espace de gestion
bo-title = Espace de gestion
bo-welcome = Bonjour { $name }. Votre session est ouverte avec le rôle : { $role }.
bo-signed-in-as = Session de
bo-find-place = Trouver un lieu pour quelqu'un
bo-places = Lieux
bo-users = Comptes
bo-organisations = Organisations
logout = Se déconnecter
login-title = Se connecter
login-intro = L'espace de gestion est réservé aux espaces publics numériques, aux travailleurs sociaux et à la coordination. Vous n'avez pas besoin de compte pour trouver de l'aide.
login-button = Se connecter
login-signed-out = Votre session est fermée.
login-password-set = Votre mot de passe est enregistré. Vous pouvez maintenant vous connecter.
field-email = Adresse e-mail
field-password = Mot de passe
field-new-password = Nouveau mot de passe
field-confirm-password = Tapez encore une fois le nouveau mot de passe
field-name = Nom
field-role = Rôle
field-organisation = Organisation
forgot-link = Mot de passe oublié ?
forgot-title = Choisir un nouveau mot de passe
forgot-intro = Tapez l'adresse e-mail de votre compte. Nous vous enverrons un lien pour choisir un nouveau mot de passe. Le lien fonctionne pendant une heure.
forgot-button = Envoyez-moi un lien
forgot-sent = Si un compte utilise cette adresse, nous lui avons envoyé un lien. Regardez vos e-mails, aussi dans le dossier des courriers indésirables (spam).
reset-title = Choisir un nouveau mot de passe
invite-title = Bienvenue : choisissez votre mot de passe
new-password-for = Compte : { $email }
password-hint = Au moins { $min } caractères. Une phrase de plusieurs mots est facile à retenir et difficile à deviner.
save-password = Enregistrer le mot de passe
link-expired-title = Ce lien ne fonctionne plus
link-expired-text = Le lien a déjà été utilisé ou il est trop ancien. Demandez-en un nouveau.
error-email-missing = Tapez votre adresse e-mail.
error-email-invalid = Tapez une adresse e-mail comme nom@example.org.
error-email-taken = Un compte utilise déjà cette adresse e-mail.
error-password-missing = Tapez votre mot de passe.
error-login-failed = L'adresse e-mail ou le mot de passe n'est pas correct. Vérifiez les deux et essayez encore.
error-login-throttled = Trop d'essais. Pour votre sécurité, attendez 15 minutes avant d'essayer encore, ou choisissez un nouveau mot de passe.
error-password-short = Le mot de passe doit avoir au moins { $min } caractères.
error-password-long = Le mot de passe est trop long : 256 caractères au maximum.
error-password-email = Le mot de passe ne doit pas être votre adresse e-mail.
error-password-confirm = Les deux mots de passe ne sont pas les mêmes. Tapez-les à nouveau.
error-name-missing = Tapez le nom de la personne.
error-role = Choisissez un rôle dans la liste.
error-organisation-needed = Choisissez l'organisation : ce rôle en a besoin.
mail-invite-subject = Votre compte sur Passerelle
mail-invite-body = Bonjour { $name },

    Un compte a été créé pour vous sur Passerelle. Choisissez votre mot de passe avec ce lien (il fonctionne pendant 7 jours) :

    { $link }

    Si vous n'attendiez pas ce message, vous pouvez l'ignorer.
mail-reset-subject = Choisissez un nouveau mot de passe
mail-reset-body = Bonjour { $name },

    Quelqu'un a demandé de changer le mot de passe de votre compte. Choisissez un nouveau mot de passe avec ce lien (il fonctionne pendant une heure) :

    { $link }

    Si ce n'était pas vous, ignorez ce message : votre mot de passe ne change pas.
role-admin = administrateur
role-coordinator = coordinateur
role-epn_manager = responsable d'EPN
role-referrer = orienteur (travailleur social)
role-committee = membre du comité
role-jury = membre du jury
role-applicant = organisation candidate à un appel à projets
users-title = Comptes
invite-heading = Inviter quelqu'un
invite-intro = La personne reçoit un e-mail avec un lien pour choisir son mot de passe.
invite-organisation-hint = Nécessaire pour les responsables d'EPN (leur organisation) et les orienteurs (leur structure).
invite-button = Envoyer l'invitation
invite-sent = L'invitation a été envoyée.
invite-not-sent = Le compte a été créé, mais l'e-mail n'a pas pu être envoyé. Vérifiez les réglages des e-mails, puis utilisez « Mot de passe oublié ? ».
organisations-title = Organisations
organisations-intro = Les changements d'une organisation de confiance sont publiés tout de suite. Les changements des autres organisations attendent que la coordination les vérifie.
organisation-trusted = De confiance
organisation-trust = Faire confiance
organisation-untrust = Ne plus faire confiance
actions = Actions
yes = Oui
no = Non
