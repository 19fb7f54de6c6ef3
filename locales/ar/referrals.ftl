# التوجيهات والبيانات الشخصية، في واجهة الإدارة.

referral-nav = التوجيهات
referral-dashboard-link = العودة إلى التوجيهات
referral-forbidden = هذا التوجيه يخص هيئات أخرى: لا يمكنك فتحه.

## الحالات والخطوات والأطراف
referral-step-accept = قبول
referral-step-refuse = رفض
referral-step-first-visit = تمت الزيارة الأولى
referral-step-follow-up = إضافة ملاحظة متابعة
referral-step-close = إغلاق التوجيه
referral-side-referrer = الهيئة الموجِّهة
referral-side-receiver = المكان المستقبِل
referral-side-system = تلقائي
referral-error-not-allowed = لم تعد هذه الخطوة ممكنة: لقد تغيّر التوجيه. انظر حالته أدناه.
referral-error-wrong-side = هذه الخطوة للطرف الآخر من التوجيه.
referral-error-text-missing = اكتب بضع كلمات: الرفض يحتاج إلى سبب، والمتابعة إلى ملاحظة.

## الاحتياجات والتواصل
referral-need-information = البحث عن المعلومات على الإنترنت
referral-need-communication = البريد الإلكتروني والرسائل ومكالمات الفيديو
referral-need-content-creation = كتابة المستندات وإنشاؤها
referral-need-safety = الأمان والخصوصية على الإنترنت
referral-need-problem-solving = حل مشاكل الأجهزة والحسابات
referral-need-equipment = الحصول على حاسوب أو لوحة أو هاتف ذكي
referral-need-connection = الحصول على اتصال بالإنترنت
referral-need-online-procedures = الإجراءات عبر الإنترنت (الإدارة، العمل، الصحة)
referral-need-first-steps = الخطوات الأولى مع الأدوات الرقمية
referral-contact-phone = عبر الهاتف
referral-contact-email = عبر البريد الإلكتروني
referral-contact-referrer = عن طريقي (الموجِّه)
referral-contact-through = عن طريق الموجِّه: { $name }، { $structure } ({ $email })

## الاستمارة
referral-new-title = توجيه شخص
referral-new-intro = أرسل شخصًا إلى فضاء رقمي عمومي أو إلى حصة. لا تشارك إلا ما يحتاجه المكان لمساعدته.
referral-new-link = توجيه شخص
referral-field-target = إلى أين يُرسَل الشخص
referral-choose-target = اختر مكانًا أو حصة
referral-target-sessions = حصص الأيام الستين القادمة
referral-field-person-name = الاسم الأول أو اسم مستعار
referral-person-name-hint = لا حاجة إلى اسم العائلة.
referral-field-lang = اللغة التي يتحدثها الشخص أفضل
referral-diagnostic-title = التشخيص المُنجز مع الشخص
referral-field-share-diagnostic = يوافق الشخص على أن يرى المكان أجوبة التشخيص
referral-diagnostic-not-shared = أُنجز تشخيص، لكن الشخص لم يوافق على مشاركته.
referral-field-needs = ما يحتاج الشخص المساعدة فيه
referral-field-needs-note = احتياجات أخرى، في بضع كلمات
referral-needs-note-hint = فقط ما يساعد المكان. بدون تفاصيل عن الصحة أو العائلة.
referral-field-contact-way = كيف يمكن للمكان التواصل مع الشخص
referral-field-contact-value = رقم الهاتف أو عنوان البريد الإلكتروني
referral-contact-value-hint = اتركه فارغًا إذا كان المكان سيتواصل مع الشخص عن طريقك.
referral-consent-text = يوافق الشخص على أن تُرسل { $from } اسمه الأول ولغته واحتياجاته وطريقة التواصل معه إلى المكان المختار لكي يساعده. تُحذف هذه المعلومات بعد { $months } شهرًا من انتهاء التوجيه. يمكن للشخص أن يطلب الاطلاع عليها أو حذفها في أي وقت.
referral-field-consent = قرأت هذا النص على الشخص وهو موافق
referral-send-button = إرسال التوجيه
referral-error-target = اختر مكانًا أو حصة لا تزال تستقبل الأشخاص.
referral-error-person-name = اكتب اسمًا أول أو اسمًا مستعارًا (60 حرفًا على الأكثر).
referral-error-needs = اختر احتياجًا واحدًا على الأقل، أو صِفه في بضع كلمات.
referral-error-contact-way = اختر كيف يمكن للمكان التواصل مع الشخص.
referral-error-phone = اكتب رقم هاتف (من 8 إلى 15 رقمًا).
referral-error-email = اكتب عنوان بريد إلكتروني، مثل name@example.org.
referral-error-consent = يجب أن يوافق الشخص قبل إرسال التوجيه.

## توجيه واحد
referral-title = توجيه { $name }
referral-sent-notice = تم إرسال التوجيه. أُبلغ المكان عبر البريد الإلكتروني.
referral-anonymised = (بيانات محذوفة)
referral-from = من
referral-to = إلى
referral-to-structure = الهيئة المستقبِلة
referral-consent-label = الموافقة
referral-consent-given = أُعطيت في { $when }
referral-refuse-reason = سبب الرفض
referral-actions = ماذا تفعل الآن
referral-field-reason = سبب الرفض
referral-field-note = ملاحظة المتابعة
referral-history = السجل
referral-history-when = متى
referral-history-what = ماذا
referral-history-who = من
referral-history-note = ملاحظة

