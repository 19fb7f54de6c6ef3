# Tableaux des chiffres d'activité (crates/domain/src/activity/figures.rs).
activity-figures-title-kinds = Activités par type
activity-figures-title-months = Activités par mois
activity-figures-title-themes = Activités par thème
activity-figures-title-areas = Activités par domaine de compétences numériques (DigComp)
activity-figures-title-durations = Activités par durée
activity-figures-title-locations = Accompagnements individuels par lieu
activity-figures-title-autonomy = Accompagnements individuels selon l’autonomie de la personne
activity-figures-title-equipment = Accompagnements individuels par matériel utilisé
activity-figures-title-levels = Ateliers collectifs par niveau
activity-figures-title-gender = Participants aux ateliers par genre
activity-figures-title-age = Participants aux ateliers par tranche d’âge
activity-figures-title-status = Participants aux ateliers par statut
activity-figures-title-communes = Activités par commune

activity-figures-dim-kind = Type d’activité
activity-figures-dim-month = Mois
activity-figures-dim-theme = Thème
activity-figures-dim-area = Domaine DigComp
activity-figures-dim-duration = Durée
activity-figures-dim-location = Lieu
activity-figures-dim-autonomy = Autonomie
activity-figures-dim-equipment = Matériel
activity-figures-dim-level = Niveau
activity-figures-dim-gender = Genre
activity-figures-dim-age = Tranche d’âge
activity-figures-dim-status = Statut
activity-figures-dim-commune = Commune

activity-figures-col-activities = Activités
activity-figures-col-people = Personnes
activity-figures-col-minutes = Durée
activity-figures-col-supports = Accompagnements individuels
activity-figures-col-workshops = Ateliers collectifs
activity-figures-col-participants = Participants aux ateliers
activity-figures-col-quick-helps = Aides rapides

activity-figures-kind-support = Accompagnements individuels
activity-figures-kind-workshop = Ateliers collectifs
activity-figures-kind-quick = Aides rapides

activity-figures-duration-upto-15 = 15 minutes ou moins
activity-figures-duration-16-30 = De 16 à 30 minutes
activity-figures-duration-31-60 = De 31 minutes à 1 heure
activity-figures-duration-61-120 = De 1 à 2 heures
activity-figures-duration-over-120 = Plus de 2 heures

activity-figures-autonomy-alone = A fait seule
activity-figures-autonomy-helped = A fait avec de l’aide
activity-figures-autonomy-done-for = L’animateur a fait à sa place

activity-figures-equipment-none = Sans matériel
activity-figures-not-given = Non renseigné
activity-figures-outside-region = Lieux hors des communes de la région
