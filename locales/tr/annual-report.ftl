# Yıllık rapor: herkese açık sayfa ve PDF.

## Rapor
annual-title = { $year } yıllık raporu — { $plan }
annual-list-title = Yıllık raporlar
annual-list-intro = Her yıl { $plan } koordinasyon ekibi, yapılan çalışmaları raporlar. Rakamlar bu sitenin verilerinden gelir ve her zaman günceldir.
annual-year-link = { $year } raporu
annual-date-line = { $date } tarihli rakamlar
annual-contents = İçindekiler
annual-page = Sayfa
annual-pdf = Raporu indirin (PDF)
annual-plan-link = Planı görün
annual-intro = Giriş
annual-conclusion = Sonuç
annual-annex = Ek: yılın bütçesi
annual-axis-title = Eksen { $number }: { $name }
annual-measure-title = Tedbir { $number }: { $name }
annual-not-written = Bu bölümün metni henüz yazılmadı.
annual-no-text-in-language = Bu raporun hiçbir metni henüz bu dilde yayımlanmadı. Rakamlar aşağıdadır.
annual-preview-note = Önizleme: yazılmakta olan metinler gösteriliyor. Herkese açık rapor yalnızca yayımlanmış metinleri gösterir.
annual-see-also = Bu bölümün rakamları:
annual-separator = {", "}
annual-figure-source = “{ $title }” nereden geliyor?
annual-figure-source-pdf = Kaynak: { $url }
annual-no-commune = Belediye bilinmiyor
annual-fig-label = Belediyeye göre etiketli halka açık dijital alanlar
annual-fig-funded = Belediyeye göre bu yıl finanse edilen projeler
annual-fig-refurbished = Bu yıl verilen yenilenmiş bilgisayarlar
annual-fig-budget = Eksene göre yılın bütçesi
annual-dim-commune = Belediye
annual-dim-axis = Eksen
annual-col-labelled = Bugün etiketli
annual-col-granted-in-year = Bu yıl etiket alan
annual-col-projects = Projeler
annual-col-amount = Tutar
annual-col-planned = Planlanan
annual-col-actual = Harcanan

## Yılın diğer rakamları
annual-fig-label-decisions = Bu yıl etiketle ilgili kararlar
annual-dim-decision = Karar
annual-col-decisions = Kararlar
annual-dim-what = Ne
annual-col-number = Sayı
annual-sessions-held = Yapılan oturumlar
annual-sessions-cancelled = İptal edilen oturumlar
annual-sessions-seats = Sunulan yerler
annual-sessions-booked = Ayrılan yerler
annual-fig-orders = Etiketli EPN’lerin bu yıl sipariş ettiği ekipman
annual-col-orders = Siparişler
annual-fig-budget-sources = Yılın bütçesi, finansman kaynağına göre
annual-dim-source = Finansman kaynağı
annual-fig-budget-measures = Yılın harcamaları, tedbire göre
annual-dim-measure = Tedbir
annual-col-plan-spent = Planın kaynaklarından harcanan
annual-col-other-spent = Diğer kaynaklardan harcanan
annual-axis-whole = { $axis }: eksenin tamamı için
