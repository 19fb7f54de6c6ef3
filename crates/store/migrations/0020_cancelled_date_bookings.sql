-- One status for a booking (issue 17): when a date is cancelled, its seats
-- and waiting-list places are cancelled with it (store::sessions::publish,
-- cancel_session), so that every page, the API and the seat counts say the
-- same. Before this, such bookings stayed 'confirmed' or 'waiting' under a
-- cancelled session: they are cancelled now, at the time the session was
-- (its last update), by no one (the EPN cancelled the date, not the person).
UPDATE session_bookings
SET status = 'cancelled',
    cancelled_at = COALESCE(cancelled_at,
        (SELECT s.updated_at FROM activity_sessions s WHERE s.id = session_bookings.session_id)),
    updated_at = (SELECT s.updated_at FROM activity_sessions s WHERE s.id = session_bookings.session_id)
WHERE status IN ('confirmed', 'waiting')
  AND session_id IN (SELECT id FROM activity_sessions WHERE status = 'cancelled');
