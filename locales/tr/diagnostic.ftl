# Dijital kırılganlık öz değerlendirmesi (Türkçe). Sade dil: kısa cümleler, günlük kelimeler.

diag-title = Dijital becerilerinizi kontrol edin
diag-intro = Bilgisayarlar, telefonlar ve internet hakkında 12 kısa soru. Yanlış cevap yoktur. Sonunda öneriler ve size yardım edebilecek yakın yerler görürsünüz.
diag-skills-intro = Bunları yapabiliyor musunuz?
diag-result-title = Sonucunuz
diag-result-gaps = Öğrenebileceğiniz şeyler
diag-result-advice = Size ne yardımcı olabilir

## Questions and answers: diag-q-<question>, diag-a-<question>-<answer>

diag-q-equipment = Hangi cihazlarınız var? (uyanların hepsini seçin)
diag-a-equipment-smartphone = Akıllı telefon
diag-a-equipment-computer = Bilgisayar
diag-a-equipment-tablet = Tablet
diag-a-equipment-none = Hiçbiri

diag-q-internet = Evde internetiniz var mı?
diag-a-internet-yes = Evet
diag-a-internet-phone = Yalnızca telefonumda
diag-a-internet-no = Hayır

diag-q-email = E-posta kullanıyor musunuz?
diag-a-email-alone = Evet, kendi başıma
diag-a-email-help = Evet, yardımla
diag-a-email-no = Hayır

diag-q-online-form = İnternette bir formu kendi başınıza doldurabilir misiniz? Örneğin belediyenin ya da iş bulma kurumunun bir formunu.
diag-a-online-form-alone = Evet, kendi başıma
diag-a-online-form-help = Evet, yardımla
diag-a-online-form-no = Hayır

diag-q-information = İnternette bilgi bulabilirim, örneğin bir otobüs saatini.
diag-a-information-0 = Hayır
diag-a-information-1 = Yardımla
diag-a-information-2 = Evet, kendi başıma
diag-a-information-3 = Evet, kolayca: birine gösterebilirim

diag-q-communication = Bir mesaj ya da fotoğraf gönderebilirim veya görüntülü arama yapabilirim.
diag-a-communication-0 = Hayır
diag-a-communication-1 = Yardımla
diag-a-communication-2 = Evet, kendi başıma
diag-a-communication-3 = Evet, kolayca: birine gösterebilirim

diag-q-content-creation = Bilgisayarda ya da telefonda bir mektup yazıp kaydedebilirim.
diag-a-content-creation-0 = Hayır
diag-a-content-creation-1 = Yardımla
diag-a-content-creation-2 = Evet, kendi başıma
diag-a-content-creation-3 = Evet, kolayca: birine gösterebilirim

diag-q-safety = Sahte bir mesajı (dolandırıcılığı) tanıyabilirim ve şifrelerimi korurum.
diag-a-safety-0 = Hayır
diag-a-safety-1 = Yardımla
diag-a-safety-2 = Evet, kendi başıma
diag-a-safety-3 = Evet, kolayca: birine gösterebilirim

diag-q-problem-solving = Telefonumda ya da bilgisayarımda bir şey çalışmadığında bir çözüm bulabilirim.
diag-a-problem-solving-0 = Hayır
diag-a-problem-solving-1 = Yardımla
diag-a-problem-solving-2 = Evet, kendi başıma
diag-a-problem-solving-3 = Evet, kolayca: birine gösterebilirim

diag-q-motivation = Bilgisayarla ya da telefonla daha çok şey yapmak ister misiniz?
diag-a-motivation-0 = Hayır, pek değil
diag-a-motivation-1 = Biraz
diag-a-motivation-2 = Evet
diag-a-motivation-3 = Evet, çok

diag-q-barriers = Sizin için zor olan ne? (uyanların hepsini seçin ya da hiçbirini seçmeyin)
diag-a-barriers-reading = Okumak ve yazmak
diag-a-barriers-language = Dil
diag-a-barriers-cost = Bir cihazın ya da internetin fiyatı
diag-a-barriers-time = Zamanım yok
diag-a-barriers-fear = Yanlış bir şey yapmaktan korkuyorum

diag-q-knows-help = Yakınınızda, bilgisayar ve internet konusunda size yardım edebilecek birinin olduğu bir yer biliyor musunuz?
diag-a-knows-help-yes = Evet
diag-a-knows-help-no = Hayır

