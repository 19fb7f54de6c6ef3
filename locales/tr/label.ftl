# EPN etiketi: herkese açık sayfalar, açıklanan ölçütler, başvuru formu, süreç, e-postalar (Türkçe).

bo-label = EPN etiketi

## Criteria: names and explanations (with the figures)

label-criterion-computers = Bilgisayarlar
label-criterion-opening-hours = Açılış saatleri
label-criterion-training-hours = Eğitim
label-criterion-free-access-hours = Animatör eşliğinde serbest erişim
label-criterion-open-to-all-adults = Her yetişkine açık
label-criterion-price = Temel etkinliklerin fiyatı
label-criterion-charter = Şart
label-criterion-computers-pass = { $actual ->
        [one] 1 bilgisayar
       *[other] { $actual } bilgisayar
    }: etiket en az { $required } bilgisayar ister.
label-criterion-computers-fail = Yalnızca { $actual ->
        [one] 1 bilgisayar
       *[other] { $actual } bilgisayar
    }: etiket en az { $required } bilgisayar ister.
label-criterion-opening-hours-pass = Normal bir haftada { $actual } { $actual ->
        [one] saat
       *[other] saat
    } açık: etiket en az { $required } saat ister.
label-criterion-opening-hours-fail = Normal bir haftada yalnızca { $actual } { $actual ->
        [one] saat
       *[other] saat
    } açık: etiket en az { $required } saat ister.
label-criterion-opening-hours-unreadable = “{ $hours }” açılış saatleri okunamıyor, bu yüzden haftalık saatler sayılamıyor. Saatleri şöyle yazın: Mo-Fr 09:00-12:00.
label-criterion-training-hours-pass = Haftada { $actual } { $actual ->
        [one] saat
       *[other] saat
    } eğitim: etiket en az { $required } saat ister.
label-criterion-training-hours-fail = Haftada { $actual } { $actual ->
        [one] saat
       *[other] saat
    } eğitim: etiket en az { $required } saat ister.
label-criterion-free-access-hours-pass = Haftada { $actual } { $actual ->
        [one] saat
       *[other] saat
    } animatör eşliğinde serbest erişim: etiket en az { $required } saat ister.
label-criterion-free-access-hours-fail = Haftada { $actual } { $actual ->
        [one] saat
       *[other] saat
    } animatör eşliğinde serbest erişim: etiket en az { $required } saat ister.
label-criterion-open-to-all-adults-pass = Temel etkinlikler her yetişkine açık.
label-criterion-open-to-all-adults-fail = Temel etkinlikler her yetişkine açık değil: etiket, her yetişkinin katılabilmesini ister.
label-criterion-price-pass = Temel etkinlikler { $actual }: etiket, { $required } olmasını kabul eder.
label-criterion-price-fail = Temel etkinlikler { $actual }: etiket, { $required } olmalarını ister.
label-criterion-charter-pass = Şart kabul edildi.
label-criterion-charter-fail = Şart kabul edilmedi: etiket, EPN’nin şartı imzalamasını ister.
label-criterion-not-required = Bu etiket bunu istemiyor.
label-price-free = ücretsiz
label-price-symbolic = sembolik ücretli
label-price-paid = ücretli
label-or = ya da
label-met = Karşılanıyor
label-not-met = Karşılanmıyor
label-weekly-hours = Normal bir haftada { $hours } saat

## Public pages

