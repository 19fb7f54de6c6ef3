# O orçamento do plano: área de gestão (tabelas, verificações, livro de registos, introdução, importação) e página pública.
budget-nav-link = Orçamento
budget-nav = Páginas do orçamento
budget-title = Orçamento do plano
budget-intro = O orçamento do { $plan }, calculado a partir das linhas do livro de registos: o que foi previsto, o que foi gasto, e cada total declarado que não corresponde às suas linhas.
budget-tables-link = Tabelas e verificações
budget-ledger-link = Livro de registos
budget-new-row-link = Introduzir uma linha
budget-import-link = Importar uma folha de cálculo
budget-public-link = Página pública
budget-show = Mostrar
budget-year-title = Ano { $year }
budget-planned-title = Orçamento previsto
budget-actual-title = Despesa realizada
budget-measures-title = Por medida e ação
budget-downloads-title = Ficheiros para descarregar
budget-download-ledger-csv = Linhas do livro de registos de { $year } (CSV)
budget-download-rows-csv = Estas linhas (CSV)
budget-download-xlsx = Tabelas de { $year } no formato do relatório (XLSX)
budget-download-datapackage = Dados abertos: o orçamento como Data Package (ZIP de ficheiros CSV)
budget-planned-caption = Orçamento previsto { $year } por eixo e fonte de financiamento, em euros
budget-actual-caption = Despesa realizada { $year } das fontes do plano por eixo, em euros
budget-variance-caption = Previsto e realizado { $year } por eixo e fonte, com a diferença e a sua percentagem, em euros
budget-other-caption = Despesa realizada { $year } do outro orçamento do centro informático por eixo, em euros
budget-measures-caption = Orçamento { $year } por medida e ação, em euros
budget-axis = Eixo
budget-source = Fonte
budget-measure = Medida
budget-total = Total
budget-axis-total = Total do eixo
budget-planned = Previsto
budget-actual = Realizado
budget-actual-plan = Gasto (plano)
budget-actual-other = Gasto (outro orçamento)
budget-difference = Diferença
budget-share = Percentagem
budget-no-share = não calculada (nada previsto)
budget-measure-name = Medida { $number } – { $name }
budget-axis-other-lines = { $axis }: linhas sem medida
budget-line-unspecified = Sem ação
budget-sources-all = todas as fontes
budget-sources-plan = as fontes do plano
budget-sources-other = o outro orçamento
budget-checks-title = Verificações de coerência
budget-checks-none = Cada total declarado é igual à soma das suas linhas.
budget-checks-count = { $count ->
    [0] 0 totais declarados são diferentes da soma das suas linhas.
    [one] Um total declarado é diferente da soma das suas linhas.
   *[other] { $count } totais declarados são diferentes da soma das suas linhas.
}
budget-checks-caption = Totais declarados { $year } que são diferentes das suas linhas, em euros
budget-check-where = Total declarado
budget-check-declared = Declarado
budget-check-computed = Soma das linhas
budget-phase-budget = Orçamento
budget-phase-revised = Orçamento revisto
budget-phase-commitment = Compromisso
budget-phase-actual = Realizado
budget-field-year = Ano
budget-field-phase = Fase
budget-field-source = Fonte de financiamento
budget-field-axis = Eixo
budget-field-measure = Medida
budget-field-action = Ação
budget-field-date = Data
budget-field-supplier = Fornecedor
budget-field-invoice = Referência da fatura
budget-field-label = Descrição
budget-field-amount = Montante com IVA (euros)
budget-field-note = Nota
budget-field-reason = Motivo
budget-problem-missing = { $field }: é obrigatório.
budget-problem-unknown = { $field }: «{ $value }» não é um dos do plano. Escolha um da lista.
budget-problem-not-under = { $field }: não faz parte do eixo ou da medida escolhidos. Escolha um que esteja dentro deles, ou deixe vazio.
budget-problem-year-outside = { $field }: indique um ano do plano, de { $first } a { $last }.
budget-problem-not-a-year = { $field }: indique um ano com quatro algarismos, de { $first } a { $last }.
budget-problem-date-outside = { $field }: a data tem de ser no ano da linha.
budget-problem-not-a-date = { $field }: indique uma data como dia/mês/ano, por exemplo 15/03/2021.
budget-problem-amount-missing = { $field }: indique um montante em euros, por exemplo 1 250,50.
budget-problem-amount-not-an-amount = { $field }: escreva um montante em euros com algarismos, por exemplo 1 250,50.
budget-problem-amount-decimals = { $field }: no máximo duas casas decimais (cêntimos), por exemplo 42 320,96.
budget-problem-amount-ambiguous = { $field }: são milhares ou três casas decimais? Escreva 1 234,00 para mil duzentos e trinta e quatro euros, ou indique no máximo duas casas decimais.
budget-problem-amount-negative = { $field }: um montante negativo só é possível num orçamento revisto. Para corrigir uma linha, estorne-a.
budget-problem-amount-too-large = { $field }: o montante é demasiado grande (tem de ser inferior a mil milhões de euros).
budget-problem-too-long = { $field }: no máximo { $max } caracteres.
budget-ledger-title = Livro de registos do orçamento
budget-ledger-intro = Uma linha por movimento de dinheiro. Uma linha nunca é alterada: um erro é estornado com uma nova linha, com um motivo.
budget-ledger-caption = { $count ->
    [0] 0 linhas do livro de registos, as mais recentes primeiro
    [one] Uma linha do livro de registos, as mais recentes primeiro
   *[other] { $count } linhas do livro de registos, as mais recentes primeiro
}
budget-ledger-empty = Nenhuma linha corresponde a estes filtros.
budget-filters-title = Filtrar as linhas
budget-filter = Filtrar
budget-filter-any = Todos
budget-where = Eixo, medida, ação
budget-amount-euros = Montante (€)
budget-row-is-reversal = (estorno)
budget-row-is-reversed = (estornada)
budget-row-title = Linha do livro de registos: { $label }
budget-row-number = Linha { $id }
budget-row-saved = A linha foi guardada no livro de registos.
budget-row-reversal-saved = O estorno foi guardado: esta nova linha anula a original.
budget-none = —
budget-none-choice = (nenhum)
budget-origin = Introduzida por
budget-origin-form = formulário
budget-origin-import = importação de folha de cálculo
budget-origin-demo = dados de demonstração
budget-created = Introduzida a
budget-reverses = Estorna
budget-reversed-by = Estornada por
budget-reverse-title = Estornar esta linha
budget-reverse-intro = Uma linha nunca é alterada. Estorná-la acrescenta uma nova linha com o montante oposto, com o seu motivo; as duas ficam no livro de registos.
budget-reverse-reason-hint = Porque é que esta linha é estornada? Por exemplo: introduzida duas vezes, medida errada.
budget-reverse-button = Estornar a linha
budget-reverse-refused-title = Esta linha não pode ser estornada
budget-reverse-refused-text = Já foi estornada, ou é ela própria um estorno.
budget-back-to-row = Voltar à linha
budget-new-row-title = Introduzir uma linha no livro de registos
budget-new-row-intro = Os campos com lista usam os eixos, as medidas e as ações do plano. O eixo pode ficar vazio quando se escolhe uma medida.
budget-phase-hint = O orçamento e o orçamento revisto preveem o dinheiro; o compromisso e o realizado gastam-no.
budget-axis-hint = Deixe vazio para usar o eixo da medida.
budget-measure-hint = Opcional; escolha-a para contar a linha numa medida.
budget-action-hint = Opcional; uma ação da medida escolhida.
budget-date-hint = Opcional; no ano da linha.
budget-label-hint = Para que é o dinheiro, tal como vai aparecer nas tabelas.
budget-amount-hint = Em euros com IVA, por exemplo 42 320,96 ou 42320.96. Negativo só num orçamento revisto.
budget-reason-hint = Obrigatório num orçamento revisto: porque é que o orçamento muda.
budget-save-row = Guardar a linha
budget-overspend-title = Esta linha ultrapassa o seu orçamento
budget-overspend-text = Faz esta rubrica ultrapassar o seu orçamento: { $where }.
budget-overspend-budget = Orçamento da rubrica:
budget-overspend-after = Com esta linha:
budget-overspend-beyond = Ultrapassa o orçamento em:
budget-overspend-choice = Guarde-a mesmo assim se estiver certa, ou altere a linha e verifique-a de novo.
budget-overspend-confirm = Guardar mesmo assim
budget-check-again = Verificar de novo
budget-public-title = Orçamento do plano
budget-public-intro = O orçamento do { $plan }: o que está previsto por eixo, fonte de financiamento e medida.
budget-actuals-not-public = A despesa realizada não é publicada para este plano.
budget-summary-planned = Orçamento previsto { $year }
budget-summary-spent = Gasto em { $year }
budget-summary-link = Todo o orçamento do plano
budget-import-title = Importar linhas do livro de registos a partir de uma folha de cálculo
budget-import-intro = Um ficheiro CSV ou XLSX com uma linha por movimento de dinheiro e uma linha de cabeçalho. Nada é escrito antes de ter visto todos os problemas.
budget-import-step-upload = Envie o ficheiro.
budget-import-step-map = Diga que coluna dá cada campo (deduzido a partir dos cabeçalhos).
budget-import-step-preview = Veja cada linha errada com o seu número e depois não importe nada ou importe só as linhas corretas.
budget-import-file = Folha de cálculo (CSV ou XLSX)
budget-import-file-hint = No máximo { $mb } MB; a primeira linha dá os nomes das colunas.
budget-import-send = Enviar e associar as colunas
budget-import-no-file = Folha de cálculo: escolha um ficheiro CSV ou XLSX.
budget-import-too-large = Folha de cálculo: o ficheiro tem mais de { $mb } MB.
budget-import-empty = Folha de cálculo: o ficheiro não tem linha de cabeçalho ou não tem nenhuma linha por baixo.
budget-import-not-utf8 = Folha de cálculo: o ficheiro CSV não está em UTF-8. Guarde-o como «CSV UTF-8» e envie-o de novo.
budget-import-csv-line = Folha de cálculo: não é possível ler a linha { $line } (umas aspas por fechar?).
budget-import-not-workbook = Folha de cálculo: o ficheiro não é um livro que se possa abrir. Guarde-o como XLSX ou CSV.
budget-import-too-many = Folha de cálculo: no máximo { $max } linhas num ficheiro.
budget-import-unknown-column = { $field }: o ficheiro não tem nenhuma coluna «{ $column }».
budget-import-gone-title = Esta importação já não está disponível
budget-import-gone-text = O ficheiro é guardado durante uma hora, para a pessoa que o enviou. Envie-o de novo.
budget-import-again = Importar um ficheiro
budget-import-map-title = Que coluna dá cada campo?
budget-import-map-intro = O ficheiro { $file } tem { $columns } colunas. As escolhas abaixo foram deduzidas a partir dos cabeçalhos: verifique-as.
budget-import-not-in-file = (não está no ficheiro)
budget-import-columns = Colunas do ficheiro
budget-import-columns-hint = Um campo sem coluna fica vazio em todas as linhas.
budget-import-fixed = Um valor para todas as linhas
budget-import-fixed-hint = Quando o ficheiro não tem coluna para o ano, a fase ou a fonte, escolha-os aqui.
budget-import-check = Verificar as linhas
budget-import-preview-title = Verificar antes de importar
budget-import-counts = { $good ->
    [0] 0 linhas corretas
    [one] Uma linha correta
   *[other] { $good } linhas corretas
}, { $bad ->
    [0] nenhuma linha errada.
    [one] uma linha errada.
   *[other] { $bad } linhas erradas.
}
budget-import-problems-caption = { $count ->
    [0] 0 problemas, por linha do ficheiro
    [one] Um problema, por linha do ficheiro
   *[other] { $count } problemas, por linha do ficheiro
}
budget-import-line = Linha
budget-import-field = Campo
budget-import-problem = Problema
budget-import-good-caption = As primeiras { $count } das { $total } linhas corretas
budget-import-choice = O que fazer
budget-import-all = Importar as { $count } linhas
budget-import-good-only = Importar só as { $count } linhas corretas
budget-import-nothing = Não importar nada: corrigir o ficheiro e enviá-lo de novo
budget-import-done = { $count ->
    [0] 0 linhas importadas.
    [one] Uma linha importada.
   *[other] { $count } linhas importadas.
}
budget-opendata-title = O orçamento do plano
budget-opendata-text = O orçamento do plano — previsto e, quando a região o publica, gasto — também é um conjunto de dados abertos: as suas tabelas, uma folha de cálculo e um Data Package.
budget-opendata-link = A página do orçamento
