-- 0014: two contacts that a later payload shows to be one person become one.
--
-- A WhatsApp contact known only by its number and one known only by its
-- business-scoped user id (BSUID) are one person when a payload carries
-- that number and that BSUID together. Ingest (ST_INGEST_BATCH in
-- src/store_ingest.c) reports such pairs and calls contact_merge first in
-- the transaction that then stores the linking message. The older contact
-- (lower id) survives: it keeps its id and pseudonym, gains the other's
-- identifier, and takes over its messages, replies, conversations, consent
-- answers, stories and erasure requests; the other contact is deleted.
-- docs/operations.md ("Usernames and BSUIDs") says what is kept.

-- A contact's conversations, found by contact: the merge moves them, and
-- deleting a contact cascades to them through this index.
CREATE INDEX conversation_contact ON conversation (contact_id);

-- Deleting a contact reads message_out whole for its replies (0007), except
-- for the contact that contact_merge_pair has just emptied (named in the
-- transaction-local setting praatpaal.contact_merged): its replies were
-- moved by conversation, and that none is still open is checked through
-- message_out_contact_open.
CREATE OR REPLACE FUNCTION contact_delete_queue() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	PERFORM pg_advisory_xact_lock(OLD.id);
	IF current_setting('praatpaal.contact_merged', true) = OLD.id::text THEN
		IF EXISTS (SELECT 1 FROM message_out WHERE contact_id = OLD.id
		    AND status IN ('held', 'queued', 'sending')) THEN
			RAISE EXCEPTION 'contact_merge: contact % still has open replies', OLD.id;
		END IF;
		RETURN OLD;
	END IF;
	DELETE FROM message_out WHERE contact_id = OLD.id;
	RETURN OLD;
END
$$;

-- Both contacts have an open conversation (at most one each: the unique
-- index conversation_open): one stays open, the other is closed. A
-- conversation a team holds (queued, assigned) stays open before one with
-- the bot, then the higher priority, then the one used last. Unprocessed
-- messages belong to no conversation yet: they are stepped in the one that
-- stays open.
CREATE FUNCTION contact_merge_conversations(s bigint, m bigint) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
	UPDATE conversation SET status = 'closed', closed_at = now(), updated_at = now()
	WHERE id IN (SELECT v.id FROM conversation v
	    WHERE v.contact_id IN (s, m) AND v.status <> 'closed'
	    ORDER BY v.status <> 'bot' DESC, v.priority DESC, v.updated_at DESC, v.id DESC
	    OFFSET 1);
	UPDATE conversation SET contact_id = s WHERE contact_id = m;
END
$$;

-- The survivor's open replies, the other's moved in among them, get one head
-- again (0004: one 'queued' or 'sending' row per contact, the rest 'held'):
-- a reply being sent stays the head; else the oldest open one is. Two
-- replies being sent at the moment of the merge both finish; the next head
-- is then given by the sender's promotion or its sweep.
CREATE FUNCTION contact_merge_outbox(s bigint) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
	h bigint;
BEGIN
	SELECT o.id INTO h FROM message_out o
	WHERE o.contact_id = s AND o.status IN ('held', 'queued', 'sending')
	ORDER BY o.status = 'sending' DESC, o.id LIMIT 1;
	UPDATE message_out o SET status = CASE WHEN o.id = h THEN 'queued' ELSE 'held' END,
	    updated_at = now()
	WHERE o.contact_id = s AND o.status IN ('held', 'queued')
	    AND o.status <> CASE WHEN o.id = h THEN 'queued' ELSE 'held' END;
END
$$;

-- Move everything of contact m to contact s, then delete m. Replies are
-- found through m's conversations (every reply has one) and, open ones,
-- through message_out_contact_open; the open replies of both are locked in
-- id order first, the order in which the sender finishes a head and
-- promotes the next.
CREATE FUNCTION contact_merge_rows(s bigint, m bigint) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
	PERFORM 1 FROM message_out o WHERE o.contact_id IN (s, m)
	    AND o.status IN ('held', 'queued', 'sending') ORDER BY o.id FOR UPDATE;
	UPDATE message_out SET contact_id = s
	WHERE conversation_id IN (SELECT v.id FROM conversation v WHERE v.contact_id = m);
	UPDATE message_out SET contact_id = s
	WHERE contact_id = m AND status IN ('held', 'queued', 'sending');
	PERFORM contact_merge_conversations(s, m);
	UPDATE message_in SET contact_id = s WHERE contact_id = m;
	UPDATE consent_event SET contact_id = s WHERE contact_id = m;
	UPDATE story SET contact_id = s WHERE contact_id = m;
	UPDATE erasure_request SET contact_id = s WHERE contact_id = m;
	PERFORM contact_merge_outbox(s);
	PERFORM set_config('praatpaal.contact_merged', m::text, true);
	DELETE FROM contact WHERE id = m;
	PERFORM set_config('praatpaal.contact_merged', '', true);
