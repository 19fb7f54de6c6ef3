# Etiketa EPN: faqet publike, kriteret e shpjeguara, formulari i kërkesës, procedura, e-mailet (shqip).

bo-label = Etiketa EPN

## Criteria: names and explanations (with the figures)

label-criterion-computers = Kompjuterët
label-criterion-opening-hours = Orari i hapjes
label-criterion-training-hours = Trajnimi
label-criterion-free-access-hours = Qasje e lirë me një animator
label-criterion-open-to-all-adults = E hapur për çdo të rritur
label-criterion-price = Çmimi i aktiviteteve bazë
label-criterion-charter = Karta
label-criterion-computers-pass = { $actual ->
        [one] 1 kompjuter
       *[other] { $actual } kompjuterë
    }: etiketa kërkon të paktën { $required }.
label-criterion-computers-fail = Vetëm { $actual ->
        [one] 1 kompjuter
       *[other] { $actual } kompjuterë
    }: etiketa kërkon të paktën { $required }.
label-criterion-opening-hours-pass = Hapur { $actual } { $actual ->
        [one] orë
       *[other] orë
    } në një javë të zakonshme: etiketa kërkon të paktën { $required }.
label-criterion-opening-hours-fail = Hapur vetëm { $actual } { $actual ->
        [one] orë
       *[other] orë
    } në një javë të zakonshme: etiketa kërkon të paktën { $required }.
label-criterion-opening-hours-unreadable = Orari „{ $hours }“ nuk mund të lexohet, prandaj orët në javë nuk mund të numërohen. Shkruajeni kështu: Mo-Fr 09:00-12:00.
label-criterion-training-hours-pass = { $actual } { $actual ->
        [one] orë
       *[other] orë
    } trajnim në javë: etiketa kërkon të paktën { $required }.
label-criterion-training-hours-fail = { $actual } { $actual ->
        [one] orë
       *[other] orë
    } trajnim në javë: etiketa kërkon të paktën { $required }.
label-criterion-free-access-hours-pass = { $actual } { $actual ->
        [one] orë
       *[other] orë
    } qasje e lirë me një animator në javë: etiketa kërkon të paktën { $required }.
label-criterion-free-access-hours-fail = { $actual } { $actual ->
        [one] orë
       *[other] orë
    } qasje e lirë me një animator në javë: etiketa kërkon të paktën { $required }.
label-criterion-open-to-all-adults-pass = Aktivitetet bazë janë të hapura për çdo të rritur.
label-criterion-open-to-all-adults-fail = Aktivitetet bazë nuk janë të hapura për çdo të rritur: etiketa kërkon që çdo i rritur të mund të marrë pjesë.
label-criterion-price-pass = Aktivitetet bazë janë { $actual }: etiketa pranon { $required }.
label-criterion-price-fail = Aktivitetet bazë janë { $actual }: etiketa kërkon që ato të jenë { $required }.
label-criterion-charter-pass = Karta është pranuar.
label-criterion-charter-fail = Karta nuk është pranuar: etiketa kërkon që EPN-ja ta nënshkruajë.
label-criterion-not-required = Kjo etiketë nuk e kërkon këtë.
label-price-free = falas
label-price-symbolic = me një pagesë simbolike
label-price-paid = me pagesë
label-or = ose
label-met = Plotësohet
label-not-met = Nuk plotësohet
label-weekly-hours = { $hours } orë në një javë të zakonshme

## Public pages

