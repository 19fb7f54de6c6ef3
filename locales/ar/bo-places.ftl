# المكتب الخلفي: قائمة الدليل، تعديل الأماكن، محرّر أوقات العمل، الاقتراحات وسجلّ التغييرات.

bo-proposals = تغييرات للمراجعة
bo-audit = سجلّ التغييرات

## قائمة الدليل
bolist-title = الأماكن في الدليل
bolist-new = إضافة مكان
bolist-filter-text = الاسم أو العنوان أو المنظمة
bolist-filter-stale = فقط الأماكن التي لم تُحدَّث منذ أكثر من 12 شهرًا
bolist-csv = تنزيل هذه القائمة (CSV، تُفتح في جدول بيانات)
bolist-updated = آخر تحديث
bolist-sorted-asc = (مرتّبة من أ إلى ي، أو الأقدم أولًا)
bolist-sorted-desc = (مرتّبة من ي إلى أ، أو الأحدث أولًا)
bolist-pending = { $count ->
    [one] تغيير واحد ينتظر مراجعتك
   *[other] { $count } تغييرات تنتظر مراجعتك
}
bolist-my-proposals = التغييرات التي أرسلتها إلى التنسيق
bolist-status-reason = { $status }: { $reason }

## استمارة المكان
edit-new-title = إضافة مكان
edit-intro-direct = عندما تحفظ، تُنشر التغييرات فورًا على الموقع العام.
edit-intro-proposal = عندما ترسل تغييراتك، يراجعها التنسيق. تُنشر عندما يقبلها التنسيق.
edit-save = حفظ ونشر
edit-send = إرسال إلى التنسيق
edit-see-public = عرض الصفحة العامة
edit-history-link = سجلّ التغييرات
edit-organisation-line = المنظمة: { $name }
edit-choose = اختر…
edit-price-unknown = غير معروف
edit-forbidden-scope = هذا المكان تابع لمنظمة أخرى. يمكنك فقط تعديل أماكن منظمتك. إذا كان هذا المكان تابعًا لك، اسأل التنسيق.
edit-pending = تغييراتك المرسلة في { $date } تنتظر التنسيق. تراها في الأسفل. إذا أرسلت مرة أخرى، تحلّ نسختك الجديدة محلّها.
edit-done-published = تم الحفظ. الصفحة العامة تعرض التغييرات الآن.
edit-done-created = تمت إضافة المكان ونشره.
edit-done-sent = تم الإرسال إلى التنسيق. يراجع التنسيق تغييراتك قبل نشرها. يمكنك متابعتها في قائمة أماكنك.
edit-done-unchanged = لم يتغيّر شيء.
edit-section-identity = المكان
edit-section-where = أين يوجد
edit-section-coordinates = الموقع على الخريطة (اختياري)
edit-section-offer = ما يقدّمه المكان
edit-section-contact = كيف تتصل بالمكان
edit-field-name = الاسم
edit-field-kind = نوع المكان
edit-field-organisation = المنظمة
edit-field-address = الشارع والرقم
edit-field-postcode = الرمز البريدي
edit-field-commune = البلدية
edit-field-commune-name = البلدية (خارج المنطقة)
edit-field-lat = خط العرض
edit-field-lon = خط الطول
edit-field-hours = أوقات العمل
edit-field-mobile = خدمة متنقلة: تذهب إلى الناس
edit-field-services = الخدمات
edit-field-publics = لمن
edit-field-languages = اللغات المستعملة
edit-field-accessibility = إمكانية الوصول
edit-field-price = السعر
edit-field-computers = عدد الحواسيب
edit-field-tablets = عدد الأجهزة اللوحية
edit-field-phone = الهاتف
edit-field-email = عنوان البريد الإلكتروني
edit-field-website = الموقع الإلكتروني
edit-field-description = الوصف
edit-field-label = العلامة
edit-label-labelled = حاصل على العلامة
edit-label-none = غير حاصل على العلامة
edit-label-withdrawn = سُحبت العلامة
edit-label-refused = رُفضت العلامة
edit-hint-address = مثال: Rue de la Loi 16
edit-hint-postcode = 4 أرقام. مثال: 1080
edit-hint-commune = بلا بلدية، لا يظهر المكان في البحث العام.
edit-hint-coordinates = إذا تركتها فارغة، تُقاس المسافات من وسط البلدية. يمكنك نسخها من موقع خرائط: انقر بالزر الأيمن على المكان.
edit-hint-lat = عدد بين -90 و90. مثال: 50.8466
edit-hint-lon = عدد بين -180 و180. مثال: 4.3528
edit-hint-phone = مثال: 02 123 45 67
edit-hint-website = العنوان الكامل. مثال: https://www.example.be
edit-hint-description = بضع جمل قصيرة: ما يمكن للناس فعله هناك.
edit-error-organisation = اختر المنظمة التي تدير المكان.
edit-error-name = اكتب اسم المكان.
edit-error-name-long = الاسم طويل جدًا: 200 حرف على الأكثر.
edit-error-kind = اختر نوع المكان من القائمة.
edit-error-commune = اختر البلدية من القائمة.
edit-error-postcode-shape = الرمز البريدي { $postcode } غير صحيح: اكتب 4 أرقام، مثل 1080.
edit-error-postcode-commune = الرمز البريدي { $postcode } ليس في { $commune }. { $postcode } هو الرمز البريدي لـ { $communes }. صحّح الرمز البريدي أو البلدية.
edit-error-postcode-unknown = الرمز البريدي { $postcode } ليس رمزًا بريديًا في المنطقة. تحقّق منه، أو اختر بلدية غير { $commune }.
edit-error-lat = يجب أن يكون خط العرض عددًا بين -90 و90، مثل 50.8466. أعطِ خط العرض وخط الطول معًا، أو لا تعطِ أيًّا منهما.
edit-error-lon = يجب أن يكون خط الطول عددًا بين -180 و180، مثل 4.3528. أعطِ خط العرض وخط الطول معًا، أو لا تعطِ أيًّا منهما.
edit-error-price = اختر السعر من القائمة.
edit-error-count = اكتب عددًا صحيحًا، مثل 6، أو اتركه فارغًا.
edit-error-phone = رقم الهاتف غير صحيح. اكتب أرقامًا، مع مسافات إذا أردت، مثل 02 123 45 67 أو +32 2 123 45 67.
edit-error-email = عنوان البريد الإلكتروني غير صحيح. اكتب عنوانًا مثل name@example.org.
edit-error-website = عنوان الموقع الإلكتروني غير صحيح. اكتب العنوان الكامل الذي يبدأ بـ https://، مثل https://www.example.be.
edit-error-description = الوصف طويل جدًا: 2000 حرف على الأكثر.

