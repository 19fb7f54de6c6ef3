# Bir yere önceden ulaşmak (kartlar, yer sayfaları), bölgenin yardım hattı, ana sayfa bağlantıları, sade alt bilgi kelimeleri.
contact-hours-unknown-ask = Açılış saatleri bilinmiyor: gitmeden önce sorun
contact-hours-unknown-write = Açılış saatleri bilinmiyor: gitmeden önce onlara yazın
contact-hours-mobile-ask = Gezici: nerede ve ne zaman olduğunu sorun
contact-directions = Yol tarifi (harita uygulamanızda)
contact-ask-organisation = Bu yerin telefon numarası yok. Bağlı olduğu kuruluş:
contact-card-helpline = Bu yerin telefon numarası yok. Yardım için:
contact-helpline-hours = Ne zaman:
contact-organisation-title = Bağlı olduğu kuruluşa ulaşın:
contact-helpline-title = Yardım bulmanın başka yolları
contact-helpline-intro = Bölge size yol gösterebilir:
contact-tell-us = Telefon numaralarını biliyor musunuz? Bize söyleyin
contact-distances-from-centre = Uzaklıklar bu adresten değil, belediyenin merkezinden ölçülür.
contact-home-sessions = Yakınınızdaki atölyeler
contact-home-label = “Etiketli halka açık dijital alan” ne demek
contact-footer-data = Bilgisayar programları için veriler
contact-mobile-explained-ask = Bu gezici bir hizmettir. İnsanların yanına gider. Nerede olacağını sorun.
