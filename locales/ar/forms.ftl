# النماذج: أخطاء لا يمكن تفويتها، والاستبيان خطوة بخطوة.

# عنوان صفحة في نموذجها أخطاء (في علامة التبويب، يُقرأ أولاً).
form-error-page-title = خطأ: { $title }
# التقييم الذاتي، سؤال واحد في كل صفحة.
forms-diag-progress = السؤال { $step } من { $steps }
forms-diag-next = متابعة
forms-diag-back = العودة إلى السؤال السابق
forms-diag-back-short = رجوع
forms-diag-kept = تبقى إجاباتك محفوظة عندما تعود إلى الوراء.
