# علامة الفضاء الرقمي العمومي: الصفحات العامة، شرح المعايير، استمارة الطلب، الإجراءات، الرسائل (العربية).

bo-label = علامة الفضاء الرقمي العمومي

## المعايير: أسماؤها وشرحها (بالأرقام)

label-criterion-computers = الحواسيب
label-criterion-opening-hours = ساعات الفتح
label-criterion-training-hours = التكوين
label-criterion-free-access-hours = الولوج الحر بحضور منشّط
label-criterion-open-to-all-adults = مفتوح لكل بالغ
label-criterion-price = ثمن الأنشطة الأساسية
label-criterion-charter = الميثاق
label-criterion-computers-pass = عدد الحواسيب { $actual }: تطلب العلامة { $required } على الأقل.
label-criterion-computers-fail = عدد الحواسيب { $actual } فقط: تطلب العلامة { $required } على الأقل.
label-criterion-opening-hours-pass = مفتوح { $actual } ساعة في أسبوع عادي: تطلب العلامة { $required } على الأقل.
label-criterion-opening-hours-fail = مفتوح { $actual } ساعة فقط في أسبوع عادي: تطلب العلامة { $required } على الأقل.
label-criterion-opening-hours-unreadable = لا يمكن قراءة ساعات الفتح «{ $hours }»، لذلك لا يمكن حساب الساعات في الأسبوع. اكتبها هكذا: Mo-Fr 09:00-12:00.
label-criterion-training-hours-pass = { $actual } ساعة تكوين في الأسبوع: تطلب العلامة { $required } على الأقل.
label-criterion-training-hours-fail = { $actual } ساعة تكوين في الأسبوع: تطلب العلامة { $required } على الأقل.
label-criterion-free-access-hours-pass = { $actual } ساعة ولوج حر بحضور منشّط في الأسبوع: تطلب العلامة { $required } على الأقل.
label-criterion-free-access-hours-fail = { $actual } ساعة ولوج حر بحضور منشّط في الأسبوع: تطلب العلامة { $required } على الأقل.
label-criterion-open-to-all-adults-pass = الأنشطة الأساسية مفتوحة لكل بالغ.
label-criterion-open-to-all-adults-fail = الأنشطة الأساسية ليست مفتوحة لكل بالغ: تطلب العلامة أن يستطيع كل بالغ المشاركة فيها.
label-criterion-price-pass = الأنشطة الأساسية { $actual }: تقبل العلامة أن تكون { $required }.
label-criterion-price-fail = الأنشطة الأساسية { $actual }: تطلب العلامة أن تكون { $required }.
label-criterion-charter-pass = الميثاق مقبول.
label-criterion-charter-fail = الميثاق غير مقبول: تطلب العلامة أن يوقّعه الفضاء.
label-criterion-not-required = هذه العلامة لا تطلب ذلك.
label-price-free = مجانية
label-price-symbolic = بثمن رمزي
label-price-paid = بمقابل
label-or = أو
label-met = مستوفى
label-not-met = غير مستوفى
label-weekly-hours = { $hours } ساعة في أسبوع عادي

## الصفحات العامة

