# دورات الاستبيان: الفترات، الأماكن المشاركة، نسبة المشاركة، الروابط القصيرة والملصقات.

survey-editions-nav = دورات الاستبيان
survey-editions-title = دورات الاستبيان
survey-editions-intro = تطرح الدورة نسخة واحدة من الاستبيان خلال فترة محددة في الأماكن المشاركة. لكل مكان رابط قصير وملصقات عليها رمز QR؛ وتُحسب نسبة المشاركة من الإجابات الكاملة ومن عدد زوار الأماكن في الأسبوع.
survey-editions-new = دورة جديدة
survey-editions-none = لا توجد أي دورة بعد.
survey-editions-list-caption = الدورات، من الأحدث إلى الأقدم
survey-editions-period = الفترة
survey-editions-period-text = من { $from } إلى { $to }
survey-editions-days = { $days ->
    [one] يوم واحد
    [two] يومان
    [few] { $days } أيام
   *[other] { $days } يومًا
}
survey-editions-places = الأماكن المشاركة
survey-editions-answers = الإجابات الكاملة
survey-editions-participation = نسبة المشاركة
survey-editions-no-participation = غير معروفة
survey-editions-illustrative-tag = توضيحي
survey-editions-illustrative-note = دورة توضيحية: إجاباتها مولَّدة للعرض التجريبي، وليست وقائع.
survey-editions-questionnaire-name = { $title } (النسخة { $version })

survey-editions-edit = تعديل الدورة
survey-editions-edit-title = تعديل «{ $title }»
survey-editions-no-questionnaire = لم يُحفظ أي استبيان بعد: استورد استبيانًا أولًا.
survey-editions-choose = اختر…
survey-editions-field-questionnaire = نسخة الاستبيان
survey-editions-questionnaire-hint = الأسئلة المطروحة. لا تتغير النسخة بعد أن تستعملها دورة.
survey-editions-field-title = العنوان
survey-editions-title-hint = مثلًا: استبيان الزوار 2027
survey-editions-field-slug = الاسم المختصر
survey-editions-slug-hint = حروف لاتينية صغيرة وأرقام وشرطات، مثلًا: 2027
survey-editions-field-opens_on = اليوم الأول
survey-editions-field-closes_on = اليوم الأخير
survey-editions-date-hint = مثلًا: 2027-03-01 أو 01/03/2027
survey-editions-field-illustrative = هل الإجابات توضيحية؟
survey-editions-illustrative-hint = نعم فقط للإجابات التجريبية المولَّدة: ستذكر ذلك كل صفحة تعرضها.
survey-editions-yes = نعم
survey-editions-no = لا
survey-editions-field-compare_with = المقارنة مع
survey-editions-compare-hint = دورة سابقة تُقارن بها هذه النتائج.
survey-editions-compare-none = بدون مقارنة
survey-editions-save = حفظ
survey-editions-saved = تم الحفظ.

survey-editions-error-missing = { $field }: هذا الحقل مطلوب.
survey-editions-error-too-long = { $field }: النص طويل جدًا.
survey-editions-error-slug = { $field }: استعمل فقط حروفًا لاتينية صغيرة وأرقامًا وشرطات مفردة (لا في البداية ولا في النهاية).
survey-editions-error-date = { $field }: اكتب تاريخًا مثل 2027-03-01 أو 01/03/2027.
survey-editions-error-closes-before = { $field }: اليوم الأخير يسبق اليوم الأول.
survey-editions-error-period = { $field }: لا تتجاوز الدورة سنة واحدة.
survey-editions-error-unknown = { $field }: اختر أحد الخيارات المعروضة.
survey-editions-error-same = { $field }: لا يمكن مقارنة الدورة بنفسها.
survey-editions-error-number = { $field }: اكتب عددًا صحيحًا، مثلًا 240.
survey-editions-error-too-large = { $field }: هذا العدد كبير جدًا (100000 في الأسبوع على الأكثر).
survey-editions-error-public = { $field }: استعمل فقط حروفًا لاتينية صغيرة وأرقامًا و _ و -، مثلًا mobile.
survey-editions-error-slug-taken = الاسم المختصر: «{ $slug }» مستعمل من قبل دورة أخرى.
survey-editions-error-place-missing = المكان: اختر المكان الذي تريد إضافته.
survey-editions-error-place-unknown = المكان: اختر فضاءً رقميًا عموميًا حاصلًا على العلامة ولم يشارك في الدورة بعد.

