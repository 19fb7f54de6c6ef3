# The words of the activity records that public figures show: themes, equipment, places, and the workshop participants' ages, genders and statuses.

activity-location-place = في المكان
activity-location-home = في بيت الشخص
activity-location-remote = عن بُعد (هاتف، فيديو)
activity-location-elsewhere = في مكان آخر
activity-equipment-computer = حاسوب
activity-equipment-phone = هاتف ذكي
activity-equipment-tablet = لوحة رقمية
activity-equipment-printer = طابعة أو ماسح ضوئي
activity-equipment-other = جهاز آخر
activity-theme-device-basics = استعمال الجهاز
activity-theme-internet = تصفّح الإنترنت
activity-theme-email = البريد الإلكتروني
activity-theme-online-procedures = الإجراءات عبر الإنترنت
activity-theme-eid-itsme = بطاقة الهوية الإلكترونية وitsme
activity-theme-health = الصحة
activity-theme-banking-shopping = البنك والتسوق عبر الإنترنت
activity-theme-job-search = العمل والتكوين
activity-theme-social-media = الشبكات الاجتماعية والمراسلة
activity-theme-office-software = البرامج المكتبية
activity-theme-security = الأمان على الإنترنت
activity-theme-school = المدرسة والأولياء
activity-theme-creating = الإبداع بالأدوات الرقمية
activity-theme-ai = الذكاء الاصطناعي
workshop-new-link = تسجيل ورشة
workshop-new-title = تسجيل ورشة جماعية
workshop-form-intro = تُسجَّل الأعداد فقط، ولا يُسجَّل أبدًا من شارك. كل توزيع اختياري؛ وإذا ملأت واحدًا فيجب أن يساوي مجموعه عدد المشاركين.
workshop-saved = تم تسجيل الورشة.
workshop-deleted = تم حذف الورشة.
workshop-list-title = الورشات الجماعية
workshop-list-caption = { $count ->
    [zero] لا توجد ورشة جماعية
    [one] ورشة جماعية واحدة، الأحدث أولًا
    [two] ورشتان جماعيتان، الأحدث أولًا
    [few] { $count } ورشات جماعية، الأحدث أولًا
   *[other] { $count } ورشة جماعية، الأحدث أولًا
}
workshop-none = لم تُسجَّل أي ورشة جماعية بعد.
workshop-col-kind = النوع
workshop-kind = ورشة جماعية
workshop-col-participants = المشاركون
workshop-field-title = عنوان الورشة
workshop-field-minutes = المدة بالدقائق
workshop-field-level = المستوى
workshop-field-participants = عدد المشاركين
workshop-participants-hint = من 1 إلى 500.
workshop-breakdown-gender = المشاركون حسب الجنس (اختياري)
workshop-breakdown-age = المشاركون حسب العمر (اختياري)
workshop-breakdown-status = المشاركون حسب الوضع (اختياري)
workshop-breakdown-hint = اترك الخانة فارغة إن لم تكن تعرف؛ تُحسب الخانة الفارغة صفرًا متى مُلئت خانة أخرى.
workshop-gender-woman = نساء
workshop-gender-man = رجال
workshop-gender-other = غير ذلك أو لم يُذكر
workshop-age-under-18 = أقل من 18 سنة
workshop-age-18-25 = من 18 إلى 25
workshop-age-26-39 = من 26 إلى 39
workshop-age-40-59 = من 40 إلى 59
workshop-age-60-74 = من 60 إلى 74
workshop-age-75-plus = 75 سنة فأكثر
workshop-age-unknown = العمر لم يُذكر
workshop-status-job-seeker = باحثون عن عمل
workshop-status-student = طلاب
workshop-status-retired = متقاعدون
workshop-status-employed = عاملون
workshop-status-other = غير ذلك أو لم يُذكر
workshop-save-button = حفظ الورشة
workshop-error-title = أدخل عنوان الورشة (200 حرف على الأكثر).
workshop-error-level = اختر مستوى الورشة.
workshop-error-participants = أدخل عدد المشاركين، من 1 إلى 500.
workshop-error-count = أدخل عددًا (من 0 إلى 500)، أو اترك الخانة فارغة.
workshop-error-sum-gender = مجموع المشاركين حسب الجنس هو { $sum } وليس { $total }: يجب أن يساوي التوزيع عدد المشاركين.
workshop-error-sum-age = مجموع المشاركين حسب العمر هو { $sum } وليس { $total }: يجب أن يساوي التوزيع عدد المشاركين.
workshop-error-sum-status = مجموع المشاركين حسب الوضع هو { $sum } وليس { $total }: يجب أن يساوي التوزيع عدد المشاركين.
workshop-field-session = الانطلاق من جلسة في Passerelle (اختياري)
workshop-session-hint = جلسة أُقيمت في مكانك خلال الستين يومًا الأخيرة: يملأ عنوانها وتاريخها ومدتها ومستواها وحجوزاتها المؤكدة الاستمارة؛ غيّر ما يختلف.
workshop-session-none = بلا جلسة: الملء يدويًا
workshop-session-button = استعمال هذه الجلسة
workshop-session-used = مُلئت الاستمارة من الجلسة «{ $title }»: تحقّق من عدد المشاركين (الحجز ليس حضورًا).
workshop-error-session = اختر إحدى الجلسات التي أُقيمت في مكانك خلال الستين يومًا الأخيرة، أو لا شيء.
