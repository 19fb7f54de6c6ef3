# Éditions de l’enquête : périodes, lieux participants, participation, liens courts et affiches.

survey-editions-nav = Éditions de l’enquête
survey-editions-title = Éditions de l’enquête
survey-editions-intro = Une édition pose une version du questionnaire pendant une période dans les lieux participants. Chaque lieu a un lien court et des affiches avec un code QR ; la participation est calculée à partir des réponses complètes et des visiteurs par semaine des lieux.
survey-editions-new = Nouvelle édition
survey-editions-none = Aucune édition pour l’instant.
survey-editions-list-caption = Éditions, de la plus récente à la plus ancienne
survey-editions-period = Période
survey-editions-period-text = du { $from } au { $to }
survey-editions-days = { $days ->
    [one] { $days } jour
   *[other] { $days } jours
}
survey-editions-places = Lieux participants
survey-editions-answers = Réponses complètes
survey-editions-participation = Participation
survey-editions-no-participation = inconnue
survey-editions-illustrative-tag = illustratif
survey-editions-illustrative-note = Édition illustrative : ses réponses sont générées pour la démonstration, ce ne sont pas des faits.
survey-editions-questionnaire-name = { $title } (version { $version })

survey-editions-edit = Modifier l’édition
survey-editions-edit-title = Modifier « { $title } »
survey-editions-no-questionnaire = Aucun questionnaire n’est encore enregistré : importez-en un d’abord.
survey-editions-choose = Choisir…
survey-editions-field-questionnaire = Version du questionnaire
survey-editions-questionnaire-hint = Les questions posées. Une version ne change plus dès qu’une édition l’utilise.
survey-editions-field-title = Titre
survey-editions-title-hint = Par exemple : Enquête auprès des visiteurs 2027
survey-editions-field-slug = Nom court
survey-editions-slug-hint = Lettres minuscules, chiffres et traits d’union, par exemple : 2027
survey-editions-field-opens_on = Premier jour
survey-editions-field-closes_on = Dernier jour
survey-editions-date-hint = Par exemple : 2027-03-01 ou 01/03/2027
survey-editions-field-illustrative = Les réponses sont-elles illustratives ?
survey-editions-illustrative-hint = Oui seulement pour des réponses de démonstration générées : chaque page qui les montre le dira.
survey-editions-yes = Oui
survey-editions-no = Non
survey-editions-field-compare_with = Comparer avec
survey-editions-compare-hint = Une édition antérieure avec laquelle ces résultats sont comparés.
survey-editions-compare-none = Pas de comparaison
survey-editions-save = Enregistrer
survey-editions-saved = Enregistré.

survey-editions-error-missing = { $field } : ce champ est obligatoire.
survey-editions-error-too-long = { $field } : c’est trop long.
survey-editions-error-slug = { $field } : utilisez seulement des lettres minuscules, des chiffres et des traits d’union simples (pas au début ni à la fin).
survey-editions-error-date = { $field } : écrivez une date comme 2027-03-01 ou 01/03/2027.
survey-editions-error-closes-before = { $field } : le dernier jour vient avant le premier jour.
survey-editions-error-period = { $field } : une édition dure au plus un an.
survey-editions-error-unknown = { $field } : choisissez une des options proposées.
survey-editions-error-same = { $field } : une édition ne peut pas être comparée avec elle-même.
survey-editions-error-number = { $field } : écrivez un nombre entier, par exemple 240.
survey-editions-error-too-large = { $field } : ce nombre est trop grand (au plus 100 000 par semaine).
survey-editions-error-public = { $field } : utilisez seulement des lettres minuscules, des chiffres, _ et -, par exemple mobile.
survey-editions-error-slug-taken = Nom court : « { $slug } » est déjà utilisé par une autre édition.
survey-editions-error-place-missing = Lieu : choisissez le lieu à ajouter.
survey-editions-error-place-unknown = Lieu : choisissez un EPN labellisé qui ne participe pas encore à l’édition.

survey-editions-formula = { $answers } réponses complètes ÷ ({ $weeks } semaines × { $visitors } visiteurs par semaine) = { $percent }
survey-editions-n = n = { $n } réponses complètes ; { $places ->
    [one] { $places } lieu a
   *[other] { $places } lieux ont
} une estimation de leurs visiteurs.
survey-editions-no-overall = La participation ne peut pas encore être calculée : aucun lieu participant n’a d’estimation de ses visiteurs par semaine.
survey-editions-without-estimate = Sans estimation de leurs visiteurs par semaine : { $places }.
survey-editions-without-estimate-answers = Leurs { $answers } réponses complètes sont comptées, comme dans le rapport 2021, mais pas leurs visiteurs : la participation peut être un peu surestimée.
survey-editions-no-places = Aucun lieu participant pour l’instant.
survey-editions-places-caption = Lieux participants, leur lien et leur participation
survey-editions-place = Lieu
survey-editions-field-weekly_visitors = Visiteurs par semaine
survey-editions-field-public = Public (valeur donnée par le lien)
survey-editions-link = Lien court
survey-editions-posters = Affiches
survey-editions-poster-a4 = Imprimer en A4
survey-editions-poster-a3 = Imprimer en A3
survey-editions-from-capacity = d’après les fiches de capacité
survey-editions-entered = saisi à la main
survey-editions-no-estimate = pas d’estimation

survey-editions-add-place = Ajouter un lieu
survey-editions-nothing-to-add = Tous les EPN labellisés de l’annuaire participent déjà.
survey-editions-place-hint = Les EPN labellisés de l’annuaire.
survey-editions-weekly-hint = Laissez vide pour les reprendre de la fiche de capacité { $year } du lieu.
survey-editions-public-hint = Facultatif. Par exemple mobile : les visiteurs qui suivent le lien de ce lieu voient alors les questions de l’EPN mobile.
survey-editions-add = Ajouter le lieu
survey-editions-added = { $place } participe maintenant.
survey-editions-removed = { $place } ne participe plus.

survey-editions-place-settings = Visiteurs et public
survey-editions-remove-title = Retirer de l’édition
survey-editions-remove-intro = Le lien du lieu ne fonctionnera plus.
survey-editions-remove = Retirer le lieu
survey-editions-remove-not-possible = Ce lieu a des réponses : il reste dans l’édition pour qu’elles gardent leur lieu.

survey-editions-posters-intro = Toutes les affiches de l’édition, une par page imprimée. Le français et le néerlandais figurent sur chaque affiche ; ajoutez d’autres langues du questionnaire si les visiteurs du lieu les lisent.
survey-editions-size = Format du papier
survey-editions-langs = Autres langues
survey-editions-langs-hint = En plus du français et du néerlandais.
survey-editions-lang-en = Anglais
survey-editions-lang-es = Espagnol
survey-editions-lang-ar = Arabe
survey-editions-show-posters = Afficher les affiches à imprimer
survey-editions-poster-title = Affiche : { $place }
survey-editions-posters-title = Affiches : { $edition }
survey-editions-print-help = Imprimez cette page avec votre navigateur, sur papier { $size }, sans marges (« Enregistrer au format PDF » crée un fichier PDF). Chaque affiche remplit une page.

survey-editions-shipped = { $title } (version { $version }, fourni avec Passerelle : enregistré avec l’édition)
