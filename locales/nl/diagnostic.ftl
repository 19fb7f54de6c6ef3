# Diagnose van digitale kwetsbaarheid (Nederlands). Eenvoudige taal: korte zinnen, gewone woorden, « u ».

diag-title = Test uw digitale vaardigheden
diag-intro = 12 korte vragen over computers, telefoons en internet. Er zijn geen foute antwoorden. Op het einde ziet u tips en plaatsen bij u in de buurt die u kunnen helpen.
diag-skills-intro = Kunt u deze dingen?
diag-result-title = Uw resultaat
diag-result-gaps = Wat u kunt leren
diag-result-advice = Wat u kan helpen

## Questions and answers: diag-q-<question>, diag-a-<question>-<answer>

diag-q-equipment = Welke toestellen hebt u? (meerdere antwoorden mogelijk)
diag-a-equipment-smartphone = Een smartphone
diag-a-equipment-computer = Een computer
diag-a-equipment-tablet = Een tablet
diag-a-equipment-none = Geen

diag-q-internet = Hebt u thuis internet?
diag-a-internet-yes = Ja
diag-a-internet-phone = Alleen op mijn telefoon
diag-a-internet-no = Nee

diag-q-email = Gebruikt u e-mail?
diag-a-email-alone = Ja, zonder hulp
diag-a-email-help = Ja, met hulp
diag-a-email-no = Nee

diag-q-online-form = Kunt u zonder hulp een formulier op internet invullen? Bijvoorbeeld een formulier van de gemeente of van de dienst voor werk.
diag-a-online-form-alone = Ja, zonder hulp
diag-a-online-form-help = Ja, met hulp
diag-a-online-form-no = Nee

diag-q-information = Ik kan informatie vinden op internet, bijvoorbeeld de uren van een bus.
diag-a-information-0 = Nee
diag-a-information-1 = Met hulp
diag-a-information-2 = Ja, zonder hulp
diag-a-information-3 = Ja, makkelijk: ik kan het aan iemand tonen

diag-q-communication = Ik kan een bericht of een foto sturen, of videobellen.
diag-a-communication-0 = Nee
diag-a-communication-1 = Met hulp
diag-a-communication-2 = Ja, zonder hulp
diag-a-communication-3 = Ja, makkelijk: ik kan het aan iemand tonen

diag-q-content-creation = Ik kan een brief schrijven op een computer of telefoon en hem bewaren.
diag-a-content-creation-0 = Nee
diag-a-content-creation-1 = Met hulp
diag-a-content-creation-2 = Ja, zonder hulp
diag-a-content-creation-3 = Ja, makkelijk: ik kan het aan iemand tonen

diag-q-safety = Ik herken een vals bericht (oplichting), en ik bescherm mijn wachtwoorden.
diag-a-safety-0 = Nee
diag-a-safety-1 = Met hulp
diag-a-safety-2 = Ja, zonder hulp
diag-a-safety-3 = Ja, makkelijk: ik kan het aan iemand tonen

diag-q-problem-solving = Als iets niet werkt op mijn telefoon of computer, kan ik een oplossing vinden.
diag-a-problem-solving-0 = Nee
diag-a-problem-solving-1 = Met hulp
diag-a-problem-solving-2 = Ja, zonder hulp
diag-a-problem-solving-3 = Ja, makkelijk: ik kan het aan iemand tonen

diag-q-motivation = Wilt u meer dingen doen met een computer of een telefoon?
diag-a-motivation-0 = Nee, niet echt
diag-a-motivation-1 = Een beetje
diag-a-motivation-2 = Ja
diag-a-motivation-3 = Ja, heel graag

diag-q-barriers = Wat maakt het moeilijk voor u? (meerdere antwoorden mogelijk, of geen)
diag-a-barriers-reading = Lezen en schrijven
diag-a-barriers-language = De taal
diag-a-barriers-cost = De prijs van een toestel of van internet
diag-a-barriers-time = Ik heb geen tijd
diag-a-barriers-fear = Ik ben bang om iets fout te doen

