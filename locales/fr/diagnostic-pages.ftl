# Pages publiques du diagnostic (questionnaire et résultat). Langage simple, « vous ».

diagp-home-link = Vous ne savez pas par où commencer ? Faites le point sur le numérique (environ 3 minutes)
diagp-intro-private = Cela prend environ 3 minutes. Vous restez anonyme : rien de ce que vous répondez n’est enregistré.
diagp-part-devices = Vos appareils et internet
diagp-part-you = Ce que vous voulez
diagp-where-label = Votre code postal ou votre commune (facultatif)
diagp-where-hint = Pour voir les lieux et les ateliers près de chez vous. Par exemple : 1080 ou Molenbeek.
diagp-submit = Voir mon résultat
diagp-error-item = Question { $number } : { $message }
diagp-error-where = Écrivez un code postal ou le nom d’une commune (100 caractères au maximum).
diagp-profile-title = Votre profil
diagp-urgency-title = Est-ce urgent ?
diagp-no-gaps = Vous savez déjà faire les cinq choses que nous avons demandées.
diagp-places-title = Des lieux qui peuvent vous aider
diagp-places-near = Des lieux près de { $place } qui peuvent vous aider
diagp-places-none = Nous n’avons trouvé aucun lieu qui correspond à toutes vos réponses ici.
diagp-where-unknown = Nous n’avons pas reconnu « { $where } » comme code postal ou commune. Voici des lieux dans toute la région.
diagp-add-where = Ajoutez votre code postal pour voir les lieux près de chez vous.
diagp-places-all = Voir tous les lieux
diagp-sessions-title = Des ateliers pour vous
diagp-sessions-none = Aucun atelier à venir avec des places libres ne correspond à vos réponses pour le moment.
diagp-sessions-all = Voir tous les ateliers
diagp-refer-place = Orienter cette personne vers { $name }
diagp-refer-session = Orienter cette personne vers « { $title } »
diagp-nothing-stored = Rien n’a été enregistré. Pour garder ce résultat, ajoutez cette page à vos favoris ou imprimez-la.
diagp-change = Modifier mes réponses
diagp-again = Recommencer
