brochure-title = Yakınınızda dijital yardım
brochure-intro = Bilgisayar, telefon ya da internet kullanmak ve resmî işlerinizi internetten yapmak için ücretsiz ya da az bir ücretle yardım alabileceğiniz yerler.
brochure-date = { $date } tarihli bilgiler. Bilgiler değişir: güncel liste internet sitesindedir.
brochure-day = Gün
brochure-hours = Saatler
brochure-services = Sunulan yardım:
brochure-languages = Diller:
brochure-accessibility = Erişilebilirlik:
brochure-phone = Telefon:
brochure-page = Sayfa
brochure-separator = {", "}
brochure-empty = Bu belediyelerde henüz bilinen bir yer yok.
brochure-qr-alt = { $name } sayfasına giden QR kod
brochure-list-title = Belediyelere göre broşürler
brochure-list-intro = Her belediye grubu için, dijital yardım yerlerinin yazdırılabilir listesi, her zaman güncel.
brochure-places = { $count ->
    [0] hiç yer yok
    [one] 1 yer
   *[other] { $count } yer
}
brochure-pdf = Yazdırmak için PDF
brochure-back = Tüm broşürler
