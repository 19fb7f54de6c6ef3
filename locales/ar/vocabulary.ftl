# Passerelle – تسميات المفردات (الخدمات، الفئات، اللغات، إمكانية الوصول، الأسعار)، باللغة العربية.
# تسميات قصيرة وبسيطة تظهر على بطاقات الأماكن.

## الخدمات

service-free-access = حواسيب للاستعمال الحر
service-internet-access = الإنترنت والواي فاي
service-assisted-access = مساعدة فردية
service-training = دروس وورشات
service-online-procedures = المساعدة في المعاملات الإدارية عبر الإنترنت
service-printing = الطباعة والمسح الضوئي
service-equipment = إعارة أو منح الأجهزة
service-repair = إصلاح الأجهزة
service-coding-kids = البرمجة والروبوتات للأطفال
service-job-search = المساعدة في البحث عن عمل
service-online-safety = الاستعمال الآمن للإنترنت
service-parenting = الآباء والأمهات والشاشات
service-awareness = فهم العالم الرقمي

## الفئات

public-adults = البالغون
public-job-seekers = الباحثون عن عمل
public-young-people = الشباب
public-children = الأطفال
public-seniors = كبار السن
public-people-with-disabilities = الأشخاص ذوو الإعاقة
public-precarity = الأشخاص في وضع هش
public-women = النساء
public-families = العائلات
public-students = الطلاب
public-newcomers = الوافدون الجدد

## اللغات

language-fr = الفرنسية
language-nl = الهولندية
language-en = الإنجليزية
language-ar = العربية
language-tr = التركية
language-ro = الرومانية
language-sq = الألبانية
language-pl = البولندية
language-pt = البرتغالية
language-es = الإسبانية
language-de = الألمانية
language-it = الإيطالية
language-ru = الروسية
language-uk = الأوكرانية
language-ber = الأمازيغية
language-bg = البلغارية
language-so = الصومالية

## إمكانية الوصول

accessibility-wheelchair = مناسب للكراسي المتحركة
accessibility-adapted-equipment = أجهزة مكيّفة
accessibility-sign-language = لغة الإشارة
accessibility-hearing-loop = حلقة سمعية لضعاف السمع
accessibility-easy-read = نصوص سهلة القراءة
accessibility-visual-impairment = مساعدة المكفوفين وضعاف البصر

## الأسعار

price-free = مجاني
price-symbolic = سعر رمزي
price-paid = مدفوع
