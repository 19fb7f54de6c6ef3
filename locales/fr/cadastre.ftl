# Cadastre de financement : par EPN labellisé et par année, ressources par financeur et coûts.

cadastre-nav = Cadastre de financement
cadastre-title = Cadastre de financement des EPN labellisés
cadastre-intro-manager = Pour chacun de vos lieux labellisés, indiquez par année qui le finance et ce qu’il coûte. La coordination utilise ces chiffres pour évaluer le plan.
cadastre-intro-coordination = Les saisies des EPN labellisés pour une année, avec les totaux. Les responsables d’EPN les saisissent et les corrigent.
cadastre-no-labelled-place = Aucun de vos lieux n’est labellisé : le cadastre concerne les EPN labellisés.
cadastre-years = Autres années
cadastre-year-link = Année { $year }
cadastre-year-title = Année { $year }
cadastre-respondents = { $count ->
    [one] Un répondant.
   *[other] { $count } répondants.
}
cadastre-region-share = Part de la Région dans les ressources :
cadastre-no-share = aucune ressource
cadastre-none = Aucune saisie pour cette année.
cadastre-entries-caption = Saisies de { $year } par lieu
cadastre-funders-caption = Ressources de { $year } par financeur
cadastre-place = Lieu
cadastre-funder = Financeur
cadastre-received = Perçu par l’EPN
cadastre-mobilised = Mobilisé par la structure porteuse
cadastre-region-share-column = Part de la Région
cadastre-share-column = Part de toutes les ressources
cadastre-costs = Coûts
cadastre-total = Total
cadastre-place-title = Cadastre de financement : { $place }
cadastre-saved = L’année { $year } est enregistrée.
cadastre-no-entry = Aucune saisie pour l’instant.
cadastre-history-caption = Saisies par année
cadastre-correct = Corriger
cadastre-form-title = Saisir ou corriger une année
cadastre-form-intro = Montants en euros, avec une virgule ou un point pour les centimes. Laissez vide ce qui ne s’applique pas. Enregistrer une année déjà saisie la remplace.
cadastre-resources = Ressources par financeur
cadastre-euros-hint = En euros, par exemple 12 500,50
cadastre-year-hint = Quatre chiffres, par exemple 2025
cadastre-field-year = Année
cadastre-field-received = Perçu par l’EPN (€)
cadastre-field-host = Mobilisé par la structure porteuse (€)
cadastre-field-cost_epn_staff = Personnel de l’EPN (€)
cadastre-field-cost_host_staff = Personnel de la structure porteuse travaillant pour l’EPN (€)
cadastre-field-cost_running = Frais de fonctionnement (€)
cadastre-save = Enregistrer l’année
cadastre-error-year = { $field } : indiquez une année à quatre chiffres, de 2015 à cette année.
cadastre-error-amount = { $field } : indiquez un montant en euros, comme 12500,50 (sans signe moins, deux décimales au plus).
cadastre-error-too-large = { $field } : le montant doit être inférieur à 10 millions d’euros.
