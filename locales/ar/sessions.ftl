# الحصص: القائمة العامة، صفحة الحصة، الحجز، لوحة الإدارة، الرسائل.

sessions-title = ورشات وحصص
sessions-intro = ورشات وتكوينات وساعات مساعدة في الفضاءات العمومية الرقمية. ابحث عن واحدة قريبة منك، ثم احجز مقعدًا مع المرشد الاجتماعي أو لدى المكان.
sessions-count = { $count ->
    [0] لم نجد أي حصة
    [one] حصة واحدة
    [two] حصتان
    [few] { $count } حصص
    [many] { $count } حصة
   *[other] { $count } حصة
}
sessions-none = لا توجد حصة مطابقة. جرّب تاريخًا آخر أو موضوعًا آخر، أو احذف أحد خيارات التصفية.
sessions-search-error = هناك خطأ في البحث.
sessions-search-reset = بحث جديد
sessions-search-button = عرض الحصص
sessions-where-label = أين؟
sessions-where-hint = رمز بريدي أو بلدية، مثلًا 1080 أو سخاربيك.
sessions-theme-label = الموضوع
sessions-theme-all-of-area = كل «{ $area }»
sessions-from-label = ابتداءً من (تاريخ)
sessions-to-label = إلى غاية (تاريخ)
sessions-only-free = المجانية فقط
sessions-only-seats = التي فيها مقاعد شاغرة فقط
sessions-when = { $day } { $date }، { $start }–{ $end }
sessions-mobile = نشاط متنقل
sessions-price-free = مجاني
sessions-price-euros = { $amount } يورو
sessions-seats-left = { $left ->
    [one] بقي مقعد واحد من { $seats }
    [two] بقي مقعدان من { $seats }
   *[other] بقي { $left } من { $seats } مقاعد
}
sessions-full-waiting = مكتملة – قائمة الانتظار مفتوحة ({ $waiting } في الانتظار)
sessions-full = مكتملة
sessions-status-cancelled = ملغاة
sessions-theme-with-area = { $theme } ({ $area })

sessions-theme-devices = استعمال الحاسوب أو الهاتف الذكي أو اللوحة
sessions-theme-drop-in-help = ساعات المساعدة
sessions-theme-internet-search = البحث في الإنترنت
sessions-theme-job-search = البحث عن عمل عبر الإنترنت
sessions-theme-messaging = البريد الإلكتروني والرسائل ومكالمات الفيديو
sessions-theme-online-services = الخدمات العمومية والبنكية عبر الإنترنت
sessions-theme-documents = كتابة الوثائق والسيرة الذاتية
sessions-theme-programming = البرمجة
sessions-theme-safety = كلمات السر والاحتيال والخصوصية

sessions-cancel-reason = السبب:
sessions-when-label = متى
sessions-where-label-short = أين
sessions-level-label = المستوى
sessions-languages-label = اللغات
sessions-seats-label = المقاعد
sessions-price-label = السعر
sessions-publics-label = لمن
sessions-bring-label = ما يجب إحضاره:
sessions-accessibility-label = إمكانية الوصول
sessions-organiser-label = تنظيم
sessions-add-to-calendar = أضف إلى مفكرتي
sessions-manage-link = إدارة هذه الحصة
sessions-booking-title = حجز مقعد
sessions-your-bookings = حجوزات مؤسستك في هذه الحصة
sessions-person-name = الاسم الشخصي أو لقب
sessions-your-name = اسمك الشخصي أو لقب
sessions-person-name-hint = لا حاجة إلى اسم العائلة.
sessions-person-phone = الهاتف المحمول (اختياري)
sessions-person-email = البريد الإلكتروني (اختياري)
sessions-person-contact-hint = فقط لإرسال تذكير قبل يومين، أو للإخبار إذا تغيّرت الحصة.
sessions-person-lang = لغة التذكيرات
sessions-booking-status = الحجز
sessions-booking-confirmed = مقعد مؤكد
sessions-booking-waiting = في قائمة الانتظار
sessions-booking-cancelled = ملغى
sessions-cancel-booking = إلغاء الحجز
sessions-not-bookable = لم يعد حجز هذه الحصة ممكنًا.
sessions-full-no-list = هذه الحصة مكتملة وليست لها قائمة انتظار.
sessions-will-wait = الحصة مكتملة: يوضع الشخص في قائمة الانتظار ويحصل على مقعد تلقائيًا إذا شغر مقعد.
sessions-self-booking-intro = يمكنك أن تحجز مقعدًا بنفسك. لا نطلب إلا اسمًا شخصيًا.
sessions-how-to-book = لحجز مقعد، اسأل المرشد الاجتماعي (مركز العمل الاجتماعي، البلدية، جمعية) أو اتصل بالمكان.
sessions-book-button = احجز المقعد
sessions-wait-button = سجّل في قائمة الانتظار
sessions-consent-text = يوافق الشخص على أن يُرسل اسمه الشخصي (ورقم هاتفه أو بريده الإلكتروني إن أعطاهما) إلى { $organisation } من أجل هذه الحصة، وأن يُحفظ إلى غاية 12 شهرًا بعدها. ويمكنه أن يطلب حذفه في أي وقت.
sessions-consent-text-self = أوافق على أن يُرسل اسمي الشخصي (ورقم هاتفي أو بريدي الإلكتروني إن أعطيتهما) إلى { $organisation } من أجل هذه الحصة، وأن يُحفظ إلى غاية 12 شهرًا بعدها. ويمكنني أن أطلب حذفه في أي وقت.
sessions-booked-confirmed = تم تأكيد مقعد لـ { $name }.
sessions-booked-waiting = { $name } رقم { $position } في قائمة الانتظار.
sessions-no-self-booking = تُحجز هذه الحصة عن طريق مرشد اجتماعي أو لدى المكان.
sessions-at-place-title = الحصص القادمة هنا
sessions-at-place-all = كل حصص هذا المكان
sessions-at-place-calendar = مفكرة حصص هذا المكان (iCalendar)

