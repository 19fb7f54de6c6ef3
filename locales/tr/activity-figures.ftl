# Etkinlik rakamlarının tabloları (crates/domain/src/activity/figures.rs).
activity-figures-title-kinds = Türe göre etkinlikler
activity-figures-title-months = Aya göre etkinlikler
activity-figures-title-themes = Konuya göre etkinlikler
activity-figures-title-areas = Dijital yetkinlik alanına göre etkinlikler (DigComp)
activity-figures-title-durations = Süreye göre etkinlikler
activity-figures-title-locations = Yere göre bireysel destek
activity-figures-title-autonomy = Kişinin bağımsızlık düzeyine göre bireysel destek
activity-figures-title-equipment = Kullanılan donanıma göre bireysel destek
activity-figures-title-levels = Düzeye göre grup atölyeleri
activity-figures-title-gender = Cinsiyete göre atölye katılımcıları
activity-figures-title-age = Yaş grubuna göre atölye katılımcıları
activity-figures-title-status = Duruma göre atölye katılımcıları
activity-figures-title-communes = Belediyeye göre etkinlikler

activity-figures-dim-kind = Etkinlik türü
activity-figures-dim-month = Ay
activity-figures-dim-theme = Konu
activity-figures-dim-area = DigComp alanı
activity-figures-dim-duration = Süre
activity-figures-dim-location = Yer
activity-figures-dim-autonomy = Bağımsızlık düzeyi
activity-figures-dim-equipment = Donanım
activity-figures-dim-level = Düzey
activity-figures-dim-gender = Cinsiyet
activity-figures-dim-age = Yaş grubu
activity-figures-dim-status = Durum
activity-figures-dim-commune = Belediye

activity-figures-col-activities = Etkinlikler
activity-figures-col-people = Kişiler
activity-figures-col-minutes = Süre
activity-figures-col-supports = Bireysel destek
activity-figures-col-workshops = Grup atölyeleri
activity-figures-col-participants = Atölye katılımcıları
activity-figures-col-quick-helps = Hızlı yardım

activity-figures-kind-support = Bireysel destek
activity-figures-kind-workshop = Grup atölyeleri
activity-figures-kind-quick = Hızlı yardım

activity-figures-duration-upto-15 = 15 dakika ya da daha az
activity-figures-duration-16-30 = 16 ila 30 dakika
activity-figures-duration-31-60 = 31 dakika ila 1 saat
activity-figures-duration-61-120 = 1 ila 2 saat
activity-figures-duration-over-120 = 2 saatten fazla

activity-figures-autonomy-alone = Kendi başına yaptı
activity-figures-autonomy-helped = Yardımla yaptı
activity-figures-autonomy-done-for = Animatör onun yerine yaptı

activity-figures-equipment-none = Donanım yok
activity-figures-not-given = Belirtilmedi
activity-figures-outside-region = Bölgenin belediyeleri dışındaki yerler