label-page-title = Etiketa EPN
label-page-intro = „{ $name }“ është etiketa që rajoni u jep hapësirave publike dixhitale (EPN): vende ku çdokush mund të përdorë kompjuterin dhe internetin, me dikë që ndihmon.
label-why-title = Çfarë sjell etiketa
label-why-badge = EPN-të me etiketë shfaqen në këtë drejtori me fjalët
label-why-equipment = Në vitin 2021, çdo EPN me etiketë mori { $amount } euro për të blerë pajisje kompjuterike, si dhe materiale për t’u bërë e njohur.
label-conditions-title = Kushtet
label-conditions-intro = Një EPN merr etiketën kur plotëson secilin nga këto kushte:
label-condition-computers = Të paktën { $count } kompjuterë, në ambiente të përshtatshme.
label-condition-open = Hapur të paktën { $hours } orë në javë.
label-condition-training = Mesatarisht { $hours } orë trajnim në javë.
label-condition-free-access = { $hours } orë në javë qasje e lirë, me një animator të pranishëm.
label-condition-adults = Aktivitetet bazë janë të hapura për çdo të rritur.
label-condition-price = Aktivitetet bazë janë { $prices }.
label-condition-charter = EPN-ja nënshkruan kartën më poshtë.
label-condition-activities = Kërkesa përshkruan trajnimet, punëtoritë dhe aktivitetet ndërgjegjësuese të EPN-së.
label-charter-title = Karta
label-charter-version = Versioni i datës { $date }.
label-charter-translation = Ky është një përkthim. Teksti origjinal është në { $language }.
label-apply-title = Si të aplikoni
label-apply-step-account = Hyni në zonën e administrimit me llogarinë e EPN-së suaj. Nëse nuk keni llogari, pyesni koordinimin e përfshirjes dixhitale.
label-apply-step-form = Plotësoni formularin e kërkesës. Mund ta ruani dhe të ktheheni më vonë. Faqja tregon menjëherë cilat kushte i plotësojnë përgjigjet tuaja.
label-apply-step-visit = Koordinimi mund t’i bëjë EPN-së suaj një vizitë njohjeje, për të parë si funksionon.
label-apply-step-recommend = Koordinatori e shqyrton kërkesën tuaj dhe i dërgon një rekomandim grupit të punës për përfshirjen dixhitale.
label-apply-step-decide = Grupi i punës jep mendimin e tij, pastaj komiteti drejtues vendos. Ju merrni një e-mail në çdo hap.
label-duration = Etiketa nuk ka datë përfundimi: ajo vlen për sa kohë EPN-ja i plotëson kushtet. Çdo vit, EPN-ja konfirmon informacionin e saj. Etiketa mund të tërhiqet kur një kusht nuk plotësohet më. Një EPN që u refuzua, ose së cilës iu tërhoq etiketa, mund të aplikojë përsëri.
label-apply-link = Aplikoni për etiketën (hyni)
label-list-link = EPN-të me etiketë sipas komunës
label-list-title = EPN-të me etiketë sipas komunës
label-list-intro = Këto hapësira publike dixhitale kanë etiketën e rajonit.
label-list-about = Çfarë është etiketa?
label-list-count = { $count ->
        [one] 1 vend me etiketë
       *[other] { $count } vende me etiketë
    }
label-list-since = me etiketë që nga { $year }
label-list-no-commune = Komuna nuk dihet

## Back office: home and queue

label-home-title = Etiketa EPN
label-home-about = Rreth etiketës
label-home-intro-manager = Këtu aplikoni për etiketën për vendet tuaja, ndiqni kërkesën tuaj dhe konfirmoni informacionin tuaj një herë në vit.
label-home-intro-staff = Kërkesat që presin në çdo hap, vendet me etiketë që duhen parë dhe të gjitha kërkesat.
label-your-places = Vendet tuaja
label-your-applications = Kërkesat tuaja
label-col-place = Vendi
label-col-places = Vendet
label-col-directory = Etiketa në drejtori
label-col-application = Kërkesa
label-col-organisation = Organizata
label-col-state = Gjendja
label-col-updated = Ndryshimi i fundit
label-col-date = Data
label-col-step = Hapi
label-col-body = Vendosur nga
label-col-recorded = Regjistruar nga
label-col-why = Pse
label-no-application = Asnjë kërkesë
label-nothing-to-apply = Secili nga vendet tuaja ka etiketën ose një kërkesë në proces.
label-no-places = Ende asnjë nga vendet tuaja nuk është në drejtori.
label-apply-for = Aplikoni për etiketën për „{ $place }“
label-apply-which = Për cilat vende është kërkesa?
label-apply = Fillo një kërkesë
label-status-none = Pa etiketë
label-status-labelled = Me etiketë
label-status-withdrawn = Etiketa u tërhoq
label-status-refused = Etiketa u refuzua
label-queue-examine = Në pritje të koordinimit
label-queue-working-group = Në pritje të mendimit të grupit të punës
label-queue-steering = Në pritje të vendimit të komitetit drejtues
label-queue-empty = Asgjë nuk është në pritje.
label-queue-drafts = { $count ->
        [one] 1 kërkesë po plotësohet nga një EPN.
       *[other] { $count } kërkesa po plotësohen nga EPN-të.
    }
