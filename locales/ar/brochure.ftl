brochure-title = مساعدة رقمية قريبة منك
brochure-intro = أماكن تحصل فيها على مساعدة مجانية أو بثمن قليل لاستعمال الحاسوب أو الهاتف أو الإنترنت، ولإنجاز معاملاتك عبر الإنترنت.
brochure-date = معلومات بتاريخ { $date }. إنها تتغير: القائمة المحدّثة موجودة على الموقع.
brochure-day = اليوم
brochure-hours = الساعات
brochure-services = المساعدة المقدّمة:
brochure-languages = اللغات:
brochure-accessibility = سهولة الوصول:
brochure-phone = الهاتف:
brochure-page = صفحة
brochure-separator = {"، "}
brochure-empty = لا يوجد أي مكان معروف في هذه البلديات حاليا.
brochure-qr-alt = رمز QR إلى صفحة { $name }
brochure-list-title = الكتيّبات حسب البلدية
brochure-list-intro = لكل مجموعة من البلديات، قائمة أماكن المساعدة الرقمية للطباعة، محدّثة دائما.
brochure-places = { $count ->
    [0] لا يوجد أي مكان
    [one] مكان واحد
    [two] مكانان
    [few] { $count } أماكن
    [many] { $count } مكانا
   *[other] { $count } مكان
}
brochure-pdf = ملف PDF للطباعة
brochure-back = كل الكتيّبات
