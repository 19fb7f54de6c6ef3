# سجل التمويل: لكل فضاء عمومي رقمي معتمد ولكل سنة، الموارد حسب الممول والتكاليف.

cadastre-nav = سجل التمويل
cadastre-title = سجل تمويل الفضاءات العمومية الرقمية المعتمدة
cadastre-intro-manager = لكل مكان معتمد من أماكنكم، اذكروا لكل سنة من يموله وكم يكلف. تستعمل جهة التنسيق هذه الأرقام لتقييم الخطة.
cadastre-intro-coordination = إدخالات الفضاءات المعتمدة لسنة ما، مع المجاميع. يدخلها مسؤولو الفضاءات ويصححونها.
cadastre-no-labelled-place = لا يوجد أي مكان معتمد بين أماكنكم: السجل خاص بالفضاءات المعتمدة.
cadastre-years = سنوات أخرى
cadastre-year-link = سنة { $year }
cadastre-year-title = سنة { $year }
cadastre-respondents = { $count ->
    [one] مجيب واحد.
   *[other] عدد المجيبين: { $count }.
}
cadastre-region-share = حصة الإقليم من الموارد:
cadastre-no-share = لا موارد
cadastre-none = لا توجد إدخالات لهذه السنة بعد.
cadastre-entries-caption = إدخالات سنة { $year } حسب المكان
cadastre-funders-caption = موارد سنة { $year } حسب الممول
cadastre-place = المكان
cadastre-funder = الممول
cadastre-received = ما حصل عليه الفضاء
cadastre-mobilised = ما وفرته الهيئة الحاضنة
cadastre-region-share-column = حصة الإقليم
cadastre-share-column = الحصة من مجموع الموارد
cadastre-costs = التكاليف
cadastre-total = المجموع
cadastre-place-title = سجل التمويل: { $place }
cadastre-saved = تم حفظ سنة { $year }.
cadastre-no-entry = لا توجد إدخالات بعد.
cadastre-history-caption = الإدخالات حسب السنة
cadastre-correct = تصحيح
cadastre-form-title = إدخال سنة أو تصحيحها
cadastre-form-intro = المبالغ باليورو، مع فاصلة أو نقطة للسنتات. اتركوا فارغا ما لا ينطبق. حفظ سنة مدخلة من قبل يستبدلها.
cadastre-resources = الموارد حسب الممول
cadastre-euros-hint = باليورو، مثلا 12 500,50
cadastre-year-hint = أربعة أرقام، مثلا 2025
cadastre-field-year = السنة
cadastre-field-received = ما حصل عليه الفضاء (€)
cadastre-field-host = ما وفرته الهيئة الحاضنة (€)
cadastre-field-cost_epn_staff = موظفو الفضاء (€)
cadastre-field-cost_host_staff = موظفو الهيئة الحاضنة العاملون للفضاء (€)
cadastre-field-cost_running = مصاريف التسيير (€)
cadastre-save = حفظ السنة
cadastre-error-year = { $field }: أدخلوا سنة من أربعة أرقام، من 2015 إلى السنة الحالية.
cadastre-error-amount = { $field }: أدخلوا مبلغا باليورو مثل 12500,50 (بدون علامة ناقص، ورقمان عشريان على الأكثر).
cadastre-error-too-large = { $field }: يجب أن يكون المبلغ أقل من 10 ملايين يورو.
