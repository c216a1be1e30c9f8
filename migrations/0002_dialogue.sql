-- 0002: what the dialogue records besides messages: handover summaries,
-- counsellor alerts, experience stories, research consent, opt-out and
-- erasure requests.

ALTER TABLE conversation
	ADD COLUMN summary	jsonb,		-- the intake a counsellor sees (handover)
	ADD COLUMN queued_at	timestamptz;	-- when it entered the team's queue
CREATE INDEX conversation_queue ON conversation (team, priority DESC, queued_at)
	WHERE status = 'queued';

ALTER TABLE contact
	ADD COLUMN opted_out_at	timestamptz,	-- `stop`: no messages until they write again
	ADD COLUMN research_consent boolean,	-- NULL: never asked / not answered
	ADD COLUMN research_consent_at timestamptz,
	ADD COLUMN research_consent_version text,
	ADD COLUMN research_consent_asked_at timestamptz;	-- asked once per contact

-- Every consent answer, with the version of the text that was asked.
CREATE TABLE consent_event (
	id		bigserial PRIMARY KEY,
	contact_id	bigint NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
	conversation_id	bigint REFERENCES conversation (id) ON DELETE SET NULL,
	scope		text NOT NULL,		-- 'research'
	granted		boolean NOT NULL,
	text_version	text NOT NULL,
	created_at	timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX consent_event_contact ON consent_event (contact_id);

-- Experience stories (vertelpunt): the teller's answers as one JSON object.
CREATE TABLE story (
	id		bigserial PRIMARY KEY,
	contact_id	bigint NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
	conversation_id	bigint REFERENCES conversation (id) ON DELETE SET NULL,
	kind		text NOT NULL,
	data		jsonb NOT NULL,		-- personal data until anonymised
	consent		boolean NOT NULL DEFAULT false,
	created_at	timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX story_contact ON story (contact_id);

-- A safety signal for the counsellor who has the chat.
CREATE TABLE alert (
	id		bigserial PRIMARY KEY,
	conversation_id	bigint NOT NULL REFERENCES conversation (id) ON DELETE CASCADE,
	category	text NOT NULL,
	created_at	timestamptz NOT NULL DEFAULT now(),
	seen_at		timestamptz
);
CREATE INDEX alert_unseen ON alert (conversation_id) WHERE seen_at IS NULL;

-- `verwijder`/`delete`, confirmed: carried out by `praatpaal purge`.
-- The row outlives the contact (contact_id set NULL) as proof it was done.
CREATE TABLE erasure_request (
	id		bigserial PRIMARY KEY,
	contact_id	bigint REFERENCES contact (id) ON DELETE SET NULL,
	pseudonym	text NOT NULL,
	requested_at	timestamptz NOT NULL DEFAULT now(),
	done_at		timestamptz
);
