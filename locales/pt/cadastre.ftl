# Cadastro do financiamento: por EPN com selo e por ano, recursos por financiador e custos.

cadastre-nav = Cadastro do financiamento
cadastre-title = Cadastro do financiamento dos EPN com selo
cadastre-intro-manager = Para cada um dos seus locais com selo, indique por ano quem o financia e quanto custa. A coordenação usa estes números para avaliar o plano.
cadastre-intro-coordination = Os registos dos EPN com selo para um ano, com os totais. São os responsáveis de EPN que os introduzem e corrigem.
cadastre-no-labelled-place = Nenhum dos seus locais tem selo: o cadastro é para os EPN com selo.
cadastre-years = Outros anos
cadastre-year-link = Ano { $year }
cadastre-year-title = Ano { $year }
cadastre-respondents = { $count ->
    [0] 0 respondentes.
    [one] Um respondente.
   *[other] { $count } respondentes.
}
cadastre-region-share = Parte da Região nos recursos:
cadastre-no-share = nenhum recurso
cadastre-none = Ainda não há registos para este ano.
cadastre-entries-caption = Registos de { $year } por local
cadastre-funders-caption = Recursos de { $year } por financiador
cadastre-place = Local
cadastre-funder = Financiador
cadastre-received = Recebido pelo EPN
cadastre-mobilised = Mobilizado pela estrutura de acolhimento
cadastre-region-share-column = Parte da Região
cadastre-share-column = Parte de todos os recursos
cadastre-costs = Custos
cadastre-total = Total
cadastre-place-title = Cadastro do financiamento: { $place }
cadastre-saved = O ano { $year } foi guardado.
cadastre-no-entry = Ainda não há registo.
cadastre-history-caption = Registos por ano
cadastre-correct = Corrigir
cadastre-form-title = Introduzir ou corrigir um ano
cadastre-form-intro = Montantes em euros, com vírgula ou ponto para os cêntimos. Deixe em branco o que não se aplica. Se guardar um ano que já tem registo, este é substituído.
cadastre-resources = Recursos por financiador
cadastre-euros-hint = Em euros, por exemplo 12 500,50
cadastre-year-hint = Quatro algarismos, por exemplo 2025
cadastre-field-year = Ano
cadastre-field-received = Recebido pelo EPN (€)
cadastre-field-host = Mobilizado pela estrutura de acolhimento (€)
cadastre-field-cost_epn_staff = Pessoal do EPN (€)
cadastre-field-cost_host_staff = Pessoal da estrutura de acolhimento que trabalha para o EPN (€)
cadastre-field-cost_running = Custos de funcionamento (€)
cadastre-save = Guardar o ano
cadastre-error-year = { $field }: indique um ano com quatro algarismos, de 2015 até este ano.
cadastre-error-amount = { $field }: indique um montante em euros, como 12500,50 (sem sinal de menos, no máximo duas casas decimais).
cadastre-error-too-large = { $field }: o montante tem de ser inferior a 10 milhões de euros.
cadastre-head-count = Pessoal (pessoas)
cadastre-staff = Pessoal
cadastre-staff-intro = Quantas pessoas trabalham para o EPN, por contrato, função e tempo de trabalho. Deixe em branco o que não se aplica.
cadastre-contract-permanent = Contrato sem termo
cadastre-contract-fixed-term = Contrato a termo
cadastre-contract-subsidised = Emprego subsidiado (artigo 60, ACS…)
cadastre-contract-volunteer = Voluntários
cadastre-role-animator-full = Animadores, tempo inteiro
cadastre-role-animator-part = Animadores, tempo parcial
cadastre-role-coordinator-full = Coordenadores, tempo inteiro
cadastre-role-coordinator-part = Coordenadores, tempo parcial
cadastre-role-other-full = Outras funções, tempo inteiro
cadastre-role-other-part = Outras funções, tempo parcial
cadastre-error-head-count = { $field }: indique um número de pessoas de 0 a 200.
