## The plan's public pages: the plan, an axis, a measure, the quarters.
plan-pages-intro = الخطة الجهوية للإدماج الرقمي، من { $first } إلى { $last }. لها { $axes } محاور و{ $measures } إجراءً. لكل إجراء، ترى ما يجب إنجازه، ومتى، وأين وصل العمل.
plan-pages-approved = صادقت عليها لجنة القيادة في { $date } (النسخة { $number }).
plan-pages-not-approved = لم تصادق لجنة القيادة بعدُ على أي نسخة من الخطة.
plan-pages-changes-since = { $count ->
    [one] منذ ذلك الحين، تغيّر عنصر واحد من الخطة.
   *[other] منذ ذلك الحين، تغيّرت { $count } عناصر من الخطة.
}
plan-pages-no-changes-since = لم يتغيّر شيء منذ ذلك الحين.
plan-pages-quarters-link = المُنجَزات ربعًا بعد ربع
plan-pages-budget-link = ميزانية الخطة
plan-pages-csv-link = تنزيل كل المُنجَزات (ملف CSV)
plan-pages-axes-title = المحاور وإجراءاتها
plan-pages-axis-name = المحور { $number }: { $name }
plan-pages-deliverables-count = { $count ->
    [0] لا مُنجَز بعدُ.
    [one] مُنجَز واحد —
   *[other] عدد المُنجَزات: { $count } —
}
plan-pages-status-count = { $status }: { $count }
plan-pages-overdue = فات موعده
plan-pages-overdue-count = فات موعدها: { $count }
plan-pages-owner = المسؤول: { $name }
plan-pages-due = الموعد: { $quarter }
plan-pages-no-deliverables = لا مُنجَز بعدُ.
plan-pages-deliverables-title = المُنجَزات
plan-pages-measures-title = الإجراءات
plan-pages-budget-title = الميزانية
plan-pages-all-plan = الخطة كاملة
plan-pages-field-year = السنة
plan-pages-all-years = كل السنوات
plan-pages-show = عرض
plan-pages-axis-label = المحور
plan-pages-owners = يقودها
plan-pages-partners = الشركاء
plan-pages-publics = لمن
plan-pages-nobody = لا أحد بعدُ
plan-pages-actions-title = الأعمال
plan-pages-no-actions = لا أعمال مفصّلة.
plan-pages-evidence-title = الأدلة في Passerelle
plan-pages-evidence-intro = هذه الصفحات من Passerelle تُظهر العمل المُنجَز لهذا الإجراء.
plan-pages-no-evidence = ليست في Passerelle بعدُ صفحة عامة لهذا الإجراء.
plan-pages-area-label = علامة الفضاءات الرقمية العمومية (EPN)
plan-pages-area-label-list = قائمة الفضاءات الرقمية الحاصلة على العلامة
plan-pages-label-count = { $count ->
    [0] لا فضاء رقمي حاصل على العلامة بعدُ.
    [one] اليوم، فضاء رقمي واحد حاصل على العلامة.
   *[other] اليوم، { $count } فضاءً رقميًا حاصلًا على العلامة.
}
plan-pages-area-survey = نتائج استطلاع الزوّار ({ $edition })
plan-pages-area-figures = أرقام الارتياد والنشاط
plan-pages-area-sessions = الورشات والتكوينات
plan-pages-area-directory = ابحث عن مساعدة رقمية قربك
plan-pages-area-diagnostic = الاختبار لمعرفة المساعدة التي تناسبك
plan-pages-quarters-title = المُنجَزات ربعًا بعد ربع
plan-pages-quarters-intro = لكل ربع من الخطة: ما يجب إنجازه، وأين وصل العمل. «فات موعده» يعني أن الربع انتهى ولم يُنجَز العمل.
plan-pages-quarter-count = { $count ->
    [one] مُنجَز واحد
   *[other] المُنجَزات: { $count }
}
plan-pages-quarter-empty = لا شيء مُبرمَج في هذا الربع.
plan-pages-current-quarter = الربع الحالي
plan-pages-opendata-title = الخطة ومُنجَزاتها
plan-pages-opendata-text = محاور الخطة وإجراءاتها، مع ما يجب إنجازه وأين وصل العمل، متاحة أيضًا كملف CSV:
plan-pages-opendata-link = صفحة الخطة
plan-pages-budget-plan-link = إجراءات الخطة ومُنجَزاتها
