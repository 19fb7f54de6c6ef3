# ميزانية الخطة: المكتب الخلفي (الجداول، المراجعات، السجل، الإدخال، الاستيراد) والصفحة العامة.
budget-nav-link = الميزانية
budget-nav = صفحات الميزانية
budget-title = ميزانية الخطة
budget-intro = ميزانية { $plan }، محسوبة من سطور السجل: ما كان مخططًا، وما أُنفق، وكل مجموع مُصرَّح به لا يطابق سطوره.
budget-tables-link = الجداول والمراجعات
budget-ledger-link = السجل
budget-new-row-link = إدخال سطر
budget-import-link = استيراد جدول بيانات
budget-public-link = الصفحة العامة
budget-show = عرض
budget-year-title = سنة { $year }
budget-planned-title = الميزانية المخططة
budget-actual-title = النفقات الفعلية
budget-measures-title = حسب الإجراء والعمل
budget-downloads-title = التنزيلات
budget-download-ledger-csv = سطور السجل لسنة { $year } (CSV)
budget-download-rows-csv = هذه السطور (CSV)
budget-download-xlsx = جداول سنة { $year } بشكل التقرير (XLSX)
budget-download-datapackage = بيانات مفتوحة: الميزانية كحزمة بيانات (ملف ZIP من ملفات CSV)
budget-planned-caption = الميزانية المخططة لسنة { $year } حسب المحور ومصدر التمويل، باليورو
budget-actual-caption = النفقات الفعلية لسنة { $year } من مصادر الخطة حسب المحور، باليورو
budget-variance-caption = المخطط والفعلي لسنة { $year } حسب المحور والمصدر، مع الفرق ونسبته، باليورو
budget-other-caption = النفقات الفعلية لسنة { $year } من الميزانيات الأخرى لمركز المعلوماتية حسب المحور، باليورو
budget-measures-caption = ميزانية سنة { $year } حسب الإجراء والعمل، باليورو
budget-axis = المحور
budget-source = المصدر
budget-measure = الإجراء
budget-total = المجموع
budget-axis-total = مجموع المحور
budget-planned = المخطط
budget-actual = الفعلي
budget-actual-plan = المُنفَق (الخطة)
budget-actual-other = المُنفَق (ميزانيات أخرى)
budget-difference = الفرق
budget-share = النسبة
budget-no-share = غير محسوبة (لا شيء مخطط)
budget-measure-name = الإجراء { $number } – { $name }
budget-axis-other-lines = { $axis }: سطور بلا إجراء
budget-line-unspecified = بلا عمل
budget-sources-all = كل المصادر
budget-sources-plan = مصادر الخطة
budget-sources-other = الميزانيات الأخرى
budget-checks-title = مراجعات الاتساق
budget-checks-none = كل مجموع مُصرَّح به يساوي مجموع سطوره.
budget-checks-count = { $count ->
    [one] مجموع مُصرَّح به واحد يختلف عن مجموع سطوره.
   *[other] { $count } من المجاميع المُصرَّح بها تختلف عن مجموع سطورها.
}
budget-checks-caption = المجاميع المُصرَّح بها لسنة { $year } التي تختلف عن سطورها، باليورو
budget-check-where = المجموع المُصرَّح به
budget-check-declared = المُصرَّح به
budget-check-computed = مجموع السطور
budget-phase-budget = ميزانية
budget-phase-revised = ميزانية معدّلة
budget-phase-commitment = التزام
budget-phase-actual = نفقة فعلية
budget-field-year = السنة
budget-field-phase = المرحلة
budget-field-source = مصدر التمويل
budget-field-axis = المحور
budget-field-measure = الإجراء
budget-field-action = العمل
budget-field-date = التاريخ
budget-field-supplier = المورّد
budget-field-invoice = مرجع الفاتورة
budget-field-label = الوصف
budget-field-amount = المبلغ شاملًا الضريبة (يورو)
budget-field-note = ملاحظة
budget-field-reason = السبب
budget-problem-missing = { $field }: هذا الحقل مطلوب.
budget-problem-unknown = { $field }: «{ $value }» ليس من عناصر الخطة. اختر من القائمة.
budget-problem-not-under = { $field }: لا ينتمي إلى المحور أو الإجراء المختار. اختر واحدًا ينتمي إليه، أو اتركه فارغًا.
budget-problem-year-outside = { $field }: اكتب سنة من سنوات الخطة، من { $first } إلى { $last }.
budget-problem-not-a-year = { $field }: اكتب سنة بأربعة أرقام، من { $first } إلى { $last }.
budget-problem-date-outside = { $field }: يجب أن يقع التاريخ في سنة السطر.
budget-problem-not-a-date = { $field }: اكتب تاريخًا بصيغة يوم/شهر/سنة، مثل ⁦15/03/2021⁩.
budget-problem-amount-missing = { $field }: اكتب مبلغًا باليورو، مثل ⁦1 250,50⁩.
budget-problem-amount-not-an-amount = { $field }: اكتب مبلغًا باليورو بالأرقام، مثل ⁦1 250,50⁩.
budget-problem-amount-decimals = { $field }: رقمان عشريان على الأكثر (السنتات)، مثل ⁦42 320,96⁩.
budget-problem-amount-ambiguous = { $field }: آلاف أم ثلاثة أرقام عشرية؟ اكتب ⁦1 234,00⁩ لألف ومئتين وأربعة وثلاثين يورو، أو رقمين عشريين على الأكثر.
budget-problem-amount-negative = { $field }: المبلغ السالب مسموح فقط لميزانية معدّلة. لتصحيح سطر، ألغِه.
budget-problem-amount-too-large = { $field }: المبلغ كبير جدًا (أقل من مليار يورو).
budget-problem-too-long = { $field }: { $max } حرفًا على الأكثر.
budget-ledger-title = سجل الميزانية
budget-ledger-intro = سطر واحد لكل حركة مالية. لا يُعدَّل السطر أبدًا: يُلغى الخطأ بسطر جديد مع ذكر السبب.
budget-ledger-caption = { $count ->
    [one] سطر واحد في السجل، الأحدث أولًا
   *[other] { $count } سطرًا في السجل، الأحدث أولًا
}
budget-ledger-empty = لا يوجد سطر يطابق هذه المرشحات.
budget-filters-title = تصفية السطور
budget-filter = تصفية
budget-filter-any = الكل
budget-where = المحور، الإجراء، العمل
budget-amount-euros = المبلغ (€)
budget-row-is-reversal = (إلغاء)
budget-row-is-reversed = (ملغى)
budget-row-title = سطر في السجل: { $label }
budget-row-number = السطر { $id }
budget-row-saved = حُفظ السطر في السجل.
budget-row-reversal-saved = حُفظ الإلغاء: هذا السطر الجديد يلغي السطر الأصلي.
budget-none = —
budget-none-choice = (لا شيء)
budget-origin = أُدخل عبر
budget-origin-form = استمارة
budget-origin-import = استيراد جدول بيانات
budget-origin-demo = بيانات تجريبية
budget-created = أُدخل في
budget-reverses = يلغي
budget-reversed-by = أُلغي بواسطة
budget-reverse-title = إلغاء هذا السطر
budget-reverse-intro = لا يُعدَّل السطر أبدًا. إلغاؤه يضيف سطرًا جديدًا بالمبلغ المعاكس مع سببك؛ ويبقى الاثنان في السجل.
budget-reverse-reason-hint = لماذا يُلغى هذا السطر؟ مثلًا: أُدخل مرتين، إجراء خاطئ.
budget-reverse-button = إلغاء السطر
budget-reverse-refused-title = لا يمكن إلغاء هذا السطر
budget-reverse-refused-text = لقد أُلغي من قبل، أو هو نفسه إلغاء.
budget-back-to-row = العودة إلى السطر
budget-new-row-title = إدخال سطر في السجل
budget-new-row-intro = القوائم تأخذ محاور الخطة وإجراءاتها وأعمالها. يمكن ترك المحور فارغًا عند اختيار إجراء.
budget-phase-hint = الميزانية والميزانية المعدّلة تخطّطان المال؛ الالتزام والنفقة الفعلية تنفقانه.
budget-axis-hint = اتركه فارغًا لأخذ محور الإجراء.
budget-measure-hint = اختياري؛ اختره لاحتساب السطر ضمن إجراء.
budget-action-hint = اختياري؛ عمل من أعمال الإجراء المختار.
budget-date-hint = اختياري؛ ضمن سنة السطر.
budget-label-hint = ما الغرض من المال، كما سيظهر في الجداول.
budget-amount-hint = باليورو شاملًا الضريبة، مثل ⁦42 320,96⁩ أو ⁦42320.96⁩. سالب فقط لميزانية معدّلة.
budget-reason-hint = مطلوب لميزانية معدّلة: لماذا تتغيّر الميزانية.
budget-save-row = حفظ السطر
budget-overspend-title = هذا السطر يتجاوز ميزانيته
budget-overspend-text = يجعل هذا البند يتجاوز ميزانيته: { $where }.
budget-overspend-budget = ميزانية البند:
budget-overspend-after = مع هذا السطر:
budget-overspend-beyond = التجاوز:
budget-overspend-choice = احفظه رغم ذلك إن كان صحيحًا، أو عدّل السطر وتحقّق مجددًا.
budget-overspend-confirm = الحفظ رغم ذلك
budget-check-again = التحقق مجددًا
budget-public-title = ميزانية الخطة
budget-public-intro = ميزانية { $plan }: ما هو مخطط حسب المحور ومصدر التمويل والإجراء.
budget-actuals-not-public = النفقات الفعلية غير منشورة لهذه الخطة.
budget-summary-planned = الميزانية المخططة لسنة { $year }
budget-summary-spent = المُنفَق في سنة { $year }
budget-summary-link = ميزانية الخطة كاملة
budget-import-title = استيراد سطور السجل من جدول بيانات
budget-import-intro = ملف CSV أو XLSX فيه سطر لكل حركة مالية وسطر للعناوين. لا يُكتب شيء قبل أن ترى كل مشكلة.
budget-import-step-upload = أرسل الملف.
budget-import-step-map = حدّد العمود الذي يعطي كل حقل (مُخمَّن من العناوين).
budget-import-step-preview = اطّلع على كل سطر خاطئ ورقمه، ثم لا تستورد شيئًا أو استورد السطور السليمة فقط.
budget-import-file = جدول بيانات (CSV أو XLSX)
budget-import-file-hint = { $mb } ميغابايت على الأكثر؛ السطر الأول يسمّي الأعمدة.
budget-import-send = إرسال وربط الأعمدة
budget-import-no-file = جدول البيانات: اختر ملف CSV أو XLSX.
budget-import-too-large = جدول البيانات: الملف أكبر من { $mb } ميغابايت.
budget-import-empty = جدول البيانات: الملف بلا سطر عناوين أو بلا سطور تحته.
budget-import-not-utf8 = جدول البيانات: ملف CSV ليس بترميز UTF-8. احفظه بصيغة «CSV UTF-8» وأرسله مجددًا.
budget-import-csv-line = جدول البيانات: تعذّرت قراءة السطر { $line } (علامة تنصيص غير مغلقة؟).
budget-import-not-workbook = جدول البيانات: الملف ليس مصنّفًا يمكن فتحه. احفظه بصيغة XLSX أو CSV.
budget-import-too-many = جدول البيانات: { $max } سطرًا على الأكثر في الملف الواحد.
budget-import-unknown-column = { $field }: لا يحتوي الملف على عمود «{ $column }».
budget-import-gone-title = هذا الاستيراد لم يعد متاحًا
budget-import-gone-text = يُحفظ الملف ساعة واحدة لمن أرسله. أرسله مجددًا.
budget-import-again = استيراد ملف
budget-import-map-title = أي عمود يعطي كل حقل؟
budget-import-map-intro = في الملف { $file } { $columns } أعمدة. الاختيارات أدناه مُخمَّنة من عناوينه: تحقّق منها.
budget-import-not-in-file = (غير موجود في الملف)
budget-import-columns = أعمدة الملف
budget-import-columns-hint = الحقل بلا عمود يبقى فارغًا في كل سطر.
budget-import-fixed = قيمة واحدة لكل السطور
budget-import-fixed-hint = إذا لم يكن في الملف عمود للسنة أو المرحلة أو المصدر، فاختره هنا.
budget-import-check = التحقق من السطور
budget-import-preview-title = التحقق قبل الاستيراد
budget-import-counts = { $good ->
    [one] سطر سليم واحد
   *[other] { $good } من السطور السليمة
}، { $bad ->
    [0] ولا سطر خاطئ.
    [one] وسطر خاطئ واحد.
   *[other] و{ $bad } من السطور الخاطئة.
}
budget-import-problems-caption = { $count ->
    [one] مشكلة واحدة، حسب سطر الملف
   *[other] { $count } من المشاكل، حسب سطر الملف
}
budget-import-line = السطر
budget-import-field = الحقل
budget-import-problem = المشكلة
budget-import-good-caption = أول { $count } من { $total } من السطور السليمة
budget-import-choice = ماذا تفعل
budget-import-all = استيراد السطور الـ { $count }
budget-import-good-only = استيراد السطور السليمة الـ { $count } فقط
budget-import-nothing = لا تستورد شيئًا: صحّح الملف وأرسله مجددًا
budget-import-done = { $count ->
    [one] استُورد سطر واحد.
   *[other] استُورد { $count } من السطور.
}
budget-opendata-title = ميزانية الخطة
budget-opendata-text = ميزانية الخطة — المخططة، والمُنفَقة حين تنشرها الجهة — متاحة أيضًا كبيانات مفتوحة: جداولها وجدول بيانات وحزمة بيانات.
budget-opendata-link = صفحة الميزانية
