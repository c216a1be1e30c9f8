-- ingest_batch.sql — pgbench script: the ingest statement praatpaal runs
-- (src/db.c: ST_INGEST_BATCH, in autocommit) with a batch of 32 messages
-- from 32 senders, the size of the daemon's commits in a burst. Run with
-- -c 1 (the daemon has one ingest connection): 32 x tps is the most
-- messages a second one ingest connection can store on this machine, with
-- every commit flushed. Keep it in step with ST_INGEST_BATCH (and with
-- ingest.sql).
-- Variables (pgbench -D): contacts (senders 1..contacts, preloaded by
-- run.sh; at least 33), ts (provider timestamp, ms since the epoch).
\set c random(0, :contacts - 32)
\set r random(1, 1000000000000)
WITH b AS (SELECT * FROM jsonb_to_recordset((SELECT jsonb_agg(jsonb_build_object('n', g, 'ch', 'whatsapp', 'addr', (31600000001 + :c::bigint + g)::text, 'ps', '0123456789abcdef', 'nm', 'Bench', 'pid', 'pgbench.' || :client_id::text || '.' || :r::text || '.' || g::text, 'ts', :ts::bigint, 'kind', 'text', 'body', 'hallo')) FROM generate_series(0, 31) AS g)) AS x(n int, ch text, addr text, ps text, nm text, pid text, ts bigint, kind text, body text, choice text, meta text)), k AS (SELECT DISTINCT ON (ch, addr) ch, addr, ps, nm FROM b ORDER BY ch, addr, nm IS NULL, n DESC), ins AS (INSERT INTO contact (channel, address, pseudonym, profile_name) SELECT ch, addr, ps, nm FROM k ORDER BY ch, addr ON CONFLICT (channel, address) DO NOTHING RETURNING id, channel, address), c AS (SELECT id, channel, address FROM ins UNION ALL SELECT ct.id, ct.channel, ct.address FROM contact ct JOIN k ON ct.channel = k.ch AND ct.address = k.addr), nmu AS (UPDATE contact SET profile_name = k.nm FROM k WHERE contact.channel = k.ch AND contact.address = k.addr AND k.nm IS NOT NULL AND contact.profile_name IS DISTINCT FROM k.nm), m AS (INSERT INTO message_in (channel, provider_id, contact_id, provider_ts, kind, body, choice_id, meta) SELECT b.ch, b.pid, c.id, to_timestamp(b.ts / 1000.0), b.kind, b.body, b.choice, b.meta::jsonb FROM b JOIN c ON c.channel = b.ch AND c.address = b.addr ORDER BY b.n ON CONFLICT (channel, provider_id) DO NOTHING RETURNING contact_id) SELECT (SELECT count(*) FROM m), (SELECT count(*) FROM b WHERE NOT EXISTS (SELECT 1 FROM c WHERE c.channel = b.ch AND c.address = b.addr)), (SELECT array_agg(DISTINCT contact_id) FROM m);
