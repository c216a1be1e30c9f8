-- 0020: retention (src/store_privacy.c) finds old closed conversations and
-- old contacts by index, so that each small batch of `praatpaal purge`
-- and of the daily job reads only what it removes.
CREATE INDEX conversation_closed_at ON conversation (closed_at) WHERE status = 'closed';
CREATE INDEX contact_created_at ON contact (created_at);
-- Deleting a contact (retention, erasure) removes its replies by
-- contact_id (0007's trigger): by index, not by reading the outbox whole.
CREATE INDEX message_out_contact ON message_out (contact_id);
