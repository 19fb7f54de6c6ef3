# Sessões: a lista pública, a página de uma sessão, as reservas, a área de gestão, os e-mails.

sessions-title = Oficinas e sessões
sessions-intro = Oficinas, formações e horas de ajuda nos espaços públicos digitais. Encontre uma perto de si e depois reserve um lugar com o seu assistente social ou com o local.
sessions-count = { $count ->
    [0] Nenhuma sessão encontrada
    [one] 1 sessão
   *[other] { $count } sessões
}
sessions-none = Nenhuma sessão corresponde. Experimente outra data, outro tema, ou retire um filtro.
sessions-search-error = Há algo errado na pesquisa.
sessions-search-reset = Fazer uma nova pesquisa
sessions-search-button = Mostrar as sessões
sessions-where-label = Onde?
sessions-where-hint = Um código postal ou uma comuna, por exemplo 1080 ou Schaerbeek.
sessions-theme-label = Tema
sessions-theme-all-of-area = Tudo em «{ $area }»
sessions-from-label = De (data)
sessions-to-label = Até (data)
sessions-only-free = Só gratuitas
sessions-only-seats = Só com lugares livres
sessions-when = { $day }, { $date }, { $start }–{ $end }
sessions-mobile = Atividade móvel
sessions-price-free = Gratuita
sessions-price-euros = { $amount } €
sessions-seats-left = { $left ->
    [0] Restam 0 lugares de { $seats }
    [one] Resta 1 lugar de { $seats }
   *[other] Restam { $left } lugares de { $seats }
}
sessions-full-waiting = Cheia – lista de espera aberta ({ $waiting } em espera)
sessions-full = Cheia
sessions-status-cancelled = Cancelada
sessions-theme-with-area = { $theme } ({ $area })

sessions-theme-devices = Usar um computador, um smartphone ou um tablet
sessions-theme-drop-in-help = Ajuda sem marcação
sessions-theme-internet-search = Pesquisar na internet
sessions-theme-job-search = Procurar emprego na internet
sessions-theme-messaging = E-mail, mensagens e videochamadas
sessions-theme-online-services = Serviços públicos e banco na internet
sessions-theme-documents = Escrever documentos e um CV
sessions-theme-programming = Programação
sessions-theme-safety = Palavras-passe, burlas e privacidade

sessions-cancel-reason = Motivo:
sessions-when-label = Quando
sessions-where-label-short = Onde
sessions-level-label = Nível
sessions-languages-label = Línguas
sessions-seats-label = Lugares
sessions-price-label = Preço
sessions-publics-label = Para
sessions-bring-label = O que levar:
sessions-accessibility-label = Acessibilidade
sessions-organiser-label = Organizado por
sessions-add-to-calendar = Adicionar ao meu calendário
sessions-manage-link = Gerir esta sessão
sessions-booking-title = Reservar um lugar
sessions-your-bookings = As reservas da sua estrutura para esta sessão
sessions-person-name = Nome próprio ou alcunha
sessions-your-name = O seu nome próprio ou uma alcunha
sessions-person-name-hint = Não é preciso apelido.
sessions-person-phone = Telemóvel (opcional)
sessions-person-email = E-mail (opcional)
sessions-person-contact-hint = Só para enviar um lembrete 2 dias antes, ou para avisar se a sessão mudar.
sessions-person-lang = Língua dos lembretes
sessions-booking-status = Reserva
sessions-booking-confirmed = Lugar confirmado
sessions-booking-waiting = Na lista de espera
sessions-booking-cancelled = Cancelada
sessions-cancel-booking = Cancelar a reserva
sessions-not-bookable = Já não é possível reservar esta sessão.
sessions-full-no-list = Esta sessão está cheia e não tem lista de espera.
sessions-will-wait = A sessão está cheia: a pessoa entra na lista de espera e recebe um lugar automaticamente se algum ficar livre.
sessions-self-booking-intro = Pode reservar um lugar diretamente. Só pedimos um nome próprio.
sessions-how-to-book = Para reservar um lugar, peça ao seu assistente social (CPAS, comuna, associação) ou contacte o local.
sessions-book-button = Reservar o lugar
sessions-wait-button = Entrar na lista de espera
sessions-consent-text = A pessoa aceita que o seu nome próprio (e, se o tiver dado, o seu número de telefone ou e-mail) seja transmitido a { $organisation } para esta sessão, e guardado até 12 meses depois dela. Pode pedir que seja apagado a qualquer momento.
sessions-consent-text-self = Aceito que o meu nome próprio (e, se o tiver dado, o meu número de telefone ou e-mail) seja transmitido a { $organisation } para esta sessão, e guardado até 12 meses depois dela. Posso pedir que seja apagado a qualquer momento.
sessions-booked-confirmed = Lugar confirmado para { $name }.
sessions-booked-waiting = { $name } é o número { $position } na lista de espera.
sessions-no-self-booking = Esta sessão reserva-se através de um assistente social ou do local.
sessions-at-place-title = Próximas sessões neste local
sessions-at-place-all = Todas as sessões deste local
sessions-at-place-calendar = Calendário das sessões deste local (iCalendar)