sessions-my-booking-title = حجزك
sessions-my-booking-confirmed = مقعدك محجوز.
sessions-my-booking-waiting = أنت رقم { $position } في قائمة الانتظار. إذا شغر مقعد فهو لك وسنخبرك.
sessions-my-booking-cancelled = هذا الحجز ملغى.
sessions-my-booking-keep = احتفظ بعنوان هذه الصفحة: إنه الطريقة الوحيدة لرؤية حجزك أو إلغائه.
sessions-my-booking-cancel = ألغِ حجزي
sessions-my-booking-cancelled-done = تم إلغاء حجزك.
sessions-my-booking-privacy = يُحذف اسمك الشخصي ومعلومات الاتصال بك بعد 12 شهرًا من الحصة.

sessions-field-where = أين تجري؟
sessions-field-title = العنوان
sessions-field-description = الوصف
sessions-field-theme = الموضوع
sessions-field-level = المستوى
sessions-field-languages = اللغات المستعملة
sessions-field-date = التاريخ (أول تاريخ إذا تكررت)
sessions-field-start = ساعة البداية
sessions-field-end = ساعة النهاية
sessions-field-repeat = التكرار
sessions-field-until = آخر تاريخ
sessions-field-skip = تواريخ بلا حصة
sessions-field-seats = عدد المقاعد
sessions-field-waiting_list = فتح قائمة انتظار عندما تكتمل
sessions-field-self_booking = يمكن للأشخاص أن يحجزوا بأنفسهم في الصفحة العامة
sessions-field-price = السعر باليورو
sessions-field-bring = ما يجب إحضاره
sessions-field-publics = لمن (فارغ: للجميع)
sessions-field-accessibility = إمكانية الوصول
sessions-field-location = المكان والعنوان
sessions-field-postcode = الرمز البريدي
sessions-field-name = الاسم الشخصي أو لقب
sessions-field-phone = الهاتف
sessions-field-email = البريد الإلكتروني
sessions-field-consent = الموافقة
sessions-title-hint = كلمات بسيطة، مثلًا «رسائلي الإلكترونية الأولى».
sessions-until-hint = مثلًا نهاية السنة الدراسية.
sessions-skip-hint = أيام العطل، بصيغة YYYY-MM-DD مفصولة بفواصل.
sessions-price-hint = اتركه فارغًا أو اكتب 0 إذا كانت مجانية.
sessions-bring-hint = مثلًا: بطاقة الهوية، الهاتف الذكي ورمزه.
sessions-repeat-once = مرة واحدة
sessions-repeat-weekly = كل أسبوع
sessions-repeat-every-2-weeks = كل أسبوعين
sessions-mobile-of = نشاط متنقل لـ { $organisation } (في مكان آخر)
sessions-mobile-legend = نشاط متنقل
sessions-mobile-hint = فقط لنشاط متنقل: أين يجري.

