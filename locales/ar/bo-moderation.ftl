# الإشراف: «الإبلاغ عن خطأ»، الأخطاء المُبلَّغ عنها، دمج المكرّرات،
# صفحة جودة البيانات والتذكير بالبطاقات القديمة (العربية).

bo-reports = الأخطاء المُبلَّغ عنها
bo-quality = جودة البيانات
bo-merge = دمج مكانين

## الصفحة العامة: الإبلاغ عن خطأ


## الواجهة الخلفية: الأخطاء المُبلَّغ عنها

reports-title = الأخطاء المُبلَّغ عنها
reports-intro = رسائل أرسلها الزوار عبر رابط «الإبلاغ عن خطأ» في صفحة مكان. صحّح المكان، ثم ضع علامة «تمّت المعالجة» على الرسالة.
reports-open-caption = رسائل يجب معالجتها، الأقدم أولًا
reports-done-caption = رسائل تمّت معالجتها، الأحدث أولًا
reports-open-count = { $count ->
    [0] لا توجد رسالة يجب معالجتها.
    [one] رسالة واحدة يجب معالجتها.
   *[other] { $count } رسائل يجب معالجتها.
}
reports-done-count = { $count ->
    [0] لم تُعالَج أي رسالة بعد.
    [one] رسالة واحدة تمّت معالجتها.
   *[other] { $count } رسائل تمّت معالجتها.
}
reports-see-done = عرض الرسائل التي تمّت معالجتها
reports-see-open = عرض الرسائل التي يجب معالجتها
reports-col-received = تاريخ الاستلام
reports-col-place = المكان
reports-col-message = الرسالة
reports-col-contact = التواصل
reports-col-action = الإجراء
reports-col-handled = المعالجة
reports-mark-done = وضع علامة «تمّت المعالجة»
reports-number = الرسالة { $id }
reports-marked = الرسالة { $id } عليها الآن علامة «تمّت المعالجة».

## الواجهة الخلفية: دمج مكانين

