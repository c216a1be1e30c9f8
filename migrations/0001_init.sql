-- 0001: contacts, conversations, inbound messages, outbox, delivery events.
-- Applied by `praatpaal migrate` in one transaction; version recorded in
-- schema_migrations by the migrator.

CREATE TABLE contact (
	id		bigserial PRIMARY KEY,
	channel		text NOT NULL CHECK (channel IN ('whatsapp', 'sms')),
	address		text NOT NULL,		-- personal data: phone number / wa_id
	pseudonym	text NOT NULL,		-- HMAC of channel:address; safe for logs
	profile_name	text,			-- personal data: used only to scrub transcripts
	language	text NOT NULL DEFAULT 'nl',
	created_at	timestamptz NOT NULL DEFAULT now(),
	UNIQUE (channel, address)
);
CREATE INDEX contact_pseudonym ON contact (pseudonym);

CREATE TABLE conversation (
	id		bigserial PRIMARY KEY,
	contact_id	bigint NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
	status		text NOT NULL DEFAULT 'bot'
			CHECK (status IN ('bot', 'queued', 'assigned', 'closed')),
	team		text,
	priority	integer NOT NULL DEFAULT 0,
	language	text NOT NULL DEFAULT 'nl',
	state		jsonb NOT NULL DEFAULT '{}',
	created_at	timestamptz NOT NULL DEFAULT now(),
	updated_at	timestamptz NOT NULL DEFAULT now(),
	closed_at	timestamptz
);
-- At most one open conversation per contact.
CREATE UNIQUE INDEX conversation_open ON conversation (contact_id) WHERE status <> 'closed';

CREATE TABLE message_in (
	id		bigserial PRIMARY KEY,
	channel		text NOT NULL CHECK (channel IN ('whatsapp', 'sms')),
	provider_id	text NOT NULL,
	contact_id	bigint NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
	conversation_id	bigint REFERENCES conversation (id) ON DELETE CASCADE,
	provider_ts	timestamptz NOT NULL,
	kind		text NOT NULL,
	body		text,			-- personal data: message text / caption
	choice_id	text,
	meta		jsonb,
	received_at	timestamptz NOT NULL DEFAULT now(),
	processed_at	timestamptz,
	UNIQUE (channel, provider_id)
);
CREATE INDEX message_in_pending ON message_in (contact_id, provider_ts, id) WHERE processed_at IS NULL;
CREATE INDEX message_in_contact_ts ON message_in (contact_id, provider_ts);
CREATE INDEX message_in_conversation ON message_in (conversation_id);

CREATE TABLE message_out (
	id		bigserial PRIMARY KEY,
	channel		text NOT NULL CHECK (channel IN ('whatsapp', 'sms')),
	contact_id	bigint NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
	conversation_id	bigint REFERENCES conversation (id) ON DELETE CASCADE,
	body		jsonb NOT NULL,		-- outbound JSON (text, choices)
	status		text NOT NULL DEFAULT 'queued'
			CHECK (status IN ('queued', 'sending', 'sent', 'delivered', 'read', 'failed')),
	attempts	integer NOT NULL DEFAULT 0,
	next_attempt_at	timestamptz NOT NULL DEFAULT now(),
	lease_until	timestamptz,
	provider_id	text,
	error_code	text,
	error_text	text,
	created_at	timestamptz NOT NULL DEFAULT now(),
	sent_at		timestamptz,
	updated_at	timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX message_out_provider ON message_out (channel, provider_id) WHERE provider_id IS NOT NULL;
CREATE INDEX message_out_due ON message_out (next_attempt_at, id) WHERE status IN ('queued', 'sending');
CREATE INDEX message_out_contact_open ON message_out (contact_id, id) WHERE status IN ('queued', 'sending');
CREATE INDEX message_out_conversation ON message_out (conversation_id);

-- Delivery statuses as the provider reported them (they may arrive before
-- the send is recorded; applied to message_out when it is).
CREATE TABLE delivery_event (
	channel		text NOT NULL,
	provider_id	text NOT NULL,
	status		text NOT NULL CHECK (status IN ('sent', 'delivered', 'read', 'failed')),
	error_code	text,
	error_text	text,
	provider_ts	timestamptz NOT NULL,
	received_at	timestamptz NOT NULL DEFAULT now(),
	PRIMARY KEY (channel, provider_id, status)
);