label-page-title = علامة الفضاء الرقمي العمومي
label-page-intro = «{ $name }» هي العلامة التي تمنحها الجهة للفضاءات الرقمية العمومية (EPN): أماكن يستطيع فيها كل شخص استعمال الحاسوب والإنترنت، مع من يساعده.
label-why-title = ما تقدّمه العلامة
label-why-badge = في هذا الدليل، تظهر الفضاءات الحاصلة على العلامة بهذه الكلمات
label-why-equipment = في 2021، حصل كل فضاء حاصل على العلامة على { $amount } يورو لشراء معدات معلوماتية، وعلى مواد للتعريف بنفسه.
label-conditions-title = الشروط
label-conditions-intro = يحصل الفضاء على العلامة عندما يستوفي كل هذه الشروط:
label-condition-computers = { $count } حواسيب على الأقل، في مكان مناسب.
label-condition-open = مفتوح { $hours } ساعة في الأسبوع على الأقل.
label-condition-training = { $hours } ساعات تكوين في الأسبوع في المتوسط.
label-condition-free-access = { $hours } ساعات ولوج حر في الأسبوع بحضور منشّط.
label-condition-adults = الأنشطة الأساسية مفتوحة لكل بالغ.
label-condition-price = الأنشطة الأساسية { $prices }.
label-condition-charter = يوقّع الفضاء الميثاق أدناه.
label-condition-activities = يصف الطلب أنشطة التكوين والتنشيط والتوعية في الفضاء.
label-charter-title = الميثاق
label-charter-version = نسخة { $date }.
label-charter-translation = هذه ترجمة. النص الأصلي باللغة: { $language }.
label-apply-title = كيف تطلب العلامة
label-apply-step-account = ادخل إلى فضاء التسيير بحساب فضائك. إن لم يكن لديك حساب، اطلبه من تنسيقية الإدماج الرقمي.
label-apply-step-form = املأ استمارة الطلب. يمكنك حفظها والعودة لاحقًا. تُظهر الصفحة فورًا الشروط التي تستوفيها أجوبتك.
label-apply-step-visit = قد تزور التنسيقية فضاءك زيارة مجاملة، لترى كيف يعمل.
label-apply-step-recommend = يدرس المنسّق طلبك ويرسل توصية إلى فريق عمل الإدماج الرقمي.
label-apply-step-decide = يعطي فريق العمل رأيه، ثم تقرّر لجنة القيادة. تصلك رسالة إلكترونية في كل مرحلة.
label-duration = ليس للعلامة تاريخ انتهاء: تبقى ما دام الفضاء يستوفي الشروط. كل سنة، يؤكّد الفضاء معلوماته. يمكن سحب العلامة عندما لا يعود شرط مستوفى. يمكن للفضاء الذي رُفض طلبه، أو سُحبت علامته، أن يطلبها من جديد.
label-apply-link = طلب العلامة (الدخول)
label-list-link = الفضاءات الحاصلة على العلامة حسب البلدية
label-list-title = الفضاءات الحاصلة على العلامة حسب البلدية
label-list-intro = هذه الفضاءات الرقمية العمومية حاصلة على علامة الجهة.
label-list-about = ما هي العلامة؟
label-list-count = { $count ->
        [one] مكان واحد حاصل على العلامة
       *[other] { $count } أماكن حاصلة على العلامة
    }
label-list-since = حصل على العلامة في { $year }
label-list-no-commune = البلدية غير معروفة

## فضاء التسيير: الصفحة الرئيسية وقائمة الانتظار

label-home-title = علامة الفضاء الرقمي العمومي
label-home-about = عن العلامة
label-home-intro-manager = هنا تطلب العلامة لأماكنك، وتتابع طلبك، وتؤكّد معلوماتك مرة في السنة.
label-home-intro-staff = الطلبات التي تنتظر كل مرحلة، والأماكن الحاصلة على العلامة التي يجب النظر فيها، وكل الطلبات.
label-your-places = أماكنك
label-your-applications = طلباتك
label-col-place = المكان
label-col-places = الأماكن
label-col-directory = العلامة في الدليل
label-col-application = الطلب
label-col-organisation = الهيئة
label-col-state = أين وصل الطلب
label-col-updated = آخر تغيير
label-col-date = التاريخ
label-col-step = المرحلة
label-col-body = قرّره
label-col-recorded = سجّله
label-col-why = لماذا
label-no-application = لا يوجد طلب
label-nothing-to-apply = لكل مكان من أماكنك العلامة أو طلب جارٍ.
label-no-places = لا يوجد أي مكان من أماكنك في الدليل بعد.
label-apply-for = طلب العلامة لـ «{ $place }»
label-apply-which = لأي أماكن هذا الطلب؟
label-apply = بدء طلب
label-status-none = بدون علامة
label-status-labelled = حاصل على العلامة
label-status-withdrawn = سُحبت العلامة
label-status-refused = رُفضت العلامة
label-queue-examine = في انتظار التنسيقية
label-queue-working-group = في انتظار رأي فريق العمل
label-queue-steering = في انتظار قرار لجنة القيادة
label-queue-empty = لا شيء في الانتظار.
label-queue-drafts = { $count ->
        [one] طلب واحد يملؤه فضاء.
       *[other] { $count } طلبات تملؤها الفضاءات.
    }
