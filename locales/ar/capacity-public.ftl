# The public capacity figures.

capacity-public-title = الاستقبال والتجهيزات
capacity-public-computers = { $count ->
    [0] لا توجد حواسيب متاحة للجميع
    [one] حاسوب واحد
   *[other] { $count } حواسيب
}
capacity-public-trainings-yes = يقدم دورات تكوينية
capacity-public-trainings-no = لا يقدم دورات تكوينية
capacity-public-visitors = { $count ->
    [one] حوالي زائر واحد في الأسبوع
   *[other] حوالي { $count } زائرًا في الأسبوع
}
capacity-public-period = أرقام قدمها المكان لسنة { $year }.
