-- ingest.sql — pgbench script: the ingest statement praatpaal runs
-- (src/db.c: ST_INGEST_BATCH, one statement for a whole webhook batch, in
-- autocommit), here with a batch of one message, one message per
-- transaction: the PostgreSQL ceiling for acknowledged messages a second
-- without group commit. Run by tests/bench/run.sh with -M prepared against
-- the benchmark database. Keep it in step with ST_INGEST_BATCH (and with
-- ingest_batch.sql).
-- Variables (pgbench -D): contacts (senders 1..contacts, preloaded by
-- run.sh), ts (provider timestamp, ms since the epoch).
\set c random(1, :contacts)
\set r random(1, 1000000000000)
WITH b AS (SELECT * FROM jsonb_to_recordset(jsonb_build_array(jsonb_build_object('n', 0, 'ch', 'whatsapp', 'addr', (31600000000 + :c::bigint)::text, 'ps', '0123456789abcdef', 'nm', 'Bench', 'pid', 'pgbench.' || :client_id::text || '.' || :r::text, 'ts', :ts::bigint, 'kind', 'text', 'body', 'hallo'))) AS x(n int, ch text, addr text, ps text, nm text, pid text, ts bigint, kind text, body text, choice text, meta text)), k AS (SELECT DISTINCT ON (ch, addr) ch, addr, ps, nm FROM b ORDER BY ch, addr, nm IS NULL, n DESC), f AS (SELECT ct.id, ct.channel, ct.address, ct.profile_name, k.nm FROM k JOIN contact ct ON ct.channel = k.ch AND ct.address = k.addr), ins AS (INSERT INTO contact (channel, address, pseudonym, profile_name) SELECT ch, addr, ps, nm FROM k WHERE NOT EXISTS (SELECT 1 FROM f WHERE f.channel = k.ch AND f.address = k.addr) ORDER BY ch, addr ON CONFLICT (channel, address) DO NOTHING RETURNING id, channel, address), c AS (SELECT id, channel, address FROM ins UNION ALL SELECT id, channel, address FROM f), nmu AS (UPDATE contact SET profile_name = f.nm FROM f WHERE contact.id = f.id AND f.nm IS NOT NULL AND f.profile_name IS DISTINCT FROM f.nm), m AS (INSERT INTO message_in (channel, provider_id, contact_id, provider_ts, kind, body, choice_id, meta) SELECT b.ch, b.pid, c.id, to_timestamp(b.ts / 1000.0), b.kind, b.body, b.choice, b.meta::jsonb FROM b JOIN c ON c.channel = b.ch AND c.address = b.addr ORDER BY b.n ON CONFLICT (channel, provider_id) DO NOTHING RETURNING contact_id) SELECT (SELECT count(*) FROM m), (SELECT count(*) FROM b WHERE NOT EXISTS (SELECT 1 FROM c WHERE c.channel = b.ch AND c.address = b.addr)), (SELECT array_agg(DISTINCT contact_id) FROM m);
