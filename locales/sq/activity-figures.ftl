# Tabelat e shifrave të aktiviteteve (crates/domain/src/activity/figures.rs).
activity-figures-title-kinds = Aktivitetet sipas llojit
activity-figures-title-months = Aktivitetet sipas muajit
activity-figures-title-themes = Aktivitetet sipas temës
activity-figures-title-areas = Aktivitetet sipas fushës së kompetencës dixhitale (DigComp)
activity-figures-title-durations = Aktivitetet sipas kohëzgjatjes
activity-figures-title-locations = Mbështetja individuale sipas vendit
activity-figures-title-autonomy = Mbështetja individuale sipas pavarësisë së personit
activity-figures-title-equipment = Mbështetja individuale sipas pajisjes së përdorur
activity-figures-title-levels = Punëtoritë në grup sipas nivelit
activity-figures-title-gender = Pjesëmarrësit në punëtori sipas gjinisë
activity-figures-title-age = Pjesëmarrësit në punëtori sipas grupmoshës
activity-figures-title-status = Pjesëmarrësit në punëtori sipas statusit
activity-figures-title-communes = Aktivitetet sipas komunës

activity-figures-dim-kind = Lloji i aktivitetit
activity-figures-dim-month = Muaji
activity-figures-dim-theme = Tema
activity-figures-dim-area = Fusha DigComp
activity-figures-dim-duration = Kohëzgjatja
activity-figures-dim-location = Vendi
activity-figures-dim-autonomy = Pavarësia
activity-figures-dim-equipment = Pajisja
activity-figures-dim-level = Niveli
activity-figures-dim-gender = Gjinia
activity-figures-dim-age = Grupmosha
activity-figures-dim-status = Statusi
activity-figures-dim-commune = Komuna

activity-figures-col-activities = Aktivitete
activity-figures-col-people = Persona
activity-figures-col-minutes = Kohëzgjatja
activity-figures-col-supports = Mbështetje individuale
activity-figures-col-workshops = Punëtori në grup
activity-figures-col-participants = Pjesëmarrës në punëtori
activity-figures-col-quick-helps = Ndihmë e shpejtë

activity-figures-kind-support = Mbështetje individuale
activity-figures-kind-workshop = Punëtori në grup
activity-figures-kind-quick = Ndihmë e shpejtë

activity-figures-duration-upto-15 = 15 minuta ose më pak
activity-figures-duration-16-30 = 16 deri në 30 minuta
activity-figures-duration-31-60 = 31 minuta deri në 1 orë
activity-figures-duration-61-120 = 1 deri në 2 orë
activity-figures-duration-over-120 = Më shumë se 2 orë

activity-figures-autonomy-alone = E bëri vetë
activity-figures-autonomy-helped = E bëri me ndihmë
activity-figures-autonomy-done-for = Animatori e bëri për të

activity-figures-equipment-none = Pa pajisje
activity-figures-not-given = Nuk është dhënë
activity-figures-outside-region = Vende jashtë komunave të rajonit
