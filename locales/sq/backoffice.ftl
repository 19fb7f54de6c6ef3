# Zona e administrimit: llogaritë, hyrja, navigimi.

forbidden-title = Nuk keni leje ta hapni këtë faqe
forbidden-text = Llogaria juaj nuk jep qasje në këtë faqe. Nëse mendoni se duhet ta keni, pyesni koordinimin.
csrf-title = Ky formular ka skaduar
csrf-text = Për sigurinë tuaj, formulari nuk mund të dërgohej. Kthehuni mbrapa, ringarkoni faqen dhe dërgojeni përsëri: ajo që shkruat është ende në formular nëse përdorni butonin „mbrapa“.
form-errors-title = Ka një problem
bo-nav = Zona e administrimit
bo-home = Kreu i zonës së administrimit
bo-title = Zona e administrimit
bo-welcome = Përshëndetje { $name }. Keni hyrë si { $role }.
bo-signed-in-as = Keni hyrë si
bo-find-place = Gjeni një vend për dikë
bo-places = Vendet
bo-users = Llogaritë
bo-organisations = Organizatat
logout = Dil
login-title = Hyr
login-intro = Zona e administrimit është për hapësirat publike dixhitale, punonjësit socialë dhe koordinimin. Nuk ju duhet llogari për të gjetur ndihmë.
login-button = Hyr
login-signed-out = Keni dalë nga llogaria.
login-password-set = Fjalëkalimi juaj u ruajt. Tani mund të hyni.
field-email = Adresa e e-mailit
field-password = Fjalëkalimi
field-new-password = Fjalëkalimi i ri
field-confirm-password = Shkruani përsëri fjalëkalimin e ri
field-name = Emri
field-role = Roli
field-organisation = Organizata
forgot-link = Keni harruar fjalëkalimin?
forgot-title = Zgjidhni një fjalëkalim të ri
forgot-intro = Shkruani adresën e e-mailit të llogarisë suaj. Do t’ju dërgojmë një lidhje për të zgjedhur një fjalëkalim të ri. Lidhja vlen për një orë.
forgot-button = Më dërgoni një lidhje
forgot-sent = Nëse një llogari e përdor këtë adresë, i dërguam një lidhje. Kontrolloni e-mailet, edhe dosjen e postës së padëshiruar (spam).
reset-title = Zgjidhni një fjalëkalim të ri
invite-title = Mirë se vini: zgjidhni fjalëkalimin tuaj
new-password-for = Llogaria: { $email }
password-hint = Të paktën { $min } shenja. Një fjali me disa fjalë mbahet mend lehtë dhe gjendet me vështirësi.
save-password = Ruaj fjalëkalimin
link-expired-title = Kjo lidhje nuk funksionon më
link-expired-text = Lidhja është përdorur tashmë ose është shumë e vjetër. Kërkoni një të re.
error-email-missing = Shkruani adresën tuaj të e-mailit.
error-email-invalid = Shkruani një adresë e-maili si emri@example.org.
error-email-taken = Një llogari e përdor tashmë këtë adresë e-maili.
error-password-missing = Shkruani fjalëkalimin tuaj.
error-login-failed = Adresa e e-mailit ose fjalëkalimi nuk është i saktë. Kontrolloni të dyja dhe provoni përsëri.
error-login-throttled = Shumë përpjekje. Për sigurinë tuaj, prisni 15 minuta para se të provoni përsëri, ose zgjidhni një fjalëkalim të ri.
error-password-short = Fjalëkalimi duhet të ketë të paktën { $min } shenja.
error-password-long = Fjalëkalimi është shumë i gjatë: jo më shumë se 256 shenja.
error-password-email = Fjalëkalimi nuk duhet të jetë adresa juaj e e-mailit.
error-password-confirm = Dy fjalëkalimet nuk janë të njëjta. Shkruajini përsëri.
error-name-missing = Shkruani emrin e personit.
error-role = Zgjidhni një rol nga lista.
error-organisation-needed = Zgjidhni organizatën: ky rol ka nevojë për një organizatë.
mail-invite-subject = Llogaria juaj në Passerelle
mail-invite-body = Përshëndetje { $name },

    U krijua një llogari për ju në Passerelle. Zgjidhni fjalëkalimin tuaj me këtë lidhje (vlen për 7 ditë):

    { $link }

    Nëse nuk e prisnit këtë mesazh, mund ta shpërfillni.
mail-reset-subject = Zgjidhni një fjalëkalim të ri
mail-reset-body = Përshëndetje { $name },

    Dikush kërkoi të ndryshojë fjalëkalimin e llogarisë suaj. Zgjidhni një fjalëkalim të ri me këtë lidhje (vlen për një orë):

    { $link }

    Nëse nuk ishit ju, shpërfilleni këtë mesazh: fjalëkalimi juaj nuk ndryshon.
role-admin = administrator
role-coordinator = koordinator
role-epn_manager = menaxher i EPN-së
role-referrer = referues (punonjës social)
role-committee = anëtar i komitetit
role-jury = anëtar i jurisë
role-applicant = organizatë që aplikon në thirrjet për projekte
users-title = Llogaritë
invite-heading = Ftoni dikë
invite-intro = Personi merr një e-mail me një lidhje për të zgjedhur fjalëkalimin e vet.
invite-organisation-hint = E nevojshme për menaxherët e EPN-ve (organizata e tyre) dhe për referuesit (struktura e tyre).
invite-button = Dërgo ftesën
invite-sent = Ftesa u dërgua.
invite-not-sent = Llogaria u krijua, por e-maili nuk mund të dërgohej. Kontrolloni cilësimet e postës, pastaj përdorni „Keni harruar fjalëkalimin?“.
organisations-title = Organizatat
organisations-intro = Ndryshimet e një organizate të besuar publikohen menjëherë. Ndryshimet e të tjerave presin që koordinimi t’i kontrollojë.
organisation-trusted = E besuar
organisation-trust = Besoje
organisation-untrust = Mos i beso më
actions = Veprimet
yes = Po
no = Jo
