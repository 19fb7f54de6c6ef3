funded-title = Projetos financiados pelos concursos de projetos
funded-call-title = Projetos financiados: { $call }
funded-intro = Os projetos selecionados por um concurso de projetos, por comuna, com o montante que cada um recebeu.
funded-field-call = Concurso de projetos
funded-all-calls = Todos os concursos
funded-show = Mostrar
funded-call-by = Financiado por { $funder }, gerido por { $operator }.
funded-envelope = A dotação do concurso:
funded-call-link = Ver o concurso e o seu regulamento
funded-summary = { $count ->
    [0] 0 projetos financiados, num total de
    [one] 1 projeto financiado, num total de
   *[other] { $count } projetos financiados, num total de
}
funded-declared-total = O relatório declara um total de
funded-declared-differs = Os montantes da lista dão uma diferença de
funded-declared-kept = Os montantes são mostrados tal como o relatório os dá, sem correção.
funded-declared-same = Os montantes da lista somam esse total.
funded-declared-projects = O relatório declara { $count } projetos.
funded-date-note = O relatório não indica a data da decisão: é usada a data { $date }.
funded-none = Nenhum projeto financiado para mostrar.
funded-no-commune = Comuna não indicada
funded-commune-summary = { $count ->
    [0] 0 projetos,
    [one] 1 projeto,
   *[other] { $count } projetos,
}
funded-col-reference = Número
funded-col-project = Projeto
funded-col-organisation = Organização
funded-col-call = Concurso
funded-col-amount = Montante (€)
funded-downloads-title = Descarregar estes dados
funded-downloads-text = No formato aberto 360Giving, que os financiadores usam para publicar os seus subsídios.
funded-download-360giving-json = 360Giving, ficheiro JSON
funded-download-360giving-csv = 360Giving, tabela CSV
opendata-grants-title = Subsídios atribuídos (360Giving)
opendata-grants-text = Os projetos financiados pelos concursos de projetos, no formato aberto 360Giving.
opendata-grants-link = Ver os projetos financiados
