# Planın bütçesi: yönetim paneli (tablolar, kontroller, defter, giriş, içe aktarma) ve herkese açık sayfa.
budget-nav-link = Bütçe
budget-nav = Bütçe sayfaları
budget-title = Planın bütçesi
budget-intro = { $plan } bütçesi, defterin satırlarından hesaplanır: neyin planlandığı, neyin harcandığı ve satırlarıyla uyuşmayan her bildirilmiş toplam.
budget-tables-link = Tablolar ve kontroller
budget-ledger-link = Defter
budget-new-row-link = Bir satır girin
budget-import-link = Bir hesap tablosu içe aktarın
budget-public-link = Herkese açık sayfa
budget-show = Göster
budget-year-title = { $year } yılı
budget-planned-title = Planlanan bütçe
budget-actual-title = Gerçekleşen harcama
budget-measures-title = Tedbire ve eyleme göre
budget-downloads-title = İndirmeler
budget-download-ledger-csv = { $year } yılı defter satırları (CSV)
budget-download-rows-csv = Bu satırlar (CSV)
budget-download-xlsx = Raporun biçiminde { $year } yılı tabloları (XLSX)
budget-download-datapackage = Açık veri: Data Package olarak bütçe (CSV dosyalarından oluşan ZIP)
budget-planned-caption = { $year } yılı planlanan bütçe, eksene ve finansman kaynağına göre, avro olarak
budget-actual-caption = Planın kaynaklarından { $year } yılı gerçekleşen harcama, eksene göre, avro olarak
budget-variance-caption = { $year } yılı planlanan ve gerçekleşen, eksene ve kaynağa göre, fark ve farkın payıyla birlikte, avro olarak
budget-other-caption = Bilişim merkezinin diğer bütçesinden { $year } yılı gerçekleşen harcama, eksene göre, avro olarak
budget-measures-caption = { $year } yılı bütçesi, tedbire ve eyleme göre, avro olarak
budget-axis = Eksen
budget-source = Kaynak
budget-measure = Tedbir
budget-total = Toplam
budget-axis-total = Eksen toplamı
budget-planned = Planlanan
budget-actual = Gerçekleşen
budget-actual-plan = Harcanan (plan)
budget-actual-other = Harcanan (diğer bütçe)
budget-difference = Fark
budget-share = Pay
budget-no-share = hesaplanmadı (hiçbir şey planlanmadı)
budget-measure-name = Tedbir { $number } – { $name }
budget-axis-other-lines = { $axis }: tedbiri olmayan satırlar
budget-line-unspecified = Eylemsiz
budget-sources-all = tüm kaynaklar
budget-sources-plan = planın kaynakları
budget-sources-other = diğer bütçe
budget-checks-title = Tutarlılık kontrolleri
budget-checks-none = Bildirilen her toplam, satırlarının toplamına eşit.
budget-checks-count = { $count ->
    [one] Bildirilen bir toplam, satırlarının toplamından farklı.
   *[other] Bildirilen { $count } toplam, satırlarının toplamından farklı.
}
budget-checks-caption = Satırlarından farklı olan { $year } yılı bildirilmiş toplamları, avro olarak
budget-check-where = Bildirilen toplam
budget-check-declared = Bildirilen
budget-check-computed = Satırların toplamı
budget-phase-budget = Bütçe
budget-phase-revised = Revize bütçe
budget-phase-commitment = Taahhüt
budget-phase-actual = Gerçekleşen
budget-field-year = Yıl
budget-field-phase = Aşama
budget-field-source = Finansman kaynağı
budget-field-axis = Eksen
budget-field-measure = Tedbir
budget-field-action = Eylem
budget-field-date = Tarih
budget-field-supplier = Tedarikçi
budget-field-invoice = Fatura numarası
budget-field-label = Açıklama
budget-field-amount = KDV dahil tutar (avro)
budget-field-note = Not
budget-field-reason = Gerekçe
budget-problem-missing = { $field }: bu zorunlu.
budget-problem-unknown = { $field }: “{ $value }” planda yok. Listeden birini seçin.
budget-problem-not-under = { $field }: seçilen eksenin ya da tedbirin parçası değil. Onun altındakilerden birini seçin ya da boş bırakın.
budget-problem-year-outside = { $field }: { $first } ile { $last } arasında, planın bir yılını yazın.
budget-problem-not-a-year = { $field }: { $first } ile { $last } arasında, dört rakamlı bir yıl yazın.
budget-problem-date-outside = { $field }: tarih, satırın yılı içinde olmalıdır.
budget-problem-not-a-date = { $field }: tarihi gün/ay/yıl biçiminde yazın, örneğin 15/03/2021.
budget-problem-amount-missing = { $field }: avro olarak bir tutar yazın, örneğin 1 250,50.
budget-problem-amount-not-an-amount = { $field }: avro olarak tutarı rakamlarla yazın, örneğin 1 250,50.
budget-problem-amount-decimals = { $field }: en fazla iki ondalık (kuruş), örneğin 42 320,96.
budget-problem-amount-ambiguous = { $field }: bu binler mi, yoksa üç ondalık mı? Bin iki yüz otuz dört avro için 1 234,00 yazın ya da en fazla iki ondalık verin.
budget-problem-amount-negative = { $field }: eksi tutar yalnızca revize bütçe içindir. Bir satırı düzeltmek için onu ters kayıtla iptal edin.
budget-problem-amount-too-large = { $field }: tutar çok büyük (bir milyar avronun altında olmalı).
budget-problem-too-long = { $field }: en fazla { $max } karakter.
budget-ledger-title = Bütçe defteri
budget-ledger-intro = Her para hareketi için bir satır. Bir satır asla değiştirilmez: bir hata, gerekçesiyle birlikte yeni bir ters kayıt satırıyla düzeltilir.
budget-ledger-caption = { $count ->
    [one] Bir defter satırı, en yenisi önce
   *[other] { $count } defter satırı, en yenisi önce
}
budget-ledger-empty = Bu filtrelere uyan satır yok.
budget-filters-title = Satırları filtreleyin
budget-filter = Filtrele
budget-filter-any = Tümü
budget-where = Eksen, tedbir, eylem
budget-amount-euros = Tutar (€)
budget-row-is-reversal = (ters kayıt)
budget-row-is-reversed = (ters kayıtla iptal edildi)
budget-row-title = Defter satırı: { $label }
budget-row-number = Satır { $id }
budget-row-saved = Satır deftere kaydedildi.
budget-row-reversal-saved = Ters kayıt kaydedildi: bu yeni satır asıl satırı iptal eder.
budget-none = —
budget-none-choice = (yok)
budget-origin = Giriş yöntemi
budget-origin-form = form
budget-origin-import = hesap tablosundan içe aktarma
budget-origin-demo = gösterim verisi
budget-created = Giriş tarihi
budget-reverses = İptal ettiği satır
budget-reversed-by = İptal eden satır
budget-reverse-title = Bu satırı ters kayıtla iptal et
budget-reverse-intro = Bir satır asla değiştirilmez. Ters kayıt, gerekçenizle birlikte karşıt tutarda yeni bir satır ekler; iki satır da defterde kalır.
budget-reverse-reason-hint = Bu satır neden iptal ediliyor? Örneğin: iki kez girildi, yanlış tedbir.
budget-reverse-button = Satırı iptal et
budget-reverse-refused-title = Bu satır iptal edilemez
budget-reverse-refused-text = Satır zaten iptal edildi ya da kendisi bir ters kayıt.
budget-back-to-row = Satıra dön
budget-new-row-title = Bir defter satırı girin
budget-new-row-intro = Listeli alanlar planın eksenlerini, tedbirlerini ve eylemlerini kullanır. Bir tedbir seçildiğinde eksen boş kalabilir.
budget-phase-hint = Bütçe ve revize bütçe parayı planlar; taahhüt ve gerçekleşen parayı harcar.
budget-axis-hint = Tedbirin eksenini almak için boş bırakın.
budget-measure-hint = İsteğe bağlı; satırı bir tedbirin altında saymak için seçin.
budget-action-hint = İsteğe bağlı; seçilen tedbirin bir eylemi.
budget-date-hint = İsteğe bağlı; satırın yılı içinde.
budget-label-hint = Paranın ne için olduğu, tablolarda görüneceği gibi.
budget-amount-hint = KDV dahil avro olarak, örneğin 42 320,96 ya da 42320.96. Eksi tutar yalnızca revize bütçe için.
budget-reason-hint = Revize bütçe için zorunlu: bütçe neden değişiyor.
budget-save-row = Satırı kaydet
budget-overspend-title = Bu satır bütçeyi aşıyor
budget-overspend-text = Bu satır, şu kalemi bütçesinin üstüne çıkarıyor: { $where }.
budget-overspend-budget = Kalemin bütçesi:
budget-overspend-after = Bu satırla:
budget-overspend-beyond = Bütçeyi aşan tutar:
budget-overspend-choice = Doğruysa yine de kaydedin ya da satırı değiştirip yeniden kontrol edin.
budget-overspend-confirm = Yine de kaydet
budget-check-again = Yeniden kontrol et
budget-public-title = Planın bütçesi
budget-public-intro = { $plan } bütçesi: eksene, finansman kaynağına ve tedbire göre neyin planlandığı.
budget-actuals-not-public = Bu plan için gerçekleşen harcama yayımlanmıyor.
budget-summary-planned = { $year } yılı planlanan bütçe
budget-summary-spent = { $year } yılında harcanan
budget-summary-link = Planın bütçesinin tamamı
budget-import-title = Bir hesap tablosundan defter satırları içe aktarın
budget-import-intro = Her para hareketi için bir satır ve bir başlık satırı içeren bir CSV ya da XLSX dosyası. Her sorunu görmeden önce hiçbir şey yazılmaz.
budget-import-step-upload = Dosyayı gönderin.
budget-import-step-map = Her alanı hangi sütunun verdiğini belirtin (başlıklardan tahmin edilir).
budget-import-step-preview = Her hatalı satırı satır numarasıyla görün, sonra hiçbir şeyi ya da yalnızca doğru satırları içe aktarın.
budget-import-file = Hesap tablosu (CSV ya da XLSX)
budget-import-file-hint = En fazla { $mb } MB; ilk satır sütunların adlarını verir.
budget-import-send = Gönder ve sütunları eşleştir
budget-import-no-file = Hesap tablosu: bir CSV ya da XLSX dosyası seçin.
budget-import-too-large = Hesap tablosu: dosya { $mb } MB’tan büyük.
budget-import-empty = Hesap tablosu: dosyada başlık satırı ya da altında hiç satır yok.
budget-import-not-utf8 = Hesap tablosu: CSV dosyası UTF-8 değil. Dosyayı “CSV UTF-8” olarak kaydedin ve yeniden gönderin.
budget-import-csv-line = Hesap tablosu: satır { $line } okunamıyor (kapatılmamış bir tırnak işareti mi var?).
budget-import-not-workbook = Hesap tablosu: dosya açılabilen bir çalışma kitabı değil. XLSX ya da CSV olarak kaydedin.
budget-import-too-many = Hesap tablosu: bir dosyada en fazla { $max } satır.
budget-import-unknown-column = { $field }: dosyada “{ $column }” sütunu yok.
budget-import-gone-title = Bu içe aktarma artık yok
budget-import-gone-text = Dosya, onu gönderen kişi için bir saat saklanır. Yeniden gönderin.
budget-import-again = Bir dosya içe aktarın
budget-import-map-title = Her alanı hangi sütun veriyor?
budget-import-map-intro = { $file } dosyasında { $columns } sütun var. Aşağıdaki seçimler dosyanın başlıklarından tahmin edildi: kontrol edin.
budget-import-not-in-file = (dosyada yok)
budget-import-columns = Dosyanın sütunları
budget-import-columns-hint = Sütunu olmayan bir alan her satırda boş kalır.
budget-import-fixed = Her satır için tek bir değer
budget-import-fixed-hint = Dosyada yıl, aşama ya da kaynak için sütun yoksa, burada seçin.
budget-import-check = Satırları kontrol et
budget-import-preview-title = İçe aktarmadan önce kontrol edin
budget-import-counts = { $good ->
    [one] Bir doğru satır
   *[other] { $good } doğru satır
}, { $bad ->
    [0] hatalı satır yok.
    [one] bir hatalı satır.
   *[other] { $bad } hatalı satır.
}
budget-import-problems-caption = { $count ->
    [one] Bir sorun, dosyanın satırına göre
   *[other] { $count } sorun, dosyanın satırına göre
}
budget-import-line = Satır
budget-import-field = Alan
budget-import-problem = Sorun
budget-import-good-caption = { $total } doğru satırdan ilk { $count } tanesi
budget-import-choice = Ne yapılacak
budget-import-all = { $count } satırı içe aktar
budget-import-good-only = Yalnızca { $count } doğru satırı içe aktar
budget-import-nothing = Hiçbir şey içe aktarma: dosyayı düzeltip yeniden gönder
budget-import-done = { $count ->
    [one] Bir satır içe aktarıldı.
   *[other] { $count } satır içe aktarıldı.
}
budget-opendata-title = Planın bütçesi
budget-opendata-text = Planın bütçesi – planlanan ve bölge yayımladığında harcanan – de açık veridir: tabloları, bir hesap tablosu ve bir Data Package.
budget-opendata-link = Bütçe sayfası