## DigComp areas
diag-area-information = Bilgi bulmak
diag-area-communication = İletişim kurmak
diag-area-content-creation = Belge hazırlamak
diag-area-safety = Güvende kalmak
diag-area-problem-solving = Sorun çözmek

## Levels
diag-level-beginner = Başlangıç
diag-level-intermediate = Orta
diag-level-advanced = İleri

## Profiles (the five personae of the study)
diag-persona-no_bearings = İlk adımlar, destekle
diag-persona-no_bearings-text = Bilgisayarlar ve internet sizin için yeni ya da zor, ve birçok şey önünüzü kesiyor. Güvendiğiniz biri size adım adım yardım edebilir.
diag-persona-novice = Yeni başlayan
diag-persona-novice-text = Yeni başlıyorsunuz ve öğrenmek istiyorsunuz. Yeni başlayanlar için kurslar ve yardım masaları tam size göre.
diag-persona-resourceful = İşinizi görüyorsunuz
diag-persona-resourceful-text = Birçok şeyi zaten yapabiliyorsunuz. Tek bir konu üzerine kısa atölyeler, yeniliklere ayak uydurmanıza yardım edebilir.
diag-persona-motivated = Öğrenmeye hazır
diag-persona-motivated-text = Temel şeyleri, çoğunlukla telefonunuzda, biliyorsunuz ve daha fazlasını yapmak istiyorsunuz. Tek bir konu üzerine atölyeler, işlerinizi kendi başınıza yapmanıza yardım edebilir.
diag-persona-confirmed = Kendinden emin
diag-persona-confirmed-text = Dijital araçlarla rahatsınız. İleri düzey şeyler öğrenebilir, isterseniz başkalarına da yardım edebilirsiniz.

## Urgency and why
diag-urgency-high = Yüksek aciliyet: yakında yardım almanız önemli
diag-urgency-medium = Orta aciliyet: yardım işinize yarar
diag-urgency-low = Düşük aciliyet: kendi başınıza idare ediyorsunuz
diag-why-grid = Bu sonuç becerilerinizden ve öğrenme isteğinizden geliyor.
diag-why-no-device = Telefonunuz, bilgisayarınız ya da tabletiniz yok.
diag-why-forms-barrier = İnternette form dolduramıyorsunuz ve okumak ya da dil sizin için zor.

## Advice
diag-advice-step-by-step = Biri size kendi hızınızda, adım adım yardım edebilir.
diag-advice-ask-referent = Bir sosyal çalışmacı (örneğin CPAS’ta) ya da semtinizdeki bir dernek size eşlik edebilir ve sizi kaydedebilir.
diag-advice-first-steps = Yeni başlayanlar için kurslar, telefonla ya da bilgisayarla ilk adımları öğretir.
diag-advice-drop-in = Yardım masaları sorularınızı cevaplar ve internetteki formlarda size yardım eder.
diag-advice-themed-workshops = Tek bir konu üzerine kısa atölyeler (belgeler, fotoğraflar, güvenlik…) daha fazlasını yapmanıza yardım eder.
diag-advice-advanced-courses = İleri düzey kurslar sizi daha ileri götürebilir, örneğin kodlamada.
diag-advice-volunteer = Gönüllü olarak başkalarına yardım edebilirsiniz.
diag-advice-equipment-help = Bazı yerler bilgisayarları ödünç verir ya da ucuza satar.
diag-advice-public-access = Halka açık bir dijital alanda (EPN) bilgisayarı ve interneti ücretsiz kullanabilirsiniz.
diag-advice-free-offers = Birçok atölye ve yardım masası ücretsizdir.
diag-advice-reading-support = Bazı yerler her şeyi basitçe anlatır, ayrıca okuma yazma öğrenmek için kurslar da var.
diag-advice-language-support = Bazı yerlerde sizin dilinizi konuşan biri var, ayrıca dil kursları da var.
diag-advice-short-sessions = Kısa oturumlar ve randevusuz yardım, yoğun bir hayata uyar.
diag-advice-at-your-pace = Kimse sizi yargılamaz: herkes kendi hızında öğrenir.
diag-advice-places-near-you = Yakınınızdaki yerler yardım edebilir. Aşağıdaki listeye bakın.

## Errors
diag-error-missing = Lütfen bu soruyu cevaplayın.
diag-error-invalid = Lütfen cevaplardan birini seçin.
diag-error-too-many = Lütfen yalnızca bir cevap seçin.
diag-error-none-with-others = “Hiçbiri” ve bir cihaz seçtiniz. Lütfen ya birini ya da ötekini seçin.
