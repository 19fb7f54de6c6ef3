# Reaching a place first (cards, place pages), the region's helpline, home links, plain footer words.
contact-hours-unknown-ask = أوقات العمل غير معروفة: استفسر قبل الذهاب
contact-hours-unknown-write = أوقات العمل غير معروفة: راسلهم قبل الذهاب
contact-hours-mobile-ask = خدمة متنقلة: استفسر لتعرف المكان والموعد
contact-directions = الطريق (في تطبيق الخرائط على هاتفك)
contact-ask-organisation = لا يوجد رقم هاتف لهذا المكان. الجهة المسؤولة عنه:
contact-card-helpline = لا يوجد رقم هاتف لهذا المكان. للحصول على المساعدة:
contact-helpline-hours = أوقات الاتصال:
contact-organisation-title = تواصل مع الجهة المسؤولة عنه:
contact-helpline-title = طرق أخرى للحصول على المساعدة
contact-helpline-intro = يمكن للمنطقة أن ترشدك:
contact-tell-us = هل تعرف رقم هاتفهم؟ أخبرنا
contact-distances-from-centre = تُقاس المسافات من وسط البلدية، وليس من هذا العنوان.
contact-home-sessions = ورشات بالقرب منك
contact-home-label = ماذا يعني «فضاء رقمي عمومي معتمد»
contact-footer-data = البيانات لبرامج الحاسوب
contact-mobile-explained-ask = هذه خدمة متنقلة. تذهب إلى الناس. استفسر لتعرف أين ستكون.
