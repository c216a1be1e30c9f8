-- 0017: live events for the console (GET /api/v1/events, src/events.c).
--
-- Whatever changes a chat a counsellor follows writes a row here in the
-- same transaction, by the triggers below: a chat entering a queue, a
-- claim, a release, a close, a transfer, a message in a queued or
-- assigned chat, a delivery status of a reply in one, an alert. Each row
-- is announced with NOTIFY praatpaal_events (payload: its id) at commit,
-- so that every daemon's events hub (one LISTEN connection a daemon)
-- hears what any daemon or transaction did, in commit order.
--
-- A row holds no personal data: the message it is about is named by id
-- and read when the hub fetches the row, so an erased message is gone
-- from the events too. The hub deletes rows older than a day
-- (EVENTS_KEEP_S in include/praatpaal.h).
--
-- Routing (src/events.c, events_visible): staff_id set -> that counsellor
-- (and supervisors); staff_id NULL -> the counsellors of `team` (not for
-- message and status: a transcript is read only by who holds the chat)
-- and supervisors.
--
-- The hot paths pay little: message_in's and message_out's triggers are
-- per statement (one call a worker batch or a sender batch), and read a
-- conversation only for the rows that concern a chat with a person;
-- conversation's triggers run only when status, team or holder change.
CREATE TABLE console_event (
	id		bigserial PRIMARY KEY,
	at		timestamptz NOT NULL DEFAULT now(),
	kind		text NOT NULL CHECK (kind IN ('queued', 'message', 'status', 'crisis',
			    'alert', 'claimed', 'released', 'closed', 'transferred')),
	team		text,
	conversation_id	bigint NOT NULL,
	staff_id	bigint,		-- for whom; NULL: by team
	in_id		bigint,		-- message: the inbound message
	out_id		bigint,		-- message, status: the reply
	category	text,		-- crisis, alert
	data		jsonb		-- more about what happened (no personal data)
);
CREATE INDEX console_event_at ON console_event (at);

CREATE FUNCTION console_event_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	PERFORM pg_notify('praatpaal_events', NEW.id::text);
	RETURN NULL;
END
$$;
CREATE TRIGGER console_event_notify AFTER INSERT ON console_event
	FOR EACH ROW EXECUTE FUNCTION console_event_notify();

-- A conversation's status, team or holder changed.
CREATE FUNCTION console_event_conversation() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
	os text := COALESCE(OLD.status, 'bot');
	ot text := OLD.team;
	oa bigint := OLD.assigned_to;
	cat text := NEW.summary ->> 'category';
BEGIN
	IF NEW.status = 'queued' THEN
		IF os = 'assigned' OR (os = 'queued' AND ot IS DISTINCT FROM NEW.team) THEN
			INSERT INTO console_event (kind, team, conversation_id, staff_id, data)
			VALUES ('transferred', ot, NEW.id, oa, jsonb_build_object('to_team', NEW.team));
		END IF;
		IF os <> 'queued' OR ot IS DISTINCT FROM NEW.team THEN
			INSERT INTO console_event (kind, team, conversation_id, data)
			VALUES ('queued', NEW.team, NEW.id, jsonb_build_object('priority', NEW.priority));
			IF os <> 'queued' AND cat IS NOT NULL THEN
				INSERT INTO console_event (kind, team, conversation_id, category)
				VALUES ('crisis', NEW.team, NEW.id, cat);
			END IF;
		END IF;
	ELSIF NEW.status = 'assigned' THEN
		IF os <> 'assigned' OR oa IS DISTINCT FROM NEW.assigned_to THEN
			INSERT INTO console_event (kind, team, conversation_id, data)
			SELECT 'claimed', NEW.team, NEW.id, jsonb_build_object('assigned_to',
			    CASE WHEN s.id IS NULL THEN NULL
			    ELSE jsonb_build_object('id', s.id, 'alias', s.alias) END)
			FROM (SELECT NEW.assigned_to AS a) x LEFT JOIN staff s ON s.id = x.a;
		END IF;
	ELSIF os IN ('queued', 'assigned') THEN
		INSERT INTO console_event (kind, team, conversation_id, data)
		VALUES (CASE NEW.status WHEN 'closed' THEN 'closed' ELSE 'released' END,
		    COALESCE(ot, NEW.team), NEW.id,
		    CASE WHEN NEW.outcome IS NULL THEN NULL
		    ELSE jsonb_build_object('outcome', NEW.outcome) END);
	END IF;
	RETURN NULL;
END
$$;
CREATE TRIGGER console_event_conversation AFTER UPDATE ON conversation
	FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status
	    OR OLD.team IS DISTINCT FROM NEW.team
	    OR OLD.assigned_to IS DISTINCT FROM NEW.assigned_to)
	EXECUTE FUNCTION console_event_conversation();
