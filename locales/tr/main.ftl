# Passerelle arayüz metinleri (Türkçe). Sade dil: kısa cümleler, günlük kelimeler.

site-name = Yakınınızda dijital yardım
skip-to-content = İçeriğe geç
languages = Diller
footer-text = Bölgenin ücretsiz bir kamu hizmeti. Halka açık dijital alanlar, herkesin bilgisayar ve internet kullanmasına yardım eder.
all-communes = Tüm belediyeler
back-home = Ana sayfaya dön
breadcrumb = Buradasınız

## Home
home-title = Yakınınızda dijital yardım bulun
search-label = Nerede oturuyorsunuz?
search-hint = Posta kodunuzu, belediyenizi ya da bir yerin adını yazın. Örnek: 1080
near-me = Konumumu kullan
near-me-wait = Konumunuz aranıyor…
near-me-error = Konumunuzu bulamadık. Onun yerine posta kodunuzu yazın.
search-button = Ara
home-what-title = Halka açık dijital alan (EPN) nedir?
home-what-epn = Halka açık dijital alan (EPN), bilgisayar ve internet kullanabileceğiniz bir yerdir. Orada size yardım eden biri vardır.
home-free = Yardım ücretsizdir ya da çok ucuzdur. Telefon, bilgisayar ya da internetteki formları kullanmayı öğrenebilirsiniz.
home-call = Her yerde randevu almanız gerekmez. Emin değilseniz, önce yeri arayın.

## Results
results-title-all = Tüm yerler
results-title-near = { $place } yakınında dijital yardım
results-title-position = Konumunuzun yakınında dijital yardım
results-title-text = “{ $text }” için yerler
results-count = { $count ->
    [0] Hiç yer yok
    [one] 1 yer
   *[other] { $count } yer
}
results-none = Hiç yer bulamadık. Yazımı kontrol edin, posta kodunuzu deneyin ya da bir filtreyi kaldırın.
results-none-communes = Belediyelerin listesini görün
search-error-title = Bu aramayı anlayamadık
search-error-text = Bu sayfanın adresinde bir sorun var. Lütfen aramanızı yeniden yazın.
filters-title = Filtreler
filters-only = Yalnızca şunları göster
filters-apply = Sonuçları göster
filter-any = Tümü
filter-service = Hizmet
filter-public = Kimin için
filter-language = Konuşulan dil
filter-open_now = Şu an açık
filter-free = Ücretsiz
filter-wheelchair = Tekerlekli sandalye erişimi
filter-labelled = Etiketli halka açık dijital alanlar
pagination = Sayfalar
page-previous = Önceki sayfa
page-next = Sonraki sayfa
page-of = Sayfa { $page } / { $pages }
distance-km = { $km } km uzaklıkta
distance-km-approximate = yaklaşık { $km } km uzaklıkta
mobile-place = Gezici: size kadar gelir

## Opening hours
open-now = Şu an açık
open-until = Şu an açık. Kapanış saati: { $time }
opens-today = Şu an kapalı. Bugün açılış saati: { $time }
opens-tomorrow = Şu an kapalı. Yarın açılış saati: { $time }
opens-on = Şu an kapalı. Açılış: { $day }, saat { $time }
closed-this-week = Bu hafta kapalı
hours-unknown = Açılış saatleri bilinmiyor: önce arayın
hours-unreadable = Açılış saatlerini okuyamıyoruz: gitmeden önce arayın
hours-mobile = Gezici: nerede ve ne zaman olduğunu öğrenmek için arayın
hours-as-written = Yazıldığı gibi açılış saatleri:
hours-title = Açılış saatleri
hours-table-caption = Önümüzdeki 7 günün açılış saatleri
hours-on-request = randevuyla ya da sorarak öğrenin
today = bugün
closed = Kapalı
weekday-mon = Pazartesi
weekday-tue = Salı
weekday-wed = Çarşamba
weekday-thu = Perşembe
weekday-fri = Cuma
weekday-sat = Cumartesi
weekday-sun = Pazar

## Place page
run-by = Yöneten
kind-epn = Halka açık dijital alan (EPN)
kind-project = Dijital kapsayıcılık projesi
kind-other = Dijital yardım
badge-labelled = Etiketli halka açık dijital alan
how-to-come = Nerede
mobile-explained = Bu gezici bir hizmettir. İnsanların yanına gider. Nerede olacağını öğrenmek için arayın.
address-unknown = Sokak adresi henüz bilinmiyor
location-approximate = Tam adres bilinmiyor: uzaklıklar belediyenin merkezinden ölçülür.
contact-title = Nasıl iletişim kurulur
contact-unknown = Bu yerin telefon numarası ya da e-postası henüz bizde yok.
phone = Telefon:
email = E-posta:
website = İnternet sitesi:
services = Hizmetler
publics = Kimin için
languages-spoken = Konuşulan diller
accessibility = Erişilebilirlik
price = Fiyat
equipment = Donanım
computers-count = { $count ->
    [one] 1 bilgisayar
   *[other] { $count } bilgisayar
}
tablets-count = { $count ->
    [one] 1 tablet
   *[other] { $count } tablet
}
last-update = Son güncelleme:

## Communes
communes-title = Belediyeler
postcodes = Posta kodları:
commune-empty = Bu belediyede henüz hiçbir yer bilmiyoruz. Yakındaki yerleri görmek için posta kodunuzla arayın.
commune-search-near = Yakındaki yerleri görün, başka belediyelerde de

## Errors
not-found-title = Sayfa bulunamadı
not-found-text = Bu sayfa yok ya da başka bir yere taşındı.
unauthorized-title = Bu sayfayı görmek için giriş yapın
unauthorized-text = Bu sayfa yönetim paneline aittir. Hesabınızla giriş yapın, sonra sayfayı yeniden açın.
server-error-title = Bir sorun oldu
server-error-text = Sayfa gösterilemedi. Bu sizin hatanız değil. Biraz sonra yeniden deneyin.
server-error-reference = Sorun devam ederse, bu kodu koordinasyon ekibine verin:

## Dates
date-long = { $day } { $month } { $year }
month-1 = Ocak
month-2 = Şubat
month-3 = Mart
month-4 = Nisan
month-5 = Mayıs
month-6 = Haziran
month-7 = Temmuz
month-8 = Ağustos
month-9 = Eylül
month-10 = Ekim
month-11 = Kasım
month-12 = Aralık

## Translations
translation-not-reviewed = Bu çeviri henüz anadili Türkçe olan biri tarafından kontrol edilmedi. Hatalar içerebilir.
languages-more = Diğer diller
