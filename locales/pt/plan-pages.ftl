## As páginas públicas do plano: o plano, um eixo, uma medida, os trimestres.
plan-pages-intro = O plano regional de inclusão digital, de { $first } a { $last }. Tem { $axes } eixos e { $measures } medidas. Para cada medida, vê o que tem de ser feito, até quando e em que ponto está.
plan-pages-approved = Aprovado pelo comité de pilotagem em { $date } (versão { $number }).
plan-pages-not-approved = O comité de pilotagem ainda não aprovou nenhuma versão do plano.
plan-pages-changes-since = { $count ->
    [0] Desde então, 0 elementos do plano mudaram.
    [one] Desde então, 1 elemento do plano mudou.
   *[other] Desde então, { $count } elementos do plano mudaram.
}
plan-pages-no-changes-since = Nada mudou desde então.
plan-pages-quarters-link = Os entregáveis trimestre a trimestre
plan-pages-budget-link = O orçamento do plano
plan-pages-csv-link = Descarregar todos os entregáveis (ficheiro CSV)
plan-pages-axes-title = Os eixos e as suas medidas
plan-pages-axis-name = Eixo { $number }: { $name }
plan-pages-deliverables-count = { $count ->
    [0] Ainda nenhum entregável.
    [one] 1 entregável —
   *[other] { $count } entregáveis —
}
plan-pages-status-count = { $status }: { $count }
plan-pages-overdue = Fora do prazo
plan-pages-overdue-count = Fora do prazo: { $count }
plan-pages-owner = Responsável: { $name }
plan-pages-due = Prazo: { $quarter }
plan-pages-no-deliverables = Ainda nenhum entregável.
plan-pages-deliverables-title = Os entregáveis
plan-pages-measures-title = As medidas
plan-pages-budget-title = O orçamento
plan-pages-all-plan = Todo o plano
plan-pages-field-year = Ano
plan-pages-all-years = Todos os anos
plan-pages-show = Mostrar
plan-pages-axis-label = Eixo
plan-pages-owners = Conduzido por
plan-pages-partners = Parceiros
plan-pages-publics = Para quem
plan-pages-nobody = Ainda ninguém
plan-pages-actions-title = As ações
plan-pages-no-actions = Nenhuma ação detalhada.
plan-pages-evidence-title = As provas no Passerelle
plan-pages-evidence-intro = Estas páginas do Passerelle mostram o trabalho feito para esta medida.
plan-pages-no-evidence = O Passerelle ainda não tem nenhuma página pública para esta medida.
plan-pages-area-label = O selo dos espaços públicos digitais (EPN)
plan-pages-area-label-list = A lista dos EPN com selo
plan-pages-label-count = { $count ->
    [0] Ainda nenhum EPN tem selo.
    [one] Hoje, 1 EPN tem selo.
   *[other] Hoje, { $count } EPN têm selo.
}
plan-pages-area-survey = Os resultados do inquérito aos visitantes ({ $edition })
plan-pages-area-figures = Os números das visitas e da atividade
plan-pages-area-sessions = Oficinas e cursos
plan-pages-area-directory = Encontrar ajuda digital perto de si
plan-pages-area-diagnostic = A avaliação para saber que ajuda é a certa para si
plan-pages-quarters-title = Os entregáveis trimestre a trimestre
plan-pages-quarters-intro = Para cada trimestre do plano: o que tem de ser entregue e em que ponto está. «Fora do prazo» quer dizer que o trimestre já acabou e o entregável não está concluído.
plan-pages-quarter-count = { $count ->
    [0] 0 entregáveis
    [one] 1 entregável
   *[other] { $count } entregáveis
}
plan-pages-quarter-empty = Nada previsto para este trimestre.
plan-pages-current-quarter = este trimestre
plan-pages-opendata-title = O plano e os seus entregáveis
plan-pages-opendata-text = Os eixos e as medidas do plano, com o que tem de ser entregue e em que ponto está, também em ficheiro CSV:
plan-pages-opendata-link = A página do plano
plan-pages-budget-plan-link = As medidas do plano e os seus entregáveis