label-page-title = EPN etiketi
label-page-intro = “{ $name }”, bölgenin halka açık dijital alanlara (EPN) verdiği etikettir. Bunlar, herkesin bilgisayar ve internet kullanabildiği, yardım edecek birinin bulunduğu yerlerdir.
label-why-title = Etiketin sağladıkları
label-why-badge = Etiketli EPN’ler bu rehberde şu sözlerle gösterilir:
label-why-equipment = 2021’de her etiketli EPN, bilgisayar donanımı almak için { $amount } avro ve kendini tanıtmak için malzeme aldı.
label-conditions-title = Koşullar
label-conditions-intro = Bir EPN, bu koşulların her birini karşıladığında etiketi alır:
label-condition-computers = Uygun bir mekânda en az { $count } bilgisayar.
label-condition-open = Haftada en az { $hours } saat açık.
label-condition-training = Haftada ortalama { $hours } saat eğitim.
label-condition-free-access = Haftada { $hours } saat, bir animatör eşliğinde serbest erişim.
label-condition-adults = Temel etkinlikler her yetişkine açık.
label-condition-price = Temel etkinlikler { $prices }.
label-condition-charter = EPN aşağıdaki şartı imzalar.
label-condition-activities = Başvuru, EPN’nin eğitimlerini, atölyelerini ve bilinçlendirme etkinliklerini anlatır.
label-charter-title = Şart
label-charter-version = { $date } tarihli sürüm.
label-charter-translation = Bu bir çeviridir. Orijinal metnin dili: { $language }.
label-apply-title = Nasıl başvurulur
label-apply-step-account = EPN’nizin hesabıyla yönetim paneline giriş yapın. Hesabınız yoksa, dijital kapsayıcılık koordinasyon ekibine sorun.
label-apply-step-form = Başvuru formunu doldurun. Formu kaydedip daha sonra geri gelebilirsiniz. Sayfa, cevaplarınızın hangi koşulları karşıladığını hemen gösterir.
label-apply-step-visit = Koordinasyon ekibi, nasıl çalıştığını görmek için EPN’nize bir nezaket ziyareti yapabilir.
label-apply-step-recommend = Koordinatör başvurunuzu inceler ve dijital kapsayıcılık çalışma grubuna bir öneri gönderir.
label-apply-step-decide = Çalışma grubu görüşünü bildirir, sonra yönlendirme komitesi karar verir. Her adımda bir e-posta alırsınız.
label-duration = Etiketin bitiş tarihi yoktur: EPN koşulları karşıladığı sürece geçerlidir. EPN her yıl bilgilerini onaylar. Bir koşul artık karşılanmadığında etiket geri alınabilir. Başvurusu reddedilen ya da etiketi geri alınan bir EPN yeniden başvurabilir.
label-apply-link = Etikete başvurun (giriş yapın)
label-list-link = Belediyeye göre etiketli EPN’ler
label-list-title = Belediyeye göre etiketli EPN’ler
label-list-intro = Bu halka açık dijital alanlar, bölgenin etiketine sahiptir.
label-list-about = Etiket nedir?
label-list-count = { $count ->
        [one] 1 etiketli yer
       *[other] { $count } etiketli yer
    }
label-list-since = { $year } yılında etiketlendi
label-list-no-commune = Belediye bilinmiyor

## Back office: home and queue

label-home-title = EPN etiketi
label-home-about = Etiket hakkında
label-home-intro-manager = Burada yerleriniz için etikete başvurur, başvurunuzu takip eder ve bilgilerinizi yılda bir kez onaylarsınız.
label-home-intro-staff = Her adımda bekleyen başvurular, incelenecek etiketli yerler ve tüm başvurular.
label-your-places = Yerleriniz
label-your-applications = Başvurularınız
label-col-place = Yer
label-col-places = Yerler
label-col-directory = Rehberdeki etiket
label-col-application = Başvuru
label-col-organisation = Kuruluş
label-col-state = Durumu
label-col-updated = Son değişiklik
label-col-date = Tarih
label-col-step = Adım
label-col-body = Karar veren
label-col-recorded = Kaydeden
label-col-why = Neden
label-no-application = Başvuru yok
label-nothing-to-apply = Yerlerinizin her birinin etiketi ya da devam eden bir başvurusu var.
label-no-places = Yerlerinizden hiçbiri henüz rehberde yok.
label-apply-for = “{ $place }” için etikete başvurun
label-apply-which = Başvuru hangi yerleri kapsıyor?
label-apply = Bir başvuru başlatın
label-status-none = Etiket yok
label-status-labelled = Etiketli
label-status-withdrawn = Etiket geri alındı
label-status-refused = Etiket reddedildi
label-queue-examine = Koordinasyon ekibini bekliyor
label-queue-working-group = Çalışma grubunun görüşünü bekliyor
label-queue-steering = Yönlendirme komitesinin kararını bekliyor
label-queue-empty = Bekleyen bir şey yok.
label-queue-drafts = { $count ->
        [one] 1 başvuru bir EPN tarafından dolduruluyor.
       *[other] { $count } başvuru EPN’ler tarafından dolduruluyor.
    }
