# Tablas de las cifras de actividad (crates/domain/src/activity/figures.rs).
activity-figures-title-kinds = Actividades por tipo
activity-figures-title-months = Actividades por mes
activity-figures-title-themes = Actividades por tema
activity-figures-title-areas = Actividades por área de competencia digital (DigComp)
activity-figures-title-durations = Actividades por duración
activity-figures-title-locations = Acompañamiento individual por lugar
activity-figures-title-autonomy = Acompañamiento individual según la autonomía de la persona
activity-figures-title-equipment = Acompañamiento individual según el equipo usado
activity-figures-title-levels = Talleres en grupo por nivel
activity-figures-title-gender = Participantes en talleres por género
activity-figures-title-age = Participantes en talleres por franja de edad
activity-figures-title-status = Participantes en talleres por situación
activity-figures-title-communes = Actividades por municipio

activity-figures-dim-kind = Tipo de actividad
activity-figures-dim-month = Mes
activity-figures-dim-theme = Tema
activity-figures-dim-area = Área DigComp
activity-figures-dim-duration = Duración
activity-figures-dim-location = Lugar
activity-figures-dim-autonomy = Autonomía
activity-figures-dim-equipment = Equipo
activity-figures-dim-level = Nivel
activity-figures-dim-gender = Género
activity-figures-dim-age = Franja de edad
activity-figures-dim-status = Situación
activity-figures-dim-commune = Municipio

activity-figures-col-activities = Actividades
activity-figures-col-people = Personas
activity-figures-col-minutes = Duración
activity-figures-col-supports = Acompañamiento individual
activity-figures-col-workshops = Talleres en grupo
activity-figures-col-participants = Participantes en talleres
activity-figures-col-quick-helps = Ayuda rápida

activity-figures-kind-support = Acompañamiento individual
activity-figures-kind-workshop = Talleres en grupo
activity-figures-kind-quick = Ayuda rápida

activity-figures-duration-upto-15 = 15 minutos o menos
activity-figures-duration-16-30 = De 16 a 30 minutos
activity-figures-duration-31-60 = De 31 minutos a 1 hora
activity-figures-duration-61-120 = De 1 a 2 horas
activity-figures-duration-over-120 = Más de 2 horas

activity-figures-autonomy-alone = Lo hizo sin ayuda
activity-figures-autonomy-helped = Lo hizo con ayuda
activity-figures-autonomy-done-for = El dinamizador lo hizo por la persona

activity-figures-equipment-none = Sin equipo
activity-figures-not-given = No indicado
activity-figures-outside-region = Lugares fuera de los municipios de la región
