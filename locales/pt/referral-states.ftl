# Os estados de um encaminhamento (também nos números do relatório anual).

referral-state-label = Estado
referral-state-sent = Enviado, à espera de resposta
referral-state-accepted = Aceite
referral-state-refused = Recusado
referral-state-first-visit-done = Primeira visita feita
referral-state-followed-up = Acompanhado
referral-state-closed = Encerrado
referral-state-expired = Expirado (sem resposta)
