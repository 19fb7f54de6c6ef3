# Oturumlar: herkese açık liste, bir oturumun sayfası, rezervasyon, yönetim paneli, e-postalar.

sessions-title = Atölyeler ve oturumlar
sessions-intro = Halka açık dijital alanlarda atölyeler, eğitimler ve yardım saatleri. Yakınınızda birini bulun, sonra sosyal çalışmacınız aracılığıyla ya da o yerden bir yer ayırtın.
sessions-count = { $count ->
    [0] Hiç oturum bulunamadı
    [one] 1 oturum
   *[other] { $count } oturum
}
sessions-none = Uyan bir oturum yok. Başka bir tarih ya da başka bir konu deneyin veya bir filtreyi kaldırın.
sessions-search-error = Aramada bir sorun var.
sessions-search-reset = Yeni bir arama başlatın
sessions-search-button = Oturumları göster
sessions-where-label = Nerede?
sessions-where-hint = Bir posta kodu ya da belediye, örneğin 1080 ya da Schaerbeek.
sessions-theme-label = Konu
sessions-theme-all-of-area = “{ $area }” konusunun tamamı
sessions-from-label = Başlangıç (tarih)
sessions-to-label = Bitiş (tarih)
sessions-only-free = Yalnızca ücretsiz olanlar
sessions-only-seats = Yalnızca boş yeri olanlar
sessions-when = { $date } { $day }, { $start }–{ $end }
sessions-mobile = Gezici etkinlik
sessions-price-free = Ücretsiz
sessions-price-euros = { $amount } €
sessions-seats-left = { $left ->
    [one] Kalan yer: 1 / { $seats }
   *[other] Kalan yer: { $left } / { $seats }
}
sessions-full-waiting = Dolu – bekleme listesi açık ({ $waiting } kişi bekliyor)
sessions-full = Dolu
sessions-status-cancelled = İptal edildi
sessions-theme-with-area = { $theme } ({ $area })

sessions-theme-devices = Bilgisayar, akıllı telefon ya da tablet kullanmak
sessions-theme-drop-in-help = Randevusuz yardım
sessions-theme-internet-search = İnternette arama yapmak
sessions-theme-job-search = İnternette iş aramak
sessions-theme-messaging = E-posta, mesajlar ve görüntülü aramalar
sessions-theme-online-services = İnternetteki kamu hizmetleri ve bankacılık
sessions-theme-documents = Belge ve özgeçmiş (CV) yazmak
sessions-theme-programming = Programlama
sessions-theme-safety = Şifreler, dolandırıcılık ve gizlilik

sessions-cancel-reason = Neden:
sessions-when-label = Ne zaman
sessions-where-label-short = Nerede
sessions-level-label = Düzey
sessions-languages-label = Diller
sessions-seats-label = Yerler
sessions-price-label = Fiyat
sessions-publics-label = Kimin için
sessions-bring-label = Yanınızda getirin:
sessions-accessibility-label = Erişilebilirlik
sessions-organiser-label = Düzenleyen
sessions-add-to-calendar = Takvimime ekle
sessions-manage-link = Bu oturumu yönet
sessions-booking-title = Bir yer ayırtın
sessions-your-bookings = Yapınızın bu oturum için rezervasyonları
sessions-person-name = Ad ya da takma ad
sessions-your-name = Adınız ya da bir takma ad
sessions-person-name-hint = Soyadı gerekmez.
sessions-person-phone = Cep telefonu (isteğe bağlı)
sessions-person-email = E-posta (isteğe bağlı)
sessions-person-contact-hint = Yalnızca 2 gün önce bir hatırlatma göndermek ya da oturum değişirse haber vermek için.
sessions-person-lang = Hatırlatmaların dili
sessions-booking-status = Rezervasyon
sessions-booking-confirmed = Yer onaylandı
sessions-booking-waiting = Bekleme listesinde
sessions-booking-cancelled = İptal edildi
sessions-cancel-booking = Rezervasyonu iptal et
sessions-not-bookable = Bu oturum için artık yer ayırtılamaz.
sessions-full-no-list = Bu oturum dolu ve bekleme listesi yok.
sessions-will-wait = Oturum dolu: kişi bekleme listesine girer ve bir yer boşalırsa yer otomatik olarak ona verilir.
sessions-self-booking-intro = Kendiniz bir yer ayırtabilirsiniz. Yalnızca adınızı istiyoruz.
sessions-how-to-book = Bir yer ayırtmak için sosyal çalışmacınıza (CPAS, belediye, dernek) sorun ya da o yerle iletişim kurun.
sessions-book-button = Yeri ayırt
sessions-wait-button = Bekleme listesine katıl
sessions-consent-text = Kişi, adının (ve verdiyse telefon numarasının ya da e-postasının) bu oturum için { $organisation } kuruluşuna iletilmesini ve oturumdan sonra 12 ay boyunca saklanmasını kabul eder. Bu bilgilerin silinmesini istediği zaman isteyebilir.
sessions-consent-text-self = Adımın (ve verdiysem telefon numaramın ya da e-postamın) bu oturum için { $organisation } kuruluşuna iletilmesini ve oturumdan sonra 12 ay boyunca saklanmasını kabul ediyorum. Bu bilgilerin silinmesini istediğim zaman isteyebilirim.
sessions-booked-confirmed = { $name } için yer onaylandı.
sessions-booked-waiting = { $name }, bekleme listesinde { $position }. sırada.
sessions-no-self-booking = Bu oturum için yer, bir sosyal çalışmacı aracılığıyla ya da o yerden ayırtılır.
sessions-at-place-title = Burada yakında yapılacak oturumlar
sessions-at-place-all = Bu yerdeki tüm oturumlar
sessions-at-place-calendar = Bu yerin oturum takvimi (iCalendar)