merge-title = دمج مكانين
merge-intro = عندما تصف بطاقتان المكان نفسه، ادمجهما: تبقى واحدة وتُحذف الأخرى. تحصل البطاقة الباقية على المعلومات الناقصة من المحذوفة. لا يُستبدل شيء موجود فيها.
merge-keep-label = المكان الذي يبقى:
merge-keep-hint = رقمه، مثلًا 12 (آخر جزء من عنوان صفحة المكان).
merge-remove-label = المكان الذي يُحذف:
merge-remove-hint = رقمه. ستقود صفحته إلى المكان الباقي.
merge-compare-button = مقارنة المكانين
merge-compare-title = قارن قبل الدمج
merge-swap = إبقاء الآخر بدلًا منه
merge-compare-caption = المكانان حقلًا بحقل، والنتيجة
merge-col-field = الحقل
merge-col-keep = يبقى (رقم { $id })
merge-col-remove = يُحذف (رقم { $id })
merge-col-result = بعد الدمج
merge-empty = (فارغ)
merge-from-kept = يبقى كما هو
merge-from-removed = مأخوذ من رقم { $id }
merge-what-happens = ماذا يفعل الدمج
merge-consequence-fill = { $count ->
    [0] لا يُؤخذ أي حقل من المكان المحذوف.
    [one] يُملأ حقل فارغ واحد من المكان المحذوف.
   *[other] تُملأ { $count } حقول فارغة من المكان المحذوف.
}
merge-consequence-redirect = ستقود صفحة رقم { $remove } إلى رقم { $keep }، وكذلك في الواجهة البرمجية.
merge-consequence-moved = ما كان مرتبطًا بالمكان المحذوف ينتقل إلى المكان الباقي: المشاريع { $projects }، التعديلات المقترحة { $proposals }، الأخطاء المُبلَّغ عنها { $reports }، مشاكل بيانات المصدر { $issues }.
merge-consequence-history = يبقى تاريخ المكانين في سجل التعديلات.
merge-confirm = دمج: إبقاء رقم { $keep }، حذف رقم { $remove }
merge-choose-other = اختيار أماكن أخرى
merge-error-number = اكتب رقم المكان، مثلًا 12.
merge-error-missing = لا يوجد مكان رقمه { $id }. ربما دُمج من قبل.
merge-error-same = اختر مكانين مختلفين.
merge-error-failed = تعذّر دمج المكانين. تأكّد أنهما ما زالا موجودين، ثم حاول مرة أخرى.
merge-done-title = تمّ دمج المكانين
merge-done-text = دُمج المكان رقم { $remove } في رقم { $keep }. صفحته القديمة تقود الآن إلى رقم { $keep }.
merge-see-public = عرض الصفحة العامة للمكان الباقي
merge-edit-kept = تعديل المكان الباقي
merge-back-quality = الرجوع إلى فحوص الجودة
merge-empty-hidden = الحقول الفارغة في المكانين غير معروضة.
merge-label-labelled = حاصل على العلامة
merge-label-withdrawn = سُحبت العلامة
merge-label-refused = رُفضت العلامة
merge-field-name = الاسم
merge-field-organisation = المنظمة
merge-field-kind = نوع المكان
merge-field-mobile = متنقّل (بلا عنوان ثابت)
merge-field-address = العنوان
merge-field-postcode = الرمز البريدي
merge-field-commune_nis = البلدية (رمز NIS)
merge-field-commune_name = البلدية (كما كُتبت)
merge-field-location = الموقع (خط العرض، خط الطول)
merge-field-opening_hours = أوقات العمل
merge-field-services = الخدمات
merge-field-publics = الفئات المستهدفة
merge-field-languages = اللغات
merge-field-accessibility = إمكانية الوصول
merge-field-price = السعر
merge-field-computers = الحواسيب
merge-field-tablets = الأجهزة اللوحية
merge-field-phone = الهاتف
merge-field-email = البريد الإلكتروني
merge-field-website = الموقع الإلكتروني
merge-field-description = الوصف
merge-field-label_status = العلامة
merge-field-source_key = معرّف المصدر (الاستيراد)

## الواجهة الخلفية: جودة البيانات

quality-title = جودة البيانات
quality-intro = المشاكل الموجودة في الدليل، مجمّعة حسب النوع. كل مشكلة تقول ما يجب فعله. تُحسب القائمة من جديد كلما فتحت الصفحة.
quality-filter-kind = نوع المشكلة
quality-all-kinds = كل الأنواع
quality-show = عرض
quality-count = { $count ->
    [one] وُجدت مشكلة واحدة
   *[other] وُجدت { $count } مشاكل
} (الأخطاء: { $errors }).
quality-download = تنزيل هذه القائمة (CSV)
quality-none = لا شيء للتصحيح. أحسنت!
quality-summary = أنواع المشاكل
quality-col-place = المكان
quality-col-problem = المشكلة
quality-col-action = ما يجب فعله
quality-col-field = الحقل
quality-col-source = المصدر
quality-edit = تعديل المكان
quality-merge = المقارنة والدمج
quality-source-intro = تناقضات لوحظت عند جمع البيانات. تحقّق منها مع المكان.

## رسالة التذكير لمسيّري البطاقات القديمة

remind-mail-subject = { $count ->
    [one] من فضلك راجع مكانك على Passerelle
   *[other] من فضلك راجع أماكنك ({ $count }) على Passerelle
}
remind-mail-place = - { $name } (آخر تحديث: { $date })
      { $link }
remind-mail-help = يستعمل الناس هذه المعلومات للعثور على مساعدة قريبة منهم. من فضلك راجعها وصحّح ما تغيّر: أوقات العمل، رقم الهاتف، العنوان، الخدمات.
remind-mail-body = مرحبًا،

    { $count ->
        [one] لم تُحدَّث معلومات هذا المكان منذ أكثر من سنة:
       *[other] لم تُحدَّث معلومات هذه الأماكن منذ أكثر من سنة:
    }

    { $places }

    { $help }

    شكرًا!
