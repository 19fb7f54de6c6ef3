# Përgjigjja e anketës së vizitorëve: faqet e lidhjes së shkurtër /s/{code}.
sva-site = Passerelle – anketa e vizitorëve
sva-languages = Gjuhët
sva-error-title = Gabim: { $title }
sva-errors-title = Ka një problem
sva-start-place = Ky pyetësor ka të bëjë me { $place }.
sva-start-time = Zgjat rreth { $minutes ->
    [one] { $minutes } minutë
   *[other] { $minutes } minuta
}.
sva-start-anonymous = Është anonim: nuk ju kërkojmë emrin dhe nuk ruhet asgjë që mund të tregojë se kush jeni. Mund të ndaleni në çdo kohë.
sva-start-until = Mund të përgjigjeni deri më { $date }.
sva-start-button = Fillo
sva-resume-title = Ju e keni filluar tashmë
sva-resume-text = Përgjigjet tuaja deri tani ruhen në këtë pajisje. Mund të vazhdoni aty ku u ndalët, ose të filloni nga e para: atëherë përgjigjet tuaja deri tani fshihen.
sva-resume-continue = Vazhdo aty ku u ndala
sva-resume-restart = Fillo nga e para
sva-progress = Pyetja { $number } nga { $total }
sva-optional = (nuk është e detyrueshme)
sva-hint-several = Zgjidhni të gjitha ato që ju përkasin.
sva-hint-scale = Nga { $min } (aspak i kënaqur) deri në { $max } (shumë i kënaqur).
sva-hint-text = Jo më shumë se { $max } shenja.
sva-continue = Vazhdo
sva-back = Mbrapa
sva-trap = Lëreni bosh këtë fushë
sva-error-choose-one = Zgjidhni një përgjigje
sva-error-choose-some = Zgjidhni të paktën një përgjigje
sva-error-choose-number = Zgjidhni një numër
sva-error-number-missing = Shkruani një numër
sva-error-text-missing = Shkruani një përgjigje
sva-error-not-a-choice = Zgjidhni një nga përgjigjet e listës
sva-error-one-only = Zgjidhni vetëm një përgjigje
sva-error-not-a-number = Shkruani një numër të plotë, për shembull 3
sva-error-between = Shkruani një numër nga { $min } deri në { $max }
sva-error-at-least = Shkruani një numër { $min } ose më shumë
sva-error-at-most = Shkruani një numër { $max } ose më pak
sva-error-too-long = Shkruani jo më shumë se { $max } shenja (ju shkruat { $count })
sva-error-fast = Përgjigjet tuaja u dërguan shumë shpejt. Kontrollojini, pastaj shtypni përsëri Vazhdo.
sva-error-expired = Kjo faqe ishte e hapur për një kohë të gjatë. Shtypni përsëri Vazhdo për të dërguar përgjigjet tuaja.
sva-error-rate = Nga kjo lidhje interneti janë dërguar shumë përgjigje në orën e fundit. Ju lutemi, provoni përsëri pas një ore.
sva-closed-title = Ky pyetësor është mbyllur
sva-closed-not-yet = Hapet më { $opens } dhe mbyllet më { $closes }.
sva-closed-over = Ishte i hapur nga { $opens } deri më { $closes }.
sva-closed-thanks = Faleminderit për interesin tuaj.
sva-thanks-title = Faleminderit!
sva-thanks-text = Përgjigjet tuaja u ruajtën. Ato do ta ndihmojnë { $place } dhe vendet e tjera t’ju shërbejnë më mirë.
sva-thanks-nothing-kept = Asgjë për ju nuk mbetet në këtë pajisje. Mund ta mbyllni këtë faqe.
