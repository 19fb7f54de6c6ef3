# Yönetim paneli: hesaplar, giriş, gezinme.

forbidden-title = Bu sayfayı açamazsınız
forbidden-text = Hesabınız bu sayfaya erişim vermiyor. Erişiminiz olması gerektiğini düşünüyorsanız, koordinasyon ekibine sorun.
csrf-title = Bu formun süresi doldu
csrf-text = Güvenliğiniz için form gönderilemedi. Geri gidin, sayfayı yenileyin ve formu yeniden gönderin: geri düğmesini kullanırsanız yazdıklarınız formda durur.
form-errors-title = Bir sorun var
bo-nav = Yönetim paneli
bo-home = Yönetim paneli ana sayfası
bo-title = Yönetim paneli
bo-welcome = Merhaba { $name }. { $role } olarak giriş yaptınız.
bo-signed-in-as = Giriş yapan:
bo-find-place = Birine yer bulun
bo-places = Yerler
bo-users = Hesaplar
bo-organisations = Kuruluşlar
logout = Çıkış yap
login-title = Giriş yap
login-intro = Yönetim paneli; halka açık dijital alanlar, sosyal çalışmacılar ve koordinasyon ekibi içindir. Yardım bulmak için hesaba ihtiyacınız yok.
login-button = Giriş yap
login-signed-out = Çıkış yaptınız.
login-password-set = Şifreniz kaydedildi. Şimdi giriş yapabilirsiniz.
field-email = E-posta adresi
field-password = Şifre
field-new-password = Yeni şifre
field-confirm-password = Yeni şifreyi yeniden yazın
field-name = Ad
field-role = Rol
field-organisation = Kuruluş
forgot-link = Şifrenizi mi unuttunuz?
forgot-title = Yeni bir şifre seçin
forgot-intro = Hesabınızın e-posta adresini yazın. Size yeni bir şifre seçmeniz için bir bağlantı göndereceğiz. Bağlantı bir saat geçerlidir.
forgot-button = Bana bir bağlantı gönderin
forgot-sent = Bu adresi kullanan bir hesap varsa, ona bir bağlantı gönderdik. E-postalarınıza bakın, istenmeyen (spam) klasörüne de bakın.
reset-title = Yeni bir şifre seçin
invite-title = Hoş geldiniz: şifrenizi seçin
new-password-for = Hesap: { $email }
password-hint = En az { $min } karakter. Birkaç kelimelik bir cümle kolay hatırlanır ve zor tahmin edilir.
save-password = Şifreyi kaydet
link-expired-title = Bu bağlantı artık çalışmıyor
link-expired-text = Bağlantı daha önce kullanıldı ya da çok eski. Yeni bir bağlantı isteyin.
error-email-missing = E-posta adresinizi yazın.
error-email-invalid = ad@example.org gibi bir e-posta adresi yazın.
error-email-taken = Bu e-posta adresini zaten bir hesap kullanıyor.
error-password-missing = Şifrenizi yazın.
error-login-failed = E-posta adresi ya da şifre doğru değil. İkisini de kontrol edin ve yeniden deneyin.
error-login-throttled = Çok fazla deneme yapıldı. Güvenliğiniz için yeniden denemeden önce 15 dakika bekleyin ya da yeni bir şifre seçin.
error-password-short = Şifre en az { $min } karakter olmalıdır.
error-password-long = Şifre çok uzun: en fazla 256 karakter olabilir.
error-password-email = Şifre, e-posta adresiniz olmamalıdır.
error-password-confirm = İki şifre aynı değil. Yeniden yazın.
error-name-missing = Kişinin adını yazın.
error-role = Listeden bir rol seçin.
error-organisation-needed = Kuruluşu seçin: bu rol için bir kuruluş gerekir.
mail-invite-subject = Passerelle hesabınız
mail-invite-body = Merhaba { $name },

    Passerelle’de sizin için bir hesap açıldı. Şifrenizi bu bağlantıyla seçin (bağlantı 7 gün geçerlidir):

    { $link }

    Bu mesajı beklemiyorsanız, dikkate almayabilirsiniz.
mail-reset-subject = Yeni bir şifre seçin
mail-reset-body = Merhaba { $name },

    Biri hesabınızın şifresini değiştirmek istedi. Bu bağlantıyla yeni bir şifre seçin (bağlantı bir saat geçerlidir):

    { $link }

    Bu siz değilseniz, bu mesajı dikkate almayın: şifreniz değişmez.
role-admin = yönetici
role-coordinator = koordinatör
role-epn_manager = EPN sorumlusu
role-referrer = yönlendiren (sosyal çalışmacı)
role-committee = komite üyesi
role-jury = jüri üyesi
role-applicant = proje çağrılarına başvuran kuruluş
users-title = Hesaplar
invite-heading = Birini davet edin
invite-intro = Kişi, şifresini seçmesi için bağlantı içeren bir e-posta alır.
invite-organisation-hint = EPN sorumluları (kendi kuruluşları) ve yönlendirenler (kendi yapıları) için gereklidir.
invite-button = Daveti gönder
invite-sent = Davet gönderildi.
invite-not-sent = Hesap açıldı ama e-posta gönderilemedi. E-posta ayarlarını kontrol edin, sonra “Şifrenizi mi unuttunuz?” bağlantısını kullanın.
organisations-title = Kuruluşlar
organisations-intro = Güvenilen bir kuruluşun değişiklikleri hemen yayımlanır. Diğerlerinin değişiklikleri, koordinasyon ekibinin kontrol etmesini bekler.
organisation-trusted = Güvenilen
organisation-trust = Güven
organisation-untrust = Güvenmeyi bırak
actions = İşlemler
yes = Evet
no = Hayır
