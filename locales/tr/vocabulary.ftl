# Passerelle – kelime etiketleri (hizmetler, kitleler, diller, erişilebilirlik, fiyatlar), Türkçe.
# Yer kartlarında etiket olarak gösterilen kısa, sade adlar.

## Services

service-free-access = Ücretsiz bilgisayar kullanımı
service-internet-access = İnternet ve wifi
service-assisted-access = Birebir yardım
service-training = Kurslar ve atölyeler
service-online-procedures = İnternetteki formlar için yardım
service-printing = Çıktı alma ve tarama
service-equipment = Cihaz ödünç alma ya da edinme
service-repair = Cihaz tamiri
service-coding-kids = Çocuklar için kodlama ve robotlar
service-job-search = İş bulmak için yardım
service-online-safety = İnternette güvende kalmak
service-parenting = Ebeveynler ve ekranlar
service-awareness = Dijital dünyayı anlamak

## Audiences

public-adults = Yetişkinler
public-job-seekers = İş arayanlar
public-young-people = Gençler
public-children = Çocuklar
public-seniors = Yaşlılar
public-people-with-disabilities = Engelli kişiler
public-precarity = Zor durumdaki kişiler
public-women = Kadınlar
public-families = Aileler
public-students = Öğrenciler
public-newcomers = Yeni gelenler

## Languages

language-fr = Fransızca
language-nl = Felemenkçe
language-en = İngilizce
language-ar = Arapça
language-tr = Türkçe
language-ro = Rumence
language-sq = Arnavutça
language-pl = Lehçe
language-pt = Portekizce
language-es = İspanyolca
language-de = Almanca
language-it = İtalyanca
language-ru = Rusça
language-uk = Ukraynaca
language-ber = Berberice (Tamazight)
language-bg = Bulgarca
language-so = Somalice

## Accessibility

accessibility-wheelchair = Tekerlekli sandalyeyle erişilebilir
accessibility-adapted-equipment = Uyarlanmış donanım
accessibility-sign-language = İşaret dili
accessibility-hearing-loop = İşitme döngüsü
accessibility-easy-read = Kolay okunur
accessibility-visual-impairment = Görme engelli ve az gören kişiler için yardım

## Prices

price-free = Ücretsiz
price-symbolic = Küçük bir ücret
price-paid = Ücretli
