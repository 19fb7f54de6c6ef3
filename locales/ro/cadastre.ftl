# Registrul finanțărilor: pentru fiecare EPN cu etichetă și an, resursele după finanțator și costurile.

cadastre-nav = Registrul finanțărilor
cadastre-title = Registrul finanțărilor EPN cu etichetă
cadastre-intro-manager = Pentru fiecare dintre locurile dumneavoastră cu etichetă, spuneți pe an cine îl finanțează și cât costă. Echipa de coordonare folosește aceste cifre ca să evalueze planul.
cadastre-intro-coordination = Datele introduse de EPN cu etichetă pentru un an, cu totalurile. Responsabilii EPN le introduc și le corectează.
cadastre-no-labelled-place = Niciunul dintre locurile dumneavoastră nu are etichetă: registrul finanțărilor este pentru EPN cu etichetă.
cadastre-years = Alți ani
cadastre-year-link = Anul { $year }
cadastre-year-title = Anul { $year }
cadastre-respondents = { $count ->
    [one] Un respondent.
    [few] { $count } respondenți.
   *[other] { $count } de respondenți.
}
cadastre-region-share = Partea regiunii din resurse:
cadastre-no-share = nicio resursă
cadastre-none = Încă nu există date introduse pentru acest an.
cadastre-entries-caption = Datele din { $year } pe loc
cadastre-funders-caption = Resursele din { $year } pe finanțator
cadastre-place = Loc
cadastre-funder = Finanțator
cadastre-received = Primite de EPN
cadastre-mobilised = Mobilizate de structura-gazdă
cadastre-region-share-column = Partea regiunii
cadastre-share-column = Partea din toate resursele
cadastre-costs = Costuri
cadastre-total = Total
cadastre-place-title = Registrul finanțărilor: { $place }
cadastre-saved = Anul { $year } a fost salvat.
cadastre-no-entry = Încă nu există date.
cadastre-history-caption = Date pe an
cadastre-correct = Corectați
cadastre-form-title = Introduceți sau corectați un an
cadastre-form-intro = Sume în euro, cu virgulă sau punct pentru cenți. Lăsați gol ce nu se aplică. Dacă salvați un an care are deja date, acestea sunt înlocuite.
cadastre-resources = Resurse după finanțator
cadastre-euros-hint = În euro, de exemplu 12 500,50
cadastre-year-hint = Patru cifre, de exemplu 2025
cadastre-field-year = Anul
cadastre-field-received = Primite de EPN (€)
cadastre-field-host = Mobilizate de structura-gazdă (€)
cadastre-field-cost_epn_staff = Personalul EPN (€)
cadastre-field-cost_host_staff = Personalul structurii-gazdă care lucrează pentru EPN (€)
cadastre-field-cost_running = Costuri de funcționare (€)
cadastre-save = Salvați anul
cadastre-error-year = { $field }: scrieți un an din patru cifre, de la 2015 până la anul acesta.
cadastre-error-amount = { $field }: scrieți o sumă în euro, de exemplu 12500,50 (fără semnul minus, cel mult două zecimale).
cadastre-error-too-large = { $field }: suma trebuie să fie sub 10 milioane de euro.
cadastre-head-count = Personal (persoane)
cadastre-staff = Personal
cadastre-staff-intro = Câte persoane lucrează pentru EPN, după contract, rol și timp de lucru. Lăsați gol ce nu se aplică.
cadastre-contract-permanent = Contract pe durată nedeterminată
cadastre-contract-fixed-term = Contract pe durată determinată
cadastre-contract-subsidised = Loc de muncă subvenționat (articolul 60, ACS…)
cadastre-contract-volunteer = Voluntari
cadastre-role-animator-full = Animatori, normă întreagă
cadastre-role-animator-part = Animatori, timp parțial
cadastre-role-coordinator-full = Coordonatori, normă întreagă
cadastre-role-coordinator-part = Coordonatori, timp parțial
cadastre-role-other-full = Alte roluri, normă întreagă
cadastre-role-other-part = Alte roluri, timp parțial
cadastre-error-head-count = { $field }: scrieți un număr de persoane de la 0 la 200.
