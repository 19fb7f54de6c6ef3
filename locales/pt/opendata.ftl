# A página de dados abertos (/{lang}/open-data) e os seus ficheiros. Linguagem clara.

opendata-link = Descarregar os dados
opendata-title = Dados abertos
opendata-intro = A lista dos locais deste diretório é um conjunto de dados abertos. Qualquer pessoa a pode descarregar, usar e partilhar: uma cidade, uma associação, um investigador, outro sítio web. Os dados são publicados para a { $region }.
opendata-count = { $count ->
    [0] Os ficheiros ainda não têm nenhum local.
    [one] Os ficheiros têm 1 local.
   *[other] Os ficheiros têm { $count } locais.
}
opendata-latest = Última alteração: { $date }.
opendata-licence-title = Licença
opendata-licence-text = Os dados são publicados com a licença escolhida pela região:
opendata-licence-cite = Quando usar os dados, diga de onde vêm, por favor. As moradas, os horários e os números de telefone mudam: descarregue de novo os ficheiros de vez em quando.
opendata-downloads-title = Descarregar
opendata-csv-name = Tabela (CSV)
opendata-csv-what = Uma linha por local, com todas as informações que publicamos. Abre-se em qualquer programa de folhas de cálculo ou editor de texto. As listas, como os serviços, são separadas por «|».
opendata-xlsx-name = Folha de cálculo (Excel, XLSX)
opendata-xlsx-what = A mesma tabela, pronta a abrir no Excel ou no LibreOffice, com filtros em todas as colunas.
opendata-json-name = Dados para programas (JSON)
opendata-json-what = As mesmas informações para programadores. As listas continuam a ser listas.
opendata-geojson-name = Mapa (GeoJSON)
opendata-geojson-what = Para mostrar os locais num mapa, por exemplo no QGIS ou no uMap. Quando não sabemos a morada exata, o ponto é o centro da zona do código postal ou da comuna, e está marcado como aproximado.
opendata-mednum-name = Norma nacional francesa (CSV)
opendata-mednum-what = O formato «lieux de médiation numérique» do mapa nacional francês da ajuda digital, com um perfil belga: códigos postais de 4 algarismos, códigos das comunas belgas (NIS), números de empresa belgas e números de telefone que começam por +32.
opendata-hsds-name = Norma internacional Open Referral HSDS (JSON)
opendata-hsds-what = A norma internacional para diretórios de serviços sociais (HSDS 3.0). Use-a para partilhar estes locais com outro diretório ou com uma ferramenta de encaminhamento.
opendata-api-title = Sempre atualizado: a API
opendata-api-text = Os programas também podem consultar o diretório diretamente. A API está descrita aqui:
opendata-api-link = a descrição da API (OpenAPI)
opendata-standards-title = Sobre os códigos
opendata-standards-text = Os serviços, os públicos, as línguas, a acessibilidade e os preços estão escritos em códigos curtos que nunca mudam (por exemplo, «training»). A página de cada local mostra o que querem dizer na sua língua.
