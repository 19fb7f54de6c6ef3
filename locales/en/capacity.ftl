# Capacity: per place and year, days and hours open, visitors, equipment, trainings, animators.

capacity-nav = Capacity
capacity-title = Capacity of the places
capacity-intro-manager = For each of your places, say per year what it can take in: opening, visitors, equipment, trainings, animators. These figures are used to evaluate the plan.
capacity-intro-coordination = Each place's latest record. EPN managers enter and correct them.
capacity-none = No records yet.
capacity-latest-caption = Latest record per place
capacity-history-caption = Records per year
capacity-place = Place
capacity-no-record = No record yet.
capacity-visitors = Visitors
capacity-open = Opening
capacity-equipment = Equipment
capacity-counted = counted
capacity-estimated = estimated
capacity-yes = Yes
capacity-no = No
capacity-visitors-week-column = Visitors a week (about)
capacity-visitors-days = { $weekday } a weekday, { $saturday } on Saturday
capacity-open-text = { $days } days and { $hours } h a week
capacity-devices = { $computers } computers, { $tablets } tablets
capacity-fte = ({ $fte } FTE)
capacity-correct = Correct
capacity-place-title = Capacity: { $place }
capacity-saved = The record for { $year } is saved.
capacity-form-title = Enter or correct a year
capacity-form-intro = A year already entered is replaced by what you send.
capacity-field-year = Year
capacity-year-hint = The calendar year concerned, for example 2025.
capacity-field-days_open = Days open a week
capacity-days-hint = From 0 to 7, in a usual week.
capacity-field-hours_open = Hours open a week
capacity-hours-hint = In whole hours, in a usual week.
capacity-hours-from-directory = Proposed from the place's opening hours in the directory: check it.
capacity-field-visitors_weekday = Visitors a weekday (average)
capacity-weekday-hint = A day open from Monday to Friday.
capacity-field-visitors_saturday = Visitors on Saturday
capacity-saturday-hint = 0 if the place is closed on Saturday.
capacity-field-visitors_method = These numbers of visitors are
capacity-field-computers = Computers
capacity-field-tablets = Tablets
capacity-field-other_equipment = Other equipment
capacity-other-hint = Optional. For example: printer, scanner, projector.
capacity-field-trainings = Trainings are offered
capacity-field-animators = Animators (number of people)
capacity-animators-hint = The people who help visitors, employed or volunteers.
capacity-field-animators_fte = Animators in full-time equivalents
capacity-fte-hint = Optional. For example 1.5.
capacity-save = Save the record
capacity-error-missing = Enter “{ $field }”.
capacity-error-number = “{ $field }” must be a whole number, 0 or more.
capacity-error-too-large = “{ $field }” cannot be more than { $max }.
capacity-error-year = “{ $field }” must be a four-digit year, from 2015 to next year.
capacity-error-too-long = “{ $field }” is too long (500 characters at most).
capacity-error-hours-days = “{ $field }” does not match the days open (at most 24 hours per day open, and more than 0 if the place opens).
capacity-public-title = Welcome and equipment
capacity-public-computers = { $count ->
    [0] No computers in free access
    [one] 1 computer
   *[other] { $count } computers
}
capacity-public-trainings-yes = Offers trainings
capacity-public-trainings-no = Does not offer trainings
capacity-public-visitors = { $count ->
    [one] About 1 visitor a week
   *[other] About { $count } visitors a week
}
capacity-public-period = Figures given by the place for the year { $year }.
