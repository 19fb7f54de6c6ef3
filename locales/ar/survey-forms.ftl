# استمارات استبيان الزوار في المكتب الخلفي: القائمة، والمعاينة، واستيراد وتصدير XLSForm.
survey-forms-nav = استمارات الاستبيان
survey-forms-title = استمارات الاستبيان
survey-forms-intro = استمارات استبيان الزوار، كل نسخة محفوظة كما هي. كل دورة من الاستبيان تستعمل نسخة واحدة؛ والنسخة المحفوظة لا تتغير بعد ذلك. تبادلها مع KoboToolbox أو ODK أو مترجم في شكل ملفات XLSForm.
survey-forms-none = لم تُحفظ أي استمارة بعد.
survey-forms-caption = الاستمارات المحفوظة، من الأحدث إلى الأقدم
survey-forms-col-form = الاستمارة
survey-forms-col-version = النسخة
survey-forms-col-title = العنوان
survey-forms-col-languages = اللغات
survey-forms-col-questions = الأسئلة
survey-forms-col-provenance = المصدر
survey-forms-col-stored = تاريخ الحفظ
survey-forms-col-xlsform = XLSForm
survey-forms-download = تنزيل { $form } (XLSForm، Excel)
survey-forms-shipped-title = استمارة 2021
survey-forms-shipped-intro = يتضمن Passerelle استمارة زوار 2021 ({ $form }، النسخة { $version })، أعيد بناؤها انطلاقًا من تقرير 2021، بالفرنسية والهولندية والإنجليزية والإسبانية والعربية. حمّلها لتستعملها في دورة أو لتنزّلها في شكل XLSForm.
survey-forms-shipped-button = تحميل استمارة 2021
survey-forms-import-link = استيراد استمارة (XLSForm)
survey-forms-saved = حُفظت الاستمارة.
survey-forms-preview-title = الاستمارة { $form }، النسخة { $version }
survey-forms-preview-language = لغة الاستمارة
survey-forms-preview-show = عرض
survey-forms-untitled-section = قسم بدون عنوان ({ $name })
survey-forms-section-shown-if = يظهر القسم كله فقط إذا كان
survey-forms-question-shown-if = يظهر فقط إذا كان
survey-forms-kind-single = جواب واحد من القائمة
survey-forms-kind-multiple = يمكن اختيار عدة أجوبة
survey-forms-kind-scale = تقييم من { $min } إلى { $max }
survey-forms-kind-number = عدد صحيح
survey-forms-kind-number-between = عدد صحيح من { $min } إلى { $max }
survey-forms-kind-text = نص قصير
survey-forms-kind-hidden = لا يُطرح: يحدده الرابط الذي اتبعه الزائر
survey-forms-required = الجواب إلزامي
survey-forms-optional = اختياري
survey-forms-role-cross = متغير تقاطع: تُقاطَع معه كل الأسئلة الأخرى
survey-forms-role-overall = الرضا العام: تُقاس به أهمية كل خدمة
survey-forms-role-service = الرضا عن خدمة: نقطة في مصفوفة الأهمية والأداء
survey-forms-cond-equals = { $question } هو { $value }
survey-forms-cond-not-equals = { $question } ليس { $value }
survey-forms-cond-selected = { $value } مختار في { $question }
survey-forms-cond-at-least = { $question } يساوي { $value } أو أكثر
survey-forms-cond-at-most = { $question } يساوي { $value } أو أقل
survey-forms-cond-not = ليس
survey-forms-cond-and = و
survey-forms-cond-or = أو
survey-forms-import-title = استيراد استمارة (XLSForm)
survey-forms-import-intro = ملف XLSForm هو مصنف Excel يصف استمارة؛ ويصدّره KoboToolbox وODK. يقرأ Passerelle ثلاث أوراق:
survey-forms-import-sheet-survey = survey: سطر لكل سؤال (type وname وlabel::العربية (ar) وعمود عنوان لكل لغة، وhint وrequired وrelevant)، وbegin_group وend_group حول كل قسم، وpasserelle_role (cross أو overall أو service) للتحليل؛
survey-forms-import-sheet-choices = choices: قوائم الأجوبة (list_name وname وعمود عنوان لكل لغة)؛
survey-forms-import-sheet-settings = settings: form_id وversion وform_title وdefault_language.
survey-forms-import-version = تُحفظ الاستمارة كنسخة جديدة. لتغيير استمارة محفوظة، أعطها نسخة جديدة في ورقة settings.
survey-forms-import-form-title = اختيار الملف
survey-forms-import-field-file = ملف XLSForm
survey-forms-import-field-file-hint = ملف ‎.xlsx (تُقرأ أيضًا ملفات ‎.xls و‎.ods)، حجمه { $mb } ميغابايت على الأكثر.
survey-forms-import-button = استيراد الاستمارة
survey-forms-import-errors-title = لم تُستورد الاستمارة
survey-forms-import-no-file = اختر ملف XLSForm الذي تريد استيراده.
survey-forms-import-too-large = الملف كبير جدًا: { $mb } ميغابايت على الأكثر.
survey-forms-import-not-workbook = هذا الملف ليس مصنف Excel: اختر ملف ‎.xlsx.
survey-forms-import-too-many-rows = في الورقة { $sheet } أكثر من { $max } سطر: هذه ليست استمارة.
survey-forms-import-has-problems = { $count ->
    [one] في الملف مشكلة واحدة، مذكورة أدناه: صحّحها في المصنف ثم استورده من جديد.
   *[other] في الملف { $count } مشاكل، مذكورة أدناه: صحّحها في المصنف ثم استورده من جديد.
}
survey-forms-import-version-exists = الاستمارة { $form } النسخة { $version } محفوظة من قبل. أعطها نسخة جديدة في ورقة settings (العمود version) لاستيرادها.
survey-forms-import-problems = { $count ->
    [one] مشكلة واحدة
   *[other] { $count } مشاكل
}
survey-forms-problem-at-cell = الورقة { $sheet }، السطر { $row }، العمود { $column }
survey-forms-problem-at-row = الورقة { $sheet }، السطر { $row }
survey-forms-problem-at-sheet = الورقة { $sheet }
