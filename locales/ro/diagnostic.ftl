# Autoevaluarea fragilității digitale (română). Limbaj clar: propoziții scurte, cuvinte de zi cu zi.

diag-title = Verificați-vă competențele digitale
diag-intro = 12 întrebări scurte despre calculatoare, telefoane și internet. Nu există răspunsuri greșite. La sfârșit, vedeți sfaturi și locuri aproape de dumneavoastră care vă pot ajuta.
diag-skills-intro = Puteți face aceste lucruri?
diag-result-title = Rezultatul dumneavoastră
diag-result-gaps = Lucruri pe care le puteți învăța
diag-result-advice = Ce vă poate ajuta

## Întrebări și răspunsuri: diag-q-<întrebare>, diag-a-<întrebare>-<răspuns>

diag-q-equipment = Ce dispozitive aveți? (alegeți tot ce se potrivește)
diag-a-equipment-smartphone = Un smartphone
diag-a-equipment-computer = Un calculator
diag-a-equipment-tablet = O tabletă
diag-a-equipment-none = Niciunul

diag-q-internet = Aveți internet acasă?
diag-a-internet-yes = Da
diag-a-internet-phone = Doar pe telefon
diag-a-internet-no = Nu

diag-q-email = Folosiți e-mailul?
diag-a-email-alone = Da, fără ajutor
diag-a-email-help = Da, cu ajutor
diag-a-email-no = Nu

diag-q-online-form = Puteți completa fără ajutor un formular pe internet? De exemplu, un formular al primăriei sau al oficiului de ocupare a forței de muncă.
diag-a-online-form-alone = Da, fără ajutor
diag-a-online-form-help = Da, cu ajutor
diag-a-online-form-no = Nu

diag-q-information = Pot găsi informații pe internet, de exemplu mersul autobuzelor.
diag-a-information-0 = Nu
diag-a-information-1 = Cu ajutor
diag-a-information-2 = Da, fără ajutor
diag-a-information-3 = Da, ușor: aș putea să-i arăt cuiva

diag-q-communication = Pot trimite un mesaj sau o fotografie sau pot face un apel video.
diag-a-communication-0 = Nu
diag-a-communication-1 = Cu ajutor
diag-a-communication-2 = Da, fără ajutor
diag-a-communication-3 = Da, ușor: aș putea să-i arăt cuiva

diag-q-content-creation = Pot scrie o scrisoare pe calculator sau pe telefon și o pot salva.
diag-a-content-creation-0 = Nu
diag-a-content-creation-1 = Cu ajutor
diag-a-content-creation-2 = Da, fără ajutor
diag-a-content-creation-3 = Da, ușor: aș putea să-i arăt cuiva

diag-q-safety = Pot recunoaște un mesaj fals (o înșelătorie) și îmi protejez parolele.
diag-a-safety-0 = Nu
diag-a-safety-1 = Cu ajutor
diag-a-safety-2 = Da, fără ajutor
diag-a-safety-3 = Da, ușor: aș putea să-i arăt cuiva

diag-q-problem-solving = Când ceva nu merge pe telefon sau pe calculator, pot găsi o soluție.
diag-a-problem-solving-0 = Nu
diag-a-problem-solving-1 = Cu ajutor
diag-a-problem-solving-2 = Da, fără ajutor
diag-a-problem-solving-3 = Da, ușor: aș putea să-i arăt cuiva

diag-q-motivation = Ați vrea să faceți mai multe lucruri cu un calculator sau cu un telefon?
diag-a-motivation-0 = Nu, nu prea
diag-a-motivation-1 = Puțin
diag-a-motivation-2 = Da
diag-a-motivation-3 = Da, foarte mult

diag-q-barriers = Ce vă îngreunează lucrurile? (alegeți tot ce se potrivește sau nimic)
diag-a-barriers-reading = Cititul și scrisul
diag-a-barriers-language = Limba
diag-a-barriers-cost = Prețul unui dispozitiv sau al internetului
diag-a-barriers-time = Nu am timp
diag-a-barriers-fear = Mi-e frică să nu greșesc ceva

diag-q-knows-help = Cunoașteți un loc aproape de dumneavoastră unde cineva vă poate ajuta cu calculatorul și internetul?
diag-a-knows-help-yes = Da
diag-a-knows-help-no = Nu

