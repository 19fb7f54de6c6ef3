# Tabelas dos números de atividade (crates/domain/src/activity/figures.rs).
activity-figures-title-kinds = Atividades por tipo
activity-figures-title-months = Atividades por mês
activity-figures-title-themes = Atividades por tema
activity-figures-title-areas = Atividades por área de competência digital (DigComp)
activity-figures-title-durations = Atividades por duração
activity-figures-title-locations = Acompanhamento individual por local
activity-figures-title-autonomy = Acompanhamento individual por autonomia da pessoa
activity-figures-title-equipment = Acompanhamento individual por equipamento usado
activity-figures-title-levels = Oficinas de grupo por nível
activity-figures-title-gender = Participantes nas oficinas por género
activity-figures-title-age = Participantes nas oficinas por faixa etária
activity-figures-title-status = Participantes nas oficinas por situação
activity-figures-title-communes = Atividades por comuna

activity-figures-dim-kind = Tipo de atividade
activity-figures-dim-month = Mês
activity-figures-dim-theme = Tema
activity-figures-dim-area = Área DigComp
activity-figures-dim-duration = Duração
activity-figures-dim-location = Local
activity-figures-dim-autonomy = Autonomia
activity-figures-dim-equipment = Equipamento
activity-figures-dim-level = Nível
activity-figures-dim-gender = Género
activity-figures-dim-age = Faixa etária
activity-figures-dim-status = Situação
activity-figures-dim-commune = Comuna

activity-figures-col-activities = Atividades
activity-figures-col-people = Pessoas
activity-figures-col-minutes = Duração
activity-figures-col-supports = Acompanhamento individual
activity-figures-col-workshops = Oficinas de grupo
activity-figures-col-participants = Participantes nas oficinas
activity-figures-col-quick-helps = Ajuda rápida

activity-figures-kind-support = Acompanhamento individual
activity-figures-kind-workshop = Oficinas de grupo
activity-figures-kind-quick = Ajuda rápida

activity-figures-duration-upto-15 = 15 minutos ou menos
activity-figures-duration-16-30 = 16 a 30 minutos
activity-figures-duration-31-60 = 31 minutos a 1 hora
activity-figures-duration-61-120 = 1 a 2 horas
activity-figures-duration-over-120 = Mais de 2 horas

activity-figures-autonomy-alone = Fez sem ajuda
activity-figures-autonomy-helped = Fez com ajuda
activity-figures-autonomy-done-for = O animador fez por ela

activity-figures-equipment-none = Nenhum equipamento
activity-figures-not-given = Não indicado
activity-figures-outside-region = Locais fora das comunas da região
