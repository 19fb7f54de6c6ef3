# The annual report: the public page and the PDF.

## التقرير
annual-title = التقرير السنوي { $year } — { $plan }
annual-list-title = التقارير السنوية
annual-list-intro = كل سنة، يقدّم فريق تنسيق { $plan } تقريرًا عمّا أُنجز. الأرقام مأخوذة من بيانات هذا الموقع، وهي محدَّثة دائمًا.
annual-year-link = تقرير { $year }
annual-date-line = أرقام يوم { $date }
annual-contents = المحتويات
annual-page = صفحة
annual-pdf = تنزيل التقرير (PDF)
annual-plan-link = الاطلاع على الخطة
annual-intro = مقدمة
annual-conclusion = خاتمة
annual-annex = ملحق: ميزانية السنة
annual-axis-title = المحور { $number }: { $name }
annual-measure-title = الإجراء { $number }: { $name }
annual-not-written = نص هذا الجزء لم يُكتب بعد.
annual-no-text-in-language = لم يُنشر بعد أي نص من هذا التقرير بهذه اللغة. الأرقام موجودة أدناه.
annual-preview-note = معاينة: تظهر النصوص التي ما زالت قيد الكتابة. التقرير العام لا يعرض إلا النصوص المنشورة.
annual-see-also = أرقام هذا الجزء:
annual-separator = {"، "}
annual-figure-source = مصدر «{ $title }»
annual-figure-source-pdf = المصدر: { $url }
annual-no-commune = البلدية غير معروفة
annual-fig-label = الفضاءات الرقمية العمومية الحاصلة على العلامة، حسب البلدية
annual-fig-funded = المشاريع المموَّلة هذه السنة، حسب البلدية
annual-fig-refurbished = الحواسيب المجدَّدة الموزَّعة هذه السنة
annual-fig-budget = ميزانية السنة، حسب المحور
annual-dim-commune = البلدية
annual-dim-axis = المحور
annual-col-labelled = حاصلة على العلامة اليوم
annual-col-granted-in-year = حصلت على العلامة هذه السنة
annual-col-projects = المشاريع
annual-col-amount = المبلغ
annual-col-planned = المبرمَج
annual-col-actual = المصروف

## أرقام أخرى عن السنة
annual-fig-label-decisions = القرارات المتعلقة بالعلامة هذه السنة
annual-dim-decision = القرار
annual-col-decisions = القرارات
annual-dim-what = ماذا
annual-col-number = العدد
annual-sessions-held = الحصص المنعقدة
annual-sessions-cancelled = الحصص الملغاة
annual-sessions-seats = المقاعد المعروضة
annual-sessions-booked = المقاعد المحجوزة
annual-fig-orders = التجهيزات التي طلبتها الفضاءات الحاصلة على العلامة هذه السنة
annual-col-orders = الطلبات
annual-fig-budget-sources = ميزانية السنة، حسب مصدر التمويل
annual-dim-source = مصدر التمويل
annual-fig-budget-measures = مصاريف السنة، حسب الإجراء
annual-dim-measure = الإجراء
annual-col-plan-spent = المصروف من مصادر الخطة
annual-col-other-spent = المصروف من مصادر أخرى
annual-axis-whole = { $axis }: للمحور كله
