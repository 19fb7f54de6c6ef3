# Gjendjet e një drejtimi (edhe në shifrat e raportit vjetor).

referral-state-label = Gjendja
referral-state-sent = Dërguar, në pritje të përgjigjes
referral-state-accepted = Pranuar
referral-state-refused = Refuzuar
referral-state-first-visit-done = Vizita e parë u bë
referral-state-followed-up = Ndjekur
referral-state-closed = Mbyllur
referral-state-expired = Skaduar (pa përgjigje)
