# La página de datos abiertos (/{lang}/open-data) y sus descargas. Lenguaje claro.

opendata-link = Descargar los datos
opendata-title = Datos abiertos
opendata-intro = La lista de lugares de este directorio es un dato abierto. Cualquiera puede descargarla, usarla y compartirla: un ayuntamiento, una asociación, un investigador, otro sitio web. Los datos se publican para la { $region }.
opendata-count = { $count ->
    [0] Los archivos todavía no contienen ningún lugar.
    [one] Los archivos contienen 1 lugar.
   *[other] Los archivos contienen { $count } lugares.
}
opendata-latest = Último cambio: { $date }.
opendata-licence-title = Licencia
opendata-licence-text = Los datos se publican con la licencia elegida por la región:
opendata-licence-cite = Cuando use los datos, diga de dónde vienen, por favor. Las direcciones, los horarios y los números de teléfono cambian: descargue los archivos de nuevo de vez en cuando.
opendata-downloads-title = Descargar
opendata-csv-name = Tabla (CSV)
opendata-csv-what = Una línea por lugar, con toda la información que publicamos. Se abre con cualquier programa de hojas de cálculo o editor de texto. Las listas, como los servicios, van separadas por «|».
opendata-xlsx-name = Hoja de cálculo (Excel, XLSX)
opendata-xlsx-what = La misma tabla, lista para abrir en Excel o LibreOffice, con filtros en cada columna.
opendata-json-name = Datos para programas (JSON)
opendata-json-what = La misma información para programadores. Las listas siguen siendo listas.
opendata-geojson-name = Mapa (GeoJSON)
opendata-geojson-what = Para mostrar los lugares en un mapa, por ejemplo en QGIS o uMap. Cuando no conocemos la dirección exacta, el punto es el centro del código postal o del municipio, y se marca como aproximado.
opendata-mednum-name = Estándar nacional francés (CSV)
opendata-mednum-what = El formato «lieux de médiation numérique» del mapa nacional francés de la ayuda digital, con un perfil belga: códigos postales de 4 cifras, códigos de municipios belgas (NIS), números de empresa belgas y números de teléfono que empiezan por +32.
opendata-hsds-name = Estándar internacional Open Referral HSDS (JSON)
opendata-hsds-what = El estándar internacional para directorios de servicios sociales (HSDS 3.0). Úselo para compartir estos lugares con otro directorio o con una herramienta de derivación.
opendata-api-title = Siempre al día: la API
opendata-api-text = Los programas también pueden consultar el directorio directamente. La API se describe aquí:
opendata-api-link = la descripción de la API (OpenAPI)
opendata-standards-title = Sobre los códigos
opendata-standards-text = Los servicios, los públicos, los idiomas, la accesibilidad y los precios se escriben con códigos cortos que nunca cambian (por ejemplo «training»). La página de cada lugar muestra lo que quieren decir en su idioma.
