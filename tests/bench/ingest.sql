-- ingest.sql — pgbench script: the per-message transaction praatpaal runs
-- on ingest (src/db.c: ST_CONTACT_FIND_OR_ADD, ST_CONTACT_NAME,
-- ST_MSG_INSERT, in one transaction), one message per transaction. Run by
-- tests/bench/run.sh with -M prepared against the benchmark database; it
-- gives the PostgreSQL ceiling for acknowledged messages a second.
-- Variables (pgbench -D): contacts (senders 1..contacts, preloaded by
-- run.sh), ts (provider timestamp, ms since the epoch).
-- The pseudonym is a constant: the contacts exist already, so the INSERT
-- of the find-or-add conflicts and the value is never stored.
\set c random(1, :contacts)
\set r random(1, 1000000000000)
BEGIN;
WITH ins AS (INSERT INTO contact (channel, address, pseudonym, profile_name)
	VALUES ('whatsapp', (31600000000 + :c)::text, '0123456789abcdef', 'Bench')
	ON CONFLICT (channel, address) DO NOTHING RETURNING id)
SELECT id FROM ins UNION ALL
SELECT id FROM contact WHERE channel = 'whatsapp' AND address = (31600000000 + :c)::text LIMIT 1 \gset cid_
UPDATE contact SET profile_name = 'Bench' WHERE id = :cid_id AND profile_name IS DISTINCT FROM 'Bench';
INSERT INTO message_in (channel, provider_id, contact_id, provider_ts, kind, body, choice_id, meta)
	VALUES ('whatsapp', 'pgbench.' || :client_id || '.' || :r, :cid_id,
	to_timestamp(:ts::bigint / 1000.0), 'text', 'hallo', NULL, NULL::jsonb)
	ON CONFLICT (channel, provider_id) DO NOTHING;
COMMIT;
