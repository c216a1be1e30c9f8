-- 0008: index only the messages that belong to a conversation.
--
-- message_in.conversation_id is set when a message is processed; until then
-- it is NULL, and every stored message put a NULL entry into
-- message_in_conversation that only the processing replaced. Nothing looks
-- messages up by a NULL conversation, so ingest no longer writes one
-- (docs/performance.md, "What changed in session 3").
DROP INDEX message_in_conversation;
CREATE INDEX message_in_conversation ON message_in (conversation_id)
	WHERE conversation_id IS NOT NULL;
