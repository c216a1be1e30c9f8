-- 0007: the queue tables' links to contact and conversation are kept by the
-- daemon on insert and by triggers on delete, not by foreign keys.
--
-- A foreign key checks every inserted or changed row with a query that
-- locks the row it points to (FOR KEY SHARE): a lock written into the
-- contact's or conversation's row, under every message and reply. In a burst
-- three of the four checks a message would cost (message_in.conversation_id
-- set when it is processed, message_out's contact and conversation) take a
-- third of PostgreSQL's time.
--
-- The rows are always written from rows the same transaction has just read:
-- the worker writes a reply and marks a message processed for a
-- conversation it loaded, holding the contact's advisory lock (the key
-- ST_CLAIM_CONTACTS in src/store_work.c uses). message_in.contact_id keeps its foreign key: it
-- is checked once, when ingest stores the message.
--
-- What ON DELETE CASCADE did, the triggers below do: deleting a contact or
-- a conversation deletes its messages and replies
-- (docs/privacy.md: erasure and retention). Each first takes the contact's
-- advisory lock, so it waits for a worker that is stepping that contact;
-- nothing can be written for the contact after the delete. A contact's replies are found by reading message_out
-- whole (an index on contact_id would cost every reply an index entry, for
-- an erasure now and then); a conversation's are found by index.
ALTER TABLE message_in DROP CONSTRAINT message_in_conversation_id_fkey;
ALTER TABLE message_out DROP CONSTRAINT message_out_contact_id_fkey;
ALTER TABLE message_out DROP CONSTRAINT message_out_conversation_id_fkey;

CREATE FUNCTION contact_delete_queue() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	PERFORM pg_advisory_xact_lock(OLD.id);
	DELETE FROM message_out WHERE contact_id = OLD.id;
	RETURN OLD;
END
$$;

CREATE FUNCTION conversation_delete_queue() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	PERFORM pg_advisory_xact_lock(OLD.contact_id);
	DELETE FROM message_in WHERE conversation_id = OLD.id;
	DELETE FROM message_out WHERE conversation_id = OLD.id;
	RETURN OLD;
END
$$;

CREATE TRIGGER contact_delete_queue BEFORE DELETE ON contact
	FOR EACH ROW EXECUTE FUNCTION contact_delete_queue();
CREATE TRIGGER conversation_delete_queue BEFORE DELETE ON conversation
	FOR EACH ROW EXECUTE FUNCTION conversation_delete_queue();
