# Modération : « signaler une erreur », erreurs signalées, fusion des doublons,
# page de qualité des données et rappels pour les fiches anciennes (français).

bo-reports = Erreurs signalées
bo-quality = Qualité des données
bo-merge = Fusionner deux lieux

## Page publique : signaler une erreur


## Back-office : erreurs signalées

reports-title = Erreurs signalées
reports-intro = Messages envoyés par les visiteurs avec le lien « Signaler une erreur » de la page d’un lieu. Corrigez le lieu, puis marquez le message comme traité.
reports-open-caption = Messages à traiter, les plus anciens d’abord
reports-done-caption = Messages déjà traités, les plus récents d’abord
reports-open-count = { $count ->
    [0] Aucun message à traiter.
    [one] 1 message à traiter.
   *[other] { $count } messages à traiter.
}
reports-done-count = { $count ->
    [0] Aucun message traité pour l’instant.
    [one] 1 message traité.
   *[other] { $count } messages traités.
}
reports-see-done = Voir les messages déjà traités
reports-see-open = Voir les messages à traiter
reports-col-received = Reçu le
reports-col-place = Lieu
reports-col-message = Message
reports-col-contact = Contact
reports-col-action = Action
reports-col-handled = Traité
reports-mark-done = Marquer comme traité
reports-number = message { $id }
reports-marked = Le message { $id } est marqué comme traité.

## Back-office : fusionner deux lieux

merge-title = Fusionner deux lieux
merge-intro = Quand deux fiches décrivent le même lieu, fusionnez-les : l’une est gardée, l’autre est supprimée. La fiche gardée reçoit les informations qui lui manquent. Rien de ce qu’elle contient déjà n’est remplacé.
merge-keep-label = Lieu à garder :
merge-keep-hint = Son numéro, par exemple 12 (la fin de l’adresse web du lieu).
merge-remove-label = Lieu à supprimer :
merge-remove-hint = Son numéro. Sa page mènera au lieu gardé.
merge-compare-button = Comparer les deux lieux
merge-compare-title = Comparez avant de fusionner
merge-swap = Garder plutôt l’autre
merge-compare-caption = Les deux lieux champ par champ, et le résultat
merge-col-field = Champ
merge-col-keep = Gardé (n° { $id })
merge-col-remove = Supprimé (n° { $id })
merge-col-result = Après la fusion
merge-empty = (vide)
merge-from-kept = gardé tel quel
merge-from-removed = repris du n° { $id }
merge-what-happens = Ce que fait la fusion
merge-consequence-fill = { $count ->
    [0] Aucun champ n’est repris du lieu supprimé.
    [one] 1 champ vide est rempli avec le lieu supprimé.
   *[other] { $count } champs vides sont remplis avec le lieu supprimé.
}
merge-consequence-redirect = La page du n° { $remove } mènera au n° { $keep }, aussi dans l’API.
merge-consequence-moved = Ce qui était lié au lieu supprimé passe au lieu gardé : projets { $projects }, modifications proposées { $proposals }, erreurs signalées { $reports }, problèmes des données sources { $issues }.
merge-consequence-history = L’historique des deux lieux reste dans le journal des modifications.
merge-confirm = Fusionner : garder le n° { $keep }, supprimer le n° { $remove }
merge-choose-other = Choisir d’autres lieux
merge-error-number = Tapez le numéro du lieu, par exemple 12.
merge-error-missing = Il n’y a pas de lieu numéro { $id }. Il a peut-être déjà été fusionné.
merge-error-same = Choisissez deux lieux différents.
merge-error-failed = Les lieux n’ont pas pu être fusionnés. Vérifiez que les deux existent encore, puis réessayez.
merge-done-title = Les lieux sont fusionnés
merge-done-text = Le lieu n° { $remove } est fusionné dans le n° { $keep }. Son ancienne page mène maintenant au n° { $keep }.
merge-see-public = Voir la page publique du lieu gardé
merge-edit-kept = Modifier le lieu gardé
merge-back-quality = Retour aux contrôles de qualité
merge-empty-hidden = Les champs vides dans les deux lieux ne sont pas montrés.
merge-label-labelled = Labellisé
merge-label-withdrawn = Label retiré
merge-label-refused = Label refusé
merge-field-name = Nom
merge-field-organisation = Organisation
merge-field-kind = Type de lieu
merge-field-mobile = Itinérant (sans adresse fixe)
merge-field-address = Adresse
merge-field-postcode = Code postal
merge-field-commune_nis = Commune (code INS)
merge-field-commune_name = Commune (telle qu’écrite)
merge-field-location = Position (latitude, longitude)
merge-field-opening_hours = Horaires
merge-field-services = Services
merge-field-publics = Publics
merge-field-languages = Langues
merge-field-accessibility = Accessibilité
merge-field-price = Prix
merge-field-computers = Ordinateurs
merge-field-tablets = Tablettes
merge-field-phone = Téléphone
merge-field-email = E-mail
merge-field-website = Site web
merge-field-description = Description
merge-field-label_status = Label
merge-field-source_key = Identifiant de la source (imports)

## Back-office : qualité des données

quality-title = Qualité des données
quality-intro = Les problèmes trouvés dans l’annuaire, groupés par type. Chacun dit quoi faire. La liste est recalculée chaque fois que vous ouvrez la page.
quality-filter-kind = Type de problème
quality-all-kinds = Tous les types
quality-show = Afficher
quality-count = { $count ->
    [one] 1 problème trouvé
   *[other] { $count } problèmes trouvés
} (erreurs : { $errors }).
quality-download = Télécharger cette liste (CSV)
quality-none = Rien à corriger. Bravo !
quality-summary = Types de problèmes
quality-col-place = Lieu
quality-col-problem = Problème
quality-col-action = Quoi faire
quality-col-field = Champ
quality-col-source = Source
quality-edit = Modifier le lieu
quality-merge = Comparer et fusionner
quality-source-intro = Contradictions notées quand les données ont été récoltées. Vérifiez-les avec le lieu.

## E-mail de rappel aux gestionnaires des fiches anciennes

remind-mail-subject = { $count ->
    [one] Merci de vérifier votre lieu sur Passerelle
   *[other] Merci de vérifier vos { $count } lieux sur Passerelle
}
remind-mail-place = - { $name } (dernière mise à jour : { $date })
      { $link }
remind-mail-help = Les gens utilisent ces informations pour trouver de l’aide près de chez eux. Merci de les vérifier et de corriger ce qui a changé : horaires, numéro de téléphone, adresse, services.
remind-mail-body = Bonjour,

    { $count ->
        [one] Les informations de ce lieu n’ont pas été mises à jour depuis plus d’un an :
       *[other] Les informations de ces lieux n’ont pas été mises à jour depuis plus d’un an :
    }

    { $places }

    { $help }

    Merci !
