## Le jury d'un appel à projets (pages des membres du jury) et la sélection par la coordination.
jury-nav = Jury : mes appels
jury-my-calls = Mes appels à projets
jury-intro = Les appels à projets dont vous êtes membre du jury. Vous voyez les candidatures une fois l'appel clôturé.
jury-no-calls = Vous n'êtes encore membre d'aucun jury.
jury-call-closed = L'appel est clôturé : ses candidatures attendent vos notes.
jury-after-closing = Les candidatures seront disponibles ici après la clôture de l'appel, le { $closes }. D'ici là, vous n'en voyez aucune.
jury-back-to-list = Retour à la liste des candidatures
jury-conflict-title = Vous avez déclaré un conflit d'intérêts
jury-conflict-text = Vous avez déclaré (ou la coordination a enregistré) un conflit d'intérêts avec cette candidature. Vous ne la voyez pas et ne la notez pas. Les autres membres du jury la notent.
jury-not-juror-title = Vous n'êtes pas membre du jury de cet appel
jury-not-juror-text = Seuls les membres du jury invités à cet appel voient ses candidatures. Adressez-vous à la coordination si vous pensez devoir en faire partie.
jury-call-open-title = L'appel est encore ouvert
jury-list-intro = Ouvrez une candidature pour la lire et la noter. Si vous connaissez l'organisation ou ses membres, déclarez un conflit d'intérêts : la candidature quitte alors votre liste.
jury-list-caption = { $count ->
    [one] Une candidature, { $done } notée par vous
   *[other] { $count } candidatures, { $done } notées par vous
}
jury-list-empty = Aucune candidature à évaluer.
jury-saved = Vos notes sont enregistrées.
jury-conflict-saved = Votre conflit d'intérêts est enregistré. La candidature n'est plus dans votre liste.
jury-scored = Notée
jury-to-score = À noter
jury-declare-conflict-link = Déclarer un conflit d'intérêts
jury-field-application = Candidature
jury-field-organisation = Organisation
jury-field-asked = Montant demandé
jury-field-my-marks = Mes notes
jury-field-conflict = Conflit d'intérêts
jury-field-reference = Référence
jury-field-place = Code postal du projet
jury-field-publics = Publics
jury-field-description = Description du projet
jury-budget-caption = Budget du projet
jury-budget-line = Dépense
jury-budget-amount = Montant (€)
jury-scoring-title = Vos notes
jury-scoring-intro = Pour chaque critère, choisissez une note, ou « non évalué » si vous ne pouvez pas en juger. « Non évalué » n'est pas un zéro : le critère n'entre pas dans votre total.
jury-criterion-hint = De 0 (le plus faible) à { $max } (le meilleur). Poids { $weight }.
jury-not-assessed = Non évalué
jury-comment = Commentaire
jury-comment-hint = Ce que les autres membres du jury et la coordination devraient savoir (facultatif).
jury-save-button = Enregistrer mes notes
jury-error-choose = Choisissez une note ou « non évalué » pour « { $criterion } »
jury-error-scale = La note pour « { $criterion } » doit être comprise entre 0 et { $max }
jury-error-reason = Dites pourquoi il y a un conflit d'intérêts
jury-conflict-form-title = Déclarer un conflit d'intérêts
jury-conflict-form-intro = Vous connaissez l'organisation, travaillez avec elle ou avez un intérêt dans son projet ? Déclarez-le. Vous ne verrez plus et ne noterez plus cette candidature ; vos notes éventuelles sont retirées.
jury-conflict-reason = Raison
jury-conflict-reason-hint = Par exemple : « Je siège au conseil d'administration de cette ASBL ».
jury-conflict-button = Déclarer le conflit
jury-status-draft = Brouillon
jury-status-submitted = Déposée
jury-status-corrections = Corrections demandées
jury-status-accepted = Acceptée
jury-status-refused = Refusée
jury-status-closed = Classée
jury-remind-subject = Rapport final attendu le { $due } : { $title }
jury-remind-body = Bonjour,

    Le rapport d'activité final du projet « { $title } » ({ $reference }, { $organisation }) est attendu le { $due }.
    Merci de l'envoyer à la coordination. Le dernier paiement est fait à la réception du rapport.

