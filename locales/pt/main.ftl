# Textos da interface do Passerelle (português europeu). Linguagem clara: frases curtas, palavras do dia a dia.

site-name = Ajuda digital perto de si
skip-to-content = Ir para o conteúdo
languages = Línguas
footer-text = Um serviço público gratuito da região. Os espaços públicos digitais ajudam toda a gente a usar computadores e a internet.
all-communes = Todas as comunas
back-home = Voltar à página inicial
breadcrumb = Está aqui

## Home
home-title = Encontre ajuda digital perto de si
search-label = Onde mora?
search-hint = Escreva o seu código postal, a sua comuna ou o nome de um local. Exemplo: 1080
near-me = Usar a minha localização
near-me-wait = À procura da sua localização…
near-me-error = Não conseguimos obter a sua localização. Escreva antes o seu código postal.
search-button = Procurar
home-what-title = O que é um espaço público digital (EPN)?
home-what-epn = Um espaço público digital (EPN) é um local onde pode usar um computador e a internet. Está lá uma pessoa para o ajudar.
home-free = A ajuda é gratuita ou muito barata. Pode aprender a usar um telemóvel, um computador ou formulários na internet.
home-call = Não precisa de marcação em todo o lado. Se tiver dúvidas, ligue primeiro para o local.

## Results
results-title-all = Todos os locais
results-title-near = Ajuda digital perto de { $place }
results-title-position = Ajuda digital perto da sua localização
results-title-text = Locais para «{ $text }»
results-count = { $count ->
    [0] Nenhum local
    [one] 1 local
   *[other] { $count } locais
}
results-none = Não encontrámos nenhum local. Verifique a ortografia, experimente o seu código postal ou retire um filtro.
results-none-communes = Ver a lista das comunas
search-error-title = Não conseguimos perceber esta pesquisa
search-error-text = Há algo errado no endereço desta página. Escreva de novo a sua pesquisa, por favor.
filters-title = Filtros
filters-only = Mostrar só
filters-apply = Ver os resultados
filter-any = Todos
filter-service = Serviço
filter-public = Para quem
filter-language = Língua falada
filter-open_now = Aberto agora
filter-free = Gratuito
filter-wheelchair = Acesso em cadeira de rodas
filter-labelled = Espaços públicos digitais com selo
pagination = Páginas
page-previous = Página anterior
page-next = Página seguinte
page-of = Página { $page } de { $pages }
distance-km = a { $km } km
distance-km-approximate = a cerca de { $km } km
mobile-place = Móvel: vem até si

## Opening hours
open-now = Aberto agora
open-until = Aberto agora, até às { $time }
opens-today = Fechado agora. Abre hoje às { $time }
opens-tomorrow = Fechado agora. Abre amanhã às { $time }
opens-on = Fechado agora. Abre { $day } às { $time }
closed-this-week = Fechado esta semana
hours-unknown = Horário desconhecido: ligue primeiro
hours-unreadable = Não conseguimos ler o horário: ligue antes de ir
hours-mobile = Móvel: ligue para saber onde e quando
hours-as-written = Horário tal como está escrito:
hours-title = Horário
hours-table-caption = Horário dos próximos 7 dias
hours-on-request = com marcação ou a confirmar
today = hoje
closed = Fechado
weekday-mon = segunda-feira
weekday-tue = terça-feira
weekday-wed = quarta-feira
weekday-thu = quinta-feira
weekday-fri = sexta-feira
weekday-sat = sábado
weekday-sun = domingo

## Place page
run-by = Gerido por
kind-epn = Espaço público digital (EPN)
kind-project = Projeto de inclusão digital
kind-other = Ajuda digital
badge-labelled = Espaço público digital com selo
how-to-come = Onde fica
mobile-explained = Este é um serviço móvel. Desloca-se até às pessoas. Ligue para saber onde vai estar.
address-unknown = Morada ainda desconhecida
location-approximate = Não sabemos a morada exata: as distâncias são medidas a partir do centro da comuna.
contact-title = Como contactar
contact-unknown = Ainda não temos número de telefone nem e-mail para este local.
phone = Telefone:
email = E-mail:
website = Sítio web:
services = Serviços
publics = Para quem
languages-spoken = Línguas faladas
accessibility = Acessibilidade
price = Preço
equipment = Equipamento
computers-count = { $count ->
    [0] 0 computadores
    [one] 1 computador
   *[other] { $count } computadores
}
tablets-count = { $count ->
    [0] 0 tablets
    [one] 1 tablet
   *[other] { $count } tablets
}
last-update = Última atualização:

## Communes
communes-title = Comunas
postcodes = Códigos postais:
commune-empty = Ainda não conhecemos nenhum local nesta comuna. Procure perto do seu código postal para ver locais próximos.
commune-search-near = Ver locais próximos, também noutras comunas

## Errors
not-found-title = Página não encontrada
not-found-text = Esta página não existe ou mudou de lugar.
unauthorized-title = Inicie sessão para ver esta página
unauthorized-text = Esta página faz parte da área de gestão. Inicie sessão com a sua conta e depois abra-a de novo.
server-error-title = Algo correu mal
server-error-text = Não foi possível mostrar a página. A culpa não é sua. Tente de novo daqui a pouco.
server-error-reference = Se voltar a acontecer, dê este código à coordenação:

## Dates
date-long = { $day } de { $month } de { $year }
month-1 = janeiro
month-2 = fevereiro
month-3 = março
month-4 = abril
month-5 = maio
month-6 = junho
month-7 = julho
month-8 = agosto
month-9 = setembro
month-10 = outubro
month-11 = novembro
month-12 = dezembro

## Translations
translation-not-reviewed = Esta tradução ainda não foi revista por um falante nativo de português. Pode conter erros.
languages-more = Outras línguas
