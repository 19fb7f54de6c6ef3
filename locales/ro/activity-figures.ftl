# Tabelele cifrelor de activitate (crates/domain/src/activity/figures.rs).
activity-figures-title-kinds = Activități după tip
activity-figures-title-months = Activități după lună
activity-figures-title-themes = Activități după temă
activity-figures-title-areas = Activități după domeniul de competență digitală (DigComp)
activity-figures-title-durations = Activități după durată
activity-figures-title-locations = Sprijin individual după loc
activity-figures-title-autonomy = Sprijin individual după autonomia persoanei
activity-figures-title-equipment = Sprijin individual după echipamentul folosit
activity-figures-title-levels = Ateliere de grup după nivel
activity-figures-title-gender = Participanți la ateliere după gen
activity-figures-title-age = Participanți la ateliere după grupa de vârstă
activity-figures-title-status = Participanți la ateliere după statut
activity-figures-title-communes = Activități după comună

activity-figures-dim-kind = Tipul activității
activity-figures-dim-month = Luna
activity-figures-dim-theme = Tema
activity-figures-dim-area = Domeniul DigComp
activity-figures-dim-duration = Durata
activity-figures-dim-location = Locul
activity-figures-dim-autonomy = Autonomia
activity-figures-dim-equipment = Echipamentul
activity-figures-dim-level = Nivelul
activity-figures-dim-gender = Genul
activity-figures-dim-age = Grupa de vârstă
activity-figures-dim-status = Statutul
activity-figures-dim-commune = Comuna

activity-figures-col-activities = Activități
activity-figures-col-people = Persoane
activity-figures-col-minutes = Durată
activity-figures-col-supports = Sprijin individual
activity-figures-col-workshops = Ateliere de grup
activity-figures-col-participants = Participanți la ateliere
activity-figures-col-quick-helps = Ajutor rapid

activity-figures-kind-support = Sprijin individual
activity-figures-kind-workshop = Ateliere de grup
activity-figures-kind-quick = Ajutor rapid

activity-figures-duration-upto-15 = 15 minute sau mai puțin
activity-figures-duration-16-30 = Între 16 și 30 de minute
activity-figures-duration-31-60 = Între 31 de minute și 1 oră
activity-figures-duration-61-120 = Între 1 și 2 ore
activity-figures-duration-over-120 = Peste 2 ore

activity-figures-autonomy-alone = A făcut-o fără ajutor
activity-figures-autonomy-helped = A făcut-o cu ajutor
activity-figures-autonomy-done-for = Animatorul a făcut-o în locul persoanei

activity-figures-equipment-none = Fără echipament
activity-figures-not-given = Necomunicat
activity-figures-outside-region = Locuri din afara comunelor regiunii
