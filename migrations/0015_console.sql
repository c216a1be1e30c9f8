-- 0015: the counsellor side: staff and their sessions, the audit of every
-- transcript read, private notes, who holds a chat, and how long each team's
-- queue waited (for the honest wait a young person is told).

-- A person who logs in to the console. Roles: counsellor (the teams in
-- `teams`), supervisor (every team, statistics, may read any chat),
-- researcher (exports and aggregate figures, never a transcript), admin
-- (staff). `alias` is the only name a young person ever sees.
CREATE TABLE staff (
	id		bigserial PRIMARY KEY,
	login		text NOT NULL UNIQUE CHECK (login ~ '^[a-z0-9][a-z0-9._-]{1,63}$'),
	role		text NOT NULL
			CHECK (role IN ('counsellor', 'supervisor', 'researcher', 'admin')),
	teams		text[] NOT NULL DEFAULT '{}'
			CHECK (teams <@ ARRAY['JIP', 'JIT', 'CIT']::text[]),
	alias		text NOT NULL CHECK (length(alias) BETWEEN 1 AND 64),
	password_hash	text NOT NULL,		-- crypto_pwhash_str (argon2id)
	disabled_at	timestamptz,
	last_login_at	timestamptz,
	created_at	timestamptz NOT NULL DEFAULT now(),
	updated_at	timestamptz NOT NULL DEFAULT now(),
	CHECK (role <> 'counsellor' OR cardinality(teams) > 0)
);

-- A logged-in browser. Only a hash of the cookie's token is kept.
CREATE TABLE staff_session (
	token_hash	bytea PRIMARY KEY,	-- SHA-256 of the 256-bit token
	staff_id	bigint NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
	csrf		text NOT NULL,
	created_at	timestamptz NOT NULL DEFAULT now(),
	last_seen_at	timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX staff_session_staff ON staff_session (staff_id);

-- Failed logins, per account name and per address, to slow guessing.
-- `login` is what was typed (it may name no account).
CREATE TABLE login_failure (
	id		bigserial PRIMARY KEY,
	login		text NOT NULL,
	address		text NOT NULL,
	at		timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX login_failure_login ON login_failure (login, at);
CREATE INDEX login_failure_address ON login_failure (address, at);

-- Who did what: every transcript read (reason: claimed, supervising,
-- handed over), claims, transfers, releases, closes, staff changes,
-- exports. Holds no message text and no phone number. The row outlives
-- the conversation (no foreign key) so that erasure leaves its trace.
CREATE TABLE audit (
	id		bigserial PRIMARY KEY,
	at		timestamptz NOT NULL DEFAULT now(),
	staff_id	bigint REFERENCES staff (id) ON DELETE SET NULL,
	action		text NOT NULL,
	conversation_id	bigint,
	reason		text,
	detail		jsonb
);
CREATE INDEX audit_at ON audit (at);
CREATE INDEX audit_conversation ON audit (conversation_id) WHERE conversation_id IS NOT NULL;

-- Private notes on a chat: internal, never sent.
CREATE TABLE note (
	id		bigserial PRIMARY KEY,
	conversation_id	bigint NOT NULL REFERENCES conversation (id) ON DELETE CASCADE,
	staff_id	bigint REFERENCES staff (id) ON DELETE SET NULL,
	body		text NOT NULL,		-- personal data: may name the youth
	created_at	timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX note_conversation ON note (conversation_id, id);

-- Who holds a chat, and how it ended.
ALTER TABLE conversation
	ADD COLUMN assigned_to	bigint REFERENCES staff (id) ON DELETE SET NULL,
	ADD COLUMN assigned_at	timestamptz,
	ADD COLUMN outcome	text;
CREATE INDEX conversation_assigned ON conversation (assigned_to) WHERE status = 'assigned';

-- A counsellor's reply (NULL: the bot's).
ALTER TABLE message_out
	ADD COLUMN staff_id	bigint REFERENCES staff (id) ON DELETE SET NULL;

-- How long each chat waited before a person took it: the young person's
-- wait is estimated from the team's recent claims. No contact in it.
CREATE TABLE queue_wait (
	id		bigserial PRIMARY KEY,
	team		text NOT NULL,
	priority	integer NOT NULL,
	queued_at	timestamptz NOT NULL,
	claimed_at	timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX queue_wait_team ON queue_wait (team, claimed_at);
