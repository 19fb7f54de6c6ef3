# سجل نشاط الفضاء العمومي الرقمي: المرافقة الفردية، المساعدة السريعة، القائمة.

activity-nav = سجل النشاط
activity-title = سجل النشاط
activity-intro = سجّل المساعدة التي تقدّمها: مرافقة فردية في بضع لمسات، ومساعدة سريعة بضغطة واحدة. لا يُسجَّل أي شيء عن الشخص.
activity-new-link = تسجيل مرافقة فردية
activity-new-title = تسجيل مرافقة فردية
activity-edit-title = تعديل مرافقة فردية
activity-form-intro = اليوم، و30 دقيقة في مكانك مختارة مسبقًا: غيّر فقط ما يختلف.
activity-saved = تم تسجيل المرافقة.
activity-deleted = تم حذف المرافقة.
activity-quick-title = المساعدة السريعة اليوم
activity-quick-hint = خمس دقائق عند المكتب؟ اضغط على موضوعها: تُحسب مساعدة سريعة إضافية لهذا اليوم.
activity-quick-button = { $theme }: { $count } اليوم
activity-quick-added = حُسبت مساعدة سريعة إضافية: { $theme }.
activity-list-title = المرافقات الفردية
activity-list-caption = { $count ->
    [zero] لا توجد مرافقة فردية
    [one] مرافقة فردية واحدة، الأحدث أولًا
    [two] مرافقتان فرديتان، الأحدث أولًا
    [few] { $count } مرافقات فردية، الأحدث أولًا
    [many] { $count } مرافقة فردية، الأحدث أولًا
   *[other] { $count } مرافقة فردية، الأحدث أولًا
}
activity-none = لم تُسجَّل أي مرافقة فردية بعد.
activity-col-minutes = الدقائق
activity-edit-link = تعديل
activity-delete-button = حذف
activity-closed-short = شهر مُغلق
activity-closed-title = هذا الشهر مُغلق
activity-closed-body = يمكن تعديل سجلات الشهر حتى { $until }. بعد ذلك تُرفَع أرقام الشهر: اسأل التنسيق إذا كان أحد السجلات خاطئًا.
activity-back = العودة إلى سجل النشاط
activity-save-button = حفظ المرافقة
activity-field-place = المكان
activity-field-date = التاريخ
activity-field-minutes = المدة
activity-minutes = { $minutes } د
activity-minutes-other = مدة أخرى
activity-field-minutes-other = مدة أخرى، بالدقائق
activity-minutes-other-hint = فقط إذا اخترت «مدة أخرى»: من 1 إلى 600.
activity-field-location = أين
activity-field-themes = المواضيع (واحد أو أكثر)
activity-field-equipment = الأجهزة المستعملة
activity-field-autonomy = الشخص
activity-autonomy-alone = قام بذلك وحده
activity-autonomy-helped = قام بذلك بمساعدة
activity-autonomy-done-for = قام المنشّط بذلك مكانه
activity-field-redirect-place = وُجِّه إلى مكان
activity-redirect-hint = اختياري: مكان من الدليل.
activity-redirect-none = لم يُوجَّه
activity-field-redirect-text = أو وُجِّه إلى (نص حر)
activity-error-place = اختر أحد أماكنك.
activity-error-date = أدخل تاريخ المرافقة، مثلًا 2026-11-26.
activity-error-date-future = لا يمكن أن يكون التاريخ في المستقبل.
activity-error-date-closed = هذا الشهر مُغلق: اختر تاريخًا من شهر مفتوح.
activity-error-minutes = اختر مدة، أو أدخل مدة من 1 إلى 600 دقيقة.
activity-error-location = اختر أين تمّت المرافقة.
activity-error-themes = اختر موضوعًا واحدًا على الأقل.
activity-error-equipment = اختر جهازًا من القائمة.
activity-error-autonomy = اختر مدى استقلالية الشخص.
activity-error-redirect = اختر مكانًا من القائمة.
activity-error-redirect-text = التوجيه طويل جدًا: 200 حرف على الأكثر.

## الورشات الجماعية
