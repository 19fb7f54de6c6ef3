# Ziyaretçi anketini cevaplamak: /s/{code} kısa bağlantısının sayfaları.
sva-site = Passerelle – ziyaretçi anketi
sva-languages = Diller
sva-error-title = Hata: { $title }
sva-errors-title = Bir sorun var
sva-start-place = Bu anket şu yer hakkındadır: { $place }.
sva-start-time = Yaklaşık { $minutes ->
    [one] { $minutes } dakika
   *[other] { $minutes } dakika
} sürer.
sva-start-anonymous = Anket anonimdir: adınızı sormuyoruz ve kim olduğunuzu gösterebilecek hiçbir şey saklanmaz. İstediğiniz zaman bırakabilirsiniz.
sva-start-until = { $date } tarihine kadar cevap verebilirsiniz.
sva-start-button = Başla
sva-resume-title = Ankete zaten başladınız
sva-resume-text = Şimdiye kadarki cevaplarınız bu cihazda saklanıyor. Kaldığınız yerden devam edebilir ya da baştan başlayabilirsiniz: o zaman şimdiye kadarki cevaplarınız silinir.
sva-resume-continue = Kaldığım yerden devam et
sva-resume-restart = Baştan başla
sva-progress = Soru { $number } / { $total }
sva-optional = (isteğe bağlı)
sva-hint-several = Uyanların hepsini seçin.
sva-hint-scale = { $min } (hiç memnun değilim) ile { $max } (çok memnunum) arası.
sva-hint-text = En fazla { $max } karakter.
sva-continue = Devam et
sva-back = Geri
sva-trap = Bu alanı boş bırakın
sva-error-choose-one = Bir cevap seçin
sva-error-choose-some = En az bir cevap seçin
sva-error-choose-number = Bir sayı seçin
sva-error-number-missing = Bir sayı yazın
sva-error-text-missing = Bir cevap yazın
sva-error-not-a-choice = Listedeki cevaplardan birini seçin
sva-error-one-only = Yalnızca bir cevap seçin
sva-error-not-a-number = Tam bir sayı yazın, örneğin 3
sva-error-between = { $min } ile { $max } arasında bir sayı yazın
sva-error-at-least = { $min } ya da daha büyük bir sayı yazın
sva-error-at-most = { $max } ya da daha küçük bir sayı yazın
sva-error-too-long = En fazla { $max } karakter yazın (siz { $count } karakter yazdınız)
sva-error-fast = Cevaplarınız çok hızlı gönderildi. Cevaplarınızı kontrol edin, sonra yeniden Devam et düğmesine basın.
sva-error-expired = Bu sayfa uzun süre açık kaldı. Cevaplarınızı göndermek için yeniden Devam et düğmesine basın.
sva-error-rate = Son bir saatte bu bağlantıdan çok sayıda cevap gönderildi. Lütfen bir saat sonra yeniden deneyin.
sva-closed-title = Bu anket kapandı
sva-closed-not-yet = Anket { $opens } tarihinde açılır ve { $closes } tarihinde kapanır.
sva-closed-over = Anket { $opens } ile { $closes } tarihleri arasında açıktı.
sva-closed-thanks = İlginiz için teşekkür ederiz.
sva-thanks-title = Teşekkür ederiz!
sva-thanks-text = Cevaplarınız kaydedildi. Cevaplarınız, { $place } ve diğer yerlerin size daha iyi hizmet vermesine yardım edecek.
sva-thanks-nothing-kept = Bu cihazda sizinle ilgili hiçbir şey kalmaz. Bu sayfayı kapatabilirsiniz.
