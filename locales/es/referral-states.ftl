# Los estados de una orientación (también en las cifras del informe anual).

referral-state-label = Estado
referral-state-sent = Enviada, a la espera de respuesta
referral-state-accepted = Aceptada
referral-state-refused = Rechazada
referral-state-first-visit-done = Primera visita hecha
referral-state-followed-up = Con seguimiento
referral-state-closed = Cerrada
referral-state-expired = Caducada (sin respuesta)
