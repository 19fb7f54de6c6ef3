funded-title = Projets financés par les appels à projets
funded-call-title = Projets financés : { $call }
funded-intro = Les projets qu’un appel à projets a retenus, par commune, avec le montant accordé à chacun.
funded-field-call = Appel à projets
funded-all-calls = Tous les appels
funded-show = Afficher
funded-call-by = Financé par { $funder }, mené par { $operator }.
funded-envelope = Enveloppe de l’appel :
funded-call-link = Voir l’appel et ses règles
funded-summary = { $count ->
    [one] 1 projet financé, pour un total de
   *[other] { $count } projets financés, pour un total de
}
funded-declared-total = Le rapport annonce un total de
funded-declared-differs = Les montants de la liste font une différence de
funded-declared-kept = Les montants sont montrés tels que le rapport les donne, sans correction.
funded-declared-same = Les montants de la liste donnent ce total.
funded-declared-projects = Le rapport annonce { $count } projets.
funded-date-note = Le rapport ne donne pas la date de la décision : le { $date } est utilisé.
funded-none = Aucun projet financé à montrer.
funded-no-commune = Commune non donnée
funded-commune-summary = { $count ->
    [one] 1 projet,
   *[other] { $count } projets,
}
funded-col-reference = Numéro
funded-col-project = Projet
funded-col-organisation = Organisation
funded-col-call = Appel
funded-col-amount = Montant (€)
funded-downloads-title = Télécharger ces données
funded-downloads-text = Au format ouvert 360Giving, utilisé par les bailleurs pour publier leurs subventions.
funded-download-360giving-json = 360Giving, fichier JSON
funded-download-360giving-csv = 360Giving, tableau CSV
opendata-grants-title = Subventions accordées (360Giving)
opendata-grants-text = Les projets financés par les appels à projets, au format ouvert 360Giving.
opendata-grants-link = Voir les projets financés
