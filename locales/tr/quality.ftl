# Veri kalitesi kontrolleri (Türkçe).

check-postcode-not-in-commune = { $value } posta kodu, bu yerin belediyesine ait değil.
check-postcode-not-in-commune-todo = Yere adresini sorun ve posta kodunu ya da belediyeyi düzeltin.
check-unknown-postcode = { $value } posta kodu, bölgenin bir posta kodu değil.
check-unknown-postcode-todo = Posta kodunu düzeltin ya da yeri doğru bölgeye taşıyın.
check-probable-duplicate = Bu yer “{ $value }” yerine benziyor (#{ $other }).
check-probable-duplicate-todo = Aynı yerse birleştirin; değilse adlarını daha açık yapın.
check-unreadable-hours = “{ $value }” açılış saatleri okunamıyor.
check-unreadable-hours-todo = Saatleri açılış saati düzenleyicisiyle yeniden yazın (örneğin Mo-Fr 09:00-17:00).
check-no-contact = Telefon, e-posta ya da internet sitesi yok.
check-no-contact-todo = İnsanların gitmeden önce arayabilmesi için en azından bir telefon numarası ekleyin.
check-stale = { $value } tarihinden beri güncellenmedi.
check-stale-todo = Yerden bilgilerini onaylamasını ya da güncellemesini isteyin.
check-source-issue = Kaynak verilerde kayıtlı sorun
check-summary = { $errors ->
    [one] 1 hata
   *[other] { $errors } hata
}, { $warnings ->
    [one] 1 uyarı
   *[other] { $warnings } uyarı
}
severity-error = Hata
severity-warning = Uyarı

# Rehberdeki etiket durumu, verilmiş bir etikete (EPN etiketi) dayanmalıdır.
check-labelled-without-record = Etiketli bir EPN olarak gösteriliyor, ama bu yer için verilmiş bir etiket kaydı yok.
check-labelled-without-record-todo = Etiket kararını etiket sayfalarına kaydedin ya da yerin etiket durumunu düzeltin.
quality-kind-labelled-without-record = Etiket kaydı olmadan etiketli

# http(s) olmayan kayıtlı bir internet adresi asla yayımlanmaz.
check-website-not-http = “{ $value }” internet adresi http:// ya da https:// adresi değil: ne gösterilir ne de yayımlanır.
check-website-not-http-todo = Onu yerin https:// (ya da http://) ile başlayan tam internet adresiyle değiştirin ya da kaldırın.
quality-kind-website-not-http = http(s) olmayan internet adresi
quality-kind-postcode-not-in-commune = Başka bir belediyenin posta kodu
quality-kind-unknown-postcode = Bilinmeyen posta kodu
quality-kind-unreadable-hours = Okunamayan açılış saatleri
quality-kind-probable-duplicate = Olası yinelenen kayıtlar
quality-kind-no-contact = Yere ulaşmanın hiçbir yolu yok
quality-kind-stale = Bir yıldan uzun süredir güncellenmedi
