# تشخيص الهشاشة الرقمية (العربية). لغة بسيطة: جمل قصيرة وكلمات يومية.

diag-title = اختبر مهاراتك الرقمية
diag-intro = 12 سؤالًا قصيرًا عن الحاسوب والهاتف والإنترنت. لا توجد إجابة خاطئة. في النهاية، ترى نصائح وأماكن قريبة منك يمكنها مساعدتك.
diag-skills-intro = هل تستطيع القيام بهذه الأشياء؟
diag-result-title = نتيجتك
diag-result-gaps = أشياء يمكنك أن تتعلمها
diag-result-advice = ما يمكن أن يساعدك

## Questions and answers: diag-q-<question>, diag-a-<question>-<answer>

diag-q-equipment = ما هي الأجهزة التي عندك؟ (يمكنك اختيار أكثر من جواب)
diag-a-equipment-smartphone = هاتف ذكي
diag-a-equipment-computer = حاسوب
diag-a-equipment-tablet = جهاز لوحي
diag-a-equipment-none = لا شيء

diag-q-internet = هل عندك إنترنت في البيت؟
diag-a-internet-yes = نعم
diag-a-internet-phone = فقط على هاتفي
diag-a-internet-no = لا

diag-q-email = هل تستعمل البريد الإلكتروني؟
diag-a-email-alone = نعم، وحدي
diag-a-email-help = نعم، بمساعدة
diag-a-email-no = لا

diag-q-online-form = هل تستطيع ملء استمارة على الإنترنت وحدك؟ مثلًا استمارة البلدية أو مكتب التشغيل.
diag-a-online-form-alone = نعم، وحدي
diag-a-online-form-help = نعم، بمساعدة
diag-a-online-form-no = لا

diag-q-information = أستطيع أن أجد معلومة على الإنترنت، مثلًا مواعيد الحافلة.
diag-a-information-0 = لا
diag-a-information-1 = بمساعدة
diag-a-information-2 = نعم، وحدي
diag-a-information-3 = نعم، بسهولة: أستطيع أن أعلّم شخصًا آخر

diag-q-communication = أستطيع أن أرسل رسالة أو صورة، أو أن أقوم بمكالمة فيديو.
diag-a-communication-0 = لا
diag-a-communication-1 = بمساعدة
diag-a-communication-2 = نعم، وحدي
diag-a-communication-3 = نعم، بسهولة: أستطيع أن أعلّم شخصًا آخر

diag-q-content-creation = أستطيع أن أكتب رسالة على الحاسوب أو الهاتف وأن أحفظها.
diag-a-content-creation-0 = لا
diag-a-content-creation-1 = بمساعدة
diag-a-content-creation-2 = نعم، وحدي
diag-a-content-creation-3 = نعم، بسهولة: أستطيع أن أعلّم شخصًا آخر

diag-q-safety = أستطيع أن أعرف الرسالة الكاذبة (الاحتيال)، وأحمي كلمات السر الخاصة بي.
diag-a-safety-0 = لا
diag-a-safety-1 = بمساعدة
diag-a-safety-2 = نعم، وحدي
diag-a-safety-3 = نعم، بسهولة: أستطيع أن أعلّم شخصًا آخر

diag-q-problem-solving = عندما لا يعمل شيء في هاتفي أو حاسوبي، أستطيع أن أجد حلًا.
diag-a-problem-solving-0 = لا
diag-a-problem-solving-1 = بمساعدة
diag-a-problem-solving-2 = نعم، وحدي
diag-a-problem-solving-3 = نعم، بسهولة: أستطيع أن أعلّم شخصًا آخر

diag-q-motivation = هل تريد أن تفعل أشياء أكثر بالحاسوب أو الهاتف؟
diag-a-motivation-0 = لا، ليس حقًا
diag-a-motivation-1 = قليلًا
diag-a-motivation-2 = نعم
diag-a-motivation-3 = نعم، كثيرًا

diag-q-barriers = ما الذي يجعل الأمر صعبًا عليك؟ (يمكنك اختيار أكثر من جواب، أو لا شيء)
diag-a-barriers-reading = القراءة والكتابة
diag-a-barriers-language = اللغة
diag-a-barriers-cost = ثمن الجهاز أو الإنترنت
diag-a-barriers-time = ليس عندي وقت
diag-a-barriers-fear = أخاف أن أخطئ

diag-q-knows-help = هل تعرف مكانًا قريبًا منك يمكن أن يساعدك فيه شخص في استعمال الحاسوب والإنترنت؟
diag-a-knows-help-yes = نعم
diag-a-knows-help-no = لا

