-- 0024: one index instead of two for a reply's contact and conversation.
--
-- message_out had an index on contact_id (0020: deleting a contact finds
-- its replies) and one on conversation_id (a chat's transcript, its
-- research copy, retention of old chats). Every row version of the outbox
-- (a reply's insert, its claim, its send, its promotion to head) wrote an
-- entry in both: about 14 of the 38 B-tree entries an answered message
-- wrote. A conversation belongs to one contact and its replies carry that
-- contact, so one index on (contact_id, conversation_id) answers both:
-- a contact's replies by its first column, a chat's by both. Every
-- statement that looks for a chat's replies names the chat's contact too
-- (src/store_console.c, store_wait.c, store_research.c,
-- store_privacy.c and the trigger below).
CREATE INDEX message_out_contact_conversation ON message_out (contact_id, conversation_id);
DROP INDEX message_out_contact;
DROP INDEX message_out_conversation;

-- 0007's trigger, as 0022 left it, finds a conversation's replies through
-- its contact as well.
CREATE OR REPLACE FUNCTION conversation_delete_queue() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	PERFORM pg_advisory_xact_lock(OLD.contact_id);
	DELETE FROM message_in WHERE contact_id = OLD.contact_id AND conversation_id = OLD.id;
	DELETE FROM message_out WHERE contact_id = OLD.contact_id AND conversation_id = OLD.id;
	RETURN OLD;
END
$$;

-- A merge (0014) moves all of the merged contact's replies by contact
-- (a reply's contact is its conversation's), the open ones locked first.
CREATE OR REPLACE FUNCTION contact_merge_rows(s bigint, m bigint) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
	PERFORM 1 FROM message_out o WHERE o.contact_id IN (s, m)
	    AND o.status IN ('held', 'queued', 'sending') ORDER BY o.id FOR UPDATE;
	UPDATE message_out SET contact_id = s WHERE contact_id = m;
	PERFORM contact_merge_conversations(s, m);
	UPDATE message_in SET contact_id = s WHERE contact_id = m;
	UPDATE consent_event SET contact_id = s WHERE contact_id = m;
	UPDATE story SET contact_id = s WHERE contact_id = m;
	UPDATE erasure_request SET contact_id = s WHERE contact_id = m;
	PERFORM contact_merge_outbox(s);
	PERFORM set_config('praatpaal.contact_merged', m::text, true);
	DELETE FROM contact WHERE id = m;
	PERFORM set_config('praatpaal.contact_merged', '', true);
END
$$;
