# O selo EPN: páginas públicas, critérios explicados, formulário de candidatura, procedimento, e-mails (português).

bo-label = Selo EPN

## Criteria: names and explanations (with the figures)

label-criterion-computers = Computadores
label-criterion-opening-hours = Horário de abertura
label-criterion-training-hours = Formação
label-criterion-free-access-hours = Acesso livre com um animador
label-criterion-open-to-all-adults = Aberto a todos os adultos
label-criterion-price = Preço das atividades básicas
label-criterion-charter = Carta
label-criterion-computers-pass = { $actual ->
        [0] 0 computadores
        [one] 1 computador
       *[other] { $actual } computadores
    }: o selo pede pelo menos { $required }.
label-criterion-computers-fail = Só { $actual ->
        [0] 0 computadores
        [one] 1 computador
       *[other] { $actual } computadores
    }: o selo pede pelo menos { $required }.
label-criterion-opening-hours-pass = Aberto { $actual } { $actual ->
        [0] horas
        [one] hora
       *[other] horas
    } numa semana normal: o selo pede pelo menos { $required }.
label-criterion-opening-hours-fail = Aberto só { $actual } { $actual ->
        [0] horas
        [one] hora
       *[other] horas
    } numa semana normal: o selo pede pelo menos { $required }.
label-criterion-opening-hours-unreadable = Não é possível ler o horário «{ $hours }», por isso não se podem contar as horas por semana. Escreva-o assim: Mo-Fr 09:00-12:00.
label-criterion-training-hours-pass = { $actual } { $actual ->
        [0] horas
        [one] hora
       *[other] horas
    } de formação por semana: o selo pede pelo menos { $required }.
label-criterion-training-hours-fail = { $actual } { $actual ->
        [0] horas
        [one] hora
       *[other] horas
    } de formação por semana: o selo pede pelo menos { $required }.
label-criterion-free-access-hours-pass = { $actual } { $actual ->
        [0] horas
        [one] hora
       *[other] horas
    } de acesso livre com um animador por semana: o selo pede pelo menos { $required }.
label-criterion-free-access-hours-fail = { $actual } { $actual ->
        [0] horas
        [one] hora
       *[other] horas
    } de acesso livre com um animador por semana: o selo pede pelo menos { $required }.
label-criterion-open-to-all-adults-pass = As atividades básicas estão abertas a todos os adultos.
label-criterion-open-to-all-adults-fail = As atividades básicas não estão abertas a todos os adultos: o selo pede que qualquer adulto possa participar.
label-criterion-price-pass = As atividades básicas são { $actual }: o selo aceita atividades { $required }.
label-criterion-price-fail = As atividades básicas são { $actual }: o selo pede que sejam { $required }.
label-criterion-charter-pass = A carta foi aceite.
label-criterion-charter-fail = A carta não foi aceite: o selo pede que o EPN a assine.
label-criterion-not-required = Este selo não o pede.
label-price-free = gratuitas
label-price-symbolic = a preço simbólico
label-price-paid = pagas
label-or = ou
label-met = Cumprido
label-not-met = Não cumprido
label-weekly-hours = { $hours } horas numa semana normal

## Public pages