## محرّر أوقات العمل
hours-editor-rule = يمكنك كتابة الأوقات في حقل النص، أو ملء جدول الأسبوع. إذا غيّرت النص، يُعتمد النص. إذا غيّرت الجدول فقط، يُعتمد الجدول. الأوقات التي فيها استثناءات (العطل الرسمية، مغلق في أغسطس…) تُكتب في النص فقط.
hours-editor-text-label = أوقات العمل، بصيغة OpenStreetMap
hours-editor-text-hint = الأيام Mo Tu We Th Fr Sa Su (من الاثنين إلى الأحد)، الساعات من-إلى، القواعد مفصولة بـ "؛" (;). PH تعني العطل الرسمية. مثال:
hours-editor-grid = جدول الأسبوع
hours-editor-grid-hint = لكل يوم، فترتا عمل على الأكثر (مثلًا الصباح وبعد الظهر). اترك اليوم فارغًا عندما يكون المكان مغلقًا.
hours-editor-grid-off = في هذه الأوقات استثناءات (عطل، أشهر…) لا يستطيع الجدول عرضها. غيّرها في حقل النص في الأعلى.
hours-editor-day = اليوم
hours-editor-first-col = الفترة الأولى
hours-editor-second-col = الفترة الثانية
hours-editor-first = { $day }، الفترة الأولى
hours-editor-second = { $day }، الفترة الثانية
hours-editor-from = من
hours-editor-to = إلى
hours-editor-check = فحص الأوقات
hours-editor-empty = لا توجد أوقات عمل. ستقول الصفحة العامة أن تتصل أولًا.
hours-editor-result-valid = أوقات العمل هذه صحيحة.
hours-editor-result-invalid = لا يمكن قراءة أوقات العمل هذه.
hours-editor-invalid = لا نستطيع قراءة أوقات العمل هذه. اكتبها هكذا: Mo-Fr 09:00-12:00,13:00-17:00; Sa 10:00-12:00. أو استعمل جدول الأسبوع.
hours-editor-details = تفاصيل تقنية
hours-editor-exceptions = في هذه الأوقات استثناءات، مثل العطل الرسمية أو الأشهر. تبقى محفوظة.
hours-editor-week-caption = ما ستعرضه الصفحة العامة هذا الأسبوع
hours-editor-grid-problems = في الجدول مشكلة:
hours-editor-problem = { $what }: { $problem }
hours-editor-bad-time = اكتب وقتًا مثل 09:30.
hours-editor-incomplete = أعطِ البداية والنهاية.
hours-editor-end-before-start = يجب أن تكون النهاية بعد البداية.
hours-editor-overlap = الفترتان متداخلتان. يجب أن تبدأ الثانية بعد نهاية الأولى.