sessions-my-booking-title = Rezervasyonunuz
sessions-my-booking-confirmed = Yeriniz ayrıldı.
sessions-my-booking-waiting = Bekleme listesinde { $position }. sıradasınız. Bir yer boşalırsa sizindir ve size haber veririz.
sessions-my-booking-cancelled = Bu rezervasyon iptal edildi.
sessions-my-booking-keep = Bu sayfanın adresini saklayın: rezervasyonunuzu görmenin ya da iptal etmenin tek yolu budur.
sessions-my-booking-cancel = Rezervasyonumu iptal et
sessions-my-booking-cancelled-done = Rezervasyonunuz iptal edildi.
sessions-my-booking-privacy = Adınız ve iletişim bilgileriniz oturumdan 12 ay sonra silinir.

sessions-field-where = Nerede yapılıyor?
sessions-field-title = Başlık
sessions-field-description = Açıklama
sessions-field-theme = Konu
sessions-field-level = Düzey
sessions-field-languages = Konuşulan diller
sessions-field-date = Tarih (tekrarlanıyorsa ilk tarih)
sessions-field-start = Başlangıç saati
sessions-field-end = Bitiş saati
sessions-field-repeat = Tekrar
sessions-field-until = Son tarih
sessions-field-skip = Oturum olmayan tarihler
sessions-field-seats = Yer sayısı
sessions-field-waiting_list = Dolduğunda bekleme listesi tut
sessions-field-self_booking = Kişiler herkese açık sayfada kendileri yer ayırtabilir
sessions-field-price = Avro olarak fiyat
sessions-field-bring = Yanınızda getirmeniz gerekenler
sessions-field-publics = Kimin için (boş bırakın: herkes için)
sessions-field-accessibility = Erişilebilirlik
sessions-field-location = Yer ve adres
sessions-field-postcode = Posta kodu
sessions-field-name = Ad ya da takma ad
sessions-field-phone = Telefon
sessions-field-email = E-posta
sessions-field-consent = Onay
sessions-title-hint = Sade kelimeler, örneğin “İlk e-postalarım”.
sessions-until-hint = Örneğin okul yılının sonu.
sessions-skip-hint = Tatiller, YYYY-AA-GG biçiminde, virgülle ayrılmış.
sessions-price-hint = Ücretsizse boş bırakın ya da 0 yazın.
sessions-bring-hint = Örneğin: kimlik kartı, akıllı telefon ve telefonun şifresi.
sessions-repeat-once = Bir kez
sessions-repeat-weekly = Her hafta
sessions-repeat-every-2-weeks = 2 haftada bir
sessions-mobile-of = { $organisation } kuruluşunun gezici etkinliği (başka bir yerde)
sessions-mobile-legend = Gezici etkinlik
sessions-mobile-hint = Yalnızca gezici bir etkinlik için: nerede yapıldığı.

