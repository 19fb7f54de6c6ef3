# Assinalar um erro na página de um local (o formulário público).

report-link = Assinalar um erro nesta página
report-title = Assinalar um erro
report-about = Sobre a página de:
report-intro = Diga-nos o que está errado ou desatualizado: por exemplo o horário, o número de telefone ou a morada. Não precisa de conta. A equipa que mantém o diretório lê todas as mensagens.
report-message = O que está errado?
report-message-hint = Escreva entre { $min } e { $max } caracteres.
report-contact = O seu e-mail ou número de telefone (opcional)
report-contact-hint = Só se quiser uma resposta. Usamo-lo só para responder a esta mensagem.
report-trap = Deixe este campo vazio
report-send = Enviar a mensagem
report-privacy = Por favor, não escreva informações pessoais sobre outras pessoas.
report-error-short = A mensagem é demasiado curta: escreva pelo menos { $min } caracteres, para percebermos o que há a corrigir.
report-error-long = A mensagem é demasiado longa: { $count } caracteres, para um máximo de { $max }. Encurte-a.
report-error-contact = O seu e-mail ou número de telefone é demasiado longo: { $max } caracteres no máximo.
report-error-fast = O formulário foi enviado muito depressa. Verifique a sua mensagem e depois envie-a de novo.
report-error-expired = O formulário esteve aberto muito tempo e expirou. A sua mensagem continua aqui: envie-a de novo.
report-error-rate = Foram enviadas muitas mensagens a partir da sua ligação na última hora. A sua mensagem continua aqui: tente de novo daqui a uma hora.
report-thanks-title = Obrigado pela sua mensagem
report-thanks-text = A equipa que mantém o diretório vai lê-la e corrigir a página, se for preciso.
report-back = Voltar à página de { $place }
report-mail-subject = Erro assinalado: { $place }
report-mail-no-contact = (não indicado)
report-mail-body = Alguém assinalou um erro na página «{ $place }».

    A mensagem:

    { $message }

    Contacto: { $contact }

    A página: { $page }
    Todos os erros assinalados: { $reports }
