-- 0005: vacuum the two queue tables after a fixed number of changes, not a
-- share of their size.
--
-- Every processed message and every sent reply leaves a dead entry in the
-- partial indexes the daemon reads its queues through (message_in_pending,
-- message_in_unprocessed, message_out_ready, message_out_contact_open).
-- Until vacuum removes them, each read walks past them: ~150 dead entries
-- make loading a contact's pending messages some thirty times slower. With the default scale factor
-- (20% of the table) a table of ten million messages would wait for two
-- million dead rows.
ALTER TABLE message_in SET (autovacuum_vacuum_scale_factor = 0,
	autovacuum_vacuum_threshold = 5000, autovacuum_analyze_scale_factor = 0.02);
ALTER TABLE message_out SET (autovacuum_vacuum_scale_factor = 0,
	autovacuum_vacuum_threshold = 5000, autovacuum_analyze_scale_factor = 0.02);
