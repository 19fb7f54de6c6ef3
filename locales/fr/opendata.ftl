# La page des données ouvertes (/{lang}/open-data) et ses téléchargements. Langage simple.

opendata-link = Télécharger les données
opendata-title = Données ouvertes
opendata-intro = La liste des lieux de cet annuaire est une donnée ouverte. Tout le monde peut la télécharger, l’utiliser et la partager : une commune, une association, un chercheur, un autre site. Les données sont publiées pour la { $region }.
opendata-count = { $count ->
    [0] Les fichiers ne contiennent encore aucun lieu.
    [one] Les fichiers contiennent 1 lieu.
   *[other] Les fichiers contiennent { $count } lieux.
}
opendata-latest = Dernière modification : { $date }.
opendata-licence-title = Licence
opendata-licence-text = Les données sont publiées sous la licence choisie par la région :
opendata-licence-cite = Merci de dire d’où viennent les données quand vous les utilisez. Les adresses, les horaires et les numéros de téléphone changent : téléchargez les fichiers à nouveau de temps en temps.
opendata-downloads-title = Télécharger
opendata-csv-name = Tableau (CSV)
opendata-csv-what = Une ligne par lieu, avec toutes les informations que nous publions. S’ouvre dans n’importe quel tableur ou éditeur de texte. Les listes, comme les services, sont séparées par « | ».
opendata-xlsx-name = Tableur (Excel, XLSX)
opendata-xlsx-what = Le même tableau, prêt à ouvrir dans Excel ou LibreOffice, avec des filtres sur chaque colonne.
opendata-json-name = Données pour les programmes (JSON)
opendata-json-what = Les mêmes informations pour les programmeurs. Les listes restent des listes.
opendata-geojson-name = Carte (GeoJSON)
opendata-geojson-what = Pour montrer les lieux sur une carte, par exemple dans QGIS ou uMap. Quand nous ne connaissons pas l’adresse exacte, le point est le centre du code postal ou de la commune, et il est marqué comme approximatif.
opendata-mednum-name = Standard national français (CSV)
opendata-mednum-what = Le format « lieux de médiation numérique » de la cartographie nationale française, avec un profil belge : codes postaux à 4 chiffres, codes des communes belges (INS), numéros d’entreprise belges et numéros de téléphone en +32.
opendata-hsds-name = Standard international Open Referral HSDS (JSON)
opendata-hsds-what = Le standard international des annuaires de services sociaux (HSDS 3.0). Utilisez-le pour partager ces lieux avec un autre annuaire ou un outil d’orientation.
opendata-api-title = Toujours à jour : l’API
opendata-api-text = Les programmes peuvent aussi interroger l’annuaire directement. L’API est décrite ici :
opendata-api-link = la description de l’API (OpenAPI)
opendata-standards-title = À propos des codes
opendata-standards-text = Les services, les publics, les langues, l’accessibilité et les prix sont écrits avec des codes courts qui ne changent jamais (par exemple « training »). La page de chaque lieu dit ce qu’ils veulent dire dans votre langue.
