# نصوص واجهة Passerelle (العربية). لغة بسيطة: جمل قصيرة وكلمات يومية.

site-name = مساعدة رقمية قريبة منك
skip-to-content = انتقل إلى المحتوى
languages = اللغات
footer-text = خدمة عمومية مجانية تقدمها المنطقة. الفضاءات الرقمية العمومية تساعد الجميع على استعمال الحاسوب والإنترنت.
all-communes = كل البلديات
back-home = الرجوع إلى الصفحة الرئيسية
breadcrumb = أنت هنا

## Home
home-title = ابحث عن مساعدة رقمية قريبة منك
search-label = أين تسكن؟
search-hint = اكتب الرمز البريدي أو اسم البلدية أو اسم مكان. مثال: 1080
near-me = استعمل موقعي
near-me-wait = نبحث عن موقعك…
near-me-error = لم نتمكن من معرفة موقعك. اكتب الرمز البريدي بدلاً من ذلك.
search-button = بحث
home-what-title = ما هو الفضاء الرقمي العمومي (EPN)؟
home-what-epn = الفضاء الرقمي العمومي (EPN) مكان يمكنك فيه استعمال الحاسوب والإنترنت. يوجد هناك شخص لمساعدتك.
home-free = المساعدة مجانية أو رخيصة جدًا. يمكنك أن تتعلم استعمال الهاتف أو الحاسوب. ويمكنك أن تتعلم القيام بالمعاملات الإدارية عبر الإنترنت.
home-call = لا تحتاج إلى موعد في كل مكان. إذا لم تكن متأكدًا، اتصل بالمكان أولًا.

## Results
results-title-all = كل الأماكن
results-title-near = مساعدة رقمية قريبة من { $place }
results-title-position = مساعدة رقمية قريبة من موقعك
results-title-text = أماكن لـ «{ $text }»
results-count = { $count ->
    [zero] لا يوجد أي مكان
    [one] مكان واحد
    [two] مكانان
    [few] { $count } أماكن
    [many] { $count } مكانًا
   *[other] { $count } مكان
}
results-none = لم نجد أي مكان. تأكد من طريقة الكتابة، أو جرّب الرمز البريدي، أو احذف أحد خيارات التصفية.
results-none-communes = انظر قائمة البلديات
search-error-title = لم نفهم هذا البحث
search-error-text = يوجد خطأ في عنوان هذه الصفحة. من فضلك اكتب بحثك مرة أخرى.
filters-title = تصفية النتائج
filters-only = أظهر فقط
filters-apply = أظهر النتائج
filter-any = الكل
filter-service = الخدمة
filter-public = لمن
filter-language = اللغة المستعملة
filter-open_now = مفتوح الآن
filter-free = مجاني
filter-wheelchair = مناسب للكراسي المتحركة
filter-labelled = فضاءات رقمية عمومية معتمدة
pagination = الصفحات
page-previous = الصفحة السابقة
page-next = الصفحة التالية
page-of = الصفحة { $page } من { $pages }
distance-km = على بعد { $km } كم
distance-km-approximate = على بعد حوالي { $km } كم
mobile-place = متنقل: يأتي إليك

## Opening hours
open-now = مفتوح الآن
open-until = مفتوح الآن حتى الساعة { $time }
opens-today = مغلق الآن. يفتح اليوم في الساعة { $time }
opens-tomorrow = مغلق الآن. يفتح غدًا في الساعة { $time }
opens-on = مغلق الآن. يفتح يوم { $day } في الساعة { $time }
closed-this-week = مغلق هذا الأسبوع
hours-unknown = أوقات العمل غير معروفة: اتصل أولًا
hours-unreadable = لا نستطيع قراءة أوقات العمل: اتصل قبل أن تذهب
hours-mobile = متنقل: اتصل لتعرف أين ومتى
hours-as-written = أوقات العمل كما هي مكتوبة:
hours-title = أوقات العمل
hours-table-caption = أوقات العمل في الأيام السبعة القادمة
hours-on-request = بموعد، أو اتصل للتأكد
today = اليوم
closed = مغلق
weekday-mon = الاثنين
weekday-tue = الثلاثاء
weekday-wed = الأربعاء
weekday-thu = الخميس
weekday-fri = الجمعة
weekday-sat = السبت
weekday-sun = الأحد

## Place page
run-by = يديره
kind-epn = فضاء رقمي عمومي (EPN)
kind-project = مشروع للإدماج الرقمي
kind-other = مساعدة رقمية
badge-labelled = فضاء رقمي عمومي معتمد
how-to-come = أين يوجد
mobile-explained = هذه خدمة متنقلة. تذهب إلى الناس. اتصل لتعرف أين ستكون.
address-unknown = العنوان غير معروف بعد
location-approximate = العنوان الدقيق غير معروف: المسافات محسوبة من وسط البلدية.
contact-title = كيف تتواصل معهم
contact-unknown = ليس لدينا بعد رقم هاتف أو بريد إلكتروني لهذا المكان.
phone = الهاتف:
email = البريد الإلكتروني:
website = الموقع الإلكتروني:
services = الخدمات
publics = لمن
languages-spoken = اللغات المستعملة
accessibility = إمكانية الوصول
price = السعر
equipment = التجهيزات
computers-count = { $count ->
    [zero] لا يوجد حاسوب
    [one] حاسوب واحد
    [two] حاسوبان
    [few] { $count } حواسيب
    [many] { $count } حاسوبًا
   *[other] { $count } حاسوب
}
tablets-count = { $count ->
    [zero] لا يوجد جهاز لوحي
    [one] جهاز لوحي واحد
    [two] جهازان لوحيان
    [few] { $count } أجهزة لوحية
    [many] { $count } جهازًا لوحيًا
   *[other] { $count } جهاز لوحي
}
last-update = آخر تحديث:

## Communes
communes-title = البلديات
postcodes = الرموز البريدية:
commune-empty = لا نعرف بعد أي مكان في هذه البلدية. ابحث بالرمز البريدي لترى الأماكن القريبة.
commune-search-near = انظر الأماكن القريبة، وأيضًا في بلديات أخرى

## Errors
not-found-title = الصفحة غير موجودة
not-found-text = هذه الصفحة غير موجودة أو تم نقلها.
unauthorized-title = سجّل الدخول لترى هذه الصفحة
unauthorized-text = هذه الصفحة جزء من لوحة الإدارة. سجّل الدخول بحسابك، ثم افتحها مرة أخرى.
server-error-title = حدث خطأ
server-error-text = لم نتمكن من عرض الصفحة. هذا ليس خطأك. حاول مرة أخرى بعد قليل.
server-error-reference = إذا استمرت المشكلة، أعطِ هذا الرمز لفريق التنسيق:

## Dates
date-long = { $day } { $month } { $year }
month-1 = يناير
month-2 = فبراير
month-3 = مارس
month-4 = أبريل
month-5 = مايو
month-6 = يونيو
month-7 = يوليو
month-8 = أغسطس
month-9 = سبتمبر
month-10 = أكتوبر
month-11 = نوفمبر
month-12 = ديسمبر

## Translations
translation-not-reviewed = لم يراجع هذه الترجمةَ بعدُ شخصٌ لغتُه الأم العربية. قد تحتوي على أخطاء.
languages-more = لغات أخرى