label-flags-title = أماكن حاصلة على العلامة يجب النظر فيها
label-flags-intro = لم تعد معلوماتها تستوفي شرطًا من شروط العلامة. لا يتغيّر شيء تلقائيًا: اتصل بالفضاء، ثم ضع علامة «تمّ النظر»، أو اسحب العلامة.
label-flags-none = لا يوجد مكان حاصل على العلامة يجب النظر فيه.
label-flag-place = { $place }: { $why } ({ $source })
label-flag-epn = { $organisation }: { $why } ({ $source })
label-flag-source-directory = حسب الدليل
label-flag-source-confirmation = حسب التأكيد السنوي
label-flag-raised = وُجد في { $date }
label-field-resolution = ما تمّ فعله (اختياري)
label-flag-resolve = تمّ النظر
label-flag-looked-at = تمّ النظر.
label-flag-resolved = وُضعت علامة «تمّ النظر». لم تتغيّر العلامة.
label-review-now = فحص الأماكن الحاصلة على العلامة الآن
label-review-done = { $count ->
        [0] تمّ الفحص: لا جديد.
        [one] تمّ الفحص: نقطة جديدة واحدة يجب النظر فيها.
       *[other] تمّ الفحص: { $count } نقاط جديدة يجب النظر فيها.
    }
label-unconfirmed-title = معلومات لم تُؤكَّد بعد لسنة { $year } ({ $count })
label-unconfirmed-intro = يؤكّد كل فضاء حاصل على العلامة معلوماته مرة في السنة.
label-all-title = كل الطلبات
label-filter-state = أين وصل الطلب
label-filter-all = الكل
label-filter-show = عرض
label-all-count = { $count ->
        [one] طلب واحد
       *[other] { $count } طلبات
    }

## الحالات والمراحل والهيئات

label-state-draft = قيد الملء من طرف الفضاء
label-state-submitted = أُرسل إلى التنسيقية
label-state-under-examination = قيد الدراسة لدى التنسيقية
label-state-recommended = أُرسلت التوصية إلى فريق العمل
label-state-advised = أعطى فريق العمل رأيه
label-state-granted = مُنحت العلامة
label-state-refused = رُفضت العلامة
label-state-withdrawn = سُحبت العلامة
label-next-draft = بعد ذلك: يرسل الفضاء طلبه.
label-next-submitted = بعد ذلك: تبدأ التنسيقية دراسة الطلب.
label-next-under-examination = بعد ذلك: قد تزور التنسيقية الفضاء، ثم ترسل توصيتها إلى فريق العمل.
label-next-recommended = بعد ذلك: يعطي فريق العمل رأيه.
label-next-advised = بعد ذلك: تقرّر لجنة القيادة.
label-next-granted = ليس للعلامة تاريخ انتهاء. يؤكّد الفضاء معلوماته كل سنة.
label-next-refused = يمكن للفضاء أن يطلب العلامة من جديد.
label-next-withdrawn = يمكن للفضاء أن يطلب العلامة من جديد.
label-next-none = لا شيء آخر: يمكن للفضاء تقديم طلب جديد
label-step-submit = أُرسل الطلب
label-step-start-examination = بدأت الدراسة
label-step-record-visit = زيارة مجاملة
label-step-recommend = توصية المنسّق
label-step-advise = رأي فريق العمل
label-step-decide = قرار لجنة القيادة
label-step-withdraw = سُحبت العلامة
label-body-applicant = الفضاء
label-body-coordination = التنسيقية
label-body-working-group = فريق العمل
label-body-steering-committee = لجنة القيادة
label-body-unknown = غير معروف
label-outcome-favourable = إيجابي
label-outcome-unfavourable = سلبي
label-outcome-granted = مُنحت
label-outcome-refused = رُفضت
label-recorded-from-source = مأخوذ من تقرير
label-date-unknown = لم يذكر التقرير التاريخ

## استمارة الطلب

