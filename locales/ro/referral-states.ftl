# Stadiile unei îndrumări (și în cifrele raportului anual).

referral-state-label = Stadiu
referral-state-sent = Trimisă, în așteptarea unui răspuns
referral-state-accepted = Acceptată
referral-state-refused = Refuzată
referral-state-first-visit-done = Prima vizită făcută
referral-state-followed-up = Urmărită
referral-state-closed = Închisă
referral-state-expired = Expirată (fără răspuns)
