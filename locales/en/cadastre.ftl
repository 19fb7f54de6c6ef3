# Funding cadastre: per labelled EPN and year, resources by funder and costs.

cadastre-nav = Funding cadastre
cadastre-title = Funding cadastre of the labelled EPN
cadastre-intro-manager = For each of your labelled places, say per year who funds it and what it costs. The coordination uses these figures to evaluate the plan.
cadastre-intro-coordination = The entries of the labelled EPN for a year, with the totals. EPN managers enter and correct them.
cadastre-no-labelled-place = None of your places is labelled: the cadastre is for labelled EPN.
cadastre-years = Other years
cadastre-year-link = Year { $year }
cadastre-year-title = Year { $year }
cadastre-respondents = { $count ->
    [one] One respondent.
   *[other] { $count } respondents.
}
cadastre-region-share = Share of the Region in the resources:
cadastre-no-share = no resources
cadastre-none = No entries for this year yet.
cadastre-entries-caption = Entries of { $year } per place
cadastre-funders-caption = Resources of { $year } per funder
cadastre-place = Place
cadastre-funder = Funder
cadastre-received = Received by the EPN
cadastre-mobilised = Mobilised by the host structure
cadastre-region-share-column = Share of the Region
cadastre-share-column = Share of all resources
cadastre-costs = Costs
cadastre-total = Total
cadastre-place-title = Funding cadastre: { $place }
cadastre-saved = The year { $year } is saved.
cadastre-no-entry = No entry yet.
cadastre-history-caption = Entries per year
cadastre-correct = Correct
cadastre-form-title = Enter or correct a year
cadastre-form-intro = Amounts in euros, with a comma or a point for the cents. Leave blank what does not apply. Saving a year that has an entry replaces it.
cadastre-resources = Resources by funder
cadastre-euros-hint = In euros, for example 12 500,50
cadastre-year-hint = Four digits, for example 2025
cadastre-field-year = Year
cadastre-field-received = Received by the EPN (€)
cadastre-field-host = Mobilised by the host structure (€)
cadastre-field-cost_epn_staff = Staff of the EPN (€)
cadastre-field-cost_host_staff = Staff of the host structure working for the EPN (€)
cadastre-field-cost_running = Running costs (€)
cadastre-save = Save the year
cadastre-error-year = { $field }: give a year of four digits, from 2015 to this year.
cadastre-error-amount = { $field }: give an amount in euros, such as 12500,50 (no minus sign, two decimals at most).
cadastre-error-too-large = { $field }: the amount must be under 10 million euros.
