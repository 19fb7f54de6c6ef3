# Contrôles de qualité des données (français).

check-postcode-not-in-commune = Le code postal { $value } n'appartient pas à la commune de ce lieu.
check-postcode-not-in-commune-todo = Demandez son adresse au lieu et corrigez le code postal ou la commune.
check-unknown-postcode = Le code postal { $value } n'est pas un code postal de la région.
check-unknown-postcode-todo = Corrigez le code postal, ou déplacez le lieu dans la bonne région.
check-probable-duplicate = Ce lieu ressemble à « { $value } » (n° { $other }).
check-probable-duplicate-todo = Si c'est le même lieu, fusionnez-les ; sinon, rendez leurs noms plus clairs.
check-unreadable-hours = Les horaires « { $value } » ne peuvent pas être lus.
check-unreadable-hours-todo = Réécrivez-les avec l'éditeur d'horaires (par exemple Mo-Fr 09:00-17:00).
check-no-contact = Il n'y a ni téléphone, ni e-mail, ni site web.
check-no-contact-todo = Ajoutez au moins un numéro de téléphone, pour que les gens puissent appeler avant de venir.
check-stale = Pas mis à jour depuis le { $value }.
check-stale-todo = Demandez au lieu de confirmer ou de mettre à jour ses informations.
check-source-issue = Problème noté dans les données d'origine
check-summary = { $errors ->
    [one] { $errors } erreur
   *[other] { $errors } erreurs
}, { $warnings ->
    [one] { $warnings } avertissement
   *[other] { $warnings } avertissements
}
severity-error = Erreur
severity-warning = Avertissement

# Le statut du label dans l’annuaire doit reposer sur un label octroyé (label EPN).
check-labelled-without-record = Affiché comme EPN labellisé, mais aucun label octroyé n’est enregistré pour ce lieu.
check-labelled-without-record-todo = Enregistrez la décision du label dans les pages du label, ou corrigez le statut du label de ce lieu.
quality-kind-labelled-without-record = Labellisé sans dossier de label

# A stored web address that is not http(s) is never published.
check-website-not-http = L’adresse web « { $value } » n’est pas une adresse http:// ou https:// : elle n’est ni affichée ni publiée.
check-website-not-http-todo = Remplacez-la par l’adresse web complète du lieu, commençant par https:// (ou http://), ou supprimez-la.
quality-kind-website-not-http = Adresse web qui n’est pas http(s)
quality-kind-postcode-not-in-commune = Code postal d’une autre commune
quality-kind-unknown-postcode = Code postal inconnu
quality-kind-unreadable-hours = Horaires illisibles
quality-kind-probable-duplicate = Doublons probables
quality-kind-no-contact = Aucun moyen de contacter le lieu
quality-kind-stale = Pas mis à jour depuis plus d’un an
