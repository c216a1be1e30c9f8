-- 0012: sends in doubt.
--
-- A row whose lease ran out while 'sending' has no recorded answer: its
-- sender died (or lost the database) between the request and recording the
-- provider's answer, so the provider may have the message already. Every
-- send carries the row's identity in the provider's echo channel
-- (WhatsApp biz_opaque_callback_data, Twilio's StatusCallback URL), so a
-- status webhook naming the row records the send. Such a row waits
-- [sender] doubt_window after its attempt started for that status before it
-- is sent again (src/store_outbox.c, ST_OUTBOX_REQUEUE).
--
-- attempt_at: when the latest attempt was claimed.
-- doubt: NULL (the send's own answer recorded it, or it is not sent yet);
--   'waiting' (the lease ran out with no answer; waits for a status);
--   'resolved' (recorded from a status webhook, not from the send's answer);
--   'resent' (no status came within the window: sent again).
-- ADD COLUMN without a default rewrites nothing.
ALTER TABLE message_out ADD COLUMN attempt_at timestamptz;
ALTER TABLE message_out ADD COLUMN doubt text
	CHECK (doubt IN ('waiting', 'resolved', 'resent'));