## التغييرات
diff-field = المعلومة
diff-before = قبل
diff-after = بعد
diff-empty = (فارغ)
diff-none = لم تتغيّر أي معلومة.

## الاقتراحات
proposals-title = تغييرات للمراجعة
proposals-intro = أرسل مسؤولو الفضاءات الرقمية العمومية (EPN) هذه التغييرات. راجع كل واحد منها: اقبله لنشره، أو ارفضه وقل لماذا.
proposals-count = { $count ->
    [0] لا يوجد تغيير
    [one] تغيير واحد
   *[other] { $count } تغييرات
}
proposals-author = أرسله
proposals-sent = تاريخ الإرسال
proposals-status = الحالة
proposals-status-pending = ينتظر التنسيق
proposals-status-accepted = مقبول ومنشور
proposals-status-rejected = مرفوض
proposals-new-place = مكان جديد
proposal-title = تغيير في { $name }
proposals-place = المكان
proposals-place-current = عرض المكان كما هو الآن
proposals-place-gone = هذا المكان لم يعد موجودًا.
proposals-changes = ما الذي يتغيّر
proposals-changes-caption = المعلومات التي تتغيّر، قبل وبعد
proposals-changed-since = تم تعديل المكان بعد إرسال هذا الاقتراح. لا يمكنك قبوله كما هو: ارفضه مع الشرح، أو اطلب من صاحبه أن يرسله مرة أخرى.
proposals-decide = قرارك
proposals-accept = قبول ونشر
proposals-reject = رفض
proposals-reason = السبب
proposals-reason-hint = ضروري للرفض. يقرؤه صاحب الاقتراح: قل ما يجب تصحيحه.
proposals-error-reason = اكتب السبب: يحتاج صاحب الاقتراح أن يعرف ما يجب تصحيحه.
proposals-done-accepted = تم قبول التغيير ونشره.
proposals-done-rejected = تم رفض التغيير. يمكن لصاحبه أن يرى السبب.
proposals-refused-changed = لم يُقبل: تم تعديل المكان بعد إرسال هذا الاقتراح. قبوله سيلغي ذلك التعديل. لم يتغيّر شيء.
proposals-refused-gone = لم يُقبل: هذا المكان لم يعد موجودًا. لم يتغيّر شيء.
proposals-refused-decided = هذا الاقتراح قُبل أو رُفض من قبل.

## سجلّ التغييرات
audit-title = سجلّ التغييرات
audit-place-title = سجلّ { $name }
audit-intro = كل تغيير، مع من قام به ومتى (بالتوقيت المحلي، مع المنطقة الزمنية). الأحدث أولًا.
audit-empty = لم يُسجَّل أي تغيير بعد.
audit-by = من طرف
audit-system = النظام (استيراد أو مهمة تلقائية)
audit-note = ملاحظة
audit-edit-link = تعديل المكان
audit-filter-action = نوع التغيير
audit-changes-caption = ما الذي تغيّر في { $when }
audit-action-place-update = تم تعديل مكان
audit-action-place-create = تمت إضافة مكان
audit-action-place-merge = تم دمج أماكن
audit-action-proposal-create = تغيير أُرسل إلى التنسيق
audit-action-proposal-update = تغيير أُرسل مرة أخرى إلى التنسيق
audit-action-proposal-accept = تم قبول تغيير
audit-action-proposal-reject = تم رفض تغيير
audit-action-organisation-trust = تغيّرت الثقة في منظمة
audit-action-user-invite = تمت دعوة شخص
audit-action-user-create = تم إنشاء حساب
audit-action-token-create = تم إنشاء مفتاح API
audit-action-report-done = تمت معالجة بلاغ عن خطأ
audit-action-import = تم استيراد ملف

# E-mail to the author of a proposal once it is decided.
proposals-mail-accepted-subject = تم نشر تعديلاتك
proposals-mail-accepted-body = مرحبًا،

    راجعت جهة التنسيق تعديلاتك على «{ $place }» ونشرتها. يمكنك رؤية الصفحة هنا:

    { $link }
proposals-mail-rejected-subject = لم تُنشر تعديلاتك
proposals-mail-rejected-body = مرحبًا،

    لم تنشر جهة التنسيق تعديلاتك على «{ $place }». السبب:

    { $reason }

    يمكنك تصحيحها وإرسالها من جديد هنا:

    { $link }

# "Everything is still correct" on the edit page.
edit-confirm-button = كل شيء ما زال صحيحًا
edit-confirm-hint = لا شيء للتغيير؟ أخبرنا: يُعتبر المكان قد رُوجع اليوم ولن يُرسل أي تذكير لمدة سنة.
edit-done-confirmed = أكدتَ أن كل شيء ما زال صحيحًا. شكرًا لك.
audit-action-place-confirm = تمت المراجعة: ما زال صحيحًا

