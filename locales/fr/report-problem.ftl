# Reporting a mistake on a place's page (the public form).

report-link = Signaler une erreur sur cette page
report-title = Signaler une erreur
report-about = À propos de la page :
report-intro = Dites-nous ce qui est faux ou plus à jour : par exemple les horaires, le numéro de téléphone ou l’adresse. Vous n’avez pas besoin de compte. L’équipe qui tient l’annuaire lit chaque message.
report-message = Qu’est-ce qui est faux ?
report-message-hint = Écrivez entre { $min } et { $max } caractères.
report-contact = Votre e-mail ou votre numéro de téléphone (facultatif)
report-contact-hint = Seulement si vous voulez une réponse. Nous l’utilisons seulement pour répondre à ce message.
report-trap = Laissez ce champ vide
report-send = Envoyer le message
report-privacy = N’écrivez pas d’informations personnelles sur d’autres personnes.
report-error-short = Le message est trop court : écrivez au moins { $min } caractères, pour que nous comprenions quoi corriger.
report-error-long = Le message est trop long : { $count } caractères, pour { $max } au maximum. Raccourcissez-le.
report-error-contact = Votre e-mail ou votre numéro est trop long : { $max } caractères au maximum.
report-error-fast = Le formulaire a été envoyé très vite. Vérifiez votre message, puis envoyez-le à nouveau.
report-error-expired = Le formulaire est resté ouvert longtemps et a expiré. Votre message est toujours là : envoyez-le à nouveau.
report-error-rate = Beaucoup de messages ont été envoyés depuis votre connexion dans la dernière heure. Votre message est toujours là : réessayez dans une heure.
report-thanks-title = Merci pour votre message
report-thanks-text = L’équipe qui tient l’annuaire va le lire et corriger la page si nécessaire.
report-back = Retour à la page de { $place }
report-mail-subject = Erreur signalée : { $place }
report-mail-no-contact = (pas donné)
report-mail-body = Quelqu’un a signalé une erreur sur la page « { $place } ».

    Son message :

    { $message }

    Contact : { $contact }

    La page : { $page }
    Toutes les erreurs signalées : { $reports }
