# Öz değerlendirmenin herkese açık sayfaları (soru listesi ve sonuç). Sade dil.

diagp-home-link = Nereden başlayacağınızı bilmiyor musunuz? Dijital becerilerinizi kontrol edin (yaklaşık 3 dakika)
diagp-intro-private = Yaklaşık 3 dakika sürer. Adınız bilinmez: verdiğiniz cevapların hiçbiri kaydedilmez.
diagp-part-devices = Cihazlarınız ve internet
diagp-part-you = Ne istiyorsunuz
diagp-where-label = Posta kodunuz ya da belediyeniz (isteğe bağlı)
diagp-where-hint = Yakınınızdaki yerleri ve atölyeleri görmek için. Örneğin: 1080 ya da Molenbeek.
diagp-submit = Sonucumu göster
diagp-error-item = Soru { $number }: { $message }
diagp-error-where = Lütfen bir posta kodu ya da bir belediye adı yazın (en fazla 100 karakter).
diagp-profile-title = Profiliniz
diagp-urgency-title = Acil mi?
diagp-no-gaps = Sorduğumuz beş şeyi zaten yapabiliyorsunuz.
diagp-places-title = Size yardım edebilecek yerler
diagp-places-near = { $place } yakınında size yardım edebilecek yerler
diagp-places-none = Burada bütün cevaplarınıza uyan bir yer bulamadık.
diagp-where-unknown = “{ $where }” yazısını bir posta kodu ya da belediye olarak tanıyamadık. İşte bütün bölgedeki yerler.
diagp-add-where = Yakınınızdaki yerleri görmek için posta kodunuzu ekleyin.
diagp-places-all = Tüm yerleri görün
diagp-sessions-title = Size uygun atölyeler
diagp-sessions-none = Şu anda cevaplarınıza uyan, boş yeri olan yakın tarihli bir atölye yok.
diagp-sessions-all = Tüm atölyeleri görün
diagp-refer-place = Bu kişiyi yönlendirin: { $name }
diagp-refer-session = Bu kişiyi şu atölyeye yönlendirin: “{ $title }”
diagp-nothing-stored = Hiçbir şey kaydedilmedi. Bu sonucu saklamak için bu sayfayı yer imlerinize ekleyin ya da yazdırın.
diagp-change = Cevaplarımı değiştir
diagp-again = Baştan başla
