# Formlar: gözden kaçmayan hatalar, adım adım soru listesi.

# Formunda hata olan bir sayfanın başlığı (sekmede, ilk okunan).
form-error-page-title = Hata: { $title }
# Öz değerlendirme, her sayfada bir soru.
forms-diag-progress = Soru { $step } / { $steps }
forms-diag-next = Devam et
forms-diag-back = Önceki soruya dön