## لوحات المتابعة
referral-mine-title = توجيهات هيئتي
referral-to-me-title = التوجيهات إلى أماكني
referral-all-title = كل التوجيهات
referral-none = لا يوجد أي توجيه بعد.
referral-none-to-me = لا يوجد أي توجيه إلى أماكنك بعد.
referral-open-caption = توجيهات للمتابعة
referral-ended-caption = توجيهات منتهية
referral-col-number = الرقم
referral-col-sent = أُرسل في
referral-number = التوجيه { $id }
referral-sessions-title = حصصك في الأسابيع الأربعة القادمة
referral-sessions-none = لا توجد حصص في الأسابيع الأربعة القادمة.
referral-session-col = الحصة
referral-session-when = متى
referral-session-fill = المقاعد المحجوزة
referral-session-fill-rate = { $booked } من { $seats } ({ $percent } %)، { $waiting } في الانتظار
referral-session-cancelled = ملغاة
referral-personal-data-link = شخص يطلب الاطلاع على بياناته أو حذفها

## البيانات الشخصية (التنسيق)
referral-person-title = بيانات شخص
referral-person-intro = يمكن للشخص أن يطلب نسخة من بياناته أو حذفها. ابحث عنها برقم التوجيه أو رقم الحجز.
referral-person-referral = رقم التوجيه
referral-person-booking = رقم الحجز
referral-person-hint = املأ أحد الرقمين.
referral-person-export = تنزيل البيانات (JSON)
referral-person-erase-title = حذف بيانات شخص
referral-person-erase-intro = يُحذف الاسم الأول ومعلومات التواصل والملاحظات والتشخيص فورًا؛ لا تبقى إلا أعداد مجهولة الهوية. لا يمكن التراجع عن ذلك.
referral-person-confirm = أؤكد أن الشخص طلب حذف بياناته
referral-person-erase = حذف البيانات
referral-person-erased = حُذفت البيانات: { $referrals } توجيه، { $bookings } حجز.
referral-person-error-missing = املأ رقم توجيه أو رقم حجز.
referral-person-error-number = اكتب عددًا، مثل 12.
referral-person-error-unknown = لا يوجد توجيه أو حجز بهذا الرقم.
referral-person-error-confirm = ضع علامة في المربع لتأكيد طلب الشخص.

## الرسائل الإلكترونية (بدون بيانات شخصية: رابط فقط)
referral-mail-new-subject = توجيه جديد { $id }
referral-mail-new-body = أرسلت هيئة شخصًا إلى مكانك. يرجى قبول التوجيه أو رفضه:

    { $link }
referral-mail-remind-subject = التوجيه { $id } في انتظار ردك
referral-mail-remind-body = توجيه إلى مكانك لم يتلقَّ ردًا بعد. بدون رد ستنتهي صلاحيته قريبًا. يرجى قبوله أو رفضه:

    { $link }
referral-mail-accepted-subject = قُبل التوجيه { $id }
referral-mail-accepted-body = قبل المكان توجيهك:

    { $link }
referral-mail-refused-subject = رُفض التوجيه { $id }
referral-mail-refused-body = رفض المكان توجيهك. يمكنك قراءة السبب وتوجيه الشخص إلى مكان آخر:

    { $link }
referral-mail-expired-subject = انتهت صلاحية التوجيه { $id }
referral-mail-expired-body = لم يرد المكان على توجيهك في الوقت المحدد. انتهت صلاحيته؛ يمكنك توجيه الشخص إلى مكان آخر:

    { $link }
referral-mail-first-visit-subject = التوجيه { $id }: تمت الزيارة الأولى
referral-mail-first-visit-body = جاء الشخص الذي وجّهته إلى المكان: سُجّلت زيارته الأولى.

    { $link }
referral-mail-follow-up-subject = التوجيه { $id }: أُضيفت ملاحظة متابعة
referral-mail-follow-up-body = أضاف المكان ملاحظة متابعة إلى توجيهك:

    { $link }
referral-mail-closed-subject = أُغلق التوجيه { $id }
referral-mail-closed-body = أغلق المكان توجيهك:

    { $link }
referral-mail-progress-footer = لا تريد هذه الأخبار بعد الآن؟ غيّر ذلك في «رسائلي الإلكترونية».

# On a place's public page, for a signed-in referrer.
referral-send-here = توجيه شخص إلى هذا المكان

# The history of a referral: each event in one form (what happened), while
# the buttons (referral-step-*) say what to do.
referral-event-send = أُرسل التوجيه
referral-event-accept = قُبل التوجيه
referral-event-refuse = رُفض التوجيه
referral-event-first-visit = تمت الزيارة الأولى
referral-event-follow-up = أُضيفت ملاحظة متابعة
referral-event-close = أُغلق التوجيه
referral-event-expire = انتهت صلاحية التوجيه بدون رد
referral-event-remind = أُرسل تذكير إلى المكان

# "My e-mails" (every signed-in account).
account-mails-nav = رسائلي الإلكترونية
account-mails-title = رسائلي الإلكترونية
account-mails-lang = لغة رسائلي الإلكترونية
account-mails-lang-hint = في البداية، اللغة التي سجّلت الدخول بها.
account-mails-lang-region = لغات الإقليم، واحدة بعد الأخرى
account-mails-lang-error = اختر لغة من القائمة.
account-mails-referrals = توجيهاتي
account-mails-referral-progress = أخبرني عندما يأتي شخص وجّهته، وعندما تتم متابعته، وعندما يُغلق التوجيه
account-mails-referral-answers = تُرسل دائمًا ردود الأماكن (مقبول، مرفوض، منتهي الصلاحية).
account-mails-save = حفظ
account-mails-saved = حُفظت اختياراتك.