CREATE TRIGGER console_event_conversation_new AFTER INSERT ON conversation
	FOR EACH ROW WHEN (NEW.status IN ('queued', 'assigned'))
	EXECUTE FUNCTION console_event_conversation();

-- A crisis in a chat that waits already (the engine's handover writes the
-- summary with the crisis category; the status stays queued).
CREATE FUNCTION console_event_summary() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	INSERT INTO console_event (kind, team, conversation_id, category)
	VALUES ('crisis', 'CIT', NEW.id, NEW.summary ->> 'category');
	RETURN NULL;
END
$$;
CREATE TRIGGER console_event_summary AFTER UPDATE OF summary ON conversation
	FOR EACH ROW WHEN (OLD.status = 'queued' AND NEW.status = 'queued'
	    AND NEW.summary ->> 'category' IS NOT NULL)
	EXECUTE FUNCTION console_event_summary();

-- Inbound messages become part of a conversation when the worker marks
-- them processed: those in a queued or assigned chat are events. The
-- conversation is read by its primary key for each such row (OFFSET 0
-- keeps that a lookup whatever plan the trigger's statement caches).
CREATE FUNCTION console_event_message_in() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	INSERT INTO console_event (kind, team, conversation_id, staff_id, in_id)
	SELECT 'message', c.team, c.id, c.assigned_to, n.id
	FROM n JOIN o ON o.id = n.id
	JOIN LATERAL (SELECT v.id, v.team, v.assigned_to FROM conversation v
	    WHERE v.id = n.conversation_id AND v.status IN ('queued', 'assigned') OFFSET 0) c ON true
	WHERE o.conversation_id IS NULL AND n.conversation_id IS NOT NULL
	ORDER BY n.id;
	RETURN NULL;
END
$$;
CREATE TRIGGER console_event_message_in AFTER UPDATE ON message_in
	REFERENCING OLD TABLE AS o NEW TABLE AS n
	FOR EACH STATEMENT EXECUTE FUNCTION console_event_message_in();

-- Replies (the bot's while a chat waits, a counsellor's) ...
CREATE FUNCTION console_event_message_out() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	INSERT INTO console_event (kind, team, conversation_id, staff_id, out_id)
	SELECT 'message', c.team, c.id, c.assigned_to, n.id
	FROM n JOIN LATERAL (SELECT v.id, v.team, v.assigned_to FROM conversation v
	    WHERE v.id = n.conversation_id AND v.status IN ('queued', 'assigned') OFFSET 0) c ON true
	ORDER BY n.id;
	RETURN NULL;
END
$$;
CREATE TRIGGER console_event_message_out AFTER INSERT ON message_out
	REFERENCING NEW TABLE AS n
	FOR EACH STATEMENT EXECUTE FUNCTION console_event_message_out();

-- ... and their delivery statuses (sent, delivered, read, failed).
CREATE FUNCTION console_event_status() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	INSERT INTO console_event (kind, team, conversation_id, staff_id, out_id)
	SELECT 'status', c.team, c.id, c.assigned_to, n.id
	FROM n JOIN o ON o.id = n.id
	JOIN LATERAL (SELECT v.id, v.team, v.assigned_to FROM conversation v
	    WHERE v.id = n.conversation_id AND v.status IN ('queued', 'assigned') OFFSET 0) c ON true
	WHERE n.status IN ('sent', 'delivered', 'read', 'failed') AND o.status <> n.status
	ORDER BY n.id;
	RETURN NULL;
END
$$;
CREATE TRIGGER console_event_status AFTER UPDATE ON message_out
	REFERENCING OLD TABLE AS o NEW TABLE AS n
	FOR EACH STATEMENT EXECUTE FUNCTION console_event_status();

-- Alerts: a crisis hit in a chat someone holds (for the holder), a queued
-- crisis nobody claimed in time (crisis_unclaimed: for CIT), an idle chat
-- (idle: for the holder).
CREATE FUNCTION console_event_alert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	INSERT INTO console_event (kind, team, conversation_id, staff_id, category)
	SELECT CASE WHEN NEW.category = 'idle' THEN 'alert' ELSE 'crisis' END,
	    CASE WHEN NEW.category = 'crisis_unclaimed' THEN 'CIT' ELSE v.team END,
	    NEW.conversation_id,
	    CASE WHEN NEW.category <> 'crisis_unclaimed' AND v.status = 'assigned'
	    THEN v.assigned_to END, NEW.category
	FROM (SELECT NEW.conversation_id AS id) x LEFT JOIN conversation v ON v.id = x.id;
	RETURN NULL;
END
$$;
CREATE TRIGGER console_event_alert AFTER INSERT ON alert
	FOR EACH ROW EXECUTE FUNCTION console_event_alert();