survey-editions-formula = { $answers } إجابة كاملة ÷ ({ $weeks } أسابيع × { $visitors } زائرًا في الأسبوع) = { $percent }
survey-editions-n = n = { $n } إجابة كاملة؛ { $places } مكانًا لديه تقدير لعدد زواره.
survey-editions-no-overall = لا يمكن حساب نسبة المشاركة بعد: لا يوجد أي مكان مشارك لديه تقدير لعدد زواره في الأسبوع.
survey-editions-without-estimate = بدون تقدير لعدد زوارها في الأسبوع: { $places }.
survey-editions-without-estimate-answers = تُحتسب إجاباتها الكاملة ({ $answers }) كما في تقرير 2021، لكن لا يُحتسب زوارها: قد تكون نسبة المشاركة أعلى قليلًا من الواقع.
survey-editions-no-places = لا يوجد أي مكان مشارك بعد.
survey-editions-places-caption = الأماكن المشاركة ورابطها ونسبة مشاركتها
survey-editions-place = المكان
survey-editions-field-weekly_visitors = الزوار في الأسبوع
survey-editions-field-public = الجمهور (قيمة يحددها الرابط)
survey-editions-link = الرابط القصير
survey-editions-posters = الملصقات
survey-editions-poster-a4 = طباعة بحجم A4
survey-editions-poster-a3 = طباعة بحجم A3
survey-editions-from-capacity = حسب سجلات الطاقة الاستيعابية
survey-editions-entered = مُدخل يدويًا
survey-editions-no-estimate = لا يوجد تقدير

survey-editions-add-place = إضافة مكان
survey-editions-nothing-to-add = كل الفضاءات الرقمية العمومية الحاصلة على العلامة في الدليل تشارك بالفعل.
survey-editions-place-hint = الفضاءات الرقمية العمومية الحاصلة على العلامة في الدليل.
survey-editions-weekly-hint = اتركه فارغًا لأخذه من سجل الطاقة الاستيعابية للمكان لسنة { $year }.
survey-editions-public-hint = اختياري. مثلًا mobile: يرى الزوار الذين يتبعون رابط هذا المكان أسئلة الفضاء الرقمي المتنقل.
survey-editions-add = إضافة المكان
survey-editions-added = { $place } يشارك الآن.
survey-editions-removed = { $place } لم يعد يشارك.

survey-editions-place-settings = الزوار والجمهور
survey-editions-remove-title = الإزالة من الدورة
survey-editions-remove-intro = سيتوقف رابط المكان عن العمل.
survey-editions-remove = إزالة المكان
survey-editions-remove-not-possible = لهذا المكان إجابات: يبقى في الدورة حتى تبقى الإجابات مرتبطة بمكانها.

survey-editions-posters-intro = كل ملصقات الدورة، ملصق واحد في كل صفحة مطبوعة. الفرنسية والهولندية موجودتان في كل ملصق؛ أضف لغات أخرى من لغات الاستبيان إذا كان زوار المكان يقرؤونها.
survey-editions-size = حجم الورق
survey-editions-langs = لغات أخرى
survey-editions-langs-hint = إضافة إلى الفرنسية والهولندية.
survey-editions-lang-en = الإنجليزية
survey-editions-lang-es = الإسبانية
survey-editions-lang-ar = العربية
survey-editions-show-posters = عرض الملصقات للطباعة
survey-editions-poster-title = ملصق: { $place }
survey-editions-posters-title = ملصقات: { $edition }
survey-editions-print-help = اطبع هذه الصفحة من متصفحك على ورق { $size } بدون هوامش (خيار «الحفظ بصيغة PDF» ينشئ ملف PDF). يملأ كل ملصق صفحة واحدة.

survey-editions-shipped = { $title } (النسخة { $version }، مرفق مع Passerelle: يُحفظ عند حفظ الدورة)
