# القدرات: لكل مكان ولكل سنة، أيام وساعات الفتح، الزوار، التجهيزات، الدورات التكوينية، المنشطون.

capacity-nav = القدرات
capacity-title = قدرات الأماكن
capacity-intro-manager = لكل مكان من أماكنك، اذكر لكل سنة ما يمكنه استقباله: الفتح، الزوار، التجهيزات، الدورات، المنشطون. تُستعمل هذه الأرقام لتقييم الخطة.
capacity-intro-coordination = آخر سجل لكل مكان. يُدخلها مسؤولو الفضاءات العمومية الرقمية ويصححونها.
capacity-none = لا توجد سجلات بعد.
capacity-latest-caption = آخر سجل لكل مكان
capacity-history-caption = السجلات حسب السنة
capacity-place = المكان
capacity-no-record = لا يوجد سجل بعد.
capacity-visitors = الزوار
capacity-open = الفتح
capacity-equipment = التجهيزات
capacity-counted = معدودون
capacity-estimated = تقديريون
capacity-yes = نعم
capacity-no = لا
capacity-visitors-week-column = الزوار في الأسبوع (تقريبًا)
capacity-visitors-days = { $weekday } في يوم من أيام الأسبوع، { $saturday } يوم السبت
capacity-open-text = { $days } أيام و{ $hours } ساعة في الأسبوع
capacity-devices = { $computers } حواسيب، { $tablets } لوحات
capacity-fte = ({ $fte } مكافئ دوام كامل)
capacity-correct = تصحيح
capacity-place-title = القدرات: { $place }
capacity-saved = تم حفظ سجل سنة { $year }.
capacity-form-title = إدخال سنة أو تصحيحها
capacity-form-intro = السنة المُدخلة من قبل تُستبدل بما ترسله.
capacity-field-year = السنة
capacity-year-hint = السنة الميلادية المعنية، مثلًا 2025.
capacity-field-days_open = أيام الفتح في الأسبوع
capacity-days-hint = من 0 إلى 7، في أسبوع عادي.
capacity-field-hours_open = ساعات الفتح في الأسبوع
capacity-hours-hint = بساعات كاملة، في أسبوع عادي.
capacity-hours-from-directory = مقترح حسب مواعيد المكان في الدليل: تحقق منه.
capacity-field-visitors_weekday = الزوار في يوم من أيام الأسبوع (المعدل)
capacity-weekday-hint = يوم فتح من الاثنين إلى الجمعة.
capacity-field-visitors_saturday = الزوار يوم السبت
capacity-saturday-hint = 0 إذا كان المكان مغلقًا يوم السبت.
capacity-field-visitors_method = أعداد الزوار هذه
capacity-field-computers = الحواسيب
capacity-field-tablets = اللوحات
capacity-field-other_equipment = تجهيزات أخرى
capacity-other-hint = اختياري. مثلًا: طابعة، ماسح ضوئي، جهاز عرض.
capacity-field-trainings = تُقدَّم دورات تكوينية
capacity-field-animators = المنشطون (عدد الأشخاص)
capacity-animators-hint = الأشخاص الذين يساعدون الزوار، موظفين أو متطوعين.
capacity-field-animators_fte = المنشطون بمكافئ الدوام الكامل
capacity-fte-hint = اختياري. مثلًا 1.5.
capacity-save = حفظ السجل
capacity-error-missing = أدخل «{ $field }».
capacity-error-number = يجب أن يكون «{ $field }» عددًا صحيحًا، 0 أو أكثر.
capacity-error-too-large = لا يمكن أن يتجاوز «{ $field }» { $max }.
capacity-error-year = يجب أن يكون «{ $field }» سنة من أربعة أرقام، من 2015 إلى السنة المقبلة.
capacity-error-too-long = «{ $field }» طويل جدًا (500 حرف على الأكثر).
capacity-error-hours-days = «{ $field }» لا يتوافق مع أيام الفتح (24 ساعة على الأكثر لكل يوم فتح، وأكثر من 0 إذا كان المكان يفتح).
capacity-public-title = الاستقبال والتجهيزات
capacity-public-computers = { $count ->
    [0] لا توجد حواسيب متاحة للجميع
    [one] حاسوب واحد
   *[other] { $count } حواسيب
}
capacity-public-trainings-yes = يقدم دورات تكوينية
capacity-public-trainings-no = لا يقدم دورات تكوينية
capacity-public-visitors = { $count ->
    [one] حوالي زائر واحد في الأسبوع
   *[other] حوالي { $count } زائرًا في الأسبوع
}
capacity-public-period = أرقام قدمها المكان لسنة { $year }.