sessions-my-booking-title = A sua reserva
sessions-my-booking-confirmed = O seu lugar está reservado.
sessions-my-booking-waiting = É o número { $position } na lista de espera. Se um lugar ficar livre, é seu e nós avisamos.
sessions-my-booking-cancelled = Esta reserva está cancelada.
sessions-my-booking-keep = Guarde o endereço desta página: é a única forma de ver ou cancelar a sua reserva.
sessions-my-booking-cancel = Cancelar a minha reserva
sessions-my-booking-cancelled-done = A sua reserva foi cancelada.
sessions-my-booking-privacy = O seu nome próprio e os seus contactos são apagados 12 meses depois da sessão.

sessions-field-where = Onde decorre?
sessions-field-title = Título
sessions-field-description = Descrição
sessions-field-theme = Tema
sessions-field-level = Nível
sessions-field-languages = Línguas faladas
sessions-field-date = Data (primeira data, se se repetir)
sessions-field-start = Hora de início
sessions-field-end = Hora de fim
sessions-field-repeat = Repetir
sessions-field-until = Última data
sessions-field-skip = Datas sem sessão
sessions-field-seats = Número de lugares
sessions-field-waiting_list = Ter uma lista de espera quando estiver cheia
sessions-field-self_booking = As pessoas podem reservar um lugar sozinhas na página pública
sessions-field-price = Preço em euros
sessions-field-bring = O que levar
sessions-field-publics = Para quem (deixe vazio: para todos)
sessions-field-accessibility = Acessibilidade
sessions-field-location = Local e morada
sessions-field-postcode = Código postal
sessions-field-name = Nome próprio ou alcunha
sessions-field-phone = Telefone
sessions-field-email = E-mail
sessions-field-consent = Consentimento
sessions-title-hint = Palavras simples, por exemplo «Os meus primeiros e-mails».
sessions-until-hint = Por exemplo, o fim do ano escolar.
sessions-skip-hint = Feriados e férias, no formato AAAA-MM-DD, separados por vírgulas.
sessions-price-hint = Deixe vazio ou escreva 0 quando é gratuita.
sessions-bring-hint = Por exemplo: cartão de identidade, smartphone e o respetivo código.
sessions-repeat-once = Uma vez
sessions-repeat-weekly = Todas as semanas
sessions-repeat-every-2-weeks = De 2 em 2 semanas
sessions-mobile-of = Atividade móvel de { $organisation } (noutro sítio)
sessions-mobile-legend = Atividade móvel
sessions-mobile-hint = Só para uma atividade móvel: onde decorre.

