# Répondre à l'enquête auprès des visiteurs : les pages du lien court /s/{code}.
sva-site = Passerelle – enquête auprès des visiteurs
sva-languages = Langues
sva-error-title = Erreur : { $title }
sva-errors-title = Il y a un problème
sva-start-place = Ce questionnaire porte sur { $place }.
sva-start-time = Il prend environ { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}.
sva-start-anonymous = Il est anonyme : nous ne demandons pas votre nom et rien n'est gardé qui pourrait dire qui vous êtes. Vous pouvez arrêter à tout moment.
sva-start-until = Vous pouvez répondre jusqu'au { $date }.
sva-start-button = Commencer
sva-resume-title = Vous avez déjà commencé
sva-resume-text = Vos premières réponses sont gardées sur cet appareil. Vous pouvez continuer là où vous vous êtes arrêté, ou recommencer : vos premières réponses sont alors effacées.
sva-resume-continue = Continuer là où je me suis arrêté
sva-resume-restart = Recommencer
sva-progress = Question { $number } sur { $total }
sva-optional = (facultatif)
sva-hint-several = Choisissez toutes les réponses qui conviennent.
sva-hint-scale = De { $min } (pas du tout satisfait) à { $max } (très satisfait).
sva-hint-text = { $max } caractères au maximum.
sva-continue = Continuer
sva-back = Retour
sva-trap = Laissez ce champ vide
sva-error-choose-one = Choisissez une réponse
sva-error-choose-some = Choisissez au moins une réponse
sva-error-choose-number = Choisissez un chiffre
sva-error-number-missing = Écrivez un nombre
sva-error-text-missing = Écrivez une réponse
sva-error-not-a-choice = Choisissez une des réponses de la liste
sva-error-one-only = Choisissez une seule réponse
sva-error-not-a-number = Écrivez un nombre entier, par exemple 3
sva-error-between = Écrivez un nombre de { $min } à { $max }
sva-error-at-least = Écrivez un nombre de { $min } ou plus
sva-error-at-most = Écrivez un nombre de { $max } ou moins
sva-error-too-long = Écrivez { $max } caractères au maximum (vous en avez écrit { $count })
sva-error-fast = Vos réponses ont été envoyées très vite. Vérifiez-les, puis appuyez à nouveau sur Continuer.
sva-error-expired = Cette page est restée ouverte longtemps. Appuyez à nouveau sur Continuer pour envoyer vos réponses.
sva-error-rate = Beaucoup de réponses ont été envoyées depuis cette connexion dans la dernière heure. Réessayez dans une heure.
sva-closed-title = Ce questionnaire est fermé
sva-closed-not-yet = Il ouvre le { $opens } et ferme le { $closes }.
sva-closed-over = Il était ouvert du { $opens } au { $closes }.
sva-closed-thanks = Merci de votre intérêt.
sva-thanks-title = Merci !
sva-thanks-text = Vos réponses sont enregistrées. Elles aideront { $place } et les autres lieux à mieux vous accueillir.
sva-thanks-nothing-kept = Rien sur vous ne reste sur cet appareil. Vous pouvez fermer cette page.
