# Edities van de enquête: periodes, deelnemende plaatsen, deelname, korte links en affiches.

survey-editions-nav = Edities van de enquête
survey-editions-title = Edities van de enquête
survey-editions-intro = Een editie legt één versie van de vragenlijst voor tijdens een periode op de deelnemende plaatsen. Elke plaats heeft een korte link en affiches met een QR-code; de deelname wordt berekend uit de volledige antwoorden en de bezoekers per week van de plaatsen.
survey-editions-new = Nieuwe editie
survey-editions-none = Nog geen editie.
survey-editions-list-caption = Edities, de nieuwste eerst
survey-editions-period = Periode
survey-editions-period-text = van { $from } tot { $to }
survey-editions-days = { $days ->
    [one] { $days } dag
   *[other] { $days } dagen
}
survey-editions-places = Deelnemende plaatsen
survey-editions-answers = Volledige antwoorden
survey-editions-participation = Deelname
survey-editions-no-participation = onbekend
survey-editions-illustrative-tag = illustratief
survey-editions-illustrative-note = Illustratieve editie: de antwoorden zijn gegenereerd voor de demonstratie, het zijn geen feiten.
survey-editions-questionnaire-name = { $title } (versie { $version })

survey-editions-edit = De editie wijzigen
survey-editions-edit-title = “{ $title }” wijzigen
survey-editions-no-questionnaire = Er is nog geen vragenlijst opgeslagen: importeer er eerst een.
survey-editions-choose = Kies…
survey-editions-field-questionnaire = Versie van de vragenlijst
survey-editions-questionnaire-hint = De gestelde vragen. Een versie verandert niet meer zodra een editie ze gebruikt.
survey-editions-field-title = Titel
survey-editions-title-hint = Bijvoorbeeld: Bezoekersenquête 2027
survey-editions-field-slug = Korte naam
survey-editions-slug-hint = Kleine letters, cijfers en koppeltekens, bijvoorbeeld: 2027
survey-editions-field-opens_on = Eerste dag
survey-editions-field-closes_on = Laatste dag
survey-editions-date-hint = Bijvoorbeeld: 2027-03-01 of 01/03/2027
survey-editions-field-illustrative = Zijn de antwoorden illustratief?
survey-editions-illustrative-hint = Alleen ja voor gegenereerde demonstratieantwoorden: elke pagina die ze toont, zegt het.
survey-editions-yes = Ja
survey-editions-no = Nee
survey-editions-field-compare_with = Vergelijken met
survey-editions-compare-hint = Een vroegere editie waarmee deze resultaten vergeleken worden.
survey-editions-compare-none = Geen vergelijking
survey-editions-save = Opslaan
survey-editions-saved = Opgeslagen.

survey-editions-error-missing = { $field }: dit is verplicht.
survey-editions-error-too-long = { $field }: dit is te lang.
survey-editions-error-slug = { $field }: gebruik alleen kleine letters, cijfers en enkele koppeltekens (niet aan het begin of het einde).
survey-editions-error-date = { $field }: schrijf een datum zoals 2027-03-01 of 01/03/2027.
survey-editions-error-closes-before = { $field }: de laatste dag valt vóór de eerste dag.
survey-editions-error-period = { $field }: een editie duurt hoogstens een jaar.
survey-editions-error-unknown = { $field }: kies een van de aangeboden mogelijkheden.
survey-editions-error-same = { $field }: een editie kan niet met zichzelf vergeleken worden.
survey-editions-error-number = { $field }: schrijf een geheel getal, bijvoorbeeld 240.
survey-editions-error-too-large = { $field }: dit getal is te groot (hoogstens 100.000 per week).
survey-editions-error-public = { $field }: gebruik alleen kleine letters, cijfers, _ en -, bijvoorbeeld mobile.
survey-editions-error-slug-taken = Korte naam: “{ $slug }” wordt al door een andere editie gebruikt.
survey-editions-error-place-missing = Plaats: kies de plaats om toe te voegen.
survey-editions-error-place-unknown = Plaats: kies een gelabelde EPN die nog niet aan de editie deelneemt.

survey-editions-formula = { $answers } volledige antwoorden ÷ ({ $weeks } weken × { $visitors } bezoekers per week) = { $percent }
survey-editions-n = n = { $n } volledige antwoorden; { $places ->
    [one] { $places } plaats heeft
   *[other] { $places } plaatsen hebben
} een schatting van hun bezoekers.
survey-editions-no-overall = De deelname kan nog niet berekend worden: geen enkele deelnemende plaats heeft een schatting van haar bezoekers per week.
survey-editions-without-estimate = Zonder schatting van hun bezoekers per week: { $places }.
survey-editions-without-estimate-answers = Hun { $answers } volledige antwoorden tellen mee, zoals in het rapport van 2021, maar hun bezoekers niet: de deelname kan wat te hoog uitvallen.
survey-editions-no-places = Nog geen deelnemende plaats.
survey-editions-places-caption = Deelnemende plaatsen, hun link en hun deelname
survey-editions-place = Plaats
survey-editions-field-weekly_visitors = Bezoekers per week
survey-editions-field-public = Publiek (waarde die de link meegeeft)
survey-editions-link = Korte link
survey-editions-posters = Affiches
survey-editions-poster-a4 = A4 afdrukken
survey-editions-poster-a3 = A3 afdrukken
survey-editions-from-capacity = volgens de capaciteitsgegevens
survey-editions-entered = met de hand ingevuld
survey-editions-no-estimate = geen schatting

survey-editions-add-place = Een plaats toevoegen
survey-editions-nothing-to-add = Alle gelabelde EPN van de gids nemen al deel.
survey-editions-place-hint = De gelabelde EPN van de gids.
survey-editions-weekly-hint = Laat leeg om ze over te nemen uit de capaciteitsgegevens { $year } van de plaats.
survey-editions-public-hint = Niet verplicht. Bijvoorbeeld mobile: de bezoekers die de link van deze plaats volgen, zien dan de vragen van de mobiele EPN.
survey-editions-add = De plaats toevoegen
survey-editions-added = { $place } neemt nu deel.
survey-editions-removed = { $place } neemt niet meer deel.

survey-editions-place-settings = Bezoekers en publiek
survey-editions-remove-title = Uit de editie verwijderen
survey-editions-remove-intro = De link van de plaats zal niet meer werken.
survey-editions-remove = De plaats verwijderen
survey-editions-remove-not-possible = Deze plaats heeft antwoorden: ze blijft in de editie zodat de antwoorden bij hun plaats blijven.

survey-editions-posters-intro = Alle affiches van de editie, één per afgedrukte pagina. Frans en Nederlands staan op elke affiche; voeg andere talen van de vragenlijst toe als de bezoekers van de plaats ze lezen.
survey-editions-size = Papierformaat
survey-editions-langs = Andere talen
survey-editions-langs-hint = Naast Frans en Nederlands.
survey-editions-lang-en = Engels
survey-editions-lang-es = Spaans
survey-editions-lang-ar = Arabisch
survey-editions-show-posters = De affiches tonen om af te drukken
survey-editions-poster-title = Affiche: { $place }
survey-editions-posters-title = Affiches: { $edition }
survey-editions-print-help = Druk deze pagina af met uw browser, op { $size }-papier, zonder marges (“Opslaan als PDF” maakt een pdf-bestand). Elke affiche vult één pagina.

survey-editions-shipped = { $title } (versie { $version }, meegeleverd met Passerelle: opgeslagen samen met de editie)
