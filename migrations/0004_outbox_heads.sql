-- 0004: only the head of each contact's outbox is claimable.
--
-- A contact's replies go out one at a time, in order. A claim that checked,
-- for every due row it read, whether an older row of the same contact was
-- still open would read past the rows waiting behind an in-flight or
-- retrying reply again and again. So a reply that
-- waits behind an earlier one of its contact is 'held'. Only 'queued' rows
-- are in the claim's index, and each contact has at most one row that is
-- 'queued' or 'sending'. When a head is sent or has failed, the contact's
-- oldest 'held' row becomes 'queued' (src/store_outbox.c, ST_OUTBOX_PROMOTE).

ALTER TABLE message_out DROP CONSTRAINT message_out_status_check;
ALTER TABLE message_out ADD CONSTRAINT message_out_status_check
	CHECK (status IN ('held', 'queued', 'sending', 'sent', 'delivered', 'read', 'failed'));

UPDATE message_out m SET status = 'held'
WHERE m.status = 'queued' AND EXISTS (SELECT 1 FROM message_out p
	WHERE p.contact_id = m.contact_id AND p.status IN ('queued', 'sending') AND p.id < m.id);

DROP INDEX message_out_due;
DROP INDEX message_out_contact_open;
-- The claim and the sender's next-due query: heads only.
CREATE INDEX message_out_ready ON message_out (next_attempt_at, id) WHERE status = 'queued';
-- A contact's open replies, oldest first: who is the head, who is next.
CREATE INDEX message_out_contact_open ON message_out (contact_id, id)
	WHERE status IN ('held', 'queued', 'sending');