diag-q-knows-help = Kent u een plaats bij u in de buurt waar iemand u kan helpen met computers en internet?
diag-a-knows-help-yes = Ja
diag-a-knows-help-no = Nee

## DigComp areas
diag-area-information = Informatie zoeken
diag-area-communication = Communiceren
diag-area-content-creation = Documenten maken
diag-area-safety = Veilig blijven
diag-area-problem-solving = Problemen oplossen

## Levels
diag-level-beginner = Beginner
diag-level-intermediate = Halfgevorderd
diag-level-advanced = Gevorderd

## Profiles (the five personae of the study)
diag-persona-no_bearings = Eerste stappen, met begeleiding
diag-persona-no_bearings-text = Computers en internet zijn nieuw of moeilijk voor u, en veel dingen houden u tegen. Iemand die u vertrouwt kan u stap voor stap helpen.
diag-persona-novice = U begint
diag-persona-novice-text = U staat aan het begin en u wilt leren. Cursussen voor beginners en spreekuren zijn voor u gemaakt.
diag-persona-resourceful = U redt zich
diag-persona-resourceful-text = U kunt al veel dingen. Korte workshops over één thema helpen u bij te blijven.
diag-persona-motivated = Zin om te leren
diag-persona-motivated-text = U kent de basis, vooral op uw telefoon, en u wilt meer doen. Workshops over één thema helpen u om dingen zonder hulp te doen.
diag-persona-confirmed = Vaardig
diag-persona-confirmed-text = U bent vertrouwd met digitale toestellen. U kunt gevorderde dingen leren, en andere mensen helpen als u dat wilt.

## Urgency and why
diag-urgency-high = Hoge urgentie: het is belangrijk om snel hulp te vinden
diag-urgency-medium = Gemiddelde urgentie: hulp zou nuttig zijn
diag-urgency-low = Lage urgentie: u redt zich zonder hulp
diag-why-grid = Dit komt uit uw vaardigheden en uw zin om te leren.
diag-why-no-device = U hebt geen telefoon, computer of tablet.
diag-why-forms-barrier = U kunt geen formulieren op internet invullen, en lezen of de taal is moeilijk voor u.

## Advice
diag-advice-step-by-step = Iemand kan u stap voor stap helpen, op uw eigen tempo.
diag-advice-ask-referent = Een maatschappelijk werker (bijvoorbeeld bij het OCMW) of een vereniging in uw buurt kan met u meegaan en u inschrijven.
diag-advice-first-steps = Cursussen voor beginners leren u de eerste stappen met een telefoon of een computer.
diag-advice-drop-in = Op spreekuren beantwoorden ze uw vragen en helpen ze u met formulieren op internet.
diag-advice-themed-workshops = Korte workshops over één thema (documenten, foto's, veiligheid…) helpen u om meer te doen.
diag-advice-advanced-courses = Cursussen voor gevorderden brengen u verder, bijvoorbeeld in programmeren.
diag-advice-volunteer = U kunt als vrijwilliger andere mensen helpen.
diag-advice-equipment-help = Sommige plaatsen lenen of verkopen computers voor een lage prijs.
diag-advice-public-access = In een openbare computerruimte (OCR) kunt u gratis een computer en internet gebruiken.
diag-advice-free-offers = Veel workshops en spreekuren zijn gratis.
diag-advice-reading-support = Sommige plaatsen leggen alles eenvoudig uit, en er zijn lessen om te leren lezen en schrijven.
diag-advice-language-support = Sommige plaatsen spreken uw taal, en er zijn taallessen.
diag-advice-short-sessions = Korte sessies en hulp zonder afspraak passen in een druk leven.
diag-advice-at-your-pace = Niemand zal u beoordelen: iedereen leert op zijn eigen tempo.
diag-advice-places-near-you = Plaatsen bij u in de buurt kunnen u helpen. Zie de lijst hieronder.

## Errors
diag-error-missing = Beantwoord deze vraag.
diag-error-invalid = Kies een van de antwoorden.
diag-error-too-many = Kies maar één antwoord.
diag-error-none-with-others = U koos „Geen” en een toestel. Kies het ene of het andere.