# Audit actions of the other areas (store::audit::ACTIONS).
audit-action-account-mail-preferences = تغيّرت تفضيلات البريد الإلكتروني
audit-action-label-draft = حُفظ طلب العلامة (مسودة)
audit-action-label-step = سُجّلت خطوة في العلامة
audit-action-label-review = أُشير إلى علامة للمراجعة
audit-action-label-confirm = أُكّدت معلومات العلامة للسنة
audit-action-session-publish = نُشرت جلسة
audit-action-session-update = عُدّلت جلسة
audit-action-session-cancel = أُلغيت جلسة
audit-action-session-attendance = سُجّل الحضور
audit-action-booking-create = حُجز مقعد
audit-action-booking-cancel = أُلغي حجز
audit-action-booking-promote = أُعطي مقعد من قائمة الانتظار
audit-action-referral-create = أُرسل توجيه
audit-action-referral-step = سُجّلت خطوة في التوجيه
audit-action-person-view = اطُّلع على بيانات شخص
audit-action-person-export = صُدّرت بيانات شخص
audit-action-person-erase = مُحيت بيانات شخص
audit-action-person-retention = إخفاء هوية البيانات الشخصية (مدة الحفظ)
audit-action-activity-support-add = أُضيفت مرافقة
audit-action-activity-support-update = عُدّلت مرافقة
audit-action-activity-support-delete = حُذفت مرافقة
audit-action-activity-workshop-add = أُضيفت ورشة
audit-action-activity-workshop-update = عُدّلت ورشة
audit-action-activity-workshop-delete = حُذفت ورشة
audit-action-activity-quick-help-add = أُضيفت مساعدة سريعة
audit-action-activity-quick-help-delete = حُذفت مساعدة سريعة
audit-action-capacity-create = سُجّلت القدرة
audit-action-capacity-update = صُحّحت القدرة
audit-action-cadastre-create = سُجّل السجل
audit-action-cadastre-update = صُحّح السجل
audit-action-indicator-value-create = أُضيفت قيمة مؤشر
audit-action-indicator-value-update = عُدّلت قيمة مؤشر
audit-action-reported-figure-save = حُفظ رقم من تقرير
audit-action-plan-event-create = أُضيف حدث في الخطة
audit-action-plan-deliverable-add = أُضيف مُخرَج
audit-action-plan-deliverable-update = عُدّل مُخرَج
audit-action-plan-version-submit = قُدّمت نسخة الخطة إلى اللجنة
audit-action-plan-version-approve = اعتُمدت نسخة الخطة
audit-action-plan-version-return = أُعيدت نسخة الخطة
audit-action-budget-add = أُضيف سطر في الميزانية
audit-action-budget-import = استُوردت أسطر الميزانية
audit-action-budget-reverse = أُلغي سطر في الميزانية بسطر معاكس
audit-action-budget-declare = سُجّل مجموع مُعلن
audit-action-grant-call-create = تم إنشاء دعوة مشاريع
audit-action-grant-call-update = تم تعديل دعوة المشاريع
audit-action-grant-call-publish = تم نشر دعوة المشاريع
audit-action-grant-applicant-register = تم إنشاء حساب منظمة مرشحة
audit-action-grant-application-create = تم بدء الترشح
audit-action-grant-application-update = تم تعديل الترشح
audit-action-grant-application-step = مرحلة من مراحل الترشح
audit-action-grant-attachment-add = تمت إضافة مرفق إلى ترشح
audit-action-grant-attachment-delete = تمت إزالة مرفق من ترشح
audit-action-grant-juror-invite = تمت دعوة عضو لجنة التحكيم
audit-action-grant-juror-remove = تمت إزالة عضو لجنة التحكيم
audit-action-grant-conflict-declare = تم التصريح بتضارب المصالح
audit-action-grant-score-save = تم حفظ تقييمات لجنة التحكيم
audit-action-grant-scenario-create = تم إنشاء سيناريو اختيار
audit-action-grant-decision-record = تم تسجيل قرار الاختيار
audit-action-grant-agreement-create = تم إنشاء اتفاقية المنحة
audit-action-grant-payment-record = تم تسجيل دفع قسط
audit-action-grant-report-record = تم استلام التقرير النهائي للأنشطة
audit-action-grant-report-remind = تم إرسال تذكير بالتقرير النهائي
audit-action-equipment-order-submit = تم إرسال طلب تجهيزات
audit-action-equipment-order-decide = تمت الموافقة على طلب التجهيزات أو رفضه
audit-action-equipment-order-deliver = تم تسجيل تسليم التجهيزات
audit-action-equipment-asset-event = حدث في سجل التجهيزات
