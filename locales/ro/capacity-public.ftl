# Cifrele publice despre capacitate.

capacity-public-title = Primire și echipament
capacity-public-computers = { $count ->
    [0] Niciun calculator cu acces liber
    [one] 1 calculator
    [few] { $count } calculatoare
   *[other] { $count } de calculatoare
}
capacity-public-trainings-yes = Oferă cursuri
capacity-public-trainings-no = Nu oferă cursuri
capacity-public-visitors = { $count ->
    [one] Aproximativ 1 vizitator pe săptămână
    [few] Aproximativ { $count } vizitatori pe săptămână
   *[other] Aproximativ { $count } de vizitatori pe săptămână
}
capacity-public-period = Cifre comunicate de locul respectiv pentru anul { $year }.