label-flags-title = İncelenecek etiketli yerler
label-flags-intro = Bilgileri artık etiketin bir koşulunu karşılamıyor. Hiçbir şey kendiliğinden değişmez: EPN’ye sorun, sonra incelendi olarak işaretleyin ya da etiketi geri alın.
label-flags-none = İncelenecek etiketli yer yok.
label-flag-place = { $place }: { $why } ({ $source })
label-flag-epn = { $organisation }: { $why } ({ $source })
label-flag-source-directory = rehberden
label-flag-source-confirmation = yıllık onaydan
label-flag-raised = Bulunma tarihi: { $date }
label-field-resolution = Ne yapıldı (isteğe bağlı)
label-flag-resolve = İncelendi olarak işaretle
label-flag-looked-at = İncelendi.
label-flag-resolved = İncelendi olarak işaretlendi. Etiket değişmedi.
label-review-now = Etiketli yerleri şimdi kontrol et
label-review-done = { $count ->
        [0] Kontrol tamamlandı: incelenecek yeni bir şey yok.
        [one] Kontrol tamamlandı: incelenecek 1 yeni şey var.
       *[other] Kontrol tamamlandı: incelenecek { $count } yeni şey var.
    }
label-unconfirmed-title = { $year } için henüz onaylanmamış bilgiler ({ $count })
label-unconfirmed-intro = Her etiketli EPN, bilgilerini yılda bir kez onaylar.
label-all-title = Tüm başvurular
label-filter-state = Durumu
label-filter-all = Tümü
label-filter-show = Göster
label-all-count = { $count ->
        [one] 1 başvuru
       *[other] { $count } başvuru
    }

## States, steps, bodies

label-state-draft = EPN tarafından dolduruluyor
label-state-submitted = Koordinasyon ekibine gönderildi
label-state-under-examination = Koordinasyon ekibi tarafından inceleniyor
label-state-recommended = Öneri çalışma grubuna gönderildi
label-state-advised = Çalışma grubu görüşünü bildirdi
label-state-granted = Etiket verildi
label-state-refused = Etiket reddedildi
label-state-withdrawn = Etiket geri alındı
label-next-draft = Sonraki adım: EPN başvurusunu gönderir.
label-next-submitted = Sonraki adım: koordinasyon ekibi başvuruyu incelemeye başlar.
label-next-under-examination = Sonraki adım: koordinasyon ekibi EPN’yi ziyaret edebilir, sonra önerisini çalışma grubuna gönderir.
label-next-recommended = Sonraki adım: çalışma grubu görüşünü bildirir.
label-next-advised = Sonraki adım: yönlendirme komitesi karar verir.
label-next-granted = Etiketin bitiş tarihi yoktur. EPN bilgilerini her yıl onaylar.
label-next-refused = EPN yeniden başvurabilir.
label-next-withdrawn = EPN yeniden başvurabilir.
label-next-none = başka bir şey yok: EPN yeni bir başvuruyla yeniden başvurabilir
label-step-submit = Başvuru gönderildi
label-step-start-examination = İnceleme başladı
label-step-record-visit = Nezaket ziyareti
label-step-recommend = Koordinatörün önerisi
label-step-advise = Çalışma grubunun görüşü
label-step-decide = Yönlendirme komitesinin kararı
label-step-withdraw = Etiket geri alındı
label-body-applicant = EPN
label-body-coordination = Koordinasyon ekibi
label-body-working-group = Çalışma grubu
label-body-steering-committee = Yönlendirme komitesi
label-body-unknown = Bilinmiyor
label-outcome-favourable = olumlu
label-outcome-unfavourable = olumsuz
label-outcome-granted = verildi
label-outcome-refused = reddedildi
label-recorded-from-source = Bir rapordan alındı
label-date-unknown = Rapor tarihi vermiyor

## Application form

