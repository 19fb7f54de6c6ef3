# Vlerësimi i brishtësisë dixhitale (shqip). Gjuhë e qartë: fjali të shkurtra, fjalë të përditshme.

diag-title = Kontrolloni aftësitë tuaja dixhitale
diag-intro = 12 pyetje të shkurtra për kompjuterin, telefonin dhe internetin. Nuk ka përgjigje të gabuara. Në fund, shihni këshilla dhe vende pranë jush që mund t’ju ndihmojnë.
diag-skills-intro = A mund t’i bëni këto gjëra?
diag-result-title = Rezultati juaj
diag-result-gaps = Gjëra që mund të mësoni
diag-result-advice = Çfarë mund t’ju ndihmojë

## Questions and answers: diag-q-<question>, diag-a-<question>-<answer>

diag-q-equipment = Çfarë pajisjesh keni? (zgjidhni të gjitha ato që keni)
diag-a-equipment-smartphone = Një telefon inteligjent
diag-a-equipment-computer = Një kompjuter
diag-a-equipment-tablet = Një tablet
diag-a-equipment-none = Asnjë

diag-q-internet = A keni internet në shtëpi?
diag-a-internet-yes = Po
diag-a-internet-phone = Vetëm në telefon
diag-a-internet-no = Jo

diag-q-email = A përdorni e-mail?
diag-a-email-alone = Po, vetë
diag-a-email-help = Po, me ndihmë
diag-a-email-no = Jo

diag-q-online-form = A mund ta plotësoni vetë një formular në internet? Për shembull, një formular të bashkisë ose të zyrës së punësimit.
diag-a-online-form-alone = Po, vetë
diag-a-online-form-help = Po, me ndihmë
diag-a-online-form-no = Jo

diag-q-information = Unë mund të gjej informacion në internet, për shembull orarin e autobusit.
diag-a-information-0 = Jo
diag-a-information-1 = Me ndihmë
diag-a-information-2 = Po, vetë
diag-a-information-3 = Po, lehtë: mund t’ia tregoja edhe dikujt tjetër

diag-q-communication = Unë mund të dërgoj një mesazh ose një foto, ose të bëj një video-thirrje.
diag-a-communication-0 = Jo
diag-a-communication-1 = Me ndihmë
diag-a-communication-2 = Po, vetë
diag-a-communication-3 = Po, lehtë: mund t’ia tregoja edhe dikujt tjetër

diag-q-content-creation = Unë mund të shkruaj një letër në kompjuter ose në telefon dhe ta ruaj.
diag-a-content-creation-0 = Jo
diag-a-content-creation-1 = Me ndihmë
diag-a-content-creation-2 = Po, vetë
diag-a-content-creation-3 = Po, lehtë: mund t’ia tregoja edhe dikujt tjetër

diag-q-safety = Unë mund ta njoh një mesazh të rremë (një mashtrim) dhe i mbroj fjalëkalimet e mia.
diag-a-safety-0 = Jo
diag-a-safety-1 = Me ndihmë
diag-a-safety-2 = Po, vetë
diag-a-safety-3 = Po, lehtë: mund t’ia tregoja edhe dikujt tjetër

diag-q-problem-solving = Kur diçka nuk funksionon në telefon ose në kompjuter, unë mund të gjej një zgjidhje.
diag-a-problem-solving-0 = Jo
diag-a-problem-solving-1 = Me ndihmë
diag-a-problem-solving-2 = Po, vetë
diag-a-problem-solving-3 = Po, lehtë: mund t’ia tregoja edhe dikujt tjetër

diag-q-motivation = A do të donit të bënit më shumë gjëra me kompjuter ose me telefon?
diag-a-motivation-0 = Jo, jo shumë
diag-a-motivation-1 = Pak
diag-a-motivation-2 = Po
diag-a-motivation-3 = Po, shumë

diag-q-barriers = Çfarë jua bën të vështirë? (zgjidhni të gjitha ato që ju përkasin, ose asnjë)
diag-a-barriers-reading = Leximi dhe shkrimi
diag-a-barriers-language = Gjuha
diag-a-barriers-cost = Çmimi i një pajisjeje ose i internetit
diag-a-barriers-time = Nuk kam kohë
diag-a-barriers-fear = Kam frikë se mos bëj diçka gabim

diag-q-knows-help = A njihni një vend pranë jush ku dikush mund t’ju ndihmojë me kompjuterin dhe internetin?
diag-a-knows-help-yes = Po
diag-a-knows-help-no = Jo

