# The annual report: the public page and the PDF.

## Rapport
annual-title = Rapport annuel { $year } — { $plan }
annual-list-title = Rapports annuels
annual-list-intro = Chaque année, la coordination du { $plan } rend compte de ce qui a été fait. Les chiffres viennent des données de ce site, toujours à jour.
annual-year-link = Rapport { $year }
annual-date-line = Chiffres du { $date }
annual-contents = Sommaire
annual-page = Page
annual-pdf = Télécharger le rapport (PDF)
annual-plan-link = Voir le plan
annual-intro = Introduction
annual-conclusion = Conclusion
annual-annex = Annexe : le budget de l’année
annual-axis-title = Axe { $number } : { $name }
annual-measure-title = Mesure { $number } : { $name }
annual-not-written = Le texte de cette partie n’est pas encore écrit.
annual-no-text-in-language = Aucun texte de ce rapport n’est encore publié dans cette langue. Les chiffres sont ci-dessous.
annual-preview-note = Aperçu : les textes en cours d’écriture sont montrés. Le rapport public ne montre que les textes publiés.
annual-see-also = Chiffres de cette partie :
annual-separator = {", "}
annual-figure-source = D’où vient « { $title } »
annual-figure-source-pdf = Source : { $url }
annual-no-commune = Commune inconnue
annual-fig-label = EPN labellisés, par commune
annual-fig-funded = Projets financés cette année, par commune
annual-fig-refurbished = Ordinateurs reconditionnés donnés cette année
annual-fig-budget = Budget de l’année, par axe
annual-dim-commune = Commune
annual-dim-axis = Axe
annual-col-labelled = Labellisés aujourd’hui
annual-col-granted-in-year = Label obtenu cette année
annual-col-projects = Projets
annual-col-amount = Montant
annual-col-planned = Prévu
annual-col-actual = Dépensé

## Autres chiffres de l’année
annual-fig-label-decisions = Décisions sur le label cette année
annual-dim-decision = Décision
annual-col-decisions = Décisions
annual-dim-what = Quoi
annual-col-number = Nombre
annual-sessions-held = Séances tenues
annual-sessions-cancelled = Séances annulées
annual-sessions-seats = Places proposées
annual-sessions-booked = Places réservées
annual-fig-orders = Matériel commandé par les EPN labellisés cette année
annual-col-orders = Commandes
annual-fig-budget-sources = Budget de l’année, par source de financement
annual-dim-source = Source de financement
annual-fig-budget-measures = Dépenses de l’année, par mesure
annual-dim-measure = Mesure
annual-col-plan-spent = Dépensé sur les sources du plan
annual-col-other-spent = Dépensé sur d’autres sources
annual-axis-whole = { $axis } : pour tout l’axe
