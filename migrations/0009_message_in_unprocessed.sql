-- 0009: no index of every unprocessed message in id order.
--
-- message_in_unprocessed let the worker's scan take contacts in the order
-- of their oldest message. It cost every stored message one more index
-- entry, and every processed one a dead entry on the index's busiest page,
-- which PostgreSQL cleans up while the next messages are stored. The scan
-- goes round the contacts with pending messages in id order, by a skip scan
-- of message_in_pending (the contact claim in src/store_work.c); contacts that ingest
-- names, nearly all of them, are still taken in the order they wrote in.
DROP INDEX message_in_unprocessed;
