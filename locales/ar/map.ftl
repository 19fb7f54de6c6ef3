# The map beside the results (only when the region has a tile server).
map-caption = خريطة الأماكن في هذه الصفحة. الأرقام هي أرقام القائمة.
map-approximate = الدائرة المنقطة في وسط الرمز البريدي أو البلدية: العنوان الدقيق غير معروف.
map-left-out = { $count ->
    [one] مكان متنقل واحد ليس على الخريطة: يأتي إليك.
    [two] مكانان متنقلان ليسا على الخريطة: يأتيان إليك.
   *[other] { $count } أماكن متنقلة ليست على الخريطة: تأتي إليك.
}
map-credit = الخريطة الأساسية:
map-zoom-in = تكبير الخريطة
map-zoom-out = تصغير الخريطة
