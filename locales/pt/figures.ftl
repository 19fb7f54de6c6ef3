# Os números do plano: páginas públicas e da área de gestão, gráficos, exportações.

figures-title = A inclusão digital em números
figures-link = Números
figures-nav = Números
figures-intro = O que fazem os espaços públicos digitais (EPN) da região, o que têm e quem os financia. Os números são totais: ninguém pode ser reconhecido neles.
figures-public-note = Só se pode escolher o ano. Com filtros mais finos, um número pequeno escondido poderia ser descoberto subtraindo uma tabela a outra.
figures-bo-title = Números
figures-bo-intro-coordination = Os números de todos os locais, para filtrar por período, comuna ou local. Aqui os números pequenos não são escondidos: não os publique tal como estão.
figures-bo-intro-manager = Os números dos seus locais, para filtrar por período ou local.
figures-activity = Atividades
figures-capacity = Capacidade e visitas
figures-cadastre = Financiamento e pessoal
figures-none-yet = Ainda não há números para este período.
figures-percent = { $value }%
figures-euros = { $amount } €
figures-hours = { $hours } h
figures-month = { $month } de { $year }
figures-hidden = oculto
figures-not-given = não indicado
figures-hidden-note = Número oculto: menos de { $threshold }, ou um número que permitiria calcular um número tão pequeno.
figures-hidden-export-note = «oculto»: menos de { $threshold }, ou um número que permitiria calcular um número tão pequeno.
figures-total = Total
figures-respondents = Número de pessoas que responderam: { $count }.
figures-source = Fonte:
figures-download-csv = { $title }: descarregar em CSV
figures-download-xlsx = { $title }: descarregar em folha de cálculo (Excel)
figures-chart-desc = Barras: { $column } por { $dimension }, { $rows ->
        [0] 0 linhas
        [one] uma linha
       *[other] { $rows } linhas
    }. Todos os números estão na tabela.
figures-filter-title = Escolher os números
figures-show = Mostrar
figures-field-year = Ano
figures-year-hint = Os números de todo o ano civil.
figures-field-from = Do mês
figures-field-to = Ao mês
figures-month-hint = Um mês escrito assim: { $example }.
figures-field-commune = Comuna
figures-field-place = Local
figures-any-commune = Todas as comunas
figures-any-place = Todos os locais
figures-all-my-places = Todos os meus locais
figures-error-year = { $field }: escolha um ano entre { $first } e { $last }.
figures-error-month = { $field }: escreva um mês assim: { $example }.
figures-error-order = { $field }: o último mês tem de vir depois do primeiro mês.
figures-error-commune = { $field }: escolha uma comuna da lista.
figures-error-place = { $field }: escolha um local da lista.
figures-scope-all = Todos os locais da região
figures-scope-commune = Os locais de { $commune }
figures-scope-place = { $place }
figures-scope-mine = Todos os seus locais
figures-scope = Período: de { $from } a { $to }. Locais: { $places }.
figures-contents = Nesta página
figures-field-group = Grupo de comunas
figures-group-hint = As comunas agrupadas como nos folhetos da Região.
figures-any-group = Todos os grupos
figures-error-group = { $field }: escolha um grupo da lista.
figures-scope-group = Os locais de { $group }