sessions-error-missing = { $field }: lütfen bunu doldurun.
sessions-error-too-long = { $field }: bu çok uzun.
sessions-error-unknown-code = { $field }: lütfen listeden seçin.
sessions-error-not-a-number = { $field }: lütfen bir sayı yazın.
sessions-error-out-of-range = { $field }: bu sayı çok küçük ya da çok büyük.
sessions-error-bad-date = { $field }: lütfen tarihi 2026-12-01 gibi yazın.
sessions-error-bad-time = { $field }: lütfen saati 10:00 gibi yazın.
sessions-error-end-before-start = { $field }: oturum, başladıktan sonra bitmelidir.
sessions-error-in-past = { $field }: bu tarih geçti.
sessions-error-until-before-first = { $field }: son tarih, ilk tarihten sonra olmalıdır.
sessions-error-too-many = { $field }: bu, 104’ten fazla tarih eder; daha erken bir son tarih seçin.
sessions-error-no-date-left = { $field }: bütün tarihler atlanıyor.
sessions-error-unknown-postcode = { $field }: bu posta kodu bölgede değil.
sessions-error-bad-phone = { $field }: lütfen bir telefon numarası yazın, örneğin ⁦0470 12 34 56⁩.
sessions-error-bad-email = { $field }: lütfen bir e-posta adresi yazın, örneğin ad@example.org.
sessions-error-no-consent = { $field }: kişinin kabul ettiğini göstermek için lütfen kutuyu işaretleyin.
sessions-error-where = Nerede yapılıyor?: lütfen yerlerinizden birini ya da gezici bir etkinlik seçin.
sessions-error-seats-below-booked = Yer sayısı: { $booked } kişi zaten yer ayırttı; en az { $booked } yer verin.

sessions-bo-link = Oturumlar
sessions-bookings-link = Rezervasyonlarım
sessions-bo-title = Oturumlar
sessions-bo-coming = Yaklaşan oturumlar
sessions-bo-past = Son 30 gün
sessions-bo-none = Henüz yaklaşan oturum yok.
sessions-publish-link = Bir oturum yayımla
sessions-new-title = Bir oturum yayımla
sessions-edit-title = Bu oturumu değiştir
sessions-edit-intro = Bu yalnızca bu tarihi değiştirir. Tarih, saat ya da yer değişirse, yer ayırtan kişilere haber verilir.
sessions-publish-button = Yayımla
sessions-save-button = Değişiklikleri kaydet
sessions-booked-of = { $seats } yerden { $booked } tanesi ayrıldı, { $waiting } kişi bekliyor
sessions-published = { $count ->
    [one] Oturum yayımlandı.
   *[other] { $count } oturum yayımlandı.
}
sessions-saved = { $count ->
    [0] Değişiklikler kaydedildi.
    [one] Değişiklikler kaydedildi; yer ayırtan 1 kişiye haber verildi.
   *[other] Değişiklikler kaydedildi; yer ayırtan { $count } kişiye haber verildi.
}
sessions-cancelled-told = { $count ->
    [0] Oturum iptal edildi.
    [one] Oturum iptal edildi; yer ayırtan 1 kişiye haber verildi.
   *[other] Oturum iptal edildi; yer ayırtan { $count } kişiye haber verildi.
}
sessions-public-page = Herkese açık sayfayı görün
sessions-edit-link = Tarihi, saati, yerleri ya da ayrıntıları değiştirin
sessions-people-title = Yer ayırtan kişiler
sessions-people-none = Henüz kimse yer ayırtmadı.
sessions-booked-by = Yer ayırtan
sessions-booked-alone = Kişinin kendisi
sessions-waiting-number = Bekleme listesi, sıra: { $position }
sessions-attendance-title = Katılım
sessions-attendance-intro = Oturumdan sonra kimin geldiğini işaretleyin. Bu, kişileri takip etmeye ve saymaya yardım eder.
sessions-attendance-present = Geldi
sessions-attendance-absent = Gelmedi
sessions-attendance-save = Katılımı kaydet
sessions-attendance-saved = { $count ->
    [one] 1 kişi için katılım kaydedildi.
   *[other] { $count } kişi için katılım kaydedildi.
}
sessions-cancel-title = Bu oturumu iptal et
sessions-cancel-intro = { $count ->
    [0] Kimse yer ayırtmadı.
    [one] Yer ayırtan kişiye, verdiyse e-postayla ya da SMS’le haber verilir; sosyal çalışmacısına da.
   *[other] Yer ayırtan { $count } kişiye, verdilerse e-postayla ya da SMS’le haber verilir; sosyal çalışmacılarına da.
}
sessions-cancel-reason-label = Neden (isteğe bağlı)
sessions-cancel-reason-hint = Yer ayırtan kişilere gönderilir.
sessions-cancel-following = Bu dizinin sonraki tarihlerini de iptal et
sessions-cancel-button = Oturumu iptal et
sessions-other-dates = Bu dizinin diğer tarihleri
sessions-bookings-title = Rezervasyonlarım
sessions-bookings-intro = Yapınızın ayırttığı yerler, 30 gün öncesinden bu yana.
sessions-bookings-find = Boş yeri olan bir oturum bulun
sessions-bookings-none = Yapınızın henüz rezervasyonu yok.