selection-nav-link = Appels : jury et sélection
selection-nav = Pages de la sélection de l'appel
selection-title = Appels à projets : jury et sélection
selection-intro = Invitez les membres du jury d'un appel, lisez leurs notes une fois l'appel clôturé, comparez des scénarios dans l'enveloppe, enregistrez la décision, puis suivez conventions, paiements et rapports finaux.
selection-calls-caption = { $count ->
    [one] Un appel
   *[other] { $count } appels
}
selection-call = Appel
selection-closes = Clôture
selection-envelope = Enveloppe :
selection-stage = Étape
selection-stage-draft = Brouillon
selection-stage-open = Ouvert aux candidatures
selection-stage-closed = Clôturé : le jury note
selection-stage-decided = Décidé
selection-jury-link = Jury
selection-results-link = Résultats
selection-scenarios-link = Scénarios et décision
selection-agreements-link = Conventions et paiements
selection-call-facts = Clôture le { $closes }. { $count ->
    [one] Une candidature pour le jury.
   *[other] { $count } candidatures pour le jury.
}
selection-done-invited = Le membre du jury est invité.
selection-done-sent = Le membre du jury est invité et a reçu un e-mail pour choisir son mot de passe.
selection-done-not-sent = Le membre du jury est invité, mais l'e-mail n'a pas pu être envoyé.
selection-done-removed = Le membre du jury est retiré de cet appel. Ses notes ne comptent plus.
selection-done-conflict = Le conflit d'intérêts est enregistré.
selection-done-saved = Enregistré.
selection-jurors-title = Membres du jury
selection-no-jurors = Aucun membre du jury n'est encore invité.
selection-jurors-caption = { $count ->
    [one] Un membre du jury
   *[other] { $count } membres du jury
}
selection-juror = Membre du jury
selection-juror-email = E-mail
selection-juror-conflicts = Conflits déclarés
selection-action = Action
selection-remove-juror = Retirer
selection-remove-juror-label = Retirer { $name } du jury
selection-invite-title = Inviter un membre du jury
selection-invite-existing = Un compte de membre du jury existant
selection-invite-existing-hint = Ou laissez « une nouvelle personne » et donnez son e-mail et son nom : elle reçoit une invitation.
selection-invite-new = Une nouvelle personne
selection-invite-email = E-mail de la nouvelle personne
selection-invite-name = Nom de la nouvelle personne
selection-invite-button = Inviter
selection-conflicts-title = Conflits d'intérêts
selection-conflicts-intro = Un membre du jury en conflit avec une candidature ne la voit pas et ne la note pas. Les membres déclarent les leurs ; la coordination peut en enregistrer un pour un membre.
selection-no-conflicts = Aucun conflit d'intérêts déclaré.
selection-conflicts-caption = { $count ->
    [one] Un conflit d'intérêts
   *[other] { $count } conflits d'intérêts
}
selection-conflict-reason = Raison
selection-conflict-by = Déclaré par
selection-conflict-by-juror = Le membre du jury
selection-conflict-by-coordination = La coordination
selection-conflict-form-title = Enregistrer un conflit pour un membre du jury
selection-conflict-button = Enregistrer le conflit
selection-choose = Choisir…
selection-error-juror = Choisissez un compte de membre du jury
selection-error-not-jury = Cet e-mail est celui d'un compte qui n'est pas membre d'un jury
selection-error-choose-juror = Choisissez un membre du jury de cet appel
selection-error-choose-application = Choisissez une candidature
selection-results-title = Résultats du jury : { $call }
selection-results-formula = Le total d'un membre du jury est la moyenne pondérée des critères qu'il a évalués, de 0 à 100 ; un critère « non évalué » est laissé de côté, un 0 compte pour 0. La note d'une candidature est la moyenne des totaux de ses membres du jury ; la médiane, la dispersion (écart type) et le nombre de notes sont affichés à côté.
selection-results-tie-break = Classement : par note, la plus haute d'abord. À note égale, passe d'abord la candidature qui a le plus de notes, puis celle qui demande le moins d'argent, puis celle déposée le plus tôt, puis la plus petite référence. Les candidatures sans aucune note viennent en dernier.
selection-download-csv = Télécharger les notes (CSV)
selection-download-xlsx = Télécharger les notes (Excel)
selection-results-empty = Aucune candidature pour le jury dans cet appel.
selection-ranking-title = Classement
selection-ranking-caption = { $count ->
    [one] Une candidature, classée
   *[other] { $count } candidatures, classées
}
selection-rank = Rang
selection-mean = Note (moyenne)
selection-median = Médiane
selection-spread = Dispersion
selection-count = Notes
selection-z-title = Totaux et scores z de chaque membre du jury
selection-z-intro = Le score z met les totaux de chaque membre du jury sur une échelle commune : l'écart d'un total à la moyenne de ce membre, en écarts types de ce membre. Un membre qui note plus sévèrement que les autres a les mêmes scores z qu'eux s'il classe de la même façon. « – » : pas de total, ou moins de deux totaux pour ce membre.
selection-z-caption = Totaux bruts (0 à 100) et scores z, par membre du jury
selection-raw = Total
selection-z = z
selection-marks-title = Notes par critère et commentaires
selection-marks-caption = Notes par critère
selection-no-marks = Aucun membre du jury n'a encore noté cette candidature.
selection-total = Total
selection-scenarios-title = Scénarios et décision : { $call }
selection-scenario-saved = Le scénario est enregistré.
selection-decision-saved = La décision est enregistrée. Les candidatures du scénario sont acceptées, les autres refusées.
selection-range = Par projet :
selection-decision-title = Décision
selection-decided-on = Date de la décision
selection-scenario = Scénario
selection-minutes = Procès-verbal du jury
selection-minutes-hint = Le procès-verbal du jury, ou l'endroit où il est conservé.
selection-compare-title = Scénarios côte à côte
selection-no-scenarios = Aucun scénario pour l'instant.
selection-compare-caption = { $count ->
    [one] Un scénario : montants accordés par candidature
   *[other] { $count } scénarios : montants accordés par candidature
}
selection-granted = Accordé
selection-remaining = Reste de l'enveloppe
selection-over-envelope = Dépasse l'enveloppe de
selection-over-warning = Le scénario « { $name } » dépasse l'enveloppe de { $over }.
selection-new-title = Nouveau scénario
selection-new-intro = Cochez les candidatures à financer, dans l'ordre du classement du jury, et ajustez les montants (préremplis avec le montant demandé). Vous pouvez enregistrer plusieurs scénarios et les comparer.
selection-scenario-name = Nom du scénario
selection-scenario-note = Note
selection-lines-caption = Candidatures déposées, dans l'ordre du classement du jury
selection-pick = Financer
selection-amount = Montant
selection-amount-for = Montant accordé à { $application }, en euros
selection-save-scenario = Enregistrer le scénario
selection-decide-title = Enregistrer la décision
selection-decide-intro = Les candidatures du scénario choisi sont acceptées avec ses montants, les autres candidatures déposées refusées, et l'appel est marqué décidé. On ne peut pas revenir en arrière.
selection-date-hint = Par exemple 2027-03-15.
selection-decide-button = Enregistrer la décision
selection-refusal-note = Non retenue par le jury
selection-error-name = Donnez un nom au scénario
selection-error-no-line = Cochez au moins une candidature
selection-error-amount = Écrivez le montant accordé à { $application } en euros, par exemple 7500
selection-error-above-asked = Le montant accordé à { $application } dépasse le montant demandé
selection-error-range = Le montant accordé à { $application } sort de la fourchette de l'appel par projet
selection-error-not-now = Ce n'est pas possible maintenant : l'appel est peut-être déjà décidé.
selection-error-scenario = Choisissez un scénario
selection-error-date = Écrivez une date, par exemple 2027-03-15
selection-error-minutes = Écrivez le procès-verbal du jury
selection-error-report-first = La dernière tranche est payée à la réception du rapport final
selection-error-tranche = Cette tranche est déjà payée ou n'existe pas
selection-error-summary = Écrivez un court résumé du rapport
selection-saved = Enregistré.
selection-agreements-title = Conventions et paiements : { $call }
selection-agreements-no-decision = Aucune décision n'est encore enregistrée pour cet appel.
selection-agreements-intro = Chaque convention est payée en tranches de { $tranches } ; la dernière à la réception du rapport final. Le rapport est attendu { $days } jours après la fin du projet.
selection-agreement-new = Nouvelle convention
selection-signed-on = Signée le
selection-project-ends = Fin du projet
selection-agreement-button = Créer la convention
selection-reminders-title = Rapports finaux à rappeler
selection-reminders-intro = Rapports non reçus, attendus dans les { $before } jours ou en retard, et non rappelés depuis { $every } jours. Les comptes de l'organisation candidate reçoivent un e-mail.
selection-reminders-none = Aucun rapport à rappeler aujourd'hui.
selection-reminders-button = { $count ->
    [one] Envoyer le rappel
   *[other] Envoyer les { $count } rappels
}
selection-reminders-sent = { $count ->
    [one] Un rappel envoyé.
   *[other] { $count } rappels envoyés.
}
selection-report-due = Rapport attendu le
selection-agreements-list = { $count ->
    [one] Une convention
   *[other] { $count } conventions
}
selection-agreement-amount = Montant accordé
selection-paid = Payé
selection-report = Rapport final
selection-report-missing = Pas reçu
selection-reminded = Rappels envoyés
selection-tranches-caption = Tranches
selection-tranche = Tranche
selection-paid-on = Payée le
selection-after-report = Après le rapport final
selection-pay-button = Enregistrer le paiement de la tranche { $tranche }
selection-report-received = Rapport final reçu le
selection-report-summary = Résumé du rapport
selection-report-button = Enregistrer le rapport final
