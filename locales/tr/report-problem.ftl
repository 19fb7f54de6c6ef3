# Bir yerin sayfasındaki bir hatayı bildirmek (herkese açık form).

report-link = Bu sayfadaki bir hatayı bildirin
report-title = Bir hatayı bildirin
report-about = Şu yerin sayfası hakkında:
report-intro = Neyin yanlış ya da eski olduğunu bize söyleyin: örneğin açılış saatleri, telefon numarası ya da adres. Hesaba ihtiyacınız yok. Rehberi yöneten ekip her mesajı okur.
report-message = Yanlış olan ne?
report-message-hint = { $min } ile { $max } karakter arasında yazın.
report-contact = E-posta adresiniz ya da telefon numaranız (isteğe bağlı)
report-contact-hint = Yalnızca cevap istiyorsanız. Bunu yalnızca bu mesaja cevap vermek için kullanırız.
report-trap = Bu alanı boş bırakın
report-send = Mesajı gönder
report-privacy = Lütfen başka kişiler hakkında kişisel bilgi yazmayın.
report-error-short = Mesaj çok kısa: neyi düzelteceğimizi anlayabilmemiz için en az { $min } karakter yazın.
report-error-long = Mesaj çok uzun: { $count } karakter, oysa en fazla { $max } karakter olabilir. Kısaltın.
report-error-contact = E-posta adresiniz ya da telefon numaranız çok uzun: en fazla { $max } karakter.
report-error-fast = Form çok hızlı gönderildi. Mesajınızı kontrol edin, sonra yeniden gönderin.
report-error-expired = Form uzun süre açık kaldı ve süresi doldu. Mesajınız hâlâ burada: yeniden gönderin.
report-error-rate = Son bir saatte bağlantınızdan çok sayıda mesaj gönderildi. Mesajınız hâlâ burada: bir saat sonra yeniden deneyin.
report-thanks-title = Mesajınız için teşekkür ederiz
report-thanks-text = Rehberi yöneten ekip mesajınızı okuyacak ve gerekirse sayfayı düzeltecek.
report-back = { $place } sayfasına dön
report-mail-subject = Bildirilen hata: { $place }
report-mail-no-contact = (verilmedi)
report-mail-body = Biri “{ $place }” sayfasında bir hata bildirdi.

    Mesajı:

    { $message }

    İletişim: { $contact }

    Sayfa: { $page }
    Bildirilen tüm hatalar: { $reports }