sessions-error-missing = { $field }: preencha este campo, por favor.
sessions-error-too-long = { $field }: é demasiado longo.
sessions-error-unknown-code = { $field }: escolha da lista, por favor.
sessions-error-not-a-number = { $field }: escreva um número, por favor.
sessions-error-out-of-range = { $field }: este número é demasiado pequeno ou demasiado grande.
sessions-error-bad-date = { $field }: escreva uma data como 2026-12-01, por favor.
sessions-error-bad-time = { $field }: escreva uma hora como 10:00, por favor.
sessions-error-end-before-start = { $field }: a sessão tem de acabar depois de começar.
sessions-error-in-past = { $field }: esta data já passou.
sessions-error-until-before-first = { $field }: a última data tem de ser depois da primeira.
sessions-error-too-many = { $field }: isso dá mais de 104 datas; escolha uma última data mais cedo.
sessions-error-no-date-left = { $field }: todas as datas foram excluídas.
sessions-error-unknown-postcode = { $field }: este código postal não é da região.
sessions-error-bad-phone = { $field }: escreva um número de telefone, por favor, por exemplo ⁦0470 12 34 56⁩.
sessions-error-bad-email = { $field }: escreva um endereço de e-mail, por favor, por exemplo nome@example.org.
sessions-error-no-consent = { $field }: assinale a caixa, por favor, para mostrar que a pessoa aceita.
sessions-error-where = Onde decorre?: escolha um dos seus locais ou uma atividade móvel, por favor.
sessions-error-seats-below-booked = Número de lugares: já há { $booked } pessoas inscritas; indique pelo menos { $booked } lugares.

sessions-bo-link = Sessões
sessions-bookings-link = As minhas reservas
sessions-bo-title = Sessões
sessions-bo-coming = Próximas sessões
sessions-bo-past = Últimos 30 dias
sessions-bo-none = Ainda não há nenhuma sessão marcada.
sessions-publish-link = Publicar uma sessão
sessions-new-title = Publicar uma sessão
sessions-edit-title = Alterar esta sessão
sessions-edit-intro = Isto só altera esta data. As pessoas inscritas são avisadas se a data, a hora ou o local mudarem.
sessions-publish-button = Publicar
sessions-save-button = Guardar as alterações
sessions-booked-of = { $booked } de { $seats } reservados, { $waiting } em espera
sessions-published = { $count ->
    [0] Nenhuma sessão foi publicada.
    [one] A sessão foi publicada.
   *[other] Foram publicadas { $count } sessões.
}
sessions-saved = { $count ->
    [0] As alterações foram guardadas.
    [one] As alterações foram guardadas; 1 pessoa inscrita foi avisada.
   *[other] As alterações foram guardadas; { $count } pessoas inscritas foram avisadas.
}
sessions-cancelled-told = { $count ->
    [0] A sessão foi cancelada.
    [one] A sessão foi cancelada; 1 pessoa inscrita foi avisada.
   *[other] A sessão foi cancelada; { $count } pessoas inscritas foram avisadas.
}
sessions-public-page = Ver a página pública
sessions-edit-link = Alterar a data, a hora, os lugares ou os pormenores
sessions-people-title = Pessoas inscritas
sessions-people-none = Ainda ninguém está inscrito.
sessions-booked-by = Reservado por
sessions-booked-alone = A própria pessoa
sessions-waiting-number = Lista de espera, número { $position }
sessions-attendance-title = Presenças
sessions-attendance-intro = Depois da sessão, marque quem veio. Ajuda a acompanhar as pessoas e a contar.
sessions-attendance-present = Presente
sessions-attendance-absent = Ausente
sessions-attendance-save = Guardar as presenças
sessions-attendance-saved = { $count ->
    [0] Presenças guardadas para 0 pessoas.
    [one] Presenças guardadas para 1 pessoa.
   *[other] Presenças guardadas para { $count } pessoas.
}
sessions-cancel-title = Cancelar esta sessão
sessions-cancel-intro = { $count ->
    [0] Ninguém está inscrito.
    [one] A pessoa inscrita é avisada por e-mail ou SMS, se tiver dado um contacto, e o seu assistente social também.
   *[other] As { $count } pessoas inscritas são avisadas por e-mail ou SMS, se tiverem dado um contacto, e os seus assistentes sociais também.
}
sessions-cancel-reason-label = Motivo (opcional)
sessions-cancel-reason-hint = É enviado às pessoas inscritas.
sessions-cancel-following = Cancelar também as datas seguintes desta série
sessions-cancel-button = Cancelar a sessão
sessions-other-dates = Outras datas desta série
sessions-bookings-title = As minhas reservas
sessions-bookings-intro = Os lugares que a sua estrutura reservou, desde há 30 dias.
sessions-bookings-find = Encontrar uma sessão com lugares livres
sessions-bookings-none = A sua estrutura ainda não tem nenhuma reserva.

