# The states of a referral (shown in the annual report's figures too).

referral-state-label = Stand
referral-state-sent = Verstuurd, wacht op antwoord
referral-state-accepted = Aanvaard
referral-state-refused = Geweigerd
referral-state-first-visit-done = Eerste bezoek gedaan
referral-state-followed-up = Opgevolgd
referral-state-closed = Afgesloten
referral-state-expired = Vervallen (geen antwoord)
