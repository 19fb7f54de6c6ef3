## المكتب الخلفي للخطة: المخرجات والنسخ المقدّمة إلى لجنة التوجيه.
plan-bo-nav-link = الخطة: المخرجات والنسخ
plan-bo-nav = صفحات الخطة
plan-bo-title = مخرجات الخطة
plan-bo-intro = ما يجب أن يسلّمه كل إجراء من { $plan }، ومتى، ومن يسلّمه، وأين وصل.
plan-bo-deliverables-link = المخرجات
plan-bo-new-link = إضافة مُخرَج
plan-bo-versions-link = النسخ
plan-bo-budget-link = الميزانية
plan-bo-deliverables-title = المخرجات
plan-bo-filters-title = تصفية المخرجات
plan-bo-filter = تصفية
plan-bo-filter-any = الكل
plan-bo-filter-year = سنة الاستحقاق
plan-bo-list-caption = { $count ->
    [one] مُخرَج واحد، حسب ربع الاستحقاق
   *[other] { $count } مُخرَجًا، حسب ربع الاستحقاق
}
plan-bo-list-empty = لا يوجد مُخرَج يطابق هذه المرشحات.
plan-bo-overdue = تجاوز موعد الاستحقاق
plan-bo-none = لا شيء
plan-bo-choose = اختر…
plan-bo-number = الرقم
plan-bo-evidence = الدليل
plan-bo-updated = آخر تعديل
plan-bo-versions-title = نسخ الخطة
plan-bo-last-approved = آخر نسخة تمت الموافقة عليها:
plan-bo-approved-by = تمت الموافقة في
plan-bo-never-approved = لم تتم الموافقة على أي نسخة من الخطة بعد.
plan-bo-pending = بانتظار لجنة التوجيه:
plan-bo-pending-committee = يعود إليك أن توافق عليها أو تعيدها.
plan-bo-submitted-by = قُدّمت في
plan-bo-all-versions = عرض كل النسخ
plan-bo-version-name = النسخة { $number }
plan-bo-new-title = إضافة مُخرَج
plan-bo-form-intro = كل الحقول إلزامية، ما عدا الجهة المسؤولة والدليل والملاحظة. المُخرَج المنجز يحتاج إلى دليله.
plan-bo-what-hint = ما سيكون موجودًا عند التسليم، في جملة أو جملتين (300 حرف على الأكثر).
plan-bo-evidence-hint = عنوان ويب يبدأ بـ https://، أو صفحة من Passerelle تبدأ بـ / (مثلًا ‎/ar/label).
plan-bo-add-button = إضافة المُخرَج
plan-bo-save-button = حفظ التغييرات
plan-bo-saved = تم حفظ المُخرَج.
plan-bo-edit-title = تعديل هذا المُخرَج
plan-bo-why = السبب (عند تغيير الحالة)
plan-bo-why-hint = اذكر سبب تغيّر الحالة: يُحفظ في السجل.
plan-bo-history-title = سجل الحالات
plan-bo-history-caption = كل حالة اتخذها المُخرَج، الأقدم أولًا
plan-bo-history-when = متى
plan-bo-history-why = السبب
plan-bo-history-who = من
plan-bo-versions-intro = النسخة هي الخطة وكل مخرجاتها كما كانت عندما قدّمتها التنسيقية إلى لجنة التوجيه. توافق اللجنة عليها أو تعيدها مع ذكر السبب.
plan-bo-submit-title = تقديم الخطة إلى لجنة التوجيه
plan-bo-submit-intro = تصبح الخطة ومخرجاتها كما هي الآن نسخة جديدة تنتظر قرار اللجنة.
plan-bo-submit-waits = { $version } تنتظر لجنة التوجيه بالفعل: يمكن تقديم نسخة جديدة بعد البتّ فيها.
plan-bo-submit-note = ملاحظة
plan-bo-submit-note-hint = اختياري: ما ينبغي أن تنظر فيه اللجنة.
plan-bo-submit-button = تقديم الخطة
plan-bo-versions-list-title = كل النسخ
plan-bo-versions-empty = لم تُقدَّم أي نسخة بعد.
plan-bo-versions-caption = { $count ->
    [one] نسخة واحدة، الأحدث أولًا
   *[other] { $count } نسخ، الأحدث أولًا
}
plan-bo-version = النسخة
plan-bo-submitted = قُدّمت
plan-bo-decision = القرار
plan-bo-decided = البتّ
plan-bo-decision-note = ملاحظة اللجنة
plan-bo-decision-pending = بانتظار اللجنة
plan-bo-decision-approved = تمت الموافقة
plan-bo-decision-returned = أُعيدت إلى التنسيقية
plan-bo-submitted-notice = تم تقديم الخطة إلى لجنة التوجيه.
plan-bo-decided-notice = تم تسجيل قرارك.
plan-bo-refused-pending-title = { $version } تنتظر لجنة التوجيه بالفعل
plan-bo-refused-pending-text = لم يُقدَّم شيء. لا يمكن أن تنتظر إلا نسخة واحدة في كل مرة: يمكن تقديم نسخة جديدة بعد أن توافق اللجنة عليها أو تعيدها.
plan-bo-refused-unchanged-title = لم يتغيّر شيء منذ آخر نسخة تمت الموافقة عليها
plan-bo-refused-unchanged-text = لم يُقدَّم شيء: الخطة ومخرجاتها هي نفسها كما في آخر نسخة وافقت عليها اللجنة.
plan-bo-refused-decided-title = تم البتّ في { $version } بالفعل
plan-bo-refused-decided-text = لم يتغيّر شيء: يُبتّ في النسخة مرة واحدة فقط. تعرض صفحتها القرار ومن اتخذه ومتى.
plan-bo-see-version = عرض { $version }
plan-bo-back-to-list = العودة إلى المخرجات
plan-bo-changes-title = ما الذي تغيّر
plan-bo-first-version = النسخة الأولى: كل شيء جديد (الإجراءات: { $measures }، الأعمال: { $actions }، المخرجات: { $deliverables }).
plan-bo-changes-since = { $count ->
    [0] لم يتغيّر شيء منذ { $version }، آخر نسخة تمت الموافقة عليها قبل هذه.
    [one] تغيّر عنصر واحد منذ { $version }، آخر نسخة تمت الموافقة عليها قبل هذه.
   *[other] تغيّر { $count } عنصرًا منذ { $version }، آخر نسخة تمت الموافقة عليها قبل هذه.
}
plan-bo-before = قبل:
plan-bo-after = ؛ بعد:
plan-bo-value-removed = (حُذف)
plan-bo-empty-value = (فارغ)
plan-bo-yes = نعم
plan-bo-no = لا
plan-bo-field-in-lang = { $field } ({ $lang })
plan-bo-diff-field-name = الاسم
plan-bo-diff-field-summary = الملخص
plan-bo-diff-field-years = السنوات
plan-bo-diff-field-actuals-public = النفقات الفعلية معروضة للجمهور
plan-bo-diff-field-in-plan = محسوب في ميزانية الخطة
plan-bo-diff-field-number = الرقم
plan-bo-diff-field-axis = المحور
plan-bo-diff-field-owners = الجهات المسؤولة
plan-bo-diff-field-partners = الشركاء
plan-bo-diff-field-publics = الفئات المستهدفة
plan-bo-diff-field-areas = أجزاء Passerelle
plan-bo-decide-title = قرارك
plan-bo-decide-intro = وافق على هذه النسخة، أو أعدها إلى التنسيقية مع ذكر ما يجب تغييره.
plan-bo-decision-note-hint = إلزامية لإعادة النسخة: اذكر ما يجب على التنسيقية تغييره.
plan-bo-approve-button = الموافقة على هذه النسخة
plan-bo-return-button = إعادتها إلى التنسيقية
plan-bo-waits-committee = تنتظر هذه النسخة أن يوافق عليها عضو في لجنة التوجيه أو يعيدها.
plan-bo-problem-return-needs-note = ملاحظة اللجنة: اذكر سبب إعادة هذه النسخة.
plan-bo-problem-no-decision = اختر: الموافقة على النسخة أو إعادتها.
