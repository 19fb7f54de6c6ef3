# Tabele danych o działaniach (crates/domain/src/activity/figures.rs).
activity-figures-title-kinds = Działania według rodzaju
activity-figures-title-months = Działania według miesiąca
activity-figures-title-themes = Działania według tematu
activity-figures-title-areas = Działania według obszaru kompetencji cyfrowych (DigComp)
activity-figures-title-durations = Działania według czasu trwania
activity-figures-title-locations = Wsparcie indywidualne według miejsca
activity-figures-title-autonomy = Wsparcie indywidualne według samodzielności osoby
activity-figures-title-equipment = Wsparcie indywidualne według użytego sprzętu
activity-figures-title-levels = Warsztaty grupowe według poziomu
activity-figures-title-gender = Uczestnicy warsztatów według płci
activity-figures-title-age = Uczestnicy warsztatów według grupy wiekowej
activity-figures-title-status = Uczestnicy warsztatów według statusu
activity-figures-title-communes = Działania według gminy

activity-figures-dim-kind = Rodzaj działania
activity-figures-dim-month = Miesiąc
activity-figures-dim-theme = Temat
activity-figures-dim-area = Obszar DigComp
activity-figures-dim-duration = Czas trwania
activity-figures-dim-location = Miejsce
activity-figures-dim-autonomy = Samodzielność
activity-figures-dim-equipment = Sprzęt
activity-figures-dim-level = Poziom
activity-figures-dim-gender = Płeć
activity-figures-dim-age = Grupa wiekowa
activity-figures-dim-status = Status
activity-figures-dim-commune = Gmina

activity-figures-col-activities = Działania
activity-figures-col-people = Osoby
activity-figures-col-minutes = Czas trwania
activity-figures-col-supports = Wsparcie indywidualne
activity-figures-col-workshops = Warsztaty grupowe
activity-figures-col-participants = Uczestnicy warsztatów
activity-figures-col-quick-helps = Szybka pomoc

activity-figures-kind-support = Wsparcie indywidualne
activity-figures-kind-workshop = Warsztaty grupowe
activity-figures-kind-quick = Szybka pomoc

activity-figures-duration-upto-15 = 15 minut lub mniej
activity-figures-duration-16-30 = Od 16 do 30 minut
activity-figures-duration-31-60 = Od 31 minut do 1 godziny
activity-figures-duration-61-120 = Od 1 do 2 godzin
activity-figures-duration-over-120 = Ponad 2 godziny

activity-figures-autonomy-alone = Samodzielnie
activity-figures-autonomy-helped = Z pomocą
activity-figures-autonomy-done-for = Animator zrobił to za tę osobę

activity-figures-equipment-none = Bez sprzętu
activity-figures-not-given = Nie podano
activity-figures-outside-region = Miejsca poza gminami regionu
