funded-title = Proje çağrılarıyla finanse edilen projeler
funded-call-title = Finanse edilen projeler: { $call }
funded-intro = Bir proje çağrısının seçtiği projeler, belediyeye göre, her birinin aldığı tutarla birlikte.
funded-field-call = Proje çağrısı
funded-all-calls = Tüm çağrılar
funded-show = Göster
funded-call-by = { $funder } tarafından finanse edilir, { $operator } tarafından yürütülür.
funded-envelope = Çağrının bütçesi:
funded-call-link = Çağrıyı ve kurallarını görün
funded-summary = { $count ->
    [one] 1 finanse edilen proje, toplam tutar:
   *[other] { $count } finanse edilen proje, toplam tutar:
}
funded-declared-total = Raporda bildirilen toplam:
funded-declared-differs = Listedeki tutarlarla aradaki fark:
funded-declared-kept = Tutarlar, raporda verildiği gibi, düzeltilmeden gösterilir.
funded-declared-same = Listedeki tutarların toplamı bu toplama eşittir.
funded-declared-projects = Rapor { $count } proje bildiriyor.
funded-date-note = Rapor karar tarihini vermiyor: { $date } tarihi kullanılıyor.
funded-none = Gösterilecek finanse edilmiş proje yok.
funded-no-commune = Belediye belirtilmedi
funded-commune-summary = { $count ->
    [one] 1 proje,
   *[other] { $count } proje,
}
funded-col-reference = Numara
funded-col-project = Proje
funded-col-organisation = Kuruluş
funded-col-call = Çağrı
funded-col-amount = Tutar (€)
funded-downloads-title = Bu verileri indirin
funded-downloads-text = Finansörlerin verdikleri hibeleri yayımlamak için kullandığı açık 360Giving biçiminde.
funded-download-360giving-json = 360Giving, JSON dosyası
funded-download-360giving-csv = 360Giving, CSV tablosu
opendata-grants-title = Verilen hibeler (360Giving)
opendata-grants-text = Proje çağrılarıyla finanse edilen projeler, açık 360Giving biçiminde.
opendata-grants-link = Finanse edilen projeleri görün
