# Capaciteit: per plaats en per jaar, openingsdagen en -uren, bezoekers, uitrusting, opleidingen, begeleiders.

capacity-nav = Capaciteit
capacity-title = Capaciteit van de plaatsen
capacity-intro-manager = Geef voor elk van uw plaatsen per jaar aan wat ze kan ontvangen: opening, bezoekers, uitrusting, opleidingen, begeleiders. Deze cijfers dienen voor de evaluatie van het plan.
capacity-intro-coordination = De laatste registratie van elke plaats. De verantwoordelijken van de EOP's vullen ze in en verbeteren ze.
capacity-none = Nog geen registraties.
capacity-latest-caption = Laatste registratie per plaats
capacity-history-caption = Registraties per jaar
capacity-place = Plaats
capacity-no-record = Nog geen registratie.
capacity-visitors = Bezoekers
capacity-open = Opening
capacity-equipment = Uitrusting
capacity-counted = geteld
capacity-estimated = geschat
capacity-yes = Ja
capacity-no = Nee
capacity-visitors-week-column = Bezoekers per week (ongeveer)
capacity-visitors-days = { $weekday } per weekdag, { $saturday } op zaterdag
capacity-open-text = { $days } d. en { $hours } u per week
capacity-devices = { $computers } computers, { $tablets } tablets
capacity-fte = ({ $fte } VTE)
capacity-correct = Verbeteren
capacity-place-title = Capaciteit: { $place }
capacity-saved = De registratie van { $year } is opgeslagen.
capacity-form-title = Een jaar invullen of verbeteren
capacity-form-intro = Een jaar dat al ingevuld is, wordt vervangen door wat u verstuurt.
capacity-field-year = Jaar
capacity-year-hint = Het betrokken kalenderjaar, bijvoorbeeld 2025.
capacity-field-days_open = Openingsdagen per week
capacity-days-hint = Van 0 tot 7, in een gewone week.
capacity-field-hours_open = Openingsuren per week
capacity-hours-hint = In hele uren, in een gewone week.
capacity-hours-from-directory = Voorgesteld op basis van de openingsuren van de plaats in de gids: kijk het na.
capacity-field-visitors_weekday = Bezoekers per weekdag (gemiddeld)
capacity-weekday-hint = Een openingsdag van maandag tot vrijdag.
capacity-field-visitors_saturday = Bezoekers op zaterdag
capacity-saturday-hint = 0 als de plaats op zaterdag gesloten is.
capacity-field-visitors_method = Deze aantallen bezoekers zijn
capacity-field-computers = Computers
capacity-field-tablets = Tablets
capacity-field-other_equipment = Andere uitrusting
capacity-other-hint = Niet verplicht. Bijvoorbeeld: printer, scanner, projector.
capacity-field-trainings = Er worden opleidingen aangeboden
capacity-field-animators = Begeleiders (aantal personen)
capacity-animators-hint = De mensen die bezoekers helpen, in dienst of vrijwilliger.
capacity-field-animators_fte = Begeleiders in voltijdse equivalenten
capacity-fte-hint = Niet verplicht. Bijvoorbeeld 1,5.
capacity-save = Registratie opslaan
capacity-error-missing = Vul “{ $field }” in.
capacity-error-number = “{ $field }” moet een geheel getal zijn, 0 of meer.
capacity-error-too-large = “{ $field }” mag niet meer zijn dan { $max }.
capacity-error-year = “{ $field }” moet een jaartal van vier cijfers zijn, van 2015 tot volgend jaar.
capacity-error-too-long = “{ $field }” is te lang (hoogstens 500 tekens).
capacity-error-hours-days = “{ $field }” past niet bij de openingsdagen (hoogstens 24 uur per openingsdag, en meer dan 0 als de plaats opengaat).
capacity-public-title = Onthaal en uitrusting
capacity-public-computers = { $count ->
    [0] Geen vrij toegankelijke computers
    [one] 1 computer
   *[other] { $count } computers
}
capacity-public-trainings-yes = Biedt opleidingen aan
capacity-public-trainings-no = Biedt geen opleidingen aan
capacity-public-visitors = { $count ->
    [one] Ongeveer 1 bezoeker per week
   *[other] Ongeveer { $count } bezoekers per week
}
capacity-public-period = Cijfers van de plaats zelf voor het jaar { $year }.