label-flags-title = Vende me etiketë që duhen parë
label-flags-intro = Informacioni i tyre nuk e plotëson më një kusht të etiketës. Asgjë nuk ndryshon vetvetiu: pyesni EPN-në, pastaj shënojeni si të parë, ose tërhiqni etiketën.
label-flags-none = Asnjë vend me etiketë që duhet parë.
label-flag-place = { $place }: { $why } ({ $source })
label-flag-epn = { $organisation }: { $why } ({ $source })
label-flag-source-directory = nga drejtoria
label-flag-source-confirmation = nga konfirmimi vjetor
label-flag-raised = Gjetur më { $date }
label-field-resolution = Çfarë u bë (nuk është e detyrueshme)
label-flag-resolve = Shëno si të parë
label-flag-looked-at = U pa.
label-flag-resolved = U shënua si i parë. Etiketa nuk ka ndryshuar.
label-review-now = Kontrollo tani vendet me etiketë
label-review-done = { $count ->
        [0] Kontrolli u krye: asgjë e re për t’u parë.
        [one] Kontrolli u krye: 1 gjë e re për t’u parë.
       *[other] Kontrolli u krye: { $count } gjëra të reja për t’u parë.
    }
label-unconfirmed-title = Informacion ende i pakonfirmuar për { $year } ({ $count })
label-unconfirmed-intro = Çdo EPN me etiketë e konfirmon informacionin e saj një herë në vit.
label-all-title = Të gjitha kërkesat
label-filter-state = Gjendja
label-filter-all = Të gjitha
label-filter-show = Shfaq
label-all-count = { $count ->
        [one] 1 kërkesë
       *[other] { $count } kërkesa
    }

## States, steps, bodies

label-state-draft = Po plotësohet nga EPN-ja
label-state-submitted = U dërgua te koordinimi
label-state-under-examination = Po shqyrtohet nga koordinimi
label-state-recommended = Rekomandimi u dërgua te grupi i punës
label-state-advised = Grupi i punës dha mendimin
label-state-granted = Etiketa u dha
label-state-refused = Etiketa u refuzua
label-state-withdrawn = Etiketa u tërhoq
label-next-draft = Hapi tjetër: EPN-ja dërgon kërkesën e saj.
label-next-submitted = Hapi tjetër: koordinimi fillon të shqyrtojë kërkesën.
label-next-under-examination = Hapi tjetër: koordinimi mund ta vizitojë EPN-në, pastaj i dërgon rekomandimin e tij grupit të punës.
label-next-recommended = Hapi tjetër: grupi i punës jep mendimin e tij.
label-next-advised = Hapi tjetër: komiteti drejtues vendos.
label-next-granted = Etiketa nuk ka datë përfundimi. EPN-ja e konfirmon informacionin e saj çdo vit.
label-next-refused = EPN-ja mund të aplikojë përsëri.
label-next-withdrawn = EPN-ja mund të aplikojë përsëri.
label-next-none = asgjë më: EPN-ja mund të aplikojë përsëri me një kërkesë të re
label-step-submit = Kërkesa u dërgua
label-step-start-examination = Shqyrtimi filloi
label-step-record-visit = Vizitë njohjeje
label-step-recommend = Rekomandimi i koordinatorit
label-step-advise = Mendimi i grupit të punës
label-step-decide = Vendimi i komitetit drejtues
label-step-withdraw = Etiketa u tërhoq
label-body-applicant = EPN-ja
label-body-coordination = Koordinimi
label-body-working-group = Grupi i punës
label-body-steering-committee = Komiteti drejtues
label-body-unknown = Nuk dihet
label-outcome-favourable = pozitiv
label-outcome-unfavourable = negativ
label-outcome-granted = u dha
label-outcome-refused = u refuzua
label-recorded-from-source = Marrë nga një raport
label-date-unknown = Data nuk jepet në raport

## Application form

