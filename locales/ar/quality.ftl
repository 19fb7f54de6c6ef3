# فحوص جودة البيانات (العربية).

check-postcode-not-in-commune = الرمز البريدي { $value } لا ينتمي إلى بلدية هذا المكان.
check-postcode-not-in-commune-todo = اسأل المكان عن عنوانه وصحّح الرمز البريدي أو البلدية.
check-unknown-postcode = الرمز البريدي { $value } ليس رمزًا بريديًا في الجهة.
check-unknown-postcode-todo = صحّح الرمز البريدي، أو انقل المكان إلى الجهة الصحيحة.
check-probable-duplicate = هذا المكان يشبه «{ $value }» (رقم { $other }).
check-probable-duplicate-todo = إذا كانا نفس المكان فادمجهما، وإلا فاجعل اسميهما أوضح.
check-unreadable-hours = لا يمكن قراءة أوقات العمل «{ $value }».
check-unreadable-hours-todo = أعد كتابتها بمحرر أوقات العمل (مثلًا Mo-Fr 09:00-17:00).
check-no-contact = لا يوجد هاتف ولا بريد إلكتروني ولا موقع.
check-no-contact-todo = أضف رقم هاتف على الأقل، ليتمكن الناس من الاتصال قبل المجيء.
check-stale = لم يُحدَّث منذ { $value }.
check-stale-todo = اطلب من المكان تأكيد معلوماته أو تحديثها.
check-source-issue = مشكلة مسجلة في البيانات الأصلية
check-summary = الأخطاء: { $errors }، التنبيهات: { $warnings }
severity-error = خطأ
severity-warning = تنبيه

# يجب أن تستند حالة العلامة في الدليل إلى علامة ممنوحة (علامة الفضاء الرقمي العمومي).
check-labelled-without-record = يظهر كفضاء رقمي عمومي حاصل على العلامة، لكن لا توجد علامة ممنوحة مسجّلة لهذا المكان.
check-labelled-without-record-todo = سجّل قرار العلامة في صفحات العلامة، أو صحّح حالة العلامة لهذا المكان.
quality-kind-labelled-without-record = حاصل على العلامة دون ملف علامة

# A stored web address that is not http(s) is never published.
check-website-not-http = عنوان الموقع «{ $value }» ليس عنوان http:// أو https://: لا يُعرض ولا يُنشر.
check-website-not-http-todo = استبدله بعنوان الموقع الكامل للمكان الذي يبدأ بـ https:// (أو http://)، أو احذفه.
quality-kind-website-not-http = عنوان موقع ليس http(s)
quality-kind-postcode-not-in-commune = رمز بريدي لبلدية أخرى
quality-kind-unknown-postcode = رمز بريدي غير معروف
quality-kind-unreadable-hours = أوقات عمل لا يمكن قراءتها
quality-kind-probable-duplicate = مكرّرات محتملة
quality-kind-no-contact = لا توجد وسيلة للتواصل مع المكان
quality-kind-stale = لم يُحدَّث منذ أكثر من سنة