sessions-error-missing = { $field }: يرجى ملء هذه الخانة.
sessions-error-too-long = { $field }: هذا طويل جدًا.
sessions-error-unknown-code = { $field }: يرجى الاختيار من القائمة.
sessions-error-not-a-number = { $field }: يرجى كتابة عدد.
sessions-error-out-of-range = { $field }: هذا العدد صغير جدًا أو كبير جدًا.
sessions-error-bad-date = { $field }: يرجى كتابة تاريخ مثل 2026-12-01.
sessions-error-bad-time = { $field }: يرجى كتابة ساعة مثل 10:00.
sessions-error-end-before-start = { $field }: يجب أن تنتهي الحصة بعد بدايتها.
sessions-error-in-past = { $field }: هذا التاريخ قد مضى.
sessions-error-until-before-first = { $field }: يجب أن يكون آخر تاريخ بعد الأول.
sessions-error-too-many = { $field }: هذا يعطي أكثر من 104 تواريخ؛ اختر آخر تاريخ أقرب.
sessions-error-no-date-left = { $field }: كل التواريخ مستثناة.
sessions-error-unknown-postcode = { $field }: هذا الرمز البريدي ليس في الجهة.
sessions-error-bad-phone = { $field }: يرجى كتابة رقم هاتف، مثلًا ⁦0470 12 34 56⁩.
sessions-error-bad-email = { $field }: يرجى كتابة عنوان بريد إلكتروني، مثلًا name@example.org.
sessions-error-no-consent = { $field }: يرجى وضع علامة في الخانة لإظهار أن الشخص موافق.
sessions-error-where = أين تجري؟: يرجى اختيار أحد أماكنك أو نشاط متنقل.
sessions-error-seats-below-booked = عدد المقاعد: حجز { $booked } أشخاص من قبل؛ ضع { $booked } مقاعد على الأقل.

sessions-bo-link = الحصص
sessions-bookings-link = حجوزاتي
sessions-bo-title = الحصص
sessions-bo-coming = الحصص القادمة
sessions-bo-past = آخر 30 يومًا
sessions-bo-none = لا توجد حصة قادمة بعد.
sessions-publish-link = نشر حصة
sessions-new-title = نشر حصة
sessions-edit-title = تعديل هذه الحصة
sessions-edit-intro = هذا يعدّل هذا التاريخ فقط. يُخبَر المسجلون إذا تغيّر التاريخ أو الساعة أو المكان.
sessions-publish-button = نشر
sessions-save-button = حفظ التعديلات
sessions-booked-of = { $booked } من { $seats } محجوزة، { $waiting } في الانتظار
sessions-published = { $count ->
    [one] تم نشر الحصة.
   *[other] تم نشر { $count } حصة.
}
sessions-saved = { $count ->
    [0] تم حفظ التعديلات.
    [one] تم حفظ التعديلات؛ وأُخبر شخص مسجل واحد.
   *[other] تم حفظ التعديلات؛ وأُخبر { $count } من المسجلين.
}
sessions-cancelled-told = { $count ->
    [0] تم إلغاء الحصة.
    [one] تم إلغاء الحصة؛ وأُخبر شخص مسجل واحد.
   *[other] تم إلغاء الحصة؛ وأُخبر { $count } من المسجلين.
}
sessions-public-page = عرض الصفحة العامة
sessions-edit-link = تعديل التاريخ أو الساعة أو المقاعد أو التفاصيل
sessions-people-title = الأشخاص المسجلون
sessions-people-none = لم يسجل أحد بعد.
sessions-booked-by = حجز بواسطة
sessions-booked-alone = الشخص بنفسه
sessions-waiting-number = قائمة الانتظار، رقم { $position }
sessions-attendance-title = الحضور
sessions-attendance-intro = بعد الحصة، حدّد من حضر. هذا يساعد على متابعة الأشخاص وعلى الإحصاء.
sessions-attendance-present = حاضر
sessions-attendance-absent = غائب
sessions-attendance-save = حفظ الحضور
sessions-attendance-saved = { $count ->
    [one] تم حفظ الحضور لشخص واحد.
   *[other] تم حفظ الحضور لـ { $count } أشخاص.
}
sessions-cancel-title = إلغاء هذه الحصة
sessions-cancel-intro = { $count ->
    [0] لم يسجل أحد.
    [one] يُخبَر الشخص المسجل بالبريد الإلكتروني أو الرسالة القصيرة إن أعطى واحدًا، وكذلك مرشده الاجتماعي.
   *[other] يُخبَر الـ { $count } المسجلون بالبريد الإلكتروني أو الرسالة القصيرة إن أعطوا واحدًا، وكذلك مرشدوهم الاجتماعيون.
}
sessions-cancel-reason-label = السبب (اختياري)
sessions-cancel-reason-hint = يُرسل إلى الأشخاص المسجلين.
sessions-cancel-following = ألغِ أيضًا التواريخ التالية من هذه السلسلة
sessions-cancel-button = إلغاء الحصة
sessions-other-dates = تواريخ أخرى من هذه السلسلة
sessions-bookings-title = حجوزاتي
sessions-bookings-intro = المقاعد التي حجزتها مؤسستك، منذ 30 يومًا.
sessions-bookings-find = ابحث عن حصة فيها مقاعد شاغرة
sessions-bookings-none = ليس لمؤسستك أي حجز بعد.

