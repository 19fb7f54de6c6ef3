# Faqja e të dhënave të hapura (/{lang}/open-data) dhe shkarkimet e saj. Gjuhë e qartë.

opendata-link = Shkarkoni të dhënat
opendata-title = Të dhëna të hapura
opendata-intro = Lista e vendeve në këtë drejtori publikohet si të dhëna të hapura. Çdokush mund ta shkarkojë, ta përdorë dhe ta ndajë me të tjerët: një qytet, një shoqatë, një studiues, një faqe tjetër interneti. Të dhënat publikohen për { $region }.
opendata-count = { $count ->
    [0] Skedarët ende nuk kanë asnjë vend.
    [one] Skedarët kanë 1 vend.
   *[other] Skedarët kanë { $count } vende.
}
opendata-latest = Ndryshimi i fundit: { $date }.
opendata-licence-title = Licenca
opendata-licence-text = Të dhënat publikohen me licencën e zgjedhur nga rajoni:
opendata-licence-cite = Ju lutemi, tregoni nga vijnë të dhënat kur i përdorni. Adresat, oraret dhe numrat e telefonit ndryshojnë: shkarkojini skedarët përsëri herë pas here.
opendata-downloads-title = Shkarkimi
opendata-csv-name = Tabelë (CSV)
opendata-csv-what = Një rresht për çdo vend, me çdo informacion që publikojmë. Hapet në çdo program tabelash ose redaktues teksti. Listat, si shërbimet, ndahen me „|“.
opendata-xlsx-name = Fletë llogaritëse (Excel, XLSX)
opendata-xlsx-what = E njëjta tabelë, gati për t’u hapur në Excel ose LibreOffice, me filtra në çdo kolonë.
opendata-json-name = Të dhëna për programet (JSON)
opendata-json-what = I njëjti informacion për programuesit. Listat mbeten lista.
opendata-geojson-name = Hartë (GeoJSON)
opendata-geojson-what = Për t’i shfaqur vendet në një hartë, për shembull në QGIS ose uMap. Kur nuk e dimë adresën e saktë, pika është qendra e zonës së kodit postar ose e komunës, dhe shënohet si e përafërt.
opendata-mednum-name = Standardi kombëtar francez (CSV)
opendata-mednum-what = Formati „lieux de médiation numérique“ i hartës kombëtare franceze të ndihmës dixhitale, me një profil belg: kode postare me 4 shifra, kode belge të komunave (NIS), numra belgë të ndërmarrjeve dhe numra telefoni që fillojnë me +32.
opendata-hsds-name = Standardi ndërkombëtar Open Referral HSDS (JSON)
opendata-hsds-what = Standardi ndërkombëtar për drejtoritë e shërbimeve sociale (HSDS 3.0). Përdoreni për t’i ndarë këto vende me një drejtori tjetër ose me një mjet referimi.
opendata-api-title = Gjithmonë e përditësuar: API
opendata-api-text = Programet mund ta pyesin edhe drejtpërdrejt drejtorinë. API përshkruhet këtu:
opendata-api-link = përshkrimi i API-së (OpenAPI)
opendata-standards-title = Rreth kodeve
opendata-standards-text = Shërbimet, publiku, gjuhët, aksesueshmëria dhe çmimet shkruhen si kode të shkurtra që nuk ndryshojnë kurrë (për shembull „training“). Faqja e çdo vendi tregon se çfarë do të thonë ato në gjuhën tuaj.
