# Strona otwartych danych (/{lang}/open-data) i pliki do pobrania. Prosty język.

opendata-link = Pobierz dane
opendata-title = Otwarte dane
opendata-intro = Lista miejsc z tego katalogu to otwarte dane. Każdy może je pobrać, używać i udostępniać: miasto, stowarzyszenie, naukowiec, inna strona internetowa. Dane są publikowane dla tego regionu: { $region }.
opendata-count = { $count ->
    [0] W plikach nie ma jeszcze żadnego miejsca.
    [one] W plikach jest 1 miejsce.
    [few] W plikach są { $count } miejsca.
    [many] W plikach jest { $count } miejsc.
   *[other] W plikach jest { $count } miejsca.
}
opendata-latest = Ostatnia zmiana: { $date }.
opendata-licence-title = Licencja
opendata-licence-text = Dane są publikowane na licencji wybranej przez region:
opendata-licence-cite = Kiedy używasz danych, podaj, skąd pochodzą. Adresy, godziny otwarcia i numery telefonów się zmieniają: co jakiś czas pobierz pliki jeszcze raz.
opendata-downloads-title = Pobierz
opendata-csv-name = Tabela (CSV)
opendata-csv-what = Jeden wiersz na miejsce, ze wszystkimi informacjami, które publikujemy. Otwiera się w każdym arkuszu kalkulacyjnym albo edytorze tekstu. Listy, na przykład usługi, są oddzielone znakiem „|”.
opendata-xlsx-name = Arkusz kalkulacyjny (Excel, XLSX)
opendata-xlsx-what = Ta sama tabela, gotowa do otwarcia w Excelu albo LibreOffice, z filtrami w każdej kolumnie.
opendata-json-name = Dane dla programów (JSON)
opendata-json-what = Te same informacje dla programistów. Listy pozostają listami.
opendata-geojson-name = Mapa (GeoJSON)
opendata-geojson-what = Do pokazania miejsc na mapie, na przykład w QGIS albo uMap. Kiedy nie znamy dokładnego adresu, punkt jest w środku obszaru kodu pocztowego albo gminy i jest oznaczony jako przybliżony.
opendata-mednum-name = Francuski standard krajowy (CSV)
opendata-mednum-what = Format „lieux de médiation numérique” francuskiej krajowej mapy pomocy cyfrowej, z profilem belgijskim: 4-cyfrowe kody pocztowe, belgijskie kody gmin (NIS), belgijskie numery firm i numery telefonów zaczynające się od +32.
opendata-hsds-name = Międzynarodowy standard Open Referral HSDS (JSON)
opendata-hsds-what = Międzynarodowy standard katalogów usług społecznych (HSDS 3.0). Użyj go, żeby udostępnić te miejsca innemu katalogowi albo narzędziu do kierowania osób.
opendata-api-title = Zawsze aktualne: API
opendata-api-text = Programy mogą też pytać katalog bezpośrednio. API jest opisane tutaj:
opendata-api-link = opis API (OpenAPI)
opendata-standards-title = O kodach
opendata-standards-text = Usługi, odbiorcy, języki, dostępność i ceny są zapisane jako krótkie kody, które nigdy się nie zmieniają (na przykład „training”). Na stronie każdego miejsca widać, co znaczą w twoim języku.
