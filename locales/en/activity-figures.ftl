# Tables of the activity figures (crates/domain/src/activity/figures.rs).
activity-figures-title-kinds = Activities by type
activity-figures-title-months = Activities by month
activity-figures-title-themes = Activities by theme
activity-figures-title-areas = Activities by digital competence area (DigComp)
activity-figures-title-durations = Activities by duration
activity-figures-title-locations = Individual support by place
activity-figures-title-autonomy = Individual support by the person’s autonomy
activity-figures-title-equipment = Individual support by equipment used
activity-figures-title-levels = Group workshops by level
activity-figures-title-gender = Workshop participants by gender
activity-figures-title-age = Workshop participants by age band
activity-figures-title-status = Workshop participants by status
activity-figures-title-communes = Activities by municipality

activity-figures-dim-kind = Type of activity
activity-figures-dim-month = Month
activity-figures-dim-theme = Theme
activity-figures-dim-area = DigComp area
activity-figures-dim-duration = Duration
activity-figures-dim-location = Place
activity-figures-dim-autonomy = Autonomy
activity-figures-dim-equipment = Equipment
activity-figures-dim-level = Level
activity-figures-dim-gender = Gender
activity-figures-dim-age = Age band
activity-figures-dim-status = Status
activity-figures-dim-commune = Municipality

activity-figures-col-activities = Activities
activity-figures-col-people = People
activity-figures-col-minutes = Duration
activity-figures-col-supports = Individual support
activity-figures-col-workshops = Group workshops
activity-figures-col-participants = Workshop participants
activity-figures-col-quick-helps = Quick help

activity-figures-kind-support = Individual support
activity-figures-kind-workshop = Group workshops
activity-figures-kind-quick = Quick help

activity-figures-duration-upto-15 = 15 minutes or less
activity-figures-duration-16-30 = 16 to 30 minutes
activity-figures-duration-31-60 = 31 minutes to 1 hour
activity-figures-duration-61-120 = 1 to 2 hours
activity-figures-duration-over-120 = More than 2 hours

activity-figures-autonomy-alone = Did it alone
activity-figures-autonomy-helped = Did it with help
activity-figures-autonomy-done-for = The animator did it for them

activity-figures-equipment-none = No equipment
activity-figures-not-given = Not given
activity-figures-outside-region = Places outside the region’s municipalities