## DigComp areas
diag-area-information = Gjetja e informacionit
diag-area-communication = Komunikimi
diag-area-content-creation = Krijimi i dokumenteve
diag-area-safety = Siguria
diag-area-problem-solving = Zgjidhja e problemeve

## Levels
diag-level-beginner = Fillestar
diag-level-intermediate = Mesatar
diag-level-advanced = I avancuar

## Profiles (the five personae of the study)
diag-persona-no_bearings = Hapat e parë, me mbështetje
diag-persona-no_bearings-text = Kompjuteri dhe interneti janë të reja ose të vështira për ju, dhe shumë gjëra ju pengojnë. Një person që i besoni mund t’ju ndihmojë, hap pas hapi.
diag-persona-novice = Fillestar
diag-persona-novice-text = Sapo po filloni dhe dëshironi të mësoni. Kurset për fillestarët dhe pikat e ndihmës janë bërë për ju.
diag-persona-resourceful = Ia dilni vetë
diag-persona-resourceful-text = Ju dini tashmë të bëni shumë gjëra. Punëtori të shkurtra për një temë mund t’ju ndihmojnë të ecni me kohën.
diag-persona-motivated = Gati për të mësuar
diag-persona-motivated-text = Ju i dini bazat, kryesisht në telefon, dhe dëshironi të bëni më shumë. Punëtoritë për një temë mund t’ju ndihmojnë t’i bëni gjërat vetë.
diag-persona-confirmed = I sigurt
diag-persona-confirmed-text = Ju ndiheni mirë me mjetet dixhitale. Mund të mësoni gjëra të avancuara dhe, nëse dëshironi, të ndihmoni njerëz të tjerë.

## Urgency and why
diag-urgency-high = Urgjencë e lartë: është e rëndësishme të merrni ndihmë shpejt
diag-urgency-medium = Urgjencë mesatare: ndihma do të ishte e dobishme
diag-urgency-low = Urgjencë e ulët: ia dilni vetë
diag-why-grid = Kjo vjen nga aftësitë tuaja dhe dëshira juaj për të mësuar.
diag-why-no-device = Nuk keni telefon, kompjuter ose tablet.
diag-why-forms-barrier = Nuk mund të plotësoni formularë në internet, dhe leximi ose gjuha janë të vështira për ju.

## Advice
diag-advice-step-by-step = Një person mund t’ju ndihmojë hap pas hapi, me ritmin tuaj.
diag-advice-ask-referent = Një punonjës social (për shembull në CPAS) ose një shoqatë në zonën tuaj mund t’ju shoqërojë dhe t’ju regjistrojë.
diag-advice-first-steps = Kurset për fillestarët ju mësojnë hapat e parë me telefonin ose me kompjuterin.
diag-advice-drop-in = Pikat e ndihmës u përgjigjen pyetjeve tuaja dhe ju ndihmojnë me formularët në internet.
diag-advice-themed-workshops = Punëtori të shkurtra për një temë (dokumente, foto, siguri…) ju ndihmojnë të bëni më shumë.
diag-advice-advanced-courses = Kurset e avancuara mund t’ju çojnë më tej, për shembull në programim.
diag-advice-volunteer = Mund të ndihmoni njerëz të tjerë si vullnetar.
diag-advice-equipment-help = Disa vende huazojnë ose shesin kompjuterë me çmim të ulët.
diag-advice-public-access = Në një hapësirë publike dixhitale (EPN), mund të përdorni kompjuterin dhe internetin falas.
diag-advice-free-offers = Shumë punëtori dhe pika ndihme janë falas.
diag-advice-reading-support = Disa vende i shpjegojnë gjërat thjesht, dhe ka kurse për të mësuar të lexoni dhe të shkruani.
diag-advice-language-support = Disa vende flasin gjuhën tuaj, dhe ka kurse gjuhe.
diag-advice-short-sessions = Seancat e shkurtra dhe ndihma pa takim i përshtaten një jete të ngarkuar.
diag-advice-at-your-pace = Askush nuk do t’ju gjykojë: secili mëson me ritmin e vet.
diag-advice-places-near-you = Vendet pranë jush mund t’ju ndihmojnë. Shihni listën më poshtë.

## Errors
diag-error-missing = Ju lutemi, përgjigjuni kësaj pyetjeje.
diag-error-invalid = Ju lutemi, zgjidhni një nga përgjigjet.
diag-error-too-many = Ju lutemi, zgjidhni vetëm një përgjigje.
diag-error-none-with-others = Zgjodhët „Asnjë“ dhe një pajisje. Ju lutemi, zgjidhni njërën ose tjetrën.
