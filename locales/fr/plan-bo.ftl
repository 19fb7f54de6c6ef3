## Le back-office du plan : livrables et versions soumises au comité de pilotage.
plan-bo-nav-link = Plan : livrables et versions
plan-bo-nav = Pages du plan
plan-bo-title = Livrables du plan
plan-bo-intro = Ce que chaque mesure du { $plan } doit livrer, pour quand, qui le livre et où on en est.
plan-bo-deliverables-link = Livrables
plan-bo-new-link = Ajouter un livrable
plan-bo-versions-link = Versions
plan-bo-budget-link = Budget
plan-bo-deliverables-title = Livrables
plan-bo-filters-title = Filtrer les livrables
plan-bo-filter = Filtrer
plan-bo-filter-any = Tous
plan-bo-filter-year = Année d'échéance
plan-bo-list-caption = { $count ->
    [one] Un livrable, par trimestre d'échéance
   *[other] { $count } livrables, par trimestre d'échéance
}
plan-bo-list-empty = Aucun livrable ne correspond à ces filtres.
plan-bo-overdue = En retard sur l'échéance
plan-bo-none = Aucun
plan-bo-choose = Choisir…
plan-bo-number = Numéro
plan-bo-evidence = Preuve
plan-bo-updated = Dernière modification
plan-bo-versions-title = Versions du plan
plan-bo-last-approved = Dernière version approuvée :
plan-bo-approved-by = approuvée le
plan-bo-never-approved = Aucune version du plan n'a encore été approuvée.
plan-bo-pending = En attente du comité de pilotage :
plan-bo-pending-committee = C'est à vous de l'approuver ou de la renvoyer.
plan-bo-submitted-by = soumise le
plan-bo-all-versions = Voir toutes les versions
plan-bo-version-name = Version { $number }
plan-bo-new-title = Ajouter un livrable
plan-bo-form-intro = Tous les champs sont obligatoires, sauf le porteur, la preuve et la note. Un livrable réalisé doit avoir sa preuve.
plan-bo-what-hint = Ce qui existera une fois livré, en une ou deux phrases (300 caractères au plus).
plan-bo-evidence-hint = Une adresse web qui commence par https://, ou une page de Passerelle qui commence par / (par exemple /fr/label).
plan-bo-add-button = Ajouter le livrable
plan-bo-save-button = Enregistrer les changements
plan-bo-saved = Le livrable est enregistré.
plan-bo-edit-title = Modifier ce livrable
plan-bo-why = Pourquoi (pour un changement de statut)
plan-bo-why-hint = Dites pourquoi le statut change : c'est gardé dans l'historique.
plan-bo-history-title = Historique des statuts
plan-bo-history-caption = Chaque statut pris par le livrable, du plus ancien au plus récent
plan-bo-history-when = Quand
plan-bo-history-why = Pourquoi
plan-bo-history-who = Qui
plan-bo-versions-intro = Une version, c'est le plan et tous ses livrables tels qu'ils étaient quand la coordination les a soumis au comité de pilotage. Le comité l'approuve ou la renvoie en disant pourquoi.
plan-bo-submit-title = Soumettre le plan au comité de pilotage
plan-bo-submit-intro = Le plan et ses livrables tels qu'ils sont maintenant deviennent une nouvelle version, qui attend la décision du comité.
plan-bo-submit-waits = { $version } attend déjà le comité de pilotage : une nouvelle version pourra être soumise une fois celle-ci décidée.
plan-bo-submit-note = Note
plan-bo-submit-note-hint = Facultatif : ce que le comité devrait regarder.
plan-bo-submit-button = Soumettre le plan
plan-bo-versions-list-title = Toutes les versions
plan-bo-versions-empty = Aucune version n'a encore été soumise.
plan-bo-versions-caption = { $count ->
    [one] Une version, la plus récente d'abord
   *[other] { $count } versions, les plus récentes d'abord
}
plan-bo-version = Version
plan-bo-submitted = Soumise
plan-bo-decision = Décision
plan-bo-decided = Décidée
plan-bo-decision-note = Note du comité
plan-bo-decision-pending = En attente du comité
plan-bo-decision-approved = Approuvée
plan-bo-decision-returned = Renvoyée à la coordination
plan-bo-submitted-notice = Le plan est soumis au comité de pilotage.
plan-bo-decided-notice = Votre décision est enregistrée.
plan-bo-refused-pending-title = { $version } attend déjà le comité de pilotage
plan-bo-refused-pending-text = Rien n'a été soumis. Une seule version peut attendre à la fois : une nouvelle pourra être soumise une fois que le comité l'aura approuvée ou renvoyée.
plan-bo-refused-unchanged-title = Rien n'a changé depuis la dernière version approuvée
plan-bo-refused-unchanged-text = Rien n'a été soumis : le plan et ses livrables sont les mêmes que dans la dernière version approuvée par le comité.
plan-bo-refused-decided-title = Décision déjà prise sur { $version }
plan-bo-refused-decided-text = Rien n'a été changé : une version n'est décidée qu'une fois. Sa page montre la décision, qui l'a prise et quand.
plan-bo-see-version = Voir { $version }
plan-bo-back-to-list = Retour aux livrables
plan-bo-changes-title = Ce qui a changé
plan-bo-first-version = Première version : tout est nouveau (mesures : { $measures }, actions : { $actions }, livrables : { $deliverables }).
plan-bo-changes-since = { $count ->
    [0] Rien n'a changé depuis { $version }, la dernière version approuvée avant celle-ci.
    [one] Un élément a changé depuis { $version }, la dernière version approuvée avant celle-ci.
   *[other] { $count } éléments ont changé depuis { $version }, la dernière version approuvée avant celle-ci.
}
plan-bo-before = avant :
plan-bo-after = {"\u00A0"}; après :
plan-bo-value-removed = (supprimé)
plan-bo-empty-value = (vide)
plan-bo-yes = oui
plan-bo-no = non
plan-bo-field-in-lang = { $field } ({ $lang })
plan-bo-diff-field-name = Nom
plan-bo-diff-field-summary = Résumé
plan-bo-diff-field-years = Années
plan-bo-diff-field-actuals-public = Dépenses réelles montrées au public
plan-bo-diff-field-in-plan = Compté dans le budget du plan
plan-bo-diff-field-number = Numéro
plan-bo-diff-field-axis = Axe
plan-bo-diff-field-owners = Porteurs
plan-bo-diff-field-partners = Partenaires
plan-bo-diff-field-publics = Publics cibles
plan-bo-diff-field-areas = Parties de Passerelle
plan-bo-decide-title = Votre décision
plan-bo-decide-intro = Approuvez cette version, ou renvoyez-la à la coordination en disant ce qu'il faut changer.
plan-bo-decision-note-hint = Obligatoire pour renvoyer la version : dites ce que la coordination doit changer.
plan-bo-approve-button = Approuver cette version
plan-bo-return-button = La renvoyer à la coordination
plan-bo-waits-committee = Cette version attend qu'un membre du comité de pilotage l'approuve ou la renvoie.
plan-bo-problem-return-needs-note = Note du comité : dites pourquoi vous renvoyez cette version.
plan-bo-problem-no-decision = Choisissez : approuver la version ou la renvoyer.