label-form-title = Kërkesë për etiketën: { $places }
label-form-intro = Përgjigjuni pyetjeve. Mund ta ruani draftin në çdo kohë dhe të ktheheni më vonë: asgjë nga ajo që shkruat nuk humbet.
label-form-criteria = Çfarë tregojnë përgjigjet tuaja
label-form-criteria-none = Përgjigjuni pyetjeve për të parë cilat kushte plotësoni.
label-form-questions = EPN-ja juaj
label-field-computers = Numri i kompjuterëve për publikun
label-hint-computers = Një numër i plotë, për shembull 8.
label-field-opening-hours = Orari i hapjes
label-hint-opening-hours = Si në drejtori, sipas mënyrës së OpenStreetMap, për shembull: Mo-Fr 09:00-12:00,13:00-17:00; Sa 10:00-13:00
label-field-training-hours = Orë trajnimi në javë, mesatarisht
label-field-free-access-hours = Orë qasjeje të lirë me një animator, në javë
label-hint-weekly-hours = Një numër orësh, për shembull 6 ose 5.5.
label-field-open-to-all-adults = A janë aktivitetet bazë të hapura për çdo të rritur?
label-hint-open-to-all-adults = Pavarësisht nga mosha, gjinia, origjina ose situata e tyre.
label-field-basic-price = Sa kushtojnë aktivitetet bazë?
label-field-publics = Publiku që mirëprisni në veçanti
label-field-activities = Trajnimet, punëtoritë dhe aktivitetet tuaja ndërgjegjësuese
label-hint-activities = Përshkruani çfarë ofroni, sa shpesh dhe për kë.
label-field-charter = Pranoj kartën, në emër të EPN-së.
label-yes = Po
label-no = Jo
label-save-draft = Ruaj draftin
label-submit = Dërgo kërkesën
label-draft-saved = Drafti juaj u ruajt.
label-draft-saved-partly = Drafti juaj u ruajt, përveç përgjigjeve të shënuara më poshtë.
label-error-computers = Shkruani numrin e kompjuterëve si numër të plotë, për shembull 8.
label-error-hours = Shkruani një numër orësh nga 0 deri në 168, për shembull 6 ose 5.5.
label-error-opening-hours = Ky orar nuk mund të lexohet. Shkruajeni kështu: Mo-Fr 09:00-12:00.
label-error-activities-long = Përshkruani aktivitetet tuaja me jo më shumë se 5 000 shenja.
label-error-required-computers = Shkruani numrin e kompjuterëve.
label-error-required-opening-hours = Shkruani orarin e hapjes.
label-error-required-training-hours = Shkruani orët e trajnimit në javë.
label-error-required-free-access-hours = Shkruani orët e qasjes së lirë me një animator.
label-error-required-open-to-all-adults = Tregoni nëse aktivitetet bazë janë të hapura për çdo të rritur.
label-error-required-basic-price = Zgjidhni sa kushtojnë aktivitetet bazë.
label-error-required-activities = Përshkruani aktivitetet tuaja.
label-error-charter = Pranoni kartën për të dërguar kërkesën tuaj.
label-error-incomplete = Kjo përgjigje mungon.
label-error-no-place = Zgjidhni të paktën një vend.

## An application's file

label-file-title = Kërkesë për etiketën: { $places }
label-file-organisation = Organizata:
label-file-state = Gjendja:
label-back = Kthehu te faqet e etiketës
label-open-file = Hap kërkesën
label-continue = Vazhdo kërkesën
label-notice-sent = Kërkesa juaj u dërgua. Koordinimi e ka marrë; do të merrni një e-mail në çdo hap.
label-notice-done = U regjistrua. EPN-ja u njoftua me e-mail.
label-notice-confirmed = Faleminderit: informacioni juaj është konfirmuar për këtë vit.
label-criteria-title = Kushtet e etiketës
label-no-answers = Përgjigjet e kësaj kërkese nuk janë regjistruar.
label-answers-title = Përgjigjet
label-not-answered = Pa përgjigje
label-charter-accepted = Versioni { $version }, pranuar më { $date }
label-charter-not-accepted = Nuk është pranuar
label-history-title = Historiku
label-confirmation-title = Informacioni i konfirmuar për { $year }
label-confirmation-when = Konfirmuar më { $date }.
label-busy-title = Një kërkesë ekziston tashmë
label-busy-text = Ky vend e ka tashmë etiketën, ose një kërkesë në proces. Vazhdoni atë.
label-busy-link = Hap atë kërkesë
label-forbidden-title = Kjo kërkesë nuk është e juaja
label-forbidden-text = Mund të shihni dhe të ndryshoni vetëm kërkesat e organizatës suaj.
label-refused-title = Ky hap nuk është i mundur tani
label-error-not-allowed = Kërkesa është në hapin „{ $state }“. Çfarë mund të ndodhë tani: { $next }.

## Steps: forms

label-action-examine = Fillo shqyrtimin
label-action-visit-title = Vizitë njohjeje
label-action-visit-intro = Nëse e vizituat EPN-në, shkruani kur dhe çfarë patë.
label-field-visit-date = Data e vizitës
label-field-notes = Shënime
label-action-visit = Regjistro vizitën
label-action-recommend-title = Rekomandim për grupin e punës
label-field-recommendation = Rekomandimi juaj
label-favourable = Pozitiv
label-unfavourable = Negativ
label-field-reasons = Arsyet
label-hint-reasons = EPN-ja do t’i lexojë ato.
label-action-recommend = Dërgo rekomandimin
label-action-advise-title = Mendimi i grupit të punës
label-field-advice = Mendimi
label-field-meeting-date = Data e mbledhjes
label-action-advise = Regjistro mendimin
label-action-decide-title = Vendimi i komitetit drejtues
label-field-decision = Vendimi
label-grant = Jepe etiketën
label-refuse = Refuzoje etiketën
label-field-decision-date = Data e vendimit
label-action-decide = Regjistro vendimin
label-action-withdraw-title = Tërhiqe etiketën
label-action-withdraw-intro = Vetëm kur EPN-ja nuk plotëson më një kusht. EPN-së do t’i shpjegohet arsyeja me e-mail.
label-field-withdraw-date = Data e vendimit
label-field-withdraw-reason = Arsyeja
label-action-withdraw = Tërhiqe etiketën
label-error-date = Shkruajeni datën kështu: 2026-11-26.
label-error-date-future = Data nuk mund të jetë në të ardhmen.
label-error-reasons = Shkruani arsyet.
label-error-recommendation = Zgjidhni pozitiv ose negativ.
label-error-advice = Zgjidhni pozitiv ose negativ.
label-error-decision = Zgjidhni të jepni ose të refuzoni etiketën.