## Domenii DigComp
diag-area-information = Găsirea informațiilor
diag-area-communication = Comunicarea
diag-area-content-creation = Crearea documentelor
diag-area-safety = Siguranța
diag-area-problem-solving = Rezolvarea problemelor

## Niveluri
diag-level-beginner = Începător
diag-level-intermediate = Intermediar
diag-level-advanced = Avansat

## Profiluri (cele cinci persona ale studiului)
diag-persona-no_bearings = Primii pași, cu sprijin
diag-persona-no_bearings-text = Calculatorul și internetul sunt noi sau grele pentru dumneavoastră și multe lucruri vă încurcă. O persoană în care aveți încredere vă poate ajuta, pas cu pas.
diag-persona-novice = Începător
diag-persona-novice-text = Sunteți la început și doriți să învățați. Cursurile pentru începători și punctele de ajutor sunt făcute pentru dumneavoastră.
diag-persona-resourceful = Vă descurcați
diag-persona-resourceful-text = Știți deja să faceți multe lucruri. Atelierele scurte pe o singură temă vă pot ajuta să țineți pasul.
diag-persona-motivated = Gata să învățați
diag-persona-motivated-text = Știți lucrurile de bază, mai ales pe telefon, și doriți să faceți mai mult. Atelierele pe o singură temă vă pot ajuta să faceți lucrurile fără ajutor.
diag-persona-confirmed = Cu încredere
diag-persona-confirmed-text = Vă simțiți în largul dumneavoastră cu instrumentele digitale. Puteți învăța lucruri avansate și, dacă doriți, puteți ajuta alte persoane.

## Urgență și de ce
diag-urgency-high = Urgență mare: este important să primiți ajutor curând
diag-urgency-medium = Urgență medie: ajutorul v-ar fi util
diag-urgency-low = Urgență mică: vă descurcați fără ajutor
diag-why-grid = Aceasta vine din competențele dumneavoastră și din dorința de a învăța.
diag-why-no-device = Nu aveți telefon, calculator sau tabletă.
diag-why-forms-barrier = Nu puteți completa formulare pe internet, iar cititul sau limba sunt grele pentru dumneavoastră.

## Sfaturi
diag-advice-step-by-step = O persoană vă poate ajuta pas cu pas, în ritmul dumneavoastră.
diag-advice-ask-referent = Un asistent social (de exemplu la CPAS) sau o asociație din cartierul dumneavoastră vă poate însoți și vă poate înscrie.
diag-advice-first-steps = Cursurile pentru începători vă învață primii pași cu un telefon sau un calculator.
diag-advice-drop-in = Punctele de ajutor vă răspund la întrebări și vă ajută cu formularele de pe internet.
diag-advice-themed-workshops = Atelierele scurte pe o singură temă (documente, fotografii, siguranță…) vă ajută să faceți mai mult.
diag-advice-advanced-courses = Cursurile avansate vă pot duce mai departe, de exemplu în programare.
diag-advice-volunteer = Ați putea ajuta alte persoane ca voluntar.
diag-advice-equipment-help = Unele locuri împrumută sau vând calculatoare la preț mic.
diag-advice-public-access = Într-un spațiu public digital (EPN), puteți folosi gratuit un calculator și internetul.
diag-advice-free-offers = Multe ateliere și puncte de ajutor sunt gratuite.
diag-advice-reading-support = Unele locuri explică lucrurile simplu și există cursuri ca să învățați să citiți și să scrieți.
diag-advice-language-support = Unele locuri vorbesc limba dumneavoastră și există cursuri de limbă.
diag-advice-short-sessions = Sesiunile scurte și ajutorul fără programare se potrivesc unei vieți încărcate.
diag-advice-at-your-pace = Nimeni nu vă va judeca: fiecare învață în ritmul său.
diag-advice-places-near-you = Locurile din apropiere vă pot ajuta. Vedeți lista de mai jos.

## Erori
diag-error-missing = Vă rugăm să răspundeți la această întrebare.
diag-error-invalid = Vă rugăm să alegeți unul dintre răspunsuri.
diag-error-too-many = Vă rugăm să alegeți un singur răspuns.
diag-error-none-with-others = Ați ales „Niciunul” și un dispozitiv. Vă rugăm să alegeți ori una, ori alta.
