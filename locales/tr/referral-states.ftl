# Bir yönlendirmenin durumları (yıllık raporun rakamlarında da).

referral-state-label = Durum
referral-state-sent = Gönderildi, yanıt bekleniyor
referral-state-accepted = Kabul edildi
referral-state-refused = Reddedildi
referral-state-first-visit-done = İlk ziyaret yapıldı
referral-state-followed-up = Takip edildi
referral-state-closed = Kapatıldı
referral-state-expired = Süresi doldu (yanıt yok)