label-page-title = O selo EPN
label-page-intro = «{ $name }» é o selo que a região dá aos espaços públicos digitais (EPN): locais onde qualquer pessoa pode usar um computador e a internet, com alguém para ajudar.
label-why-title = O que o selo traz
label-why-badge = Neste diretório, os EPN com selo são indicados com as palavras
label-why-equipment = Em 2021, cada EPN com selo recebeu { $amount } euros para comprar equipamento informático, e material para se dar a conhecer.
label-conditions-title = As condições
label-conditions-intro = Um EPN recebe o selo quando cumpre todas estas condições:
label-condition-computers = Pelo menos { $count } computadores, em instalações adequadas.
label-condition-open = Aberto pelo menos { $hours } horas por semana.
label-condition-training = Em média, { $hours } horas de formação por semana.
label-condition-free-access = { $hours } horas por semana de acesso livre, com um animador presente.
label-condition-adults = As atividades básicas estão abertas a qualquer adulto.
label-condition-price = As atividades básicas são { $prices }.
label-condition-charter = O EPN assina a carta abaixo.
label-condition-activities = A candidatura descreve as formações, as oficinas e as atividades de sensibilização do EPN.
label-charter-title = A carta
label-charter-version = Versão de { $date }.
label-charter-translation = Isto é uma tradução. O texto original está em { $language }.
label-apply-title = Como se candidatar
label-apply-step-account = Inicie sessão na área de gestão com a conta do seu EPN. Se não tiver conta, peça-a à coordenação da inclusão digital.
label-apply-step-form = Preencha o formulário de candidatura. Pode guardá-lo e voltar mais tarde. A página mostra logo que condições as suas respostas cumprem.
label-apply-step-visit = A coordenação pode fazer uma visita de cortesia ao seu EPN, para ver como funciona.
label-apply-step-recommend = O coordenador analisa a sua candidatura e envia uma recomendação ao grupo de trabalho da inclusão digital.
label-apply-step-decide = O grupo de trabalho dá o seu parecer e depois o comité de pilotagem decide. Recebe um e-mail em cada etapa.
label-duration = O selo não tem data de fim: vale enquanto o EPN cumprir as condições. Todos os anos, o EPN confirma as suas informações. O selo pode ser retirado quando uma condição deixa de ser cumprida. Um EPN que foi recusado, ou a quem o selo foi retirado, pode candidatar-se de novo.
label-apply-link = Candidatar-se ao selo (iniciar sessão)
label-list-link = Os EPN com selo por comuna
label-list-title = EPN com selo por comuna
label-list-intro = Estes espaços públicos digitais têm o selo da região.
label-list-about = O que é o selo?
label-list-count = { $count ->
        [0] 0 locais com selo
        [one] 1 local com selo
       *[other] { $count } locais com selo
    }
label-list-since = com selo desde { $year }
label-list-no-commune = Comuna desconhecida

## Back office: home and queue

label-home-title = Selo EPN
label-home-about = Sobre o selo
label-home-intro-manager = Aqui pode candidatar os seus locais ao selo, acompanhar a sua candidatura e confirmar as suas informações uma vez por ano.
label-home-intro-staff = Candidaturas à espera de cada etapa, locais com selo a verificar e todas as candidaturas.
label-your-places = Os seus locais
label-your-applications = As suas candidaturas
label-col-place = Local
label-col-places = Locais
label-col-directory = Selo no diretório
label-col-application = Candidatura
label-col-organisation = Organização
label-col-state = Em que ponto está
label-col-updated = Última alteração
label-col-date = Data
label-col-step = Etapa
label-col-body = Decidido por
label-col-recorded = Registado por
label-col-why = Porquê
label-no-application = Nenhuma candidatura
label-nothing-to-apply = Cada um dos seus locais tem o selo ou uma candidatura em curso.
label-no-places = Ainda não há nenhum local seu no diretório.
label-apply-for = Candidatar «{ $place }» ao selo
label-apply-which = Que locais abrange a candidatura?
label-apply = Começar uma candidatura
label-status-none = Sem selo
label-status-labelled = Com selo
label-status-withdrawn = Selo retirado
label-status-refused = Selo recusado
label-queue-examine = À espera da coordenação
label-queue-working-group = À espera do parecer do grupo de trabalho
label-queue-steering = À espera da decisão do comité de pilotagem
label-queue-empty = Nada está à espera.
label-queue-drafts = { $count ->
        [0] 0 candidaturas estão a ser preenchidas por EPN.
        [one] 1 candidatura está a ser preenchida por um EPN.
       *[other] { $count } candidaturas estão a ser preenchidas por EPN.
    }