sessions-mail-bring = ما يجب إحضاره: { $bring }
sessions-mail-link = التفاصيل: { $link }
sessions-mail-cancel-link = لرؤية حجزك أو إلغائه: { $link }
sessions-mail-reason = السبب: { $reason }
sessions-mail-footer = تصلك هذه الرسالة لأن مقعدًا حُجز لك على Passerelle. يُحذف اسمك الشخصي ومعلومات الاتصال بك بعد 12 شهرًا من الحصة.
sessions-mail-booked-subject = مقعد محجوز: { $title }
sessions-mail-booked-intro = مرحبًا { $name }، حُجز لك مقعد.
sessions-mail-waiting-subject = قائمة الانتظار: { $title }
sessions-mail-waiting-intro = مرحبًا { $name }، الحصة مكتملة: أنت رقم { $position } في قائمة الانتظار. إذا شغر مقعد فهو لك وسنخبرك.
sessions-mail-promoted-subject = مقعد شاغر لك: { $title }
sessions-mail-promoted-intro = مرحبًا { $name }، شغر مقعد: إنه لك الآن.
sessions-mail-changed-subject = تغيير: { $title }
sessions-mail-changed-intro = مرحبًا { $name }، تغيّرت الحصة التي أنت مسجل فيها. هذا هو التاريخ والساعة والمكان الجديد.
sessions-mail-cancelled-subject = ملغاة: { $title }
sessions-mail-cancelled-intro = مرحبًا { $name }، نأسف: أُلغيت الحصة التي كنت مسجلًا فيها.
sessions-mail-reminder-subject = تذكير: { $title }
sessions-mail-reminder-intro = مرحبًا { $name }، تذكير: حصتك قريبة.
sessions-sms-promoted = مقعد شاغر لك: { $title }، { $when }.
sessions-sms-changed = تغيير: { $title }، الآن { $when }.
sessions-sms-cancelled = ملغاة: { $title }، { $when }.
sessions-sms-reminder = تذكير: { $title }، { $when }.
sessions-mail-referrer-promoted-subject = مقعد في { $title }
sessions-mail-referrer-promoted-intro = شغر مقعد: { $name }، الذي كان في قائمة الانتظار، له مقعد الآن.
sessions-mail-referrer-changed-subject = تغيّرت الحصة: { $title }
sessions-mail-referrer-changed-intro = تغيّرت حصة سجّلت فيها { $name }. التاريخ والساعة والمكان الجديد:
sessions-mail-referrer-cancelled-subject = أُلغيت الحصة: { $title }
sessions-mail-referrer-cancelled-intro = أُلغيت حصة سجّلت فيها { $name }.

# Booking alone: spam protection.
sessions-error-fast = أُرسلت الاستمارة بسرعة كبيرة. راجع ما كتبته ثم أرسلها من جديد.
sessions-error-expired = بقيت الاستمارة مفتوحة مدة طويلة وانتهت صلاحيتها. ما كتبته ما زال هنا: أرسلها من جديد.
sessions-error-rate = حُجزت أماكن كثيرة من اتصالك خلال الساعة الماضية. حاول مرة أخرى بعد ساعة، أو اتصل بالمكان.
sessions-field-title-lang = لغة العنوان والوصف
sessions-title-lang-hint = الصفحات المكتوبة بلغة أخرى تُعلِم قارئات الشاشة بذلك.
sessions-title-lang-unsaid = غير محددة
