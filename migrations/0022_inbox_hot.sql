-- 0022: message_in is written once; the inbound queue is a narrow table.
--
-- Until now the workers read unprocessed messages through partial indexes
-- of message_in (message_in_pending, message_in_urgent: "processed_at IS
-- NULL"), and the processed mark set processed_at and conversation_id,
-- which message_in_conversation indexes. That mark was a non-HOT update: a
-- new row version and an entry in every index of message_in (four), for
-- every message.
--
-- Now ingest queues each new message in message_in_queue as well (its
-- contact, provider timestamp, id and crisis mark: one narrow row and one
-- index entry), the workers read the queue, and the processed mark deletes
-- the message's queue row and sets processed_at and conversation_id, which
-- no index of message_in covers any more: a HOT update (fillfactor leaves
-- room for it on the page). A message is unprocessed exactly while its
-- queue row exists; processed_at stays, for what it tells.
--
-- A conversation's messages are found through the contact
-- (message_in_contact_ts, then conversation_id): every reader of
-- message_in by conversation also names the conversation's contact, and
-- a conversation's messages are its contact's (a merge moves both).
CREATE TABLE message_in_queue (
	contact_id	bigint NOT NULL,
	provider_ts	timestamptz NOT NULL,
	id		bigint NOT NULL,	-- message_in.id
	urgent		boolean NOT NULL DEFAULT false,
	PRIMARY KEY (contact_id, provider_ts, id)
);
-- Unprocessed messages with crisis words: almost always empty.
CREATE INDEX message_in_queue_urgent ON message_in_queue (id) WHERE urgent;
-- Every row is deleted soon after it is written (0005's reasoning).
ALTER TABLE message_in_queue SET (autovacuum_vacuum_scale_factor = 0,
	autovacuum_vacuum_threshold = 1000, autovacuum_analyze_scale_factor = 0.02);

INSERT INTO message_in_queue (contact_id, provider_ts, id, urgent)
SELECT contact_id, provider_ts, id, urgent FROM message_in WHERE processed_at IS NULL;

DROP INDEX message_in_pending;
DROP INDEX message_in_urgent;
DROP INDEX message_in_conversation;

-- Room on each page for the processed mark's new row version (pages
-- written from now on).
ALTER TABLE message_in SET (fillfactor = 80);
-- The same for a conversation's steps: a step that changes only the
-- engine's state (no status, team, priority or other indexed column) is a
-- HOT update when its page has room.
ALTER TABLE conversation SET (fillfactor = 80);

-- A message deleted before it was processed (erasure of its contact)
-- leaves the queue too. Processed messages (retention) skip the trigger.
CREATE FUNCTION message_in_queue_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	DELETE FROM message_in_queue
	WHERE contact_id = OLD.contact_id AND provider_ts = OLD.provider_ts AND id = OLD.id;
	RETURN NULL;
END
$$;
CREATE TRIGGER message_in_queue_delete AFTER DELETE ON message_in
	FOR EACH ROW WHEN (OLD.processed_at IS NULL)
	EXECUTE FUNCTION message_in_queue_delete();

-- A merge (0014) moves a contact's messages to the survivor: their queue
-- rows follow.
CREATE FUNCTION message_in_queue_move() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	UPDATE message_in_queue SET contact_id = NEW.contact_id
	WHERE contact_id = OLD.contact_id AND provider_ts = OLD.provider_ts AND id = OLD.id;
	RETURN NULL;
END
$$;
CREATE TRIGGER message_in_queue_move AFTER UPDATE OF contact_id ON message_in
	FOR EACH ROW WHEN (OLD.contact_id IS DISTINCT FROM NEW.contact_id
	    AND NEW.processed_at IS NULL)
	EXECUTE FUNCTION message_in_queue_move();

-- 0007's trigger finds a conversation's messages through its contact.
CREATE OR REPLACE FUNCTION conversation_delete_queue() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	PERFORM pg_advisory_xact_lock(OLD.contact_id);
	DELETE FROM message_in WHERE contact_id = OLD.contact_id AND conversation_id = OLD.id;
	DELETE FROM message_out WHERE conversation_id = OLD.id;
	RETURN OLD;
END
$$;