label-form-title = طلب العلامة: { $places }
label-form-intro = أجب عن الأسئلة. يمكنك حفظ المسودة في أي وقت والعودة لاحقًا: لا يضيع شيء مما كتبته.
label-form-criteria = ما تُظهره أجوبتك
label-form-criteria-none = أجب عن الأسئلة لترى الشروط التي تستوفيها.
label-form-questions = فضاؤك
label-field-computers = عدد الحواسيب المتاحة للعموم
label-hint-computers = عدد صحيح، مثلًا 8.
label-field-opening-hours = ساعات الفتح
label-hint-opening-hours = كما في الدليل، بطريقة OpenStreetMap، مثلًا: Mo-Fr 09:00-12:00,13:00-17:00; Sa 10:00-13:00
label-field-training-hours = ساعات التكوين في الأسبوع، في المتوسط
label-field-free-access-hours = ساعات الولوج الحر بحضور منشّط، في الأسبوع
label-hint-weekly-hours = عدد ساعات، مثلًا 6 أو 5.5.
label-field-open-to-all-adults = هل الأنشطة الأساسية مفتوحة لكل بالغ؟
label-hint-open-to-all-adults = مهما كان سنّه أو جنسه أو أصله أو وضعه.
label-field-basic-price = كم تكلّف الأنشطة الأساسية؟
label-field-publics = الفئات التي تستقبلها بشكل خاص
label-field-activities = أنشطة التكوين والتنشيط والتوعية لديك
label-hint-activities = صِف ما تقدّمه، وكم مرة، ولمن.
label-field-charter = أقبل الميثاق باسم الفضاء.
label-yes = نعم
label-no = لا
label-save-draft = حفظ المسودة
label-submit = إرسال الطلب
label-draft-saved = حُفظت مسودتك.
label-draft-saved-partly = حُفظت مسودتك، ما عدا الأجوبة المشار إليها أدناه.
label-error-computers = اكتب عدد الحواسيب عددًا صحيحًا، مثلًا 8.
label-error-hours = اكتب عدد ساعات من 0 إلى 168، مثلًا 6 أو 5.5.
label-error-opening-hours = لا يمكن قراءة ساعات الفتح هذه. اكتبها هكذا: Mo-Fr 09:00-12:00.
label-error-activities-long = صِف أنشطتك في 5000 حرف على الأكثر.
label-error-required-computers = اكتب عدد الحواسيب.
label-error-required-opening-hours = اكتب ساعات الفتح.
label-error-required-training-hours = اكتب ساعات التكوين في الأسبوع.
label-error-required-free-access-hours = اكتب ساعات الولوج الحر بحضور منشّط.
label-error-required-open-to-all-adults = قل إن كانت الأنشطة الأساسية مفتوحة لكل بالغ.
label-error-required-basic-price = اختر ثمن الأنشطة الأساسية.
label-error-required-activities = صِف أنشطتك.
label-error-charter = اقبل الميثاق لإرسال طلبك.
label-error-incomplete = هذا الجواب ناقص.
label-error-no-place = اختر مكانًا واحدًا على الأقل.

## ملف الطلب

label-file-title = طلب العلامة: { $places }
label-file-organisation = الهيئة:
label-file-state = أين وصل الطلب:
label-back = العودة إلى صفحات العلامة
label-open-file = فتح الطلب
label-continue = مواصلة الطلب
label-notice-sent = أُرسل طلبك. استلمته التنسيقية؛ ستصلك رسالة إلكترونية في كل مرحلة.
label-notice-done = تمّ التسجيل. أُبلغ الفضاء برسالة إلكترونية.
label-notice-confirmed = شكرًا: تمّ تأكيد معلوماتك لهذه السنة.
label-criteria-title = شروط العلامة
label-no-answers = أجوبة هذا الطلب غير مسجّلة.
label-answers-title = الأجوبة
label-not-answered = بدون جواب
label-charter-accepted = النسخة { $version }، قُبلت في { $date }
label-charter-not-accepted = غير مقبول
label-history-title = السجلّ
label-confirmation-title = معلومات مؤكَّدة لسنة { $year }
label-confirmation-when = أُكّدت في { $date }.
label-busy-title = يوجد طلب من قبل
label-busy-text = لهذا المكان العلامة من قبل، أو طلب جارٍ. واصل ذلك الطلب.
label-busy-link = فتح ذلك الطلب
label-forbidden-title = هذا الطلب ليس لك
label-forbidden-text = يمكنك فقط رؤية طلبات هيئتك وتغييرها.
label-refused-title = هذه المرحلة غير ممكنة الآن
label-error-not-allowed = الطلب في مرحلة «{ $state }». ما يمكن أن يحدث الآن: { $next }.

## المراحل: الاستمارات

label-action-examine = بدء الدراسة
label-action-visit-title = زيارة مجاملة
label-action-visit-intro = إن زرت الفضاء، اكتب متى وماذا رأيت.
label-field-visit-date = تاريخ الزيارة
label-field-notes = ملاحظات
label-action-visit = تسجيل الزيارة
label-action-recommend-title = توصية إلى فريق العمل
label-field-recommendation = توصيتك
label-favourable = إيجابية
label-unfavourable = سلبية
label-field-reasons = الأسباب
label-hint-reasons = سيقرؤها الفضاء.
label-action-recommend = إرسال التوصية
label-action-advise-title = رأي فريق العمل
label-field-advice = الرأي
label-field-meeting-date = تاريخ الاجتماع
label-action-advise = تسجيل الرأي
label-action-decide-title = قرار لجنة القيادة
label-field-decision = القرار
label-grant = منح العلامة
label-refuse = رفض العلامة
label-field-decision-date = تاريخ القرار
label-action-decide = تسجيل القرار
label-action-withdraw-title = سحب العلامة
label-action-withdraw-intro = فقط عندما لا يعود الفضاء يستوفي شرطًا. سيصل السبب إلى الفضاء برسالة إلكترونية.
label-field-withdraw-date = تاريخ القرار
label-field-withdraw-reason = السبب
label-action-withdraw = سحب العلامة
label-error-date = اكتب التاريخ هكذا: 2026-11-26.
label-error-date-future = لا يمكن أن يكون التاريخ في المستقبل.
label-error-reasons = اكتب الأسباب.
label-error-recommendation = اختر إيجابية أو سلبية.
label-error-advice = اختر إيجابية أو سلبية.
label-error-decision = اختر منح العلامة أو رفضها.

