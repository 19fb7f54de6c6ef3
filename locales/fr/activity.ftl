# Le journal d’activité de l’EPN : accompagnement individuel, aide rapide, la liste.

activity-nav = Journal d’activité
activity-title = Journal d’activité
activity-intro = Notez l’aide que vous apportez : un accompagnement individuel en quelques gestes, une aide rapide d’une seule pression. Rien n’est noté sur la personne.
activity-new-link = Noter un accompagnement individuel
activity-new-title = Noter un accompagnement individuel
activity-edit-title = Modifier un accompagnement individuel
activity-form-intro = Aujourd’hui, 30 minutes dans votre lieu sont déjà choisis : ne changez que ce qui diffère.
activity-saved = L’accompagnement est noté.
activity-deleted = L’accompagnement est supprimé.
activity-quick-title = Aide rapide aujourd’hui
activity-quick-hint = Cinq minutes au comptoir ? Appuyez sur son thème : une aide rapide de plus est comptée pour aujourd’hui.
activity-quick-button = { $theme } : { $count } aujourd’hui
activity-quick-added = Une aide rapide de plus est comptée : { $theme }.
activity-list-title = Accompagnements individuels
activity-list-caption = { $count ->
    [one] Un accompagnement individuel, le plus récent d’abord
   *[other] { $count } accompagnements individuels, les plus récents d’abord
}
activity-none = Aucun accompagnement individuel noté pour l’instant.
activity-col-minutes = Minutes
activity-edit-link = Modifier
activity-delete-button = Supprimer
activity-closed-short = Mois clôturé
activity-closed-title = Ce mois est clôturé
activity-closed-body = Les fiches d’un mois peuvent être modifiées jusqu’au { $until }. Ensuite, les chiffres du mois sont rapportés : demandez à la coordination si une fiche est erronée.
activity-back = Retour au journal d’activité
activity-save-button = Enregistrer l’accompagnement
activity-field-place = Lieu
activity-field-date = Date
activity-field-minutes = Durée
activity-minutes = { $minutes } min
activity-minutes-other = Autre
activity-field-minutes-other = Autre durée, en minutes
activity-minutes-other-hint = Seulement si vous avez choisi « Autre » : de 1 à 600.
activity-field-location = Où
activity-field-themes = Thèmes (un ou plusieurs)
activity-field-equipment = Matériel utilisé
activity-field-autonomy = La personne
activity-autonomy-alone = a fait seule
activity-autonomy-helped = a fait avec de l’aide
activity-autonomy-done-for = l’animateur a fait à sa place
activity-field-redirect-place = Orientée vers un lieu
activity-redirect-hint = Facultatif : un lieu de l’annuaire.
activity-redirect-none = Pas d’orientation
activity-field-redirect-text = Ou orientée vers (texte libre)
activity-error-place = Choisissez un de vos lieux.
activity-error-date = Indiquez la date de l’accompagnement, par exemple 2026-11-26.
activity-error-date-future = La date ne peut pas être dans le futur.
activity-error-date-closed = Ce mois est clôturé : choisissez une date d’un mois ouvert.
activity-error-minutes = Choisissez une durée, ou indiquez-en une de 1 à 600 minutes.
activity-error-location = Choisissez où l’accompagnement a eu lieu.
activity-error-themes = Choisissez au moins un thème.
activity-error-equipment = Choisissez du matériel de la liste.
activity-error-autonomy = Choisissez le degré d’autonomie de la personne.
activity-error-redirect = Choisissez un lieu de la liste.
activity-error-redirect-text = L’orientation est trop longue : 200 caractères au plus.

## Ateliers collectifs
