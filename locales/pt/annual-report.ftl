# O relatório anual: a página pública e o PDF.

## Relatório
annual-title = Relatório anual { $year } — { $plan }
annual-list-title = Relatórios anuais
annual-list-intro = Todos os anos, a coordenação do { $plan } presta contas do que foi feito. Os números vêm dos dados deste sítio web, sempre atualizados.
annual-year-link = Relatório { $year }
annual-date-line = Números de { $date }
annual-contents = Índice
annual-page = Página
annual-pdf = Descarregar o relatório (PDF)
annual-plan-link = Ver o plano
annual-intro = Introdução
annual-conclusion = Conclusão
annual-annex = Anexo: o orçamento do ano
annual-axis-title = Eixo { $number }: { $name }
annual-measure-title = Medida { $number }: { $name }
annual-not-written = O texto desta parte ainda não foi escrito.
annual-no-text-in-language = Ainda não há nenhum texto deste relatório publicado nesta língua. Os números estão abaixo.
annual-preview-note = Pré-visualização: são mostrados os textos que estão a ser escritos. O relatório público só mostra os textos publicados.
annual-see-also = Números desta parte:
annual-separator = {", "}
annual-figure-source = De onde vem «{ $title }»
annual-figure-source-pdf = Fonte: { $url }
annual-no-commune = Comuna desconhecida
annual-fig-label = Espaços públicos digitais com selo, por comuna
annual-fig-funded = Projetos financiados este ano, por comuna
annual-fig-refurbished = Computadores recondicionados cedidos este ano
annual-fig-budget = Orçamento do ano, por eixo
annual-dim-commune = Comuna
annual-dim-axis = Eixo
annual-col-labelled = Com selo hoje
annual-col-granted-in-year = Selo atribuído este ano
annual-col-projects = Projetos
annual-col-amount = Montante
annual-col-planned = Previsto
annual-col-actual = Gasto

## Outros números do ano
annual-fig-label-decisions = Decisões sobre o selo este ano
annual-dim-decision = Decisão
annual-col-decisions = Decisões
annual-dim-what = O quê
annual-col-number = Número
annual-sessions-held = Sessões realizadas
annual-sessions-cancelled = Sessões anuladas
annual-sessions-seats = Lugares oferecidos
annual-sessions-booked = Lugares reservados
annual-fig-orders = Equipamento encomendado pelos EPN com selo este ano
annual-col-orders = Encomendas
annual-fig-budget-sources = Orçamento do ano, por fonte de financiamento
annual-dim-source = Fonte de financiamento
annual-fig-budget-measures = Despesas do ano, por medida
annual-dim-measure = Medida
annual-col-plan-spent = Gasto das fontes do plano
annual-col-other-spent = Gasto de outras fontes
annual-axis-whole = { $axis }: para todo o eixo