label-form-title = Etiket başvurusu: { $places }
label-form-intro = Soruları cevaplayın. Taslağı istediğiniz zaman kaydedip daha sonra geri gelebilirsiniz: yazdıklarınızın hiçbiri kaybolmaz.
label-form-criteria = Cevaplarınızın gösterdikleri
label-form-criteria-none = Hangi koşulları karşıladığınızı görmek için soruları cevaplayın.
label-form-questions = EPN’niz
label-field-computers = Halkın kullandığı bilgisayar sayısı
label-hint-computers = Tam bir sayı, örneğin 8.
label-field-opening-hours = Açılış saatleri
label-hint-opening-hours = Rehberdeki gibi, OpenStreetMap biçiminde, örneğin: Mo-Fr 09:00-12:00,13:00-17:00; Sa 10:00-13:00
label-field-training-hours = Haftalık ortalama eğitim saati
label-field-free-access-hours = Haftalık animatör eşliğinde serbest erişim saati
label-hint-weekly-hours = Saat sayısı, örneğin 6 ya da 5,5.
label-field-open-to-all-adults = Temel etkinlikler her yetişkine açık mı?
label-hint-open-to-all-adults = Yaşı, cinsiyeti, kökeni ya da durumu ne olursa olsun.
label-field-basic-price = Temel etkinliklerin fiyatı ne?
label-field-publics = Özellikle ağırladığınız kitleler
label-field-activities = Eğitimleriniz, atölyeleriniz ve bilinçlendirme etkinlikleriniz
label-hint-activities = Ne sunduğunuzu, ne sıklıkla ve kimin için sunduğunuzu anlatın.
label-field-charter = EPN adına şartı kabul ediyorum.
label-yes = Evet
label-no = Hayır
label-save-draft = Taslağı kaydet
label-submit = Başvuruyu gönder
label-draft-saved = Taslağınız kaydedildi.
label-draft-saved-partly = Taslağınız kaydedildi, aşağıda işaretli cevaplar hariç.
label-error-computers = Bilgisayar sayısını tam bir sayı olarak yazın, örneğin 8.
label-error-hours = 0 ile 168 arasında bir saat sayısı yazın, örneğin 6 ya da 5,5.
label-error-opening-hours = Bu açılış saatleri okunamıyor. Saatleri şöyle yazın: Mo-Fr 09:00-12:00.
label-error-activities-long = Etkinliklerinizi en fazla 5.000 karakterle anlatın.
label-error-required-computers = Bilgisayar sayısını yazın.
label-error-required-opening-hours = Açılış saatlerini yazın.
label-error-required-training-hours = Haftalık eğitim saatini yazın.
label-error-required-free-access-hours = Animatör eşliğinde serbest erişim saatini yazın.
label-error-required-open-to-all-adults = Temel etkinliklerin her yetişkine açık olup olmadığını belirtin.
label-error-required-basic-price = Temel etkinliklerin fiyatını seçin.
label-error-required-activities = Etkinliklerinizi anlatın.
label-error-charter = Başvurunuzu göndermek için şartı kabul edin.
label-error-incomplete = Bu cevap eksik.
label-error-no-place = En az bir yer seçin.

## An application's file

label-file-title = Etiket başvurusu: { $places }
label-file-organisation = Kuruluş:
label-file-state = Durumu:
label-back = Etiket sayfalarına dön
label-open-file = Başvuruyu aç
label-continue = Başvuruya devam et
label-notice-sent = Başvurunuz gönderildi. Koordinasyon ekibi başvurunuzu aldı; her adımda bir e-posta alacaksınız.
label-notice-done = Kaydedildi. EPN’ye e-postayla bilgi verildi.
label-notice-confirmed = Teşekkürler: bilgileriniz bu yıl için onaylandı.
label-criteria-title = Etiketin koşulları
label-no-answers = Bu başvurunun cevapları kayıtlı değil.
label-answers-title = Cevaplar
label-not-answered = Cevaplanmadı
label-charter-accepted = Sürüm { $version }, kabul tarihi: { $date }
label-charter-not-accepted = Kabul edilmedi
label-history-title = Geçmiş
label-confirmation-title = { $year } için onaylanan bilgiler
label-confirmation-when = Onay tarihi: { $date }.
label-busy-title = Zaten bir başvuru var
label-busy-text = Bu yerin zaten etiketi ya da devam eden bir başvurusu var. O başvuruya devam edin.
label-busy-link = O başvuruyu aç
label-forbidden-title = Bu başvuru sizin değil
label-forbidden-text = Yalnızca kendi kuruluşunuzun başvurularını görebilir ve değiştirebilirsiniz.
label-refused-title = Bu adım şu anda mümkün değil
label-error-not-allowed = Başvuru “{ $state }” adımında. Şimdi olabilecekler: { $next }.

## Steps: forms

label-action-examine = İncelemeyi başlat
label-action-visit-title = Nezaket ziyareti
label-action-visit-intro = EPN’yi ziyaret ettiyseniz, ne zaman gittiğinizi ve ne gördüğünüzü yazın.
label-field-visit-date = Ziyaret tarihi
label-field-notes = Notlar
label-action-visit = Ziyareti kaydet
label-action-recommend-title = Çalışma grubuna öneri
label-field-recommendation = Öneriniz
label-favourable = Olumlu
label-unfavourable = Olumsuz
label-field-reasons = Gerekçeler
label-hint-reasons = EPN bunları okuyacak.
label-action-recommend = Öneriyi gönder
label-action-advise-title = Çalışma grubunun görüşü
label-field-advice = Görüş
label-field-meeting-date = Toplantı tarihi
label-action-advise = Görüşü kaydet
label-action-decide-title = Yönlendirme komitesinin kararı
label-field-decision = Karar
label-grant = Etiketi ver
label-refuse = Etiketi reddet
label-field-decision-date = Karar tarihi
label-action-decide = Kararı kaydet
label-action-withdraw-title = Etiketi geri al
label-action-withdraw-intro = Yalnızca EPN artık bir koşulu karşılamıyorsa. Nedeni EPN’ye e-postayla bildirilecek.
label-field-withdraw-date = Karar tarihi
label-field-withdraw-reason = Gerekçe
label-action-withdraw = Etiketi geri al
label-error-date = Tarihi şöyle yazın: 2026-11-26.
label-error-date-future = Tarih gelecekte olamaz.
label-error-reasons = Gerekçeleri yazın.
label-error-recommendation = Olumlu ya da olumsuz seçin.
label-error-advice = Olumlu ya da olumsuz seçin.
label-error-decision = Etiketi vermeyi ya da reddetmeyi seçin.

