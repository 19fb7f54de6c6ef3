# سجل النشاط: استيراد جدول بيانات، تعديل ورشة، قائمة واحدة.

activity-import-link = استيراد جدول بيانات
activity-import-title = استيراد بطاقات النشاط
activity-import-intro = هل تحتفظون بجدول بياناتكم الخاص؟ نزّلوا نموذجًا، وانسخوا فيه بطاقاتكم (سطر لكل مرافقة أو ورشة)، ثم أرسلوا الملف. يُفحص كل سطر كما يُفحص النموذج: إذا كان في سطر مشكلة، لا يُستورد شيء وتذكر الصفحة السطر الذي يجب تصحيحه.
activity-import-templates-title = نماذج للتنزيل
activity-import-template-link = نموذج { $kind } ({ $format })
activity-import-kind-support = مرافقة فردية
activity-import-kind-workshop = ورشة جماعية
activity-import-kind-quick = مساعدة سريعة
activity-import-form-title = إرسال الملف
activity-import-field-kind = يحتوي الملف على
activity-import-field-file = ملف CSV أو XLSX
activity-import-field-file-hint = النموذج بعد ملئه، أو جدول بياناتكم بالأعمدة نفسها. { $mb } ميغابايت على الأكثر.
activity-import-field-good-only = استيراد الأسطر الصحيحة فقط
activity-import-field-good-only-hint = بدون هذه الخانة، يكفي سطر واحد فيه مشكلة لإيقاف الاستيراد كله. معها، تُستورد الأسطر الصحيحة وتُعرض الأخرى في قائمة.
activity-import-button = فحص واستيراد
activity-import-errors-title = لم يُستورد أي شيء
activity-import-error-no-file = اختاروا ملف CSV أو XLSX.
activity-import-error-too-large = الملف كبير جدًا: { $mb } ميغابايت على الأكثر.
activity-import-error-empty = الملف فارغ أو غير مقروء: يلزم سطر بأسماء الأعمدة وبطاقة واحدة على الأقل.
activity-import-error-csv = لا يمكن قراءة ملف CSV ابتداءً من السطر { $line }: هل بقيت علامة تنصيص مفتوحة؟
activity-import-error-too-many = في الملف أسطر كثيرة جدًا: { $max } على الأكثر. أرسلوه على عدة دفعات.
activity-import-error-columns = تنقص أعمدة: { $missing }. الأعمدة الموجودة: { $found }. ابدؤوا من النموذج.
activity-import-error-overflow = في هذا السطر قيم أكثر من عدد الأعمدة.
activity-import-refused = { $bad ->
    [one] في سطر واحد من { $rows } مشكلة: لم يُستورد أي شيء.
   *[other] في { $bad } أسطر من { $rows } مشكلة: لم يُستورد أي شيء.
}
activity-import-fix-hint = صحّحوا هذه الأسطر في جدول بياناتكم وأرسلوه من جديد، أو ضعوا علامة على «استيراد الأسطر الصحيحة فقط».
activity-import-problems-title = أسطر يجب تصحيحها
activity-import-th-value = القيمة
activity-import-th-problem = المشكلة
activity-import-th-expected = المتوقع
activity-import-line = السطر { $line }
activity-import-whole-row = السطر كله
activity-import-empty = (فارغ)
activity-import-done = { $count ->
    [one] استُوردت بطاقة واحدة.
   *[other] استُوردت { $count } بطاقات.
}
activity-import-skipped = { $bad ->
    [one] لم يُستورد سطر واحد فيه مشكلة: هو مذكور أدناه.
   *[other] لم تُستورد { $bad } أسطر فيها مشكلة: هي مذكورة أدناه.
}
activity-import-ignored = أعمدة لم تُقرأ: { $columns }.
activity-import-summary-title = ما تم استيراده
activity-import-summary-caption = البطاقات المستوردة حسب الشهر والمكان
activity-import-th-month = الشهر
activity-import-th-records = البطاقات
activity-import-skipped-title = أسطر لم تُستورد
activity-import-columns-title = الأعمدة والرموز
activity-import-columns-intro = يحمل السطر الأول من الملف أسماء الأعمدة كما هي مكتوبة هنا (وهي نفسها في كل اللغات). القيم رموز: المكان برقمه، والمواضيع برموزها، مفصولة بمسافات أو فواصل. ترتيب الأعمدة لا يهم؛ والعمود الزائد يُتجاهل.
activity-import-columns-support = أعمدة المرافقة الفردية
activity-import-columns-workshop = أعمدة الورشة الجماعية
activity-import-codes-places = أماكنكم وأرقامها
activity-import-codes-themes = المواضيع ورموزها
activity-import-codes-other = الرموز الأخرى
activity-import-col-place = المكان
activity-import-col-date = التاريخ
activity-import-col-minutes = المدة بالدقائق
activity-import-col-location = أين
activity-import-col-themes = المواضيع
activity-import-col-equipment = المعدات
activity-import-col-autonomy = الاستقلالية
activity-import-col-redirect-place = التوجيه إلى مكان
activity-import-col-redirect-text = التوجيه إلى (نص)
activity-import-col-title = العنوان
activity-import-col-level = المستوى
activity-import-col-participants = المشاركون
activity-import-expect-place = رقم أحد أماكنكم (القائمة أدناه).
activity-import-expect-date = تاريخ في شهر ما زال مفتوحًا، وليس في المستقبل: 2026-11-26 أو 26/11/2026.
activity-import-expect-minutes = عدد من الدقائق، من 1 إلى 600.
activity-import-expect-location = رمز: place أو home أو remote أو elsewhere.
activity-import-expect-themes = رمز موضوع واحد أو أكثر، مفصولة بمسافات أو فواصل.
activity-import-expect-equipment = فارغ، أو رموز معدات: computer، phone، tablet، printer، other.
activity-import-expect-autonomy = رمز: alone أو helped أو done-for.
activity-import-expect-redirect-place = فارغ، أو رقم مكان من الدليل.
activity-import-expect-redirect-text = فارغ، أو نص من 200 حرف على الأكثر.
activity-import-expect-title = نص من 1 إلى 200 حرف.
activity-import-expect-level = رمز: beginner أو intermediate أو advanced.
activity-import-expect-participants = عدد من 1 إلى 500.
activity-import-expect-count = فارغ، أو عدد؛ إذا مُلئت خانة من توزيع ما، يجب أن يساوي مجموع التوزيع عدد المشاركين.
activity-import-expect-row = قيمة واحدة لكل عمود؛ النص الذي يحتوي على الفاصل يجب أن يكون بين علامتي تنصيص.
activity-import-example-redirect = مركز العمل الاجتماعي
activity-import-example-title = رسائلي الإلكترونية الأولى
activity-import-workshop-edit-title = تعديل ورشة جماعية
activity-import-list-title = كل البطاقات
activity-import-filter-kind = نوع البطاقة
activity-import-filter-all = كل الأنواع
activity-import-filter-button = عرض
activity-import-list-none = لا توجد بطاقات بعد.
activity-import-list-caption = { $count ->
    [one] بطاقة واحدة، الأحدث أولًا
   *[other] { $count } بطاقات، الأحدث أولًا
}
activity-import-col-what = ماذا
activity-import-col-detail = التفاصيل
activity-import-detail-support = { $minutes } دقيقة، { $autonomy }
activity-import-detail-workshop = { $minutes } دقيقة، { $participants ->
    [one] مشارك واحد
   *[other] { $participants } مشاركين
}
activity-import-detail-quick = { $count ->
    [one] مساعدة سريعة واحدة
   *[other] { $count } مساعدات سريعة
}
activity-import-quick-deleted = حُذف عدد المساعدات السريعة.
