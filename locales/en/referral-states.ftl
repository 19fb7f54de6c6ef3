# The states of a referral (shown in the annual report's figures too).

referral-state-label = State
referral-state-sent = Sent, waiting for an answer
referral-state-accepted = Accepted
referral-state-refused = Refused
referral-state-first-visit-done = First visit done
referral-state-followed-up = Followed up
referral-state-closed = Closed
referral-state-expired = Expired (no answer)