## Yearly confirmation

label-confirm-link = { $year } için bilgilerinizi onaylayın
label-confirm-title = { $year } için bilgilerinizi onaylayın: { $places }
label-confirm-intro = Her etiketli EPN, bilgilerinin hâlâ doğru olduğunu yılda bir kez onaylar. Artık doğru olmayanları değiştirin.
label-confirm-directory = Rehberde
label-confirm-directory-intro = İnsanlar bu bilgileri rehberde görür. Değiştiyse, orada güncelleyin.
label-confirm-edit-place = Bu yeri rehberde güncelle
label-not-recorded = kayıtlı değil
label-confirm-figures = Bu yılki rakamlarınız
label-field-confirm = Bu bilgilerin bugün doğru olduğunu onaylıyorum.
label-error-confirm = Bilgilerinizi onaylamak için kutuyu işaretleyin.
label-error-confirm-not-granted = Bilgilerini yalnızca etiketli bir EPN onaylar.
label-confirm-button = Onayla

## E-mails

label-mail-subject = EPN etiketi, { $places }: { $state }
label-mail-subject-visit = nezaket ziyareti kaydedildi
label-mail-body = Merhaba,

    EPN etiketi başvurunuzda ({ $places }) yeni bir gelişme var: { $what }.
    { $reasons }
    Başvurunuzu görün: { $link }

    Dijital kapsayıcılık koordinasyon ekibi
label-mail-reasons = Gerekçeler: { $reasons }
label-mail-notes = Notlar: { $notes }
label-mail-step-submit = koordinasyon ekibi başvurunuzu aldı
label-mail-step-start-examination = koordinasyon ekibi başvurunuzu incelemeye başladı
label-mail-step-record-visit = { $date } tarihli bir nezaket ziyareti kaydedildi
label-mail-step-recommend-yes = koordinatör çalışma grubuna olumlu bir öneri gönderdi
label-mail-step-recommend-no = koordinatör çalışma grubuna olumsuz bir öneri gönderdi
label-mail-step-advise-yes = çalışma grubu olumlu görüş bildirdi
label-mail-step-advise-no = çalışma grubu olumsuz görüş bildirdi
label-mail-step-decide-granted = yönlendirme komitesi etiketi verdi
label-mail-step-decide-refused = yönlendirme komitesi etiketi reddetti
label-mail-step-withdraw = etiket geri alındı
label-mail-new-subject = Yeni etiket başvurusu: { $places }
label-mail-new-body = Merhaba,

    { $organisation } EPN etiketi için bir başvuru gönderdi ({ $places }).

    Başvuruyu burada inceleyin: { $link }

# Etiketin geçmişi, her olay için bir sade cümle ($outcome: favourable,
# unfavourable ya da none; karar için: granted, refused ya da none).
label-event-submit = Başvuru gönderildi.
label-event-start-examination = Koordinasyon ekibi başvuruyu incelemeye başladı.
label-event-record-visit = Koordinasyon ekibi bir nezaket ziyareti yaptı.
label-event-recommend = { $outcome ->
    [favourable] Koordinatör etiketin verilmesini önerdi.
    [unfavourable] Koordinatör etiketin reddedilmesini önerdi.
   *[none] Koordinatör bir öneride bulundu.
}
label-event-advise = { $outcome ->
    [favourable] Çalışma grubu olumlu görüş bildirdi.
    [unfavourable] Çalışma grubu olumsuz görüş bildirdi.
   *[none] Çalışma grubu görüşünü bildirdi.
}
label-event-decide = { $outcome ->
    [granted] Yönlendirme komitesi etiketi verdi.
    [refused] Yönlendirme komitesi etiketi reddetti.
   *[none] Yönlendirme komitesi kararını verdi.
}
label-event-withdraw = Etiket geri alındı.
