equipment-bo-nav = Echipament
equipment-bo-title = Echipamentul spațiilor publice digitale
equipment-campaign = Campania { $year }: fiecare spațiu cu etichetă poate comanda de cel mult { $cap }, cu TVA inclus.
equipment-catalogue-link = Vedeți catalogul
equipment-assets-title = Registrul bunurilor
equipment-my-places = Spațiile mele cu etichetă
equipment-no-labelled-place = Niciunul dintre locurile dumneavoastră nu are eticheta: doar spațiile cu etichetă pot comanda.
equipment-see-order = vedeți comanda
equipment-order-for = comandă pentru { $place }
equipment-orders-title = Comenzi
equipment-no-orders = Încă nicio comandă.
equipment-order-sent = Comanda dumneavoastră a fost trimisă echipei de coordonare.
equipment-col-place = Loc
equipment-col-status = Stadiu
equipment-col-total = Total (€)
equipment-col-item = Articol
equipment-col-quantity = Cantitate
equipment-col-unit = Preț unitar cu TVA (€)
equipment-col-serial = Număr de serie
equipment-col-delivered = Livrat pe
equipment-col-transfer = Dat spațiului pe
equipment-col-state = Stare
equipment-col-supplier = Furnizor
equipment-col-laptops = Laptopuri
equipment-col-desktops = Calculatoare de birou
equipment-col-screens = Monitoare
equipment-status-submitted = Trimisă
equipment-status-approved = Aprobată
equipment-status-refused = Refuzată
equipment-status-delivered = Livrată
equipment-order-title = Comandă de echipament pentru { $place }
equipment-order-of = Comanda pentru { $place }
equipment-order-intro = Alegeți din catalog, până la { $cap } cu TVA inclus. Butonul „Recalculați” arată totalul fără să trimită nimic.
equipment-back = Înapoi la echipament
equipment-contact-title = Contact și livrare
equipment-contact-name = Persoana de contact
equipment-contact-email = E-mail de contact
equipment-contact-phone = Telefon de contact
equipment-delivery-address = Adresa de livrare
equipment-delivery-address-hint = Adresa locului din repertoriu; schimbați-o dacă livrarea merge în altă parte.
equipment-items-title = Articole
equipment-items-hint = Scrieți cantitatea dorită pentru fiecare articol (lăsați gol pentru 0).
equipment-total = Total:
equipment-left = Rămâne sub plafon:
equipment-over-cap = { $over } în plus: plafonul este { $cap }.
equipment-recalc = Recalculați
equipment-send = Trimiteți comanda
equipment-error-quantity = Scrieți un număr întreg de la 0 la { $max }.
equipment-error-address = Scrieți adresa de livrare.
equipment-error-empty = Alegeți cel puțin un articol.
equipment-error-over-cap = Comanda depășește cu { $over } plafonul de { $cap }: scoateți câteva articole.
equipment-error-serials = Dați data livrării și un număr de serie diferit pentru fiecare unitate.
equipment-error-reason = Spuneți de ce este refuzată comanda.
equipment-decide-title = Decizie
equipment-decide-note = Comentariu
equipment-decide-note-hint = Obligatoriu pentru refuz.
equipment-approve = Aprobați
equipment-refuse = Refuzați
equipment-deliver-title = Livrare
equipment-delivered-on = Data livrării
equipment-serial-n = Numărul de serie al unității { $n }
equipment-deliver = Înregistrați livrarea
equipment-history = Istoric
equipment-assets-intro = Fiecare unitate livrată rămâne proprietatea regiunii timp de 4 ani, apoi este dată spațiului. Dacă este livrată pe 29 februarie, este dată pe 29 februarie, patru ani mai târziu, sau pe 28 februarie când acel an nu este bisect (ca 2100).
equipment-due-title = Transferuri de făcut în următoarele { $months } { $months ->
        [one] lună
        [few] luni
       *[other] de luni
    }