## Yearly confirmation

label-confirm-link = Konfirmoni informacionin tuaj për { $year }
label-confirm-title = Konfirmoni informacionin tuaj për { $year }: { $places }
label-confirm-intro = Një herë në vit, çdo EPN me etiketë konfirmon që informacioni i saj është ende i saktë. Ndryshoni atë që nuk është më e saktë.
label-confirm-directory = Në drejtori
label-confirm-directory-intro = Njerëzit e shohin këtë informacion në drejtori. Nëse ka ndryshuar, përditësojeni atje.
label-confirm-edit-place = Përditësoni këtë vend në drejtori
label-not-recorded = nuk është regjistruar
label-confirm-figures = Shifrat tuaja këtë vit
label-field-confirm = Konfirmoj që ky informacion është i saktë sot.
label-error-confirm = Shënoni kutinë për të konfirmuar informacionin tuaj.
label-error-confirm-not-granted = Vetëm një EPN me etiketë e konfirmon informacionin e saj.
label-confirm-button = Konfirmo

## E-mails

label-mail-subject = Etiketa EPN, { $places }: { $state }
label-mail-subject-visit = vizita e njohjes u regjistrua
label-mail-body = Përshëndetje,

    Kërkesa juaj për etiketën EPN ({ $places }) ka ecur përpara: { $what }.
    { $reasons }
    Shihni kërkesën tuaj: { $link }

    Koordinimi i përfshirjes dixhitale
label-mail-reasons = Arsyet: { $reasons }
label-mail-notes = Shënime: { $notes }
label-mail-step-submit = koordinimi e ka marrë
label-mail-step-start-examination = koordinimi ka filluar ta shqyrtojë
label-mail-step-record-visit = u regjistrua një vizitë njohjeje më { $date }
label-mail-step-recommend-yes = koordinatori i dërgoi grupit të punës një rekomandim pozitiv
label-mail-step-recommend-no = koordinatori i dërgoi grupit të punës një rekomandim negativ
label-mail-step-advise-yes = grupi i punës dha një mendim pozitiv
label-mail-step-advise-no = grupi i punës dha një mendim negativ
label-mail-step-decide-granted = komiteti drejtues e dha etiketën
label-mail-step-decide-refused = komiteti drejtues e refuzoi etiketën
label-mail-step-withdraw = etiketa u tërhoq
label-mail-new-subject = Kërkesë e re për etiketën: { $places }
label-mail-new-body = Përshëndetje,

    { $organisation } dërgoi një kërkesë për etiketën EPN ({ $places }).

    Shqyrtojeni këtu: { $link }

# Historiku i etiketës, një fjali e thjeshtë për çdo ngjarje ($outcome: favourable,
# unfavourable ose none; për vendimin: granted, refused ose none).
label-event-submit = Kërkesa u dërgua.
label-event-start-examination = Koordinimi filloi të shqyrtojë kërkesën.
label-event-record-visit = Koordinimi bëri një vizitë njohjeje.
label-event-recommend = { $outcome ->
    [favourable] Koordinatori rekomandoi dhënien e etiketës.
    [unfavourable] Koordinatori rekomandoi refuzimin e etiketës.
   *[none] Koordinatori dha një rekomandim.
}
label-event-advise = { $outcome ->
    [favourable] Grupi i punës dha një mendim pozitiv.
    [unfavourable] Grupi i punës dha një mendim negativ.
   *[none] Grupi i punës dha mendimin e tij.
}
label-event-decide = { $outcome ->
    [granted] Komiteti drejtues e dha etiketën.
    [refused] Komiteti drejtues e refuzoi etiketën.
   *[none] Komiteti drejtues mori vendimin e tij.
}
label-event-withdraw = Etiketa u tërhoq.
