-- 0010: messages with crisis words go first, however they are found.
--
-- Ingest checks every text against the crisis lexicon when it arrives and
-- hands those contacts to its own workers first (src/worker.c). A message
-- found only by the workers' queue read (stored by another daemon, stored
-- before a restart, or past the hints' limit) would be taken in its turn;
-- so it is marked, and every queue read takes the marked ones first, through
-- an index that holds only unprocessed marked messages: almost always
-- empty. The mark only sets the order: the dialogue's own check decides
-- what happens. ADD COLUMN with a constant default rewrites nothing.
ALTER TABLE message_in ADD COLUMN urgent boolean NOT NULL DEFAULT false;
CREATE INDEX message_in_urgent ON message_in (id) WHERE processed_at IS NULL AND urgent;
