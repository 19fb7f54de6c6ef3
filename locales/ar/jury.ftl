## لجنة التحكيم في دعوة لتقديم المشاريع (صفحات أعضاء اللجنة) والاختيار من قبل التنسيق.
jury-nav = لجنة التحكيم: دعواتي
jury-my-calls = دعواتي لتقديم المشاريع
jury-intro = دعوات تقديم المشاريع التي أنت عضو في لجنة تحكيمها. ترى الطلبات بعد إغلاق الدعوة.
jury-no-calls = لست عضوًا في أي لجنة تحكيم بعد.
jury-call-closed = أُغلقت الدعوة: طلباتها تنتظر تقييمك.
jury-after-closing = ستكون الطلبات متاحة هنا بعد إغلاق الدعوة، في { $closes }. حتى ذلك الحين لا ترى أيًّا منها.
jury-back-to-list = العودة إلى قائمة الطلبات
jury-conflict-title = صرّحت بتضارب في المصالح
jury-conflict-text = صرّحت (أو سجّل التنسيق) بتضارب في المصالح مع هذا الطلب. لا تراه ولا تقيّمه. يقيّمه أعضاء اللجنة الآخرون.
jury-not-juror-title = لست عضوًا في لجنة تحكيم هذه الدعوة
jury-not-juror-text = لا يرى طلبات هذه الدعوة إلا أعضاء اللجنة المدعوون إليها. اسأل التنسيق إن كنت تظن أنك منهم.
jury-call-open-title = الدعوة ما زالت مفتوحة
jury-list-intro = افتح طلبًا لتقرأه وتقيّمه. إن كنت تعرف المنظمة أو أشخاصها، صرّح بتضارب في المصالح: عندها يخرج الطلب من قائمتك.
jury-list-caption = { $count ->
    [one] طلب واحد، قيّمت منه { $done }
   *[other] { $count } طلبات، قيّمت منها { $done }
}
jury-list-empty = لا يوجد طلب للتقييم.
jury-saved = حُفظت تقييماتك.
jury-conflict-saved = سُجّل تضارب المصالح. لم يعد الطلب في قائمتك.
jury-scored = مُقيَّم
jury-to-score = للتقييم
jury-declare-conflict-link = التصريح بتضارب في المصالح
jury-field-application = الطلب
jury-field-organisation = المنظمة
jury-field-asked = المبلغ المطلوب
jury-field-my-marks = تقييماتي
jury-field-conflict = تضارب المصالح
jury-field-reference = المرجع
jury-field-place = الرمز البريدي للمشروع
jury-field-publics = الفئات المستهدفة
jury-field-description = وصف المشروع
jury-budget-caption = ميزانية المشروع
jury-budget-line = النفقة
jury-budget-amount = المبلغ (€)
jury-scoring-title = تقييماتك
jury-scoring-intro = لكل معيار، اختر درجة، أو «لم يُقيَّم» إن لم تستطع الحكم عليه. «لم يُقيَّم» ليس صفرًا: لا يدخل المعيار في مجموعك.
jury-criterion-hint = من 0 (الأضعف) إلى { $max } (الأفضل). الوزن { $weight }.
jury-not-assessed = لم يُقيَّم
jury-comment = ملاحظة
jury-comment-hint = ما ينبغي أن يعرفه أعضاء اللجنة الآخرون والتنسيق (اختياري).
jury-save-button = حفظ تقييماتي
jury-error-choose = اختر درجة أو «لم يُقيَّم» للمعيار «{ $criterion }»
jury-error-scale = يجب أن تكون درجة «{ $criterion }» بين 0 و{ $max }
jury-error-reason = قل لماذا يوجد تضارب في المصالح
jury-conflict-form-title = التصريح بتضارب في المصالح
jury-conflict-form-intro = هل تعرف المنظمة، أو تعمل معها، أو لك مصلحة في مشروعها؟ صرّح بذلك. لن ترى هذا الطلب ولن تقيّمه بعد الآن؛ وتُحذف تقييماتك عليه إن وُجدت.
jury-conflict-reason = السبب
jury-conflict-reason-hint = مثلًا: «أنا عضو في مجلس إدارة هذه الجمعية».
jury-conflict-button = التصريح بالتضارب
jury-status-draft = مسودة
jury-status-submitted = مُقدَّم
jury-status-corrections = طُلبت تصحيحات
jury-status-accepted = مقبول
jury-status-refused = مرفوض
jury-status-closed = مغلق
jury-remind-subject = التقرير النهائي مطلوب في { $due }: { $title }
jury-remind-body = مرحبًا،

    التقرير النهائي عن أنشطة المشروع «{ $title }» ({ $reference }، { $organisation }) مطلوب في { $due }.
    يُرجى إرساله إلى التنسيق. تُدفع الدفعة الأخيرة عند استلام التقرير.