label-flags-title = Locais com selo a verificar
label-flags-intro = As suas informações já não cumprem uma condição do selo. Nada muda sozinho: pergunte ao EPN e depois marque como verificado, ou retire o selo.
label-flags-none = Nenhum local com selo a verificar.
label-flag-place = { $place }: { $why } ({ $source })
label-flag-epn = { $organisation }: { $why } ({ $source })
label-flag-source-directory = segundo o diretório
label-flag-source-confirmation = segundo a confirmação anual
label-flag-raised = Detetado a { $date }
label-field-resolution = O que foi feito (opcional)
label-flag-resolve = Marcar como verificado
label-flag-looked-at = Verificado.
label-flag-resolved = Marcado como verificado. O selo não mudou.
label-review-now = Verificar agora os locais com selo
label-review-done = { $count ->
        [0] A verificação está feita: nada de novo a ver.
        [one] A verificação está feita: 1 coisa nova a ver.
       *[other] A verificação está feita: { $count } coisas novas a ver.
    }
label-unconfirmed-title = Informações ainda não confirmadas para { $year } ({ $count })
label-unconfirmed-intro = Cada EPN com selo confirma as suas informações uma vez por ano.
label-all-title = Todas as candidaturas
label-filter-state = Em que ponto está
label-filter-all = Todas
label-filter-show = Mostrar
label-all-count = { $count ->
        [0] 0 candidaturas
        [one] 1 candidatura
       *[other] { $count } candidaturas
    }

## States, steps, bodies

label-state-draft = A ser preenchida pelo EPN
label-state-submitted = Enviada à coordenação
label-state-under-examination = Em análise pela coordenação
label-state-recommended = Recomendação enviada ao grupo de trabalho
label-state-advised = Parecer do grupo de trabalho dado
label-state-granted = Selo atribuído
label-state-refused = Selo recusado
label-state-withdrawn = Selo retirado
label-next-draft = A seguir: o EPN envia a sua candidatura.
label-next-submitted = A seguir: a coordenação começa a analisar a candidatura.
label-next-under-examination = A seguir: a coordenação pode visitar o EPN e depois envia a sua recomendação ao grupo de trabalho.
label-next-recommended = A seguir: o grupo de trabalho dá o seu parecer.
label-next-advised = A seguir: o comité de pilotagem decide.
label-next-granted = O selo não tem data de fim. O EPN confirma as suas informações todos os anos.
label-next-refused = O EPN pode candidatar-se de novo.
label-next-withdrawn = O EPN pode candidatar-se de novo.
label-next-none = mais nada: o EPN pode candidatar-se de novo com uma nova candidatura
label-step-submit = Candidatura enviada
label-step-start-examination = Análise iniciada
label-step-record-visit = Visita de cortesia
label-step-recommend = Recomendação do coordenador
label-step-advise = Parecer do grupo de trabalho
label-step-decide = Decisão do comité de pilotagem
label-step-withdraw = Selo retirado
label-body-applicant = O EPN
label-body-coordination = A coordenação
label-body-working-group = O grupo de trabalho
label-body-steering-committee = O comité de pilotagem
label-body-unknown = Desconhecido
label-outcome-favourable = favorável
label-outcome-unfavourable = desfavorável
label-outcome-granted = atribuído
label-outcome-refused = recusado
label-recorded-from-source = Retirado de um relatório
label-date-unknown = Data não indicada pelo relatório

## Application form