sessions-mail-bring = Yanınızda getirin: { $bring }
sessions-mail-link = Ayrıntılar: { $link }
sessions-mail-cancel-link = Rezervasyonunuzu görmek ya da iptal etmek için: { $link }
sessions-mail-reason = Neden: { $reason }
sessions-mail-footer = Bu mesajı, Passerelle’de sizin için bir yer ayrıldığı için alıyorsunuz. Adınız ve iletişim bilgileriniz oturumdan 12 ay sonra silinir.
sessions-mail-booked-subject = Yer ayrıldı: { $title }
sessions-mail-booked-intro = Merhaba { $name }, sizin için bir yer ayrıldı.
sessions-mail-waiting-subject = Bekleme listesi: { $title }
sessions-mail-waiting-intro = Merhaba { $name }, oturum dolu: bekleme listesinde { $position }. sıradasınız. Bir yer boşalırsa sizindir ve size haber veririz.
sessions-mail-promoted-subject = Sizin için bir yer boşaldı: { $title }
sessions-mail-promoted-intro = Merhaba { $name }, bir yer boşaldı: artık sizin.
sessions-mail-changed-subject = Değişti: { $title }
sessions-mail-changed-intro = Merhaba { $name }, yer ayırttığınız oturum değişti. İşte yeni tarih, saat ve yer.
sessions-mail-cancelled-subject = İptal edildi: { $title }
sessions-mail-cancelled-intro = Merhaba { $name }, üzgünüz: yer ayırttığınız oturum iptal edildi.
sessions-mail-reminder-subject = Hatırlatma: { $title }
sessions-mail-reminder-intro = Merhaba { $name }, bir hatırlatma: oturumunuz yakında.
sessions-sms-promoted = Sizin için bir yer boşaldı: { $title }, { $when }.
sessions-sms-changed = Değişti: { $title }, yeni zaman: { $when }.
sessions-sms-cancelled = İptal edildi: { $title }, { $when }.
sessions-sms-reminder = Hatırlatma: { $title }, { $when }.
sessions-mail-referrer-promoted-subject = { $title } için bir yer
sessions-mail-referrer-promoted-intro = Bir yer boşaldı: bekleme listesinde olan { $name } artık bir yer aldı.
sessions-mail-referrer-changed-subject = Oturum değişti: { $title }
sessions-mail-referrer-changed-intro = { $name } için yer ayırttığınız bir oturum değişti. Yeni tarih, saat ve yer:
sessions-mail-referrer-cancelled-subject = Oturum iptal edildi: { $title }
sessions-mail-referrer-cancelled-intro = { $name } için yer ayırttığınız bir oturum iptal edildi.

# Tek başına rezervasyon: istenmeyen gönderimlere karşı koruma.
sessions-error-fast = Form çok hızlı gönderildi. Yazdıklarınızı kontrol edin, sonra yeniden gönderin.
sessions-error-expired = Form uzun süre açık kaldı ve süresi doldu. Yazdıklarınız hâlâ burada: yeniden gönderin.
sessions-error-rate = Son bir saatte bağlantınızdan çok sayıda yer ayırtıldı. Bir saat sonra yeniden deneyin ya da o yeri arayın.
sessions-field-title-lang = Başlığın ve açıklamanın dili
sessions-title-lang-hint = Başka bir dildeki sayfalar bunu ekran okuyuculara bildirir.
sessions-title-lang-unsaid = Belirtilmedi
