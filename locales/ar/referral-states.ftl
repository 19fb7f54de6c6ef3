# The states of a referral (shown in the annual report's figures too).

referral-state-label = الحالة
referral-state-sent = مُرسَل، في انتظار الرد
referral-state-accepted = مقبول
referral-state-refused = مرفوض
referral-state-first-visit-done = تمت الزيارة الأولى
referral-state-followed-up = تمت المتابعة
referral-state-closed = مُغلَق
referral-state-expired = منتهي الصلاحية (بدون رد)
