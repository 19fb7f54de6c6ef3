# Digital-fragility diagnostic (English). Plain language: short sentences, everyday words.

diag-title = Check your digital skills
diag-intro = 12 short questions about computers, phones and the internet. There are no wrong answers. At the end, you see advice and places near you that can help.
diag-skills-intro = Can you do these things?
diag-result-title = Your result
diag-result-gaps = Things you can learn
diag-result-advice = What can help you

## Questions and answers: diag-q-<question>, diag-a-<question>-<answer>

diag-q-equipment = Which devices do you have? (choose all that apply)
diag-a-equipment-smartphone = A smartphone
diag-a-equipment-computer = A computer
diag-a-equipment-tablet = A tablet
diag-a-equipment-none = None

diag-q-internet = Do you have the internet at home?
diag-a-internet-yes = Yes
diag-a-internet-phone = Only on my phone
diag-a-internet-no = No

diag-q-email = Do you use e-mail?
diag-a-email-alone = Yes, on my own
diag-a-email-help = Yes, with help
diag-a-email-no = No

diag-q-online-form = Can you fill in a form on the internet on your own? For example, a form of the town hall or of the employment office.
diag-a-online-form-alone = Yes, on my own
diag-a-online-form-help = Yes, with help
diag-a-online-form-no = No

diag-q-information = I can find information on the internet, for example a bus timetable.
diag-a-information-0 = No
diag-a-information-1 = With help
diag-a-information-2 = Yes, on my own
diag-a-information-3 = Yes, easily: I could show someone

diag-q-communication = I can send a message or a photo, or make a video call.
diag-a-communication-0 = No
diag-a-communication-1 = With help
diag-a-communication-2 = Yes, on my own
diag-a-communication-3 = Yes, easily: I could show someone

diag-q-content-creation = I can write a letter on a computer or a phone and save it.
diag-a-content-creation-0 = No
diag-a-content-creation-1 = With help
diag-a-content-creation-2 = Yes, on my own
diag-a-content-creation-3 = Yes, easily: I could show someone

diag-q-safety = I can recognise a false message (a scam), and I protect my passwords.
diag-a-safety-0 = No
diag-a-safety-1 = With help
diag-a-safety-2 = Yes, on my own
diag-a-safety-3 = Yes, easily: I could show someone

diag-q-problem-solving = When something does not work on my phone or computer, I can find a solution.
diag-a-problem-solving-0 = No
diag-a-problem-solving-1 = With help
diag-a-problem-solving-2 = Yes, on my own
diag-a-problem-solving-3 = Yes, easily: I could show someone

diag-q-motivation = Would you like to do more things with a computer or a phone?
diag-a-motivation-0 = No, not really
diag-a-motivation-1 = A little
diag-a-motivation-2 = Yes
diag-a-motivation-3 = Yes, very much

diag-q-barriers = What makes it hard for you? (choose all that apply, or none)
diag-a-barriers-reading = Reading and writing
diag-a-barriers-language = The language
diag-a-barriers-cost = The price of a device or of the internet
diag-a-barriers-time = I do not have time
diag-a-barriers-fear = I am afraid of doing something wrong

diag-q-knows-help = Do you know a place near you where someone can help you with computers and the internet?
diag-a-knows-help-yes = Yes
diag-a-knows-help-no = No

## DigComp areas
diag-area-information = Finding information
diag-area-communication = Communicating
diag-area-content-creation = Making documents
diag-area-safety = Staying safe
diag-area-problem-solving = Solving problems

## Levels
diag-level-beginner = Beginner
diag-level-intermediate = Intermediate
diag-level-advanced = Advanced

## Profiles (the five personae of the study)
diag-persona-no_bearings = First steps, with support
diag-persona-no_bearings-text = Computers and the internet are new or hard for you, and many things get in the way. A person you trust can help you, step by step.
diag-persona-novice = Beginner
diag-persona-novice-text = You are starting out and you want to learn. Courses for beginners and help desks are made for you.
diag-persona-resourceful = You get by
diag-persona-resourceful-text = You already know how to do many things. Short workshops on one topic can help you keep up.
diag-persona-motivated = Ready to learn
diag-persona-motivated-text = You know the basics, mostly on your phone, and you want to do more. Workshops on one topic can help you do things on your own.
diag-persona-confirmed = Confident
diag-persona-confirmed-text = You are at ease with digital tools. You can learn advanced things, and help other people if you wish.

## Urgency and why
diag-urgency-high = High urgency: it is important to get help soon
diag-urgency-medium = Medium urgency: help would be useful
diag-urgency-low = Low urgency: you manage on your own
diag-why-grid = This comes from your skills and your wish to learn.
diag-why-no-device = You have no phone, computer or tablet.
diag-why-forms-barrier = You cannot fill in forms on the internet, and reading or the language is hard for you.

## Advice
diag-advice-step-by-step = A person can help you step by step, at your pace.
diag-advice-ask-referent = A social worker (for example at the CPAS) or an association in your area can go with you and sign you up.
diag-advice-first-steps = Courses for beginners teach you the first steps with a phone or a computer.
diag-advice-drop-in = Help desks answer your questions and help you with forms on the internet.
diag-advice-themed-workshops = Short workshops on one topic (documents, photos, safety…) help you do more.
diag-advice-advanced-courses = Advanced courses can take you further, for example in coding.
diag-advice-volunteer = You could help other people as a volunteer.
diag-advice-equipment-help = Some places lend or sell computers at a low price.
diag-advice-public-access = In a public digital space (EPN), you can use a computer and the internet for free.
diag-advice-free-offers = Many workshops and help desks are free.
diag-advice-reading-support = Some places explain things simply, and there are classes to learn to read and write.
diag-advice-language-support = Some places speak your language, and there are language classes.
diag-advice-short-sessions = Short sessions and help without an appointment fit a busy life.
diag-advice-at-your-pace = Nobody will judge you: everyone learns at their own pace.
diag-advice-places-near-you = Places near you can help. See the list below.

## Errors
diag-error-missing = Please answer this question.
diag-error-invalid = Please choose one of the answers.
diag-error-too-many = Please choose only one answer.
diag-error-none-with-others = You chose “None” and a device. Please choose one or the other.
