# Reporting a mistake on a place's page (the public form).

report-link = الإبلاغ عن خطأ في هذه الصفحة
report-title = الإبلاغ عن خطأ
report-about = بخصوص صفحة:
report-intro = أخبرنا بما هو خاطئ أو لم يعد صحيحًا: مثلًا أوقات العمل أو رقم الهاتف أو العنوان. لا تحتاج إلى حساب. الفريق الذي يدير الدليل يقرأ كل رسالة.
report-message = ما الخطأ؟
report-message-hint = اكتب بين { $min } و{ $max } حرفًا.
report-contact = بريدك الإلكتروني أو رقم هاتفك (اختياري)
report-contact-hint = فقط إذا أردت ردًّا. نستعمله فقط للرد على هذه الرسالة.
report-trap = اترك هذا الحقل فارغًا
report-send = إرسال الرسالة
report-privacy = من فضلك لا تكتب معلومات شخصية عن أشخاص آخرين.
report-error-short = الرسالة قصيرة جدًّا: اكتب { $min } أحرف على الأقل، حتى نفهم ما يجب تصحيحه.
report-error-long = الرسالة طويلة جدًّا: { $count } حرفًا، والحد الأقصى { $max }. اجعلها أقصر.
report-error-contact = بريدك الإلكتروني أو رقم هاتفك طويل جدًّا: { $max } حرفًا على الأكثر.
report-error-fast = أُرسلت الاستمارة بسرعة كبيرة. راجع رسالتك ثم أرسلها مرة أخرى.
report-error-expired = بقيت الاستمارة مفتوحة مدة طويلة وانتهت صلاحيتها. رسالتك ما زالت هنا: أرسلها مرة أخرى.
report-error-rate = أُرسلت رسائل كثيرة من اتصالك خلال الساعة الماضية. رسالتك ما زالت هنا: حاول مرة أخرى بعد ساعة.
report-thanks-title = شكرًا على رسالتك
report-thanks-text = سيقرؤها الفريق الذي يدير الدليل ويصحّح الصفحة إذا لزم الأمر.
report-back = الرجوع إلى صفحة { $place }
report-mail-subject = خطأ مُبلَّغ عنه: { $place }
report-mail-no-contact = (لم يُذكر)
report-mail-body = أبلغ شخص عن خطأ في صفحة «{ $place }».

    رسالته:

    { $message }

    التواصل: { $contact }

    الصفحة: { $page }
    كل الأخطاء المُبلَّغ عنها: { $reports }