selection-nav-link = الدعوات: لجنة التحكيم والاختيار
selection-nav = صفحات اختيار الدعوة
selection-title = دعوات تقديم المشاريع: لجنة التحكيم والاختيار
selection-intro = ادعُ أعضاء لجنة تحكيم الدعوة، واقرأ تقييماتهم بعد إغلاقها، وقارن سيناريوهات ضمن الميزانية المخصصة، وسجّل القرار، ثم تابع الاتفاقيات والمدفوعات والتقارير النهائية.
selection-calls-caption = { $count ->
    [one] دعوة واحدة
   *[other] { $count } دعوات
}
selection-call = الدعوة
selection-closes = الإغلاق
selection-envelope = الميزانية المخصصة:
selection-stage = المرحلة
selection-stage-draft = مسودة
selection-stage-open = مفتوحة للطلبات
selection-stage-closed = مغلقة: اللجنة تقيّم
selection-stage-decided = صدر القرار
selection-jury-link = لجنة التحكيم
selection-results-link = النتائج
selection-scenarios-link = السيناريوهات والقرار
selection-agreements-link = الاتفاقيات والمدفوعات
selection-call-facts = تُغلق في { $closes }. { $count ->
    [one] طلب واحد للجنة.
   *[other] { $count } طلبات للجنة.
}
selection-done-invited = دُعي عضو اللجنة.
selection-done-sent = دُعي عضو اللجنة وتلقّى بريدًا إلكترونيًا لاختيار كلمة المرور.
selection-done-not-sent = دُعي عضو اللجنة، لكن تعذّر إرسال البريد الإلكتروني.
selection-done-removed = أُزيل عضو اللجنة من هذه الدعوة. لم تعد تقييماته تُحتسب.
selection-done-conflict = سُجّل تضارب المصالح.
selection-done-saved = حُفظ.
selection-jurors-title = أعضاء لجنة التحكيم
selection-no-jurors = لم يُدعَ أي عضو بعد.
selection-jurors-caption = { $count ->
    [one] عضو واحد
   *[other] { $count } أعضاء
}
selection-juror = عضو اللجنة
selection-juror-email = البريد الإلكتروني
selection-juror-conflicts = حالات التضارب المصرّح بها
selection-action = إجراء
selection-remove-juror = إزالة
selection-remove-juror-label = إزالة { $name } من اللجنة
selection-invite-title = دعوة عضو إلى اللجنة
selection-invite-existing = حساب عضو لجنة موجود
selection-invite-existing-hint = أو اترك «شخص جديد» واكتب بريده الإلكتروني واسمه: سيتلقى دعوة.
selection-invite-new = شخص جديد
selection-invite-email = البريد الإلكتروني للشخص الجديد
selection-invite-name = اسم الشخص الجديد
selection-invite-button = دعوة
selection-conflicts-title = حالات تضارب المصالح
selection-conflicts-intro = عضو اللجنة الذي له تضارب مع طلب لا يراه ولا يقيّمه. يصرّح الأعضاء بحالاتهم؛ ويمكن للتنسيق تسجيل حالة لعضو.
selection-no-conflicts = لا يوجد تضارب مصالح مصرّح به.
selection-conflicts-caption = { $count ->
    [one] حالة تضارب واحدة
   *[other] { $count } حالات تضارب
}
selection-conflict-reason = السبب
selection-conflict-by = صرّح به
selection-conflict-by-juror = عضو اللجنة
selection-conflict-by-coordination = التنسيق
selection-conflict-form-title = تسجيل تضارب لعضو في اللجنة
selection-conflict-button = تسجيل التضارب
selection-choose = اختر…
selection-error-juror = اختر حساب عضو في اللجنة
selection-error-not-jury = هذا البريد الإلكتروني لحساب ليس حساب عضو لجنة
selection-error-choose-juror = اختر عضوًا في لجنة هذه الدعوة
selection-error-choose-application = اختر طلبًا
selection-results-title = نتائج لجنة التحكيم: { $call }
selection-results-formula = مجموع عضو اللجنة هو المتوسط المرجّح للمعايير التي قيّمها، من 0 إلى 100؛ المعيار «لم يُقيَّم» يُترك جانبًا، والصفر يُحتسب صفرًا. درجة الطلب هي متوسط مجاميع أعضاء لجنته؛ ويظهر بجانبها الوسيط والتشتت (الانحراف المعياري) وعدد التقييمات.
selection-results-tie-break = الترتيب: حسب الدرجة، الأعلى أولًا. عند تساوي الدرجات يتقدّم الطلب الذي له تقييمات أكثر، ثم الذي يطلب مالًا أقل، ثم الذي قُدّم أبكر، ثم صاحب المرجع الأصغر. الطلبات بلا أي تقييم تأتي أخيرًا.
selection-download-csv = تنزيل التقييمات (CSV)
selection-download-xlsx = تنزيل التقييمات (Excel)
selection-results-empty = لا يوجد طلب للجنة في هذه الدعوة.
selection-ranking-title = الترتيب
selection-ranking-caption = { $count ->
    [one] طلب واحد، مرتّب
   *[other] { $count } طلبات، مرتّبة
}
selection-rank = الرتبة
selection-mean = الدرجة (المتوسط)
selection-median = الوسيط
selection-spread = التشتت
selection-count = التقييمات
selection-z-title = مجاميع كل عضو ودرجاته المعيارية
selection-z-intro = الدرجة المعيارية (z) تضع مجاميع كل عضو على سلّم مشترك: بُعد المجموع عن متوسط هذا العضو، بوحدات انحرافه المعياري. العضو الذي يقيّم بصرامة أكثر من غيره تكون له نفس الدرجات المعيارية إذا رتّب مثلهم. «–»: لا مجموع، أو أقل من مجموعين لهذا العضو.
selection-z-caption = المجاميع الخام (من 0 إلى 100) والدرجات المعيارية، لكل عضو
selection-raw = المجموع
selection-z = z
selection-marks-title = الدرجات حسب المعيار والملاحظات
selection-marks-caption = الدرجات حسب المعيار
selection-no-marks = لم يقيّم أي عضو هذا الطلب بعد.
selection-total = المجموع
selection-scenarios-title = السيناريوهات والقرار: { $call }
selection-scenario-saved = حُفظ السيناريو.
selection-decision-saved = سُجّل القرار. قُبلت طلبات السيناريو ورُفضت الأخرى.
selection-range = لكل مشروع:
selection-decision-title = القرار
selection-decided-on = تاريخ القرار
selection-scenario = السيناريو
selection-minutes = محضر لجنة التحكيم
selection-minutes-hint = محضر اللجنة، أو مكان حفظه.
selection-compare-title = السيناريوهات جنبًا إلى جنب
selection-no-scenarios = لا يوجد سيناريو بعد.
selection-compare-caption = { $count ->
    [one] سيناريو واحد: المبالغ الممنوحة لكل طلب
   *[other] { $count } سيناريوهات: المبالغ الممنوحة لكل طلب
}
selection-granted = الممنوح
selection-remaining = المتبقي من الميزانية المخصصة
selection-over-envelope = يتجاوز الميزانية المخصصة بمبلغ
selection-over-warning = السيناريو «{ $name }» يتجاوز الميزانية المخصصة بمبلغ { $over }.
selection-new-title = سيناريو جديد
selection-new-intro = ضع علامة على الطلبات المراد تمويلها، حسب ترتيب اللجنة، وعدّل المبالغ (المملوءة مسبقًا بالمبلغ المطلوب). يمكنك حفظ عدة سيناريوهات ومقارنتها.
selection-scenario-name = اسم السيناريو
selection-scenario-note = ملاحظة
selection-lines-caption = الطلبات المقدَّمة، حسب ترتيب اللجنة
selection-pick = تمويل
selection-amount = المبلغ
selection-amount-for = المبلغ الممنوح لـ { $application }، باليورو
selection-save-scenario = حفظ السيناريو
selection-decide-title = تسجيل القرار
selection-decide-intro = تُقبل طلبات السيناريو المختار بمبالغه، وتُرفض الطلبات المقدَّمة الأخرى، وتُعلَّم الدعوة بأنها صدر قرارها. لا يمكن التراجع عن ذلك.
selection-date-hint = مثلًا 2027-03-15.
selection-decide-button = تسجيل القرار
selection-refusal-note = لم تختره لجنة التحكيم
selection-error-name = أعطِ السيناريو اسمًا
selection-error-no-line = ضع علامة على طلب واحد على الأقل
selection-error-amount = اكتب المبلغ الممنوح لـ { $application } باليورو، مثلًا 7500
selection-error-above-asked = المبلغ الممنوح لـ { $application } أكبر مما طلب
selection-error-range = المبلغ الممنوح لـ { $application } خارج حدود الدعوة لكل مشروع
selection-error-not-now = لا يمكن ذلك الآن: ربما صدر قرار الدعوة.
selection-error-scenario = اختر سيناريو
selection-error-date = اكتب تاريخًا، مثلًا 2027-03-15
selection-error-minutes = اكتب محضر لجنة التحكيم
selection-error-report-first = تُدفع الدفعة الأخيرة عند استلام التقرير النهائي
selection-error-tranche = هذه الدفعة مدفوعة أو غير موجودة
selection-error-summary = اكتب ملخصًا قصيرًا للتقرير
selection-saved = حُفظ.
selection-agreements-title = الاتفاقيات والمدفوعات: { $call }
selection-agreements-no-decision = لم يُسجَّل أي قرار لهذه الدعوة بعد.
selection-agreements-intro = تُدفع كل اتفاقية على دفعات { $tranches }؛ الأخيرة عند استلام التقرير النهائي. التقرير مطلوب بعد { $days } يومًا من نهاية المشروع.
selection-agreement-new = اتفاقية جديدة
selection-signed-on = وُقّعت في
selection-project-ends = نهاية المشروع
selection-agreement-button = إنشاء الاتفاقية
selection-reminders-title = تقارير نهائية للتذكير بها
selection-reminders-intro = تقارير لم تُستلم، مطلوبة خلال { $before } يومًا أو متأخرة، ولم يُذكَّر بها منذ { $every } أيام. تتلقى حسابات المنظمة المتقدمة بريدًا إلكترونيًا.
selection-reminders-none = لا يوجد تقرير للتذكير به اليوم.
selection-reminders-button = { $count ->
    [one] إرسال التذكير
   *[other] إرسال { $count } تذكيرات
}
selection-reminders-sent = { $count ->
    [one] أُرسل تذكير واحد.
   *[other] أُرسلت { $count } تذكيرات.
}
selection-report-due = التقرير مطلوب في
selection-agreements-list = { $count ->
    [one] اتفاقية واحدة
   *[other] { $count } اتفاقيات
}
selection-agreement-amount = المبلغ الممنوح
selection-paid = المدفوع
selection-report = التقرير النهائي
selection-report-missing = لم يُستلم
selection-reminded = التذكيرات المرسلة
selection-tranches-caption = الدفعات
selection-tranche = الدفعة
selection-paid-on = دُفعت في
selection-after-report = بعد التقرير النهائي
selection-pay-button = تسجيل دفع الدفعة { $tranche }
selection-report-received = استُلم التقرير النهائي في
selection-report-summary = ملخص التقرير
selection-report-button = تسجيل التقرير النهائي
