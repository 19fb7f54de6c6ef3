# الصفحات العامة للتشخيص (الاستبيان والنتيجة). لغة بسيطة.

diagp-home-link = لا تعرف من أين تبدأ؟ اختبر مهاراتك الرقمية (حوالي 3 دقائق)
diagp-intro-private = يستغرق ذلك حوالي 3 دقائق. تبقى مجهول الهوية: لا يُحفظ أي شيء من إجاباتك.
diagp-part-devices = أجهزتك والإنترنت
diagp-part-you = ما تريده
diagp-where-label = رمزك البريدي أو بلديتك (اختياري)
diagp-where-hint = لترى الأماكن والورشات القريبة منك. مثلاً: 1080 أو مولنبيك.
diagp-submit = عرض نتيجتي
diagp-error-item = السؤال { $number }: { $message }
diagp-error-where = اكتب رمزاً بريدياً أو اسم بلدية (100 حرف على الأكثر).
diagp-profile-title = ملفك
diagp-urgency-title = هل الأمر مستعجل؟
diagp-no-gaps = أنت تستطيع بالفعل القيام بالأشياء الخمسة التي سألنا عنها.
diagp-places-title = أماكن يمكنها مساعدتك
diagp-places-near = أماكن قريبة من { $place } يمكنها مساعدتك
diagp-places-none = لم نجد هنا أي مكان يناسب كل إجاباتك.
diagp-where-unknown = لم نتعرف على «{ $where }» كرمز بريدي أو بلدية. إليك أماكن في المنطقة كلها.
diagp-add-where = أضف رمزك البريدي لترى الأماكن القريبة منك.
diagp-places-all = عرض كل الأماكن
diagp-sessions-title = ورشات لك
diagp-sessions-none = لا توجد حالياً ورشة قادمة فيها أماكن شاغرة تناسب إجاباتك.
diagp-sessions-all = عرض كل الورشات
diagp-refer-place = توجيه هذا الشخص إلى { $name }
diagp-refer-session = توجيه هذا الشخص إلى «{ $title }»
diagp-nothing-stored = لم يُحفظ أي شيء. للاحتفاظ بهذه النتيجة، أضف هذه الصفحة إلى المفضلة أو اطبعها.
diagp-change = تعديل إجاباتي
diagp-again = البدء من جديد
