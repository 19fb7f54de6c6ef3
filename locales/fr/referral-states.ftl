# The states of a referral (shown in the annual report's figures too).

referral-state-label = État
referral-state-sent = Envoyée, en attente de réponse
referral-state-accepted = Acceptée
referral-state-refused = Refusée
referral-state-first-visit-done = Première visite faite
referral-state-followed-up = Suivie
referral-state-closed = Clôturée
referral-state-expired = Expirée (sans réponse)
