## Planın herkese açık sayfaları: plan, bir eksen, bir tedbir, çeyrekler.
plan-pages-intro = Dijital kapsayıcılık için bölgesel plan, { $first } – { $last }. Planda { $axes } eksen ve { $measures } tedbir var. Her tedbir için neyin yapılması gerektiğini, ne zamana kadar yapılacağını ve ne aşamada olduğunu görürsünüz.
plan-pages-approved = Yönlendirme komitesi tarafından { $date } tarihinde onaylandı (sürüm { $number }).
plan-pages-not-approved = Yönlendirme komitesi planın hiçbir sürümünü henüz onaylamadı.
plan-pages-changes-since = { $count ->
    [one] O zamandan beri planın 1 öğesi değişti.
   *[other] O zamandan beri planın { $count } öğesi değişti.
}
plan-pages-no-changes-since = O zamandan beri hiçbir şey değişmedi.
plan-pages-quarters-link = Çeyrek çeyrek çıktılar
plan-pages-budget-link = Planın bütçesi
plan-pages-csv-link = Tüm çıktıları indirin (CSV dosyası)
plan-pages-axes-title = Eksenler ve tedbirleri
plan-pages-axis-name = Eksen { $number }: { $name }
plan-pages-deliverables-count = { $count ->
    [0] Henüz çıktı yok.
    [one] 1 çıktı —
   *[other] { $count } çıktı —
}
plan-pages-status-count = { $status }: { $count }
plan-pages-overdue = Süresi geçti
plan-pages-overdue-count = Süresi geçenler: { $count }
plan-pages-owner = Sorumlu: { $name }
plan-pages-due = Teslim: { $quarter }
plan-pages-no-deliverables = Henüz çıktı yok.
plan-pages-deliverables-title = Çıktılar
plan-pages-measures-title = Tedbirler
plan-pages-budget-title = Bütçe
plan-pages-all-plan = Planın tamamı
plan-pages-field-year = Yıl
plan-pages-all-years = Tüm yıllar
plan-pages-show = Göster
plan-pages-axis-label = Eksen
plan-pages-owners = Yürüten
plan-pages-partners = Ortaklar
plan-pages-publics = Kimin için
plan-pages-nobody = Henüz kimse yok
plan-pages-actions-title = Eylemler
plan-pages-no-actions = Ayrıntılı eylem yok.
plan-pages-evidence-title = Passerelle’deki kanıtlar
plan-pages-evidence-intro = Passerelle’in bu sayfaları, bu tedbir için yapılan çalışmayı gösterir.
plan-pages-no-evidence = Passerelle’de bu tedbir için henüz herkese açık bir sayfa yok.
plan-pages-area-label = Halka açık dijital alanların (EPN) etiketi
plan-pages-area-label-list = Etiketli EPN’lerin listesi
plan-pages-label-count = { $count ->
    [0] Henüz hiçbir EPN etiketli değil.
    [one] Bugün 1 EPN etiketli.
   *[other] Bugün { $count } EPN etiketli.
}
plan-pages-area-survey = Ziyaretçi anketinin sonuçları ({ $edition })
plan-pages-area-figures = Ziyaret ve etkinlik rakamları
plan-pages-area-sessions = Atölyeler ve kurslar
plan-pages-area-directory = Yakınınızda dijital konularda yardım bulun
plan-pages-area-diagnostic = Size hangi yardımın uygun olduğunu bulmak için kontrol
plan-pages-quarters-title = Çeyrek çeyrek çıktılar
plan-pages-quarters-intro = Planın her çeyreği için: neyin teslim edilmesi gerektiği ve ne aşamada olduğu. “Süresi geçti”, çeyreğin bittiği ve çıktının tamamlanmadığı anlamına gelir.
plan-pages-quarter-count = { $count ->
    [one] 1 çıktı
   *[other] { $count } çıktı
}
plan-pages-quarter-empty = Bu çeyrekte teslim edilecek bir şey yok.
plan-pages-current-quarter = bu çeyrek
plan-pages-opendata-title = Plan ve çıktıları
plan-pages-opendata-text = Planın eksenleri ve tedbirleri; neyin teslim edilmesi gerektiği ve ne aşamada olduğu, CSV dosyası olarak da:
plan-pages-opendata-link = Planın sayfası
plan-pages-budget-plan-link = Planın tedbirleri ve çıktıları
