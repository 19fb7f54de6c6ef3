# جداول أرقام النشاط (crates/domain/src/activity/figures.rs).
activity-figures-title-kinds = الأنشطة حسب النوع
activity-figures-title-months = الأنشطة حسب الشهر
activity-figures-title-themes = الأنشطة حسب الموضوع
activity-figures-title-areas = الأنشطة حسب مجال الكفاءات الرقمية (DigComp)
activity-figures-title-durations = الأنشطة حسب المدة
activity-figures-title-locations = المرافقات الفردية حسب المكان
activity-figures-title-autonomy = المرافقات الفردية حسب استقلالية الشخص
activity-figures-title-equipment = المرافقات الفردية حسب الجهاز المستعمل
activity-figures-title-levels = الورشات الجماعية حسب المستوى
activity-figures-title-gender = المشاركون في الورشات حسب الجنس
activity-figures-title-age = المشاركون في الورشات حسب الفئة العمرية
activity-figures-title-status = المشاركون في الورشات حسب الوضعية
activity-figures-title-communes = الأنشطة حسب البلدية

activity-figures-dim-kind = نوع النشاط
activity-figures-dim-month = الشهر
activity-figures-dim-theme = الموضوع
activity-figures-dim-area = مجال DigComp
activity-figures-dim-duration = المدة
activity-figures-dim-location = المكان
activity-figures-dim-autonomy = الاستقلالية
activity-figures-dim-equipment = الجهاز
activity-figures-dim-level = المستوى
activity-figures-dim-gender = الجنس
activity-figures-dim-age = الفئة العمرية
activity-figures-dim-status = الوضعية
activity-figures-dim-commune = البلدية

activity-figures-col-activities = الأنشطة
activity-figures-col-people = الأشخاص
activity-figures-col-minutes = المدة
activity-figures-col-supports = المرافقات الفردية
activity-figures-col-workshops = الورشات الجماعية
activity-figures-col-participants = المشاركون في الورشات
activity-figures-col-quick-helps = المساعدات السريعة

activity-figures-kind-support = المرافقات الفردية
activity-figures-kind-workshop = الورشات الجماعية
activity-figures-kind-quick = المساعدات السريعة

activity-figures-duration-upto-15 = 15 دقيقة أو أقل
activity-figures-duration-16-30 = من 16 إلى 30 دقيقة
activity-figures-duration-31-60 = من 31 دقيقة إلى ساعة
activity-figures-duration-61-120 = من ساعة إلى ساعتين
activity-figures-duration-over-120 = أكثر من ساعتين

activity-figures-autonomy-alone = قام بذلك وحده
activity-figures-autonomy-helped = قام بذلك بمساعدة
activity-figures-autonomy-done-for = قام به المنشّط بدلًا منه

activity-figures-equipment-none = دون جهاز
activity-figures-not-given = غير محدد
activity-figures-outside-region = أماكن خارج بلديات الجهة
