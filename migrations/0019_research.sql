-- 0019: research consent per purpose, and the research copy: a scrubbed,
-- coarse-timed copy of closed conversations and saved stories of contacts
-- who consented to that purpose. Exports read only these tables.

-- Every consent answer now names its purpose: 'chats' (help chats) or
-- 'stories' (experience stories). Old rows were asked for both at once.
ALTER TABLE consent_event ADD COLUMN purpose text NOT NULL DEFAULT 'chats'
	CHECK (purpose IN ('chats', 'stories'));

-- The current answer per contact and purpose (the latest consent_event).
CREATE TABLE research_consent (
	contact_id	bigint NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
	purpose		text NOT NULL CHECK (purpose IN ('chats', 'stories')),
	granted		boolean NOT NULL,
	text_version	text NOT NULL,
	at		timestamptz NOT NULL DEFAULT now(),
	PRIMARY KEY (contact_id, purpose)
);

INSERT INTO research_consent (contact_id, purpose, granted, text_version, at)
SELECT c.id, p.purpose, c.research_consent, coalesce(c.research_consent_version, 'v0'),
	coalesce(c.research_consent_at, now())
FROM contact c CROSS JOIN (VALUES ('chats'), ('stories')) AS p (purpose)
WHERE c.research_consent IS NOT NULL;

-- Which closed conversations and saved stories the research job has
-- handled (copied, or skipped for want of consent).
ALTER TABLE conversation ADD COLUMN research_done_at timestamptz;
CREATE INDEX conversation_research_todo ON conversation (id)
	WHERE status = 'closed' AND research_done_at IS NULL;
ALTER TABLE story ADD COLUMN research_done_at timestamptz;
CREATE INDEX story_research_todo ON story (id) WHERE research_done_at IS NULL;

-- The research copy of one closed conversation. contact_id has no foreign
-- key: retention may remove the contact while the anonymous copy stays;
-- erasure and withdrawal delete it by contact_id. It never leaves the
-- database: exports show a keyed export pseudonym instead.
CREATE TABLE research_conversation (
	id		bigserial PRIMARY KEY,
	conversation_id	bigint NOT NULL UNIQUE,
	contact_id	bigint NOT NULL,
	day		date NOT NULL,		-- the day it started
	route		text,
	team		text,
	outcome		text,
	municipality	text,
	age_band	text,
	copied_at	timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX research_conversation_contact ON research_conversation (contact_id);
CREATE INDEX research_conversation_day ON research_conversation (day, id);

-- Its messages in order, text scrubbed; sender is a kind, never a name.
CREATE TABLE research_message (
	research_conversation_id bigint NOT NULL
			REFERENCES research_conversation (id) ON DELETE CASCADE,
	seq		integer NOT NULL,
	sender		text NOT NULL CHECK (sender IN ('youth', 'bot', 'counsellor')),
	day		date NOT NULL,
	body		text NOT NULL,
	PRIMARY KEY (research_conversation_id, seq)
);

-- The research copy of one saved story.
CREATE TABLE research_story (
	id		bigserial PRIMARY KEY,
	story_id	bigint NOT NULL UNIQUE,
	contact_id	bigint NOT NULL,
	day		date NOT NULL,
	role		text CHECK (role IN ('youth', 'parent', 'professional')),
	help_kind	text,
	signifiers	jsonb NOT NULL DEFAULT '{}',
	topics		jsonb NOT NULL DEFAULT '[]',
	municipality	text,
	age_band	text,
	body		text NOT NULL,
	copied_at	timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX research_story_contact ON research_story (contact_id);
CREATE INDEX research_story_day ON research_story (day, id);

-- No consent, no research copy: a row for a contact without a granted
-- consent for the purpose is refused, whoever inserts it.
CREATE FUNCTION research_copy_check() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
	want text := CASE TG_TABLE_NAME WHEN 'research_story' THEN 'stories' ELSE 'chats' END;
BEGIN
	IF NOT EXISTS (SELECT 1 FROM research_consent
	    WHERE contact_id = NEW.contact_id AND purpose = want AND granted) THEN
		RAISE EXCEPTION 'no research consent (%) for contact %', want, NEW.contact_id
			USING ERRCODE = 'check_violation';
	END IF;
	RETURN NEW;
END $$;
CREATE TRIGGER research_conversation_consent BEFORE INSERT OR UPDATE OF contact_id
	ON research_conversation FOR EACH ROW EXECUTE FUNCTION research_copy_check();
CREATE TRIGGER research_story_consent BEFORE INSERT OR UPDATE OF contact_id
	ON research_story FOR EACH ROW EXECUTE FUNCTION research_copy_check();

-- A consent answer updates the current state; a withdrawal deletes the
-- contact's research copy for that purpose at once.
CREATE FUNCTION consent_event_apply() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF NEW.scope <> 'research' THEN
		RETURN NEW;
	END IF;
	INSERT INTO research_consent (contact_id, purpose, granted, text_version, at)
	VALUES (NEW.contact_id, NEW.purpose, NEW.granted, NEW.text_version, NEW.created_at)
	ON CONFLICT (contact_id, purpose) DO UPDATE
		SET granted = EXCLUDED.granted, text_version = EXCLUDED.text_version,
		    at = EXCLUDED.at;
	IF NOT NEW.granted THEN
		IF NEW.purpose = 'chats' THEN
			DELETE FROM research_conversation WHERE contact_id = NEW.contact_id;
		ELSE
			DELETE FROM research_story WHERE contact_id = NEW.contact_id;
		END IF;
	END IF;
	RETURN NEW;
END $$;
CREATE TRIGGER consent_event_apply AFTER INSERT ON consent_event
	FOR EACH ROW EXECUTE FUNCTION consent_event_apply();

-- A story told with the teller's yes to research records that consent for
-- the purpose 'stories' (the flow's text version in data.consent_version).
CREATE FUNCTION story_consent_event() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF NEW.consent THEN
		INSERT INTO consent_event (contact_id, conversation_id, scope, purpose, granted,
			text_version)
		VALUES (NEW.contact_id, NEW.conversation_id, 'research', 'stories', true,
			coalesce(NEW.data ->> 'consent_version', 'story-' || NEW.kind));
	END IF;
	RETURN NEW;
END $$;
CREATE TRIGGER story_consent_event AFTER INSERT ON story
	FOR EACH ROW EXECUTE FUNCTION story_consent_event();
