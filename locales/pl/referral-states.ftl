# Stany skierowania (także w liczbach sprawozdania rocznego).

referral-state-label = Stan
referral-state-sent = Wysłane, czeka na odpowiedź
referral-state-accepted = Przyjęte
referral-state-refused = Odrzucone
referral-state-first-visit-done = Pierwsza wizyta odbyta
referral-state-followed-up = Prowadzone dalej
referral-state-closed = Zamknięte
referral-state-expired = Wygasłe (bez odpowiedzi)
