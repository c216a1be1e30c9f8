-- 0003: indexes that keep the work queues' queries bounded by what they
-- return, not by the backlog (docs/performance.md).

-- The worker takes contacts in the order their oldest message came in.
CREATE INDEX message_in_unprocessed ON message_in (id) WHERE processed_at IS NULL;

-- The sender's wake-up: when does the next lease run out?
CREATE INDEX message_out_lease ON message_out (lease_until) WHERE status = 'sending';