label-form-title = Candidatura ao selo: { $places }
label-form-intro = Responda às perguntas. Pode guardar o rascunho a qualquer momento e voltar mais tarde: nada do que escreveu se perde.
label-form-criteria = O que as suas respostas mostram
label-form-criteria-none = Responda às perguntas para ver que condições cumpre.
label-form-questions = O seu EPN
label-field-computers = Número de computadores para o público
label-hint-computers = Um número inteiro, por exemplo 8.
label-field-opening-hours = Horário de abertura
label-hint-opening-hours = Como no diretório, à maneira do OpenStreetMap, por exemplo: Mo-Fr 09:00-12:00,13:00-17:00; Sa 10:00-13:00
label-field-training-hours = Horas de formação por semana, em média
label-field-free-access-hours = Horas de acesso livre com um animador, por semana
label-hint-weekly-hours = Um número de horas, por exemplo 6 ou 5,5.
label-field-open-to-all-adults = As atividades básicas estão abertas a qualquer adulto?
label-hint-open-to-all-adults = Seja qual for a idade, o género, a origem ou a situação.
label-field-basic-price = Quanto custam as atividades básicas?
label-field-publics = Os públicos que acolhe em especial
label-field-activities = As suas formações, oficinas e atividades de sensibilização
label-hint-activities = Descreva o que oferece, com que frequência e para quem.
label-field-charter = Aceito a carta, em nome do EPN.
label-yes = Sim
label-no = Não
label-save-draft = Guardar o rascunho
label-submit = Enviar a candidatura
label-draft-saved = O seu rascunho foi guardado.
label-draft-saved-partly = O seu rascunho foi guardado, exceto as respostas assinaladas abaixo.
label-error-computers = Escreva o número de computadores como um número inteiro, por exemplo 8.
label-error-hours = Escreva um número de horas de 0 a 168, por exemplo 6 ou 5,5.
label-error-opening-hours = Não é possível ler este horário. Escreva-o assim: Mo-Fr 09:00-12:00.
label-error-activities-long = Descreva as suas atividades em 5000 caracteres no máximo.
label-error-required-computers = Escreva o número de computadores.
label-error-required-opening-hours = Escreva o horário de abertura.
label-error-required-training-hours = Escreva as horas de formação por semana.
label-error-required-free-access-hours = Escreva as horas de acesso livre com um animador.
label-error-required-open-to-all-adults = Diga se as atividades básicas estão abertas a qualquer adulto.
label-error-required-basic-price = Escolha quanto custam as atividades básicas.
label-error-required-activities = Descreva as suas atividades.
label-error-charter = Aceite a carta para enviar a sua candidatura.
label-error-incomplete = Falta esta resposta.
label-error-no-place = Escolha pelo menos um local.

## An application's file

label-file-title = Candidatura ao selo: { $places }
label-file-organisation = Organização:
label-file-state = Em que ponto está:
label-back = Voltar às páginas do selo
label-open-file = Abrir a candidatura
label-continue = Continuar a candidatura
label-notice-sent = A sua candidatura foi enviada. A coordenação recebeu-a; vai receber um e-mail em cada etapa.
label-notice-done = Registado. O EPN foi avisado por e-mail.
label-notice-confirmed = Obrigado: as suas informações estão confirmadas para este ano.
label-criteria-title = As condições do selo
label-no-answers = As respostas desta candidatura não estão registadas.
label-answers-title = As respostas
label-not-answered = Sem resposta
label-charter-accepted = Versão { $version }, aceite a { $date }
label-charter-not-accepted = Não aceite
label-history-title = Histórico
label-confirmation-title = Informações confirmadas para { $year }
label-confirmation-when = Confirmadas a { $date }.
label-busy-title = Já existe uma candidatura
label-busy-text = Este local já tem o selo, ou uma candidatura em curso. Continue essa candidatura.
label-busy-link = Abrir essa candidatura
label-forbidden-title = Esta candidatura não é sua
label-forbidden-text = Só pode ver e alterar as candidaturas da sua própria organização.
label-refused-title = Esta etapa não é possível agora
label-error-not-allowed = A candidatura está na etapa «{ $state }». O que pode acontecer agora: { $next }.

## Steps: forms

label-action-examine = Começar a análise
label-action-visit-title = Visita de cortesia
label-action-visit-intro = Se visitou o EPN, anote quando foi e o que viu.
label-field-visit-date = Data da visita
label-field-notes = Notas
label-action-visit = Registar a visita
label-action-recommend-title = Recomendação ao grupo de trabalho
label-field-recommendation = A sua recomendação
label-favourable = Favorável
label-unfavourable = Desfavorável
label-field-reasons = Motivos
label-hint-reasons = O EPN vai lê-los.
label-action-recommend = Enviar a recomendação
label-action-advise-title = O parecer do grupo de trabalho
label-field-advice = O parecer
label-field-meeting-date = Data da reunião
label-action-advise = Registar o parecer
label-action-decide-title = A decisão do comité de pilotagem
label-field-decision = A decisão
label-grant = Atribuir o selo
label-refuse = Recusar o selo
label-field-decision-date = Data da decisão
label-action-decide = Registar a decisão
label-action-withdraw-title = Retirar o selo
label-action-withdraw-intro = Só quando o EPN já não cumpre uma condição. O EPN será informado do motivo por e-mail.
label-field-withdraw-date = Data da decisão
label-field-withdraw-reason = Motivo
label-action-withdraw = Retirar o selo
label-error-date = Escreva a data assim: 2026-11-26.
label-error-date-future = A data não pode ser no futuro.
label-error-reasons = Escreva os motivos.
label-error-recommendation = Escolha favorável ou desfavorável.
label-error-advice = Escolha favorável ou desfavorável.
label-error-decision = Escolha atribuir ou recusar o selo.