## التأكيد السنوي

label-confirm-link = تأكيد معلوماتك لسنة { $year }
label-confirm-title = تأكيد معلوماتك لسنة { $year }: { $places }
label-confirm-intro = مرة في السنة، يؤكّد كل فضاء حاصل على العلامة أن معلوماته ما زالت صحيحة. غيّر ما لم يعد صحيحًا.
label-confirm-directory = في الدليل
label-confirm-directory-intro = يرى العموم هذه المعلومات في الدليل. إن تغيّرت، حدّثها هناك.
label-confirm-edit-place = تحديث هذا المكان في الدليل
label-not-recorded = غير مسجّل
label-confirm-figures = أرقامك هذه السنة
label-field-confirm = أؤكّد أن هذه المعلومات صحيحة اليوم.
label-error-confirm = ضع علامة في الخانة لتأكيد معلوماتك.
label-error-confirm-not-granted = فقط الفضاء الحاصل على العلامة يؤكّد معلوماته.
label-confirm-button = تأكيد

## الرسائل الإلكترونية

label-mail-subject = علامة الفضاء الرقمي العمومي، { $places }: { $state }
label-mail-subject-visit = سُجّلت زيارة مجاملة
label-mail-body = مرحبًا،

    تقدّم طلبك للحصول على العلامة ({ $places }): { $what }.
    { $reasons }
    اطّلع على طلبك: { $link }

    تنسيقية الإدماج الرقمي
label-mail-reasons = الأسباب: { $reasons }
label-mail-notes = ملاحظات: { $notes }
label-mail-step-submit = استلمته التنسيقية
label-mail-step-start-examination = بدأت التنسيقية دراسته
label-mail-step-record-visit = سُجّلت زيارة مجاملة في { $date }
label-mail-step-recommend-yes = أرسل المنسّق توصية إيجابية إلى فريق العمل
label-mail-step-recommend-no = أرسل المنسّق توصية سلبية إلى فريق العمل
label-mail-step-advise-yes = أعطى فريق العمل رأيًا إيجابيًا
label-mail-step-advise-no = أعطى فريق العمل رأيًا سلبيًا
label-mail-step-decide-granted = منحت لجنة القيادة العلامة
label-mail-step-decide-refused = رفضت لجنة القيادة العلامة
label-mail-step-withdraw = سُحبت العلامة
label-mail-new-subject = طلب علامة جديد: { $places }
label-mail-new-body = مرحبًا،

    أرسلت { $organisation } طلبًا للحصول على العلامة ({ $places }).

    ادرسه هنا: { $link }

# The label's history, one plain sentence per event ($outcome: favourable,
# unfavourable or none; for the decision: granted, refused or none).
label-event-submit = أُرسل الطلب.
label-event-start-examination = بدأت جهة التنسيق دراسة الطلب.
label-event-record-visit = قامت جهة التنسيق بزيارة مجاملة.
label-event-recommend = { $outcome ->
    [favourable] أوصى المنسّق بمنح العلامة.
    [unfavourable] أوصى المنسّق برفض العلامة.
   *[none] قدّم المنسّق توصيته.
}
label-event-advise = { $outcome ->
    [favourable] أبدى فريق العمل رأيًا إيجابيًا.
    [unfavourable] أبدى فريق العمل رأيًا سلبيًا.
   *[none] أبدى فريق العمل رأيه.
}
label-event-decide = { $outcome ->
    [granted] منحت لجنة القيادة العلامة.
    [refused] رفضت لجنة القيادة العلامة.
   *[none] اتخذت لجنة القيادة قرارها.
}
label-event-withdraw = سُحبت العلامة.