equipment-due-months = Număr de luni
equipment-show = Afișați
equipment-due-none = Niciun transfer de făcut în această perioadă.
equipment-event-transferred = Dat spațiului
equipment-event-broken = Defect
equipment-event-repaired = Reparat
equipment-event-lost = Pierdut
equipment-record = Înregistrați
equipment-state-in-use = În folosință
equipment-state-broken = Defect
equipment-state-lost = Pierdut
equipment-state-transferred = Dat spațiului
equipment-refused-transferred = Acest echipament a fost deja dat: registrul nu îl mai urmărește.
equipment-refused-lost = Acest echipament este pierdut: nu se mai poate înregistra nimic.
equipment-refused-not-broken = Doar echipamentul defect poate fi reparat.
equipment-catalogue-title = Catalogul de echipament { $year }
equipment-catalogue-intro = Ce poate comanda fiecare spațiu cu etichetă, la prețuri fixe cu TVA inclus, de cel mult { $cap }.
equipment-ownership = Echipamentul rămâne proprietatea regiunii timp de 4 ani după livrare, apoi este dat spațiului.
equipment-distributed-link = Vedeți echipamentul dat în fiecare an
equipment-kind-variant = Variantă:
equipment-kind-supplement = Supliment:
equipment-distributed-title = Echipament informatic dat
equipment-refurbished-title = Echipament recondiționat dat asociațiilor
equipment-refurbished-intro = În fiecare an, regiunea dă echipament informatic recondiționat asociațiilor, care îl transmit mai departe publicurilor prioritare.
equipment-refurbished-year = Anul { $year }
equipment-total-row = Total
equipment-refurbished-differs = Raportul declară pentru { $year }: { $declared } (laptopuri / calculatoare de birou / monitoare); rândurile dau { $computed }.
equipment-schools-title = Echipamentul școlilor
equipment-schools-intro = Un plan de urgență pentru echipamentul digital al elevilor din medii vulnerabile.
equipment-schools-year = { $year }: buget declarat
equipment-schools-chromebook-lots = Loturi de Chromebookuri pentru școlile secundare francofone
equipment-schools-it-subsidies = Subvenții pentru cumpărarea de echipament informatic (școli secundare neerlandofone)
equipment-schools-equipment-plan = Plan de echipare ales de școli (PC-uri recondiționate, table interactive, tablete…)
equipment-schools-cabling-wifi = Cablare și wifi în școlile secundare
equipment-schools-lots = { $lots } { $lots ->
        [one] lot
        [few] loturi
       *[other] de loturi
    } de câte { $per }, deci { $units } { $units ->
        [one] dispozitiv
        [few] dispozitive
       *[other] de dispozitive
    }
equipment-schools-schools = { $count ->
    [one] 1 școală
    [few] { $count } școli
   *[other] { $count } de școli
}
equipment-schools-differs = Acțiunile adunate dau, față de bugetul declarat:
equipment-category-laptop = Laptopuri
equipment-category-tablet = Tablete
equipment-category-board-projector = Table și proiectoare
equipment-category-printer-scanner = Imprimante și scanere
equipment-category-keyboard-mouse = Tastaturi și mouse-uri
equipment-category-headset = Căști cu microfon
equipment-category-bag = Genți și huse
equipment-category-camera = Camere
equipment-category-network = Rețea
equipment-category-tools = Unelte
equipment-category-storage = Stocare
equipment-category-small-equipment = Echipament mărunt
equipment-category-accessibility = Accesibilitate
equipment-assets-csv = Descărcați registrul (CSV)
equipment-assets-xlsx = Descărcați registrul (Excel)
equipment-assets-back = Înapoi la registru
equipment-asset-title = Echipamentul { $serial }
equipment-asset-history = Istoric
equipment-asset-recorded = A fost înregistrat.
equipment-asset-final = Nu se mai poate înregistra nimic pentru acest echipament.
equipment-col-date = Data
equipment-col-event = Ce s-a întâmplat
equipment-col-note = Notă
equipment-col-by = Înregistrat de
equipment-event-delivered = Livrat
equipment-event-moved = Mutat în alt spațiu
equipment-record-title = Înregistrați ce s-a întâmplat
equipment-field-event = Ce s-a întâmplat
equipment-field-place = Spațiul nou
equipment-field-place-hint = Doar dacă a fost mutat: un spațiu cu etichetă.
equipment-field-place-none = – alegeți –
equipment-field-on = Data
equipment-field-on-hint = Între livrare și astăzi.
equipment-field-note = Notă (opțional)
equipment-error-event = Alegeți ce s-a întâmplat.
equipment-error-on = Scrieți o dată ca 2026-12-04.
equipment-error-place = Alegeți spațiul în care a fost mutat echipamentul.
equipment-refused-too-early-on = Prea devreme: echipamentul rămâne al regiunii până pe { $date }.
equipment-refused-date-outside = Data trebuie să fie între livrare și astăzi.
equipment-refused-same-place = Echipamentul este deja în acest spațiu.
equipment-col-owner = Proprietar
