funded-title = المشاريع الممولة من دعوات المشاريع
funded-call-title = المشاريع الممولة: { $call }
funded-intro = المشاريع التي اختارتها دعوة المشاريع، حسب البلدية، مع المبلغ الذي حصل عليه كل مشروع.
funded-field-call = دعوة المشاريع
funded-all-calls = جميع الدعوات
funded-show = عرض
funded-call-by = بتمويل من { $funder }، وتنفيذ { $operator }.
funded-envelope = ميزانية الدعوة:
funded-call-link = الاطلاع على الدعوة وقواعدها
funded-summary = { $count ->
    [one] مشروع واحد ممول، بمجموع
   *[other] { $count } مشاريع ممولة، بمجموع
}
funded-declared-total = يعلن التقرير عن مجموع قدره
funded-declared-differs = مبالغ القائمة تعطي فرقًا قدره
funded-declared-kept = تُعرض المبالغ كما يعطيها التقرير، دون تصحيح.
funded-declared-same = مبالغ القائمة تعطي هذا المجموع.
funded-declared-projects = يعلن التقرير عن { $count } مشروعًا.
funded-date-note = لا يذكر التقرير تاريخ القرار: يُستخدم تاريخ { $date }.
funded-none = لا يوجد مشروع ممول لعرضه.
funded-no-commune = البلدية غير مذكورة
funded-commune-summary = { $count ->
    [one] مشروع واحد،
   *[other] { $count } مشاريع،
}
funded-col-reference = الرقم
funded-col-project = المشروع
funded-col-organisation = المنظمة
funded-col-call = الدعوة
funded-col-amount = المبلغ (€)
funded-downloads-title = تنزيل هذه البيانات
funded-downloads-text = بصيغة 360Giving المفتوحة، التي يستخدمها الممولون لنشر منحهم.
funded-download-360giving-json = 360Giving، ملف JSON
funded-download-360giving-csv = 360Giving، جدول CSV
opendata-grants-title = المنح الممنوحة (360Giving)
opendata-grants-text = المشاريع الممولة من دعوات المشاريع، بصيغة 360Giving المفتوحة.
opendata-grants-link = الاطلاع على المشاريع الممولة
