-- 0008: index only the messages that belong to a conversation.
--
-- message_in.conversation_id is set when a message is processed; until then
-- it is NULL. Nothing looks messages up by a NULL conversation, so the
-- index leaves those rows out and storing a message writes no entry.
DROP INDEX message_in_conversation;
CREATE INDEX message_in_conversation ON message_in (conversation_id)
	WHERE conversation_id IS NOT NULL;