sessions-mail-bring = Para levar: { $bring }
sessions-mail-link = Pormenores: { $link }
sessions-mail-cancel-link = Para ver ou cancelar a sua reserva: { $link }
sessions-mail-reason = Motivo: { $reason }
sessions-mail-footer = Recebe esta mensagem porque foi reservado um lugar para si no Passerelle. O seu nome próprio e os seus contactos são apagados 12 meses depois da sessão.
sessions-mail-booked-subject = Lugar reservado: { $title }
sessions-mail-booked-intro = Olá, { $name }. Foi reservado um lugar para si.
sessions-mail-waiting-subject = Lista de espera: { $title }
sessions-mail-waiting-intro = Olá, { $name }. A sessão está cheia: é o número { $position } na lista de espera. Se um lugar ficar livre, é seu e nós avisamos.
sessions-mail-promoted-subject = Há um lugar livre para si: { $title }
sessions-mail-promoted-intro = Olá, { $name }. Ficou um lugar livre: agora é seu.
sessions-mail-changed-subject = Alteração: { $title }
sessions-mail-changed-intro = Olá, { $name }. A sessão em que está inscrito mudou. Aqui estão a nova data, a nova hora e o novo local.
sessions-mail-cancelled-subject = Cancelada: { $title }
sessions-mail-cancelled-intro = Olá, { $name }. Lamentamos: a sessão em que estava inscrito foi cancelada.
sessions-mail-reminder-subject = Lembrete: { $title }
sessions-mail-reminder-intro = Olá, { $name }. Um lembrete: a sua sessão é em breve.
sessions-sms-promoted = Há um lugar livre para si: { $title }, { $when }.
sessions-sms-changed = Alteração: { $title }, agora { $when }.
sessions-sms-cancelled = Cancelada: { $title }, { $when }.
sessions-sms-reminder = Lembrete: { $title }, { $when }.
sessions-mail-referrer-promoted-subject = Um lugar para { $title }
sessions-mail-referrer-promoted-intro = Ficou um lugar livre: { $name }, que estava na lista de espera, tem agora um lugar.
sessions-mail-referrer-changed-subject = Sessão alterada: { $title }
sessions-mail-referrer-changed-intro = Uma sessão para a qual inscreveu { $name } mudou. A nova data, hora e local:
sessions-mail-referrer-cancelled-subject = Sessão cancelada: { $title }
sessions-mail-referrer-cancelled-intro = Uma sessão para a qual inscreveu { $name } foi cancelada.

# Reservar sem intermediário: proteção contra spam.
sessions-error-fast = O formulário foi enviado muito depressa. Verifique o que escreveu e depois envie-o de novo.
sessions-error-expired = O formulário esteve aberto muito tempo e expirou. O que escreveu continua aqui: envie-o de novo.
sessions-error-rate = Foram reservados muitos lugares a partir da sua ligação na última hora. Tente de novo daqui a uma hora, ou ligue para o local.
sessions-field-title-lang = Língua do título e da descrição
sessions-title-lang-hint = As páginas noutra língua avisam os leitores de ecrã.
sessions-title-lang-unsaid = Não indicada
