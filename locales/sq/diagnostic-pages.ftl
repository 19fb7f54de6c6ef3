# Faqet publike të vetëvlerësimit (pyetësori dhe rezultati). Gjuhë e qartë.

diagp-home-link = Nuk e dini nga t’ia filloni? Kontrolloni aftësitë tuaja dixhitale (rreth 3 minuta)
diagp-intro-private = Zgjat rreth 3 minuta. Mbeteni anonim: asnjë përgjigje e juaja nuk ruhet.
diagp-part-devices = Pajisjet tuaja dhe interneti
diagp-part-you = Çfarë dëshironi
diagp-where-label = Kodi juaj postar ose komuna (nuk është e detyrueshme)
diagp-where-hint = Për të parë vende dhe punëtori pranë jush. Për shembull: 1080 ose Molenbeek.
diagp-submit = Shiko rezultatin tim
diagp-error-item = Pyetja { $number }: { $message }
diagp-error-where = Ju lutemi, shkruani një kod postar ose emrin e një komune (jo më shumë se 100 shenja).
diagp-profile-title = Profili juaj
diagp-urgency-title = A është urgjente?
diagp-no-gaps = Ju i dini tashmë të pesë gjërat për të cilat pyetëm.
diagp-places-title = Vende që mund t’ju ndihmojnë
diagp-places-near = Vende pranë { $place } që mund t’ju ndihmojnë
diagp-places-none = Këtu nuk gjetëm asnjë vend që u përshtatet të gjitha përgjigjeve tuaja.
diagp-where-unknown = Nuk e njohëm „{ $where }“ si kod postar ose komunë. Ja vendet në të gjithë rajonin.
diagp-add-where = Shtoni kodin tuaj postar për të parë vendet pranë jush.
diagp-places-all = Shihni të gjitha vendet
diagp-sessions-title = Punëtori për ju
diagp-sessions-none = Tani për tani asnjë punëtori e ardhshme me vende të lira nuk u përshtatet përgjigjeve tuaja.
diagp-sessions-all = Shihni të gjitha punëtoritë
diagp-refer-place = Drejtojeni këtë person te { $name }
diagp-refer-session = Drejtojeni këtë person te „{ $title }“
diagp-nothing-stored = Asgjë nuk u ruajt. Për ta mbajtur këtë rezultat, shtojeni këtë faqe te faqeshënuesit ose printojeni.
diagp-change = Ndrysho përgjigjet e mia
diagp-again = Fillo nga e para