## DigComp areas
diag-area-information = البحث عن المعلومات
diag-area-communication = التواصل
diag-area-content-creation = إنشاء الوثائق
diag-area-safety = الحماية والأمان
diag-area-problem-solving = حل المشاكل

## Levels
diag-level-beginner = مبتدئ
diag-level-intermediate = متوسط
diag-level-advanced = متقدم

## Profiles (the five personae of the study)
diag-persona-no_bearings = الخطوات الأولى، مع مرافقة
diag-persona-no_bearings-text = الحاسوب والإنترنت جديدان أو صعبان عليك، وأشياء كثيرة تمنعك. شخص تثق به يمكنه أن يساعدك خطوة بخطوة.
diag-persona-novice = في البداية
diag-persona-novice-text = أنت في البداية وتريد أن تتعلم. دروس المبتدئين ومكاتب المساعدة مناسبة لك.
diag-persona-resourceful = تتدبر أمرك
diag-persona-resourceful-text = تعرف كيف تفعل أشياء كثيرة. ورشات قصيرة حول موضوع واحد يمكن أن تساعدك على مواكبة التغيير.
diag-persona-motivated = رغبة في التعلم
diag-persona-motivated-text = تعرف الأساسيات، خاصة على هاتفك، وتريد أن تفعل أكثر. ورشات حول موضوع واحد يمكن أن تساعدك على فعل الأشياء وحدك.
diag-persona-confirmed = متمكّن
diag-persona-confirmed-text = أنت مرتاح مع الأدوات الرقمية. يمكنك أن تتعلم أشياء متقدمة، وأن تساعد أشخاصًا آخرين إذا أردت.

## Urgency and why
diag-urgency-high = استعجال كبير: من المهم أن تجد مساعدة قريبًا
diag-urgency-medium = استعجال متوسط: المساعدة ستكون مفيدة
diag-urgency-low = استعجال ضعيف: أنت تتدبر أمرك وحدك
diag-why-grid = هذا يأتي من مهاراتك ومن رغبتك في التعلم.
diag-why-no-device = ليس عندك هاتف ولا حاسوب ولا جهاز لوحي.
diag-why-forms-barrier = لا تستطيع ملء الاستمارات على الإنترنت، والقراءة أو اللغة صعبة عليك.

## Advice
diag-advice-step-by-step = يمكن لشخص أن يساعدك خطوة بخطوة، حسب وتيرتك.
diag-advice-ask-referent = مساعد اجتماعي (مثلًا في مركز العمل الاجتماعي CPAS) أو جمعية في حيّك يمكن أن يرافقك ويسجلك.
diag-advice-first-steps = دروس المبتدئين تعلمك الخطوات الأولى مع الهاتف أو الحاسوب.
diag-advice-drop-in = مكاتب المساعدة تجيب عن أسئلتك وتساعدك في الاستمارات على الإنترنت.
diag-advice-themed-workshops = ورشات قصيرة حول موضوع واحد (الوثائق، الصور، الأمان…) تساعدك على فعل المزيد.
diag-advice-advanced-courses = دروس متقدمة يمكن أن تأخذك أبعد، مثلًا في البرمجة.
diag-advice-volunteer = يمكنك أن تساعد أشخاصًا آخرين كمتطوع.
diag-advice-equipment-help = بعض الأماكن تعير أو تبيع حواسيب بثمن منخفض.
diag-advice-public-access = في الفضاء الرقمي العمومي (EPN)، يمكنك استعمال الحاسوب والإنترنت مجانًا.
diag-advice-free-offers = كثير من الورشات ومكاتب المساعدة مجانية.
diag-advice-reading-support = بعض الأماكن تشرح الأشياء ببساطة، وتوجد دروس لتعلم القراءة والكتابة.
diag-advice-language-support = بعض الأماكن تتكلم لغتك، وتوجد دروس لتعلم اللغة.
diag-advice-short-sessions = الحصص القصيرة والمساعدة بدون موعد تناسب حياة مشغولة.
diag-advice-at-your-pace = لن يحكم عليك أحد: كل شخص يتعلم حسب وتيرته.
diag-advice-places-near-you = أماكن قريبة منك يمكن أن تساعدك. انظر القائمة في الأسفل.

## Errors
diag-error-missing = من فضلك أجب عن هذا السؤال.
diag-error-invalid = من فضلك اختر جوابًا من الأجوبة.
diag-error-too-many = من فضلك اختر جوابًا واحدًا فقط.
diag-error-none-with-others = اخترت «لا شيء» وجهازًا. من فضلك اختر واحدًا منهما فقط.
