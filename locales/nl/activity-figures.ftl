# Tabellen van de activiteitscijfers (crates/domain/src/activity/figures.rs).
activity-figures-title-kinds = Activiteiten per soort
activity-figures-title-months = Activiteiten per maand
activity-figures-title-themes = Activiteiten per thema
activity-figures-title-areas = Activiteiten per domein van digitale competenties (DigComp)
activity-figures-title-durations = Activiteiten per duur
activity-figures-title-locations = Individuele begeleidingen per plaats
activity-figures-title-autonomy = Individuele begeleidingen volgens de zelfstandigheid van de persoon
activity-figures-title-equipment = Individuele begeleidingen per gebruikt materiaal
activity-figures-title-levels = Groepsworkshops per niveau
activity-figures-title-gender = Deelnemers aan workshops per gender
activity-figures-title-age = Deelnemers aan workshops per leeftijdsgroep
activity-figures-title-status = Deelnemers aan workshops per statuut
activity-figures-title-communes = Activiteiten per gemeente

activity-figures-dim-kind = Soort activiteit
activity-figures-dim-month = Maand
activity-figures-dim-theme = Thema
activity-figures-dim-area = DigComp-domein
activity-figures-dim-duration = Duur
activity-figures-dim-location = Plaats
activity-figures-dim-autonomy = Zelfstandigheid
activity-figures-dim-equipment = Materiaal
activity-figures-dim-level = Niveau
activity-figures-dim-gender = Gender
activity-figures-dim-age = Leeftijdsgroep
activity-figures-dim-status = Statuut
activity-figures-dim-commune = Gemeente

activity-figures-col-activities = Activiteiten
activity-figures-col-people = Personen
activity-figures-col-minutes = Duur
activity-figures-col-supports = Individuele begeleidingen
activity-figures-col-workshops = Groepsworkshops
activity-figures-col-participants = Deelnemers aan workshops
activity-figures-col-quick-helps = Snelle hulp

activity-figures-kind-support = Individuele begeleidingen
activity-figures-kind-workshop = Groepsworkshops
activity-figures-kind-quick = Snelle hulp

activity-figures-duration-upto-15 = 15 minuten of minder
activity-figures-duration-16-30 = 16 tot 30 minuten
activity-figures-duration-31-60 = 31 minuten tot 1 uur
activity-figures-duration-61-120 = 1 tot 2 uur
activity-figures-duration-over-120 = Meer dan 2 uur

activity-figures-autonomy-alone = Deed het alleen
activity-figures-autonomy-helped = Deed het met hulp
activity-figures-autonomy-done-for = De begeleider deed het in zijn plaats

activity-figures-equipment-none = Zonder materiaal
activity-figures-not-given = Niet opgegeven
activity-figures-outside-region = Plaatsen buiten de gemeenten van het gewest
