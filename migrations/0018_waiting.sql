-- 0018: the young person's side of the console: the periodic jobs that
-- raise crisis_unclaimed and idle alerts, page the on-call phone and tell
-- a waiting young person that their team closed.

-- When a queued young person was told that their team closed (once per
-- closing; the chat is then first in line when the team opens).
ALTER TABLE conversation ADD COLUMN closed_notice_at timestamptz;

-- The idle reminder reads every assigned chat through conversation_assigned
-- (0015): a counsellor holds at most [console] max_chats, so they are few. A
-- second partial index on the same rows would compete with that one for a
-- counsellor's own chats (claims count them) and is left out.

-- A conversation's alerts of one kind since a time: each alert is raised once.
CREATE INDEX alert_conversation ON alert (conversation_id, category, created_at);

-- Sessions seen lately: is a CIT counsellor logged in?
CREATE INDEX staff_session_seen ON staff_session (last_seen_at);
