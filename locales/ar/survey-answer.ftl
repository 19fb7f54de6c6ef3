# الإجابة على استبيان الزوار: صفحات الرابط القصير /s/{code}.
sva-site = Passerelle – استبيان الزوار
sva-languages = اللغات
sva-error-title = خطأ: { $title }
sva-errors-title = هناك مشكلة
sva-start-place = يتعلق هذا الاستبيان بـ { $place }.
sva-start-time = يستغرق حوالي { $minutes ->
    [one] دقيقة واحدة
    [two] دقيقتين
    [few] { $minutes } دقائق
   *[other] { $minutes } دقيقة
}.
sva-start-anonymous = الاستبيان مجهول الهوية: لا نطلب اسمك ولا نحتفظ بأي شيء يمكن أن يدل على هويتك. يمكنك التوقف في أي وقت.
sva-start-until = يمكنك الإجابة حتى { $date }.
sva-start-button = ابدأ
sva-resume-title = لقد بدأت من قبل
sva-resume-text = إجاباتك حتى الآن محفوظة على هذا الجهاز. يمكنك المتابعة من حيث توقفت، أو البدء من جديد: عندها تُحذف إجاباتك السابقة.
sva-resume-continue = المتابعة من حيث توقفت
sva-resume-restart = البدء من جديد
sva-progress = السؤال { $number } من { $total }
sva-optional = (اختياري)
sva-hint-several = اختر كل الإجابات المناسبة.
sva-hint-scale = من { $min } (غير راضٍ إطلاقًا) إلى { $max } (راضٍ جدًا).
sva-hint-text = { $max } حرف على الأكثر.
sva-continue = متابعة
sva-back = رجوع
sva-trap = اترك هذا الحقل فارغًا
sva-error-choose-one = اختر إجابة
sva-error-choose-some = اختر إجابة واحدة على الأقل
sva-error-choose-number = اختر رقمًا
sva-error-number-missing = اكتب رقمًا
sva-error-text-missing = اكتب إجابة
sva-error-not-a-choice = اختر إحدى الإجابات من القائمة
sva-error-one-only = اختر إجابة واحدة فقط
sva-error-not-a-number = اكتب عددًا صحيحًا، مثلًا 3
sva-error-between = اكتب رقمًا من { $min } إلى { $max }
sva-error-at-least = اكتب رقمًا يساوي { $min } أو أكثر
sva-error-at-most = اكتب رقمًا يساوي { $max } أو أقل
sva-error-too-long = اكتب { $max } حرفًا على الأكثر (كتبت { $count })
sva-error-fast = أُرسلت إجاباتك بسرعة كبيرة. راجعها ثم اضغط على متابعة مرة أخرى.
sva-error-expired = بقيت هذه الصفحة مفتوحة مدة طويلة. اضغط على متابعة مرة أخرى لإرسال إجاباتك.
sva-error-rate = أُرسلت إجابات كثيرة من هذا الاتصال خلال الساعة الأخيرة. يُرجى المحاولة مرة أخرى بعد ساعة.
sva-closed-title = هذا الاستبيان مغلق
sva-closed-not-yet = يُفتح في { $opens } ويُغلق في { $closes }.
sva-closed-over = كان مفتوحًا من { $opens } إلى { $closes }.
sva-closed-thanks = شكرًا على اهتمامك.
sva-thanks-title = شكرًا!
sva-thanks-text = حُفظت إجاباتك. ستساعد { $place } والأماكن الأخرى على استقبالك بشكل أفضل.
sva-thanks-nothing-kept = لا يبقى أي شيء عنك على هذا الجهاز. يمكنك إغلاق هذه الصفحة.
