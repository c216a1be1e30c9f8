-- 0025: the console's event triggers in time linear in the rows updated.
--
-- console_event_message_in and console_event_status (0017) joined the old
-- and new transition tables on the row id. The daemon's sessions turn hash
-- and merge joins off (db.c: a plan must never read a table whole), and a
-- transition table has no index, so that join was a nested loop over both:
-- for a worker's processed mark of 100 messages, 10,000 comparisons and
-- about 4 ms, growing with the square of the batch. The old rows are now
-- asked once, as a hashed subplan ("NOT IN"): the rows whose conversation
-- was set by this statement, or whose status changed to one the console
-- shows. What the triggers insert is the same.

CREATE OR REPLACE FUNCTION console_event_message_in() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	INSERT INTO console_event (kind, team, conversation_id, staff_id, in_id)
	SELECT 'message', c.team, c.id, c.assigned_to, n.id
	FROM n JOIN LATERAL (SELECT v.id, v.team, v.assigned_to FROM conversation v
	    WHERE v.id = n.conversation_id AND v.status IN ('queued', 'assigned') OFFSET 0) c ON true
	WHERE n.conversation_id IS NOT NULL
	    AND n.id NOT IN (SELECT o.id FROM o WHERE o.conversation_id IS NOT NULL)
	ORDER BY n.id;
	RETURN NULL;
END
$$;

CREATE OR REPLACE FUNCTION console_event_status() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	INSERT INTO console_event (kind, team, conversation_id, staff_id, out_id)
	SELECT 'status', c.team, c.id, c.assigned_to, n.id
	FROM n JOIN LATERAL (SELECT v.id, v.team, v.assigned_to FROM conversation v
	    WHERE v.id = n.conversation_id AND v.status IN ('queued', 'assigned') OFFSET 0) c ON true
	WHERE n.status IN ('sent', 'delivered', 'read', 'failed')
	    AND (n.id, n.status) NOT IN (SELECT o.id, o.status FROM o)
	ORDER BY n.id;
	RETURN NULL;
END
$$;
