# Açık veri sayfası (/{lang}/open-data) ve indirmeleri. Sade dil.

opendata-link = Verileri indirin
opendata-title = Açık veri
opendata-intro = Bu rehberdeki yerlerin listesi açık veridir. Herkes onu indirebilir, kullanabilir ve paylaşabilir: bir şehir, bir dernek, bir araştırmacı, başka bir internet sitesi. Veriler { $region } için yayımlanır.
opendata-count = { $count ->
    [0] Dosyalarda henüz hiç yer yok.
    [one] Dosyalarda 1 yer var.
   *[other] Dosyalarda { $count } yer var.
}
opendata-latest = Son değişiklik: { $date }.
opendata-licence-title = Lisans
opendata-licence-text = Veriler, bölgenin seçtiği lisansla yayımlanır:
opendata-licence-cite = Verileri kullanırken lütfen nereden geldiklerini belirtin. Adresler, açılış saatleri ve telefon numaraları değişir: dosyaları zaman zaman yeniden indirin.
opendata-downloads-title = İndir
opendata-csv-name = Tablo (CSV)
opendata-csv-what = Her yer için bir satır, yayımladığımız tüm bilgilerle. Her hesap tablosu programında ya da metin düzenleyicide açılır. Hizmetler gibi listeler “|” ile ayrılır.
opendata-xlsx-name = Hesap tablosu (Excel, XLSX)
opendata-xlsx-what = Aynı tablo, Excel’de ya da LibreOffice’te açılmaya hazır, her sütunda filtrelerle.
opendata-json-name = Programlar için veriler (JSON)
opendata-json-what = Aynı bilgiler, programcılar için. Listeler liste olarak kalır.
opendata-geojson-name = Harita (GeoJSON)
opendata-geojson-what = Yerleri bir haritada göstermek için, örneğin QGIS’te ya da uMap’te. Tam adresi bilmediğimizde nokta, posta kodu bölgesinin ya da belediyenin merkezindedir ve yaklaşık olarak işaretlenir.
opendata-mednum-name = Fransız ulusal standardı (CSV)
opendata-mednum-what = Fransa’nın ulusal dijital yardım haritasının “lieux de médiation numérique” biçimi, Belçika profiliyle: 4 haneli posta kodları, Belçika belediye kodları (NIS), Belçika şirket numaraları ve +32 ile başlayan telefon numaraları.
opendata-hsds-name = Uluslararası standart Open Referral HSDS (JSON)
opendata-hsds-what = Sosyal hizmet rehberleri için uluslararası standart (HSDS 3.0). Bu yerleri başka bir rehberle ya da bir yönlendirme aracıyla paylaşmak için kullanın.
opendata-api-title = Her zaman güncel: API
opendata-api-text = Programlar rehbere doğrudan da sorabilir. API burada açıklanıyor:
opendata-api-link = API açıklaması (OpenAPI)
opendata-standards-title = Kodlar hakkında
opendata-standards-text = Hizmetler, kitleler, diller, erişilebilirlik ve fiyatlar hiç değişmeyen kısa kodlarla yazılır (örneğin “training”). Her yerin sayfası, bunların sizin dilinizde ne anlama geldiğini gösterir.