END
$$;

-- Merge contact x (known only by its number) and contact y (known only by
-- its BSUID) of one channel, if they still are that: the survivor's and the
-- merged contact's ids and pseudonyms, or NULLs when nothing was merged.
-- The survivor keeps both identifiers; profile name, username and language
-- come from the contact that wrote last (the other's where it has none);
-- opted out if either is; the research-consent answer given last wins, and
-- the question counts as asked if it was asked of either.
CREATE FUNCTION contact_merge_pair(x bigint, y bigint, OUT survivor bigint,
    OUT merged bigint, OUT survivor_pseudonym text, OUT merged_pseudonym text)
LANGUAGE plpgsql AS $$
DECLARE
	cx contact;
	cy contact;
	s contact;
	m contact;
	r contact;	-- wrote last
	o contact;	-- the other
	c contact;	-- answered the consent question last
BEGIN
	PERFORM 1 FROM contact WHERE id IN (x, y) ORDER BY id FOR UPDATE;
	SELECT * INTO cx FROM contact WHERE id = x;
	SELECT * INTO cy FROM contact WHERE id = y;
	IF cx.id IS NULL OR cy.id IS NULL OR cx.channel <> cy.channel OR
	    cx.address IS NULL OR cx.bsuid IS NOT NULL OR
	    cy.address IS NOT NULL OR cy.bsuid IS NULL THEN
		RETURN;
	END IF;
	IF COALESCE((SELECT max(provider_ts) FROM message_in WHERE contact_id = y), cy.created_at) >
	    COALESCE((SELECT max(provider_ts) FROM message_in WHERE contact_id = x), cx.created_at) THEN
		r := cy; o := cx;
	ELSE
		r := cx; o := cy;
	END IF;
	c := CASE WHEN cy.research_consent_at > cx.research_consent_at OR
	    (cx.research_consent_at IS NULL AND cy.research_consent_at IS NOT NULL) THEN cy ELSE cx END;
	IF x < y THEN s := cx; m := cy; ELSE s := cy; m := cx; END IF;
	PERFORM contact_merge_rows(s.id, m.id);
	UPDATE contact SET address = cx.address, bsuid = cy.bsuid,
	    profile_name = COALESCE(r.profile_name, o.profile_name),
	    username = COALESCE(r.username, o.username), language = r.language,
	    opted_out_at = GREATEST(cx.opted_out_at, cy.opted_out_at),
	    research_consent = c.research_consent, research_consent_at = c.research_consent_at,
	    research_consent_version = c.research_consent_version,
	    research_consent_asked_at = LEAST(cx.research_consent_asked_at,
	    cy.research_consent_asked_at)
	WHERE id = s.id;
	survivor := s.id; merged := m.id;
	survivor_pseudonym := s.pseudonym; merged_pseudonym := m.pseudonym;
END
$$;

-- Merge the pairs (xs[i], ys[i]) in order, as contact_merge_pair: the
-- merges done. Every contact's advisory lock (the key the workers step a
-- contact under) is taken first, in id order: a worker stepping one of them
-- is waited for, and two transactions linking the same contacts cannot
-- deadlock. A contact already merged away by an earlier pair is skipped.
CREATE FUNCTION contact_merge(xs bigint[], ys bigint[]) RETURNS TABLE (survivor bigint,
    merged bigint, survivor_pseudonym text, merged_pseudonym text)
LANGUAGE plpgsql AS $$
DECLARE
	k bigint;
	p record;
BEGIN
	FOR k IN SELECT DISTINCT u.id FROM unnest(xs || ys) AS u (id) ORDER BY u.id LOOP
		PERFORM pg_advisory_xact_lock(k);
	END LOOP;
	FOR p IN SELECT * FROM unnest(xs, ys) AS q (x, y) LOOP
		SELECT * INTO survivor, merged, survivor_pseudonym, merged_pseudonym
		FROM contact_merge_pair(p.x, p.y);
		IF survivor IS NOT NULL THEN
			RETURN NEXT;
		END IF;
	END LOOP;
END
$$;