## Yearly confirmation

label-confirm-link = Confirmar as suas informações para { $year }
label-confirm-title = Confirmar as suas informações para { $year }: { $places }
label-confirm-intro = Uma vez por ano, cada EPN com selo confirma que as suas informações continuam certas. Altere o que já não está certo.
label-confirm-directory = No diretório
label-confirm-directory-intro = As pessoas veem estas informações no diretório. Se mudaram, atualize-as lá.
label-confirm-edit-place = Atualizar este local no diretório
label-not-recorded = não registado
label-confirm-figures = Os seus números deste ano
label-field-confirm = Confirmo que estas informações estão certas hoje.
label-error-confirm = Assinale a caixa para confirmar as suas informações.
label-error-confirm-not-granted = Só um EPN com selo confirma as suas informações.
label-confirm-button = Confirmar

## E-mails

label-mail-subject = Selo EPN, { $places }: { $state }
label-mail-subject-visit = visita de cortesia registada
label-mail-body = Olá,

    A sua candidatura ao selo EPN ({ $places }) avançou: { $what }.
    { $reasons }
    Veja a sua candidatura: { $link }

    A coordenação da inclusão digital
label-mail-reasons = Motivos: { $reasons }
label-mail-notes = Notas: { $notes }
label-mail-step-submit = a coordenação recebeu-a
label-mail-step-start-examination = a coordenação começou a analisá-la
label-mail-step-record-visit = foi registada uma visita de cortesia a { $date }
label-mail-step-recommend-yes = o coordenador enviou uma recomendação favorável ao grupo de trabalho
label-mail-step-recommend-no = o coordenador enviou uma recomendação desfavorável ao grupo de trabalho
label-mail-step-advise-yes = o grupo de trabalho deu um parecer favorável
label-mail-step-advise-no = o grupo de trabalho deu um parecer desfavorável
label-mail-step-decide-granted = o comité de pilotagem atribuiu o selo
label-mail-step-decide-refused = o comité de pilotagem recusou o selo
label-mail-step-withdraw = o selo foi retirado
label-mail-new-subject = Nova candidatura ao selo: { $places }
label-mail-new-body = Olá,

    { $organisation } enviou uma candidatura ao selo EPN ({ $places }).

    Analise-a aqui: { $link }

# O histórico do selo, uma frase simples por acontecimento ($outcome: favourable,
# unfavourable ou none; para a decisão: granted, refused ou none).
label-event-submit = A candidatura foi enviada.
label-event-start-examination = A coordenação começou a analisar a candidatura.
label-event-record-visit = A coordenação fez uma visita de cortesia.
label-event-recommend = { $outcome ->
    [favourable] O coordenador recomendou atribuir o selo.
    [unfavourable] O coordenador recomendou recusar o selo.
   *[none] O coordenador fez uma recomendação.
}
label-event-advise = { $outcome ->
    [favourable] O grupo de trabalho deu um parecer favorável.
    [unfavourable] O grupo de trabalho deu um parecer desfavorável.
   *[none] O grupo de trabalho deu o seu parecer.
}
label-event-decide = { $outcome ->
    [granted] O comité de pilotagem atribuiu o selo.
    [refused] O comité de pilotagem recusou o selo.
   *[none] O comité de pilotagem tomou a sua decisão.
}
label-event-withdraw = O selo foi retirado.
