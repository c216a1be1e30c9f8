/*
 * praatpaal.h — version and every named limit, in one place.
 *
 * A limit here is part of the documented interface (docs/configuration.md,
 * docs/operations.md): change it there too.
 */
#ifndef PRAATPAAL_H
#define PRAATPAAL_H

#define PRAATPAAL_VERSION	"0.1.0"

/* HTTP */
#define HTTP_MAX_BODY_DEFAULT	(3u * 1024 * 1024)	/* Meta's largest payload */
#define HTTP_MAX_BODY_CEILING	(64u * 1024 * 1024)	/* config may not exceed */
#define HTTP_MAX_CONNECTIONS	4096	/* default [http] max_connections */
#define HTTP_TIMEOUT_S		30	/* default inactivity timeout */
#define HTTP_THREADS_DEFAULT	4	/* default MHD thread-pool size */
#define HTTP_PER_IP_CONNECTIONS	64	/* default [http] per_ip_connections */
#define HTTP_HEADER_TIMEOUT_S	10	/* default [http] header_timeout: request line and headers */
#define HTTP_BODY_TIMEOUT_S	30	/* default [http] body_timeout: the whole body */
#define HTTP_ACK_GATHER_US	2500	/* default [http] ack_gather_us */
#define HTTP_SWEEP_MS		250	/* connections past their deadline are closed this often */
#define HTTP_LISTEN_BACKLOG	4096	/* connections waiting to be accepted (the kernel may cap it) */
#define HTTP_ADMIN_LISTEN	"127.0.0.1:8090"	/* default [http] admin_listen (/metrics) */
#define HTTP_ADMIN_MAX_CONNECTIONS 16	/* open connections of the admin listener */
#define HTTP_REFUSED_LOG_MS	1000	/* refused connections are logged at most once this often */
#define STATS_TIMEOUT_MS	1000	/* statement_timeout of the queue figures a /metrics scrape reads */
#define STATS_BACKLOG_MAX	100000	/* rows a backlog gauge counts at most */

/* Parsing */
#define JSON_MAX_DEPTH		32	/* nesting of a webhook payload */
#define PAYLOAD_MAX_MESSAGES	1000	/* messages + statuses in one webhook */
#define FORM_MAX_FIELDS		128	/* fields of a form-encoded body */
#define TEXT_MAX		4096	/* bytes of an inbound SMS text and of an outbox text */
#define TEXT_STORE_MAX_CHARS	65536	/* characters of an inbound WhatsApp text kept (Meta's
					 * documented maximum); longer ones are stored cut */
#define ADDRESS_MAX		32	/* bytes of a phone number / wa_id */
#define BSUID_MAX		160	/* bytes of a WhatsApp business-scoped user id (BSUID) */
#define USERNAME_MAX_BYTES	256	/* bytes of a WhatsApp username */
#define PROVIDER_ID_MAX		256	/* bytes of a provider message id */
#define NAME_MAX_BYTES		256	/* bytes of a profile name */
#define META_MAX		16384	/* bytes of a message's stored details (JSON) */
#define PROVIDER_TS_MAX_S	4102444800LL	/* 2100-01-01: a later provider timestamp is refused */

/* Provider answers */
#define PROVIDER_ERROR_TEXT_MAX	255	/* bytes of a failed delivery's stored diagnostic text */

/* Config */
#define CONFIG_LINE_MAX		4096	/* bytes of one config line */
#define CONFIG_SECRET_FILE_MAX	4096	/* bytes of a <key>_file secret */
#define CONFIG_FILE_MAX		(1024 * 1024)	/* bytes of the whole config file */

/* Log */
#define LOG_LINE_MAX		8192	/* bytes of one log line; longer lines end in truncated=1 */
#define LOG_RID_MAX		64	/* bytes of a request id (X-Request-Id), longer ones are replaced */
#define LOG_CONV_MAX		64	/* bytes of a conversation pseudonym in the log context */

/* Privacy */
#define PSEUDONYM_LEN		16	/* hex chars of a contact pseudonym */
#define PSEUDONYM_KEY_MIN	16	/* bytes of [privacy] pseudonym_key, at least */

/* Outbox */
#define OUTBOX_LEASE_S		60	/* a claimed row returns to the queue after this */
#define SENDER_TIMEOUT_MAX_MS	30000	/* [sender] timeout_ms at most: well under the lease */
#define OUTBOX_CLAIM_BATCH	64	/* rows claimed per query */
#define WA_WINDOW_S		(24 * 3600)	/* WhatsApp customer-service window */
#define OUTBOX_ECHO_MAX		48	/* bytes of a send's echo token "pp1.<id>.<mac>", NUL included */
#define OUTBOX_ECHO_MAC_LEN	16	/* hex chars of the echo's HMAC */
#define OUTBOX_ECHO_IN_MAX	512	/* bytes of an echo read back (biz_opaque_callback_data's limit) */
#define SENDER_DOUBT_DEFAULT_S	60	/* default [sender] doubt_window */

/* Worker */
#define WORKER_BATCH_CONTACTS	64	/* contacts stepped per transaction */
#define WORKER_POLL_MS		500	/* scan for work stored by other daemons this often */
#define WORKER_HINTS_MAX	16384	/* contacts named by ingest, waiting for a worker; past it, a scan */
#define WORKER_RESCAN_MS	20	/* a named contact was busy in another transaction: scan after this */
#define WORKER_FLOOD_SLOT_MS	100	/* arrivals are counted in slots this long ... */
#define WORKER_FLOOD_SLOTS	10	/* ... over the last this many: a second */
#define WORKER_FLOOD_BURST_MS	100	/* while paced, this long's work at flood_pace may go at once */
#define WORKER_GATHER_CONTACTS	8	/* named contacts that start a batch without waiting gather_ms */
#define WORKER_ASIDE_MS		10000	/* a contact whose step fails on its own waits this long */
#define WORKER_ASIDE_MAX	64	/* contacts set aside at once; past it, the oldest is tried again */
#define WORKER_URGENT_MAX	1024	/* contacts with crisis words named to the workers; past it,
					 * the next queue read finds them first (message_in.urgent) */

/* Ingest */
#define INGEST_BATCH_MAX	256	/* webhook requests sharing one commit */
#define INGEST_QUEUE_MAX	4096	/* requests waiting for a commit; past it: 503 */
#define INGEST_GATHER_JOBS	16	/* a gathering batch is taken at once when this many wait */
#define INGEST_GATHER_RECENT	4	/* a batch gathers only when the one before it was taken
					 * less than this many gather windows ago */
#define INGEST_GATHER_SKIP	8	/* after a wait that gained nothing, batches taken at once */

/* Runtime (app, http, ingest, worker, sender, serve) */
#define HTTP_CONN_MEMORY	(32 * 1024)	/* MHD per-connection pool: request line, headers and
					 * read buffer; headers that do not fit get 431 */
#define HTTP_URI_MAX		2048	/* bytes of a request URI kept for signature checks */
#define INGEST_FAIL_FAST_MS	1000	/* after a database failure, answer 503 without trying for this long */
#define INGEST_REFUSED_LOG_MS	1000	/* webhooks refused by ingest (503) are logged at most once this often */
#define DB_RETRY_MIN_MS		250	/* first reconnect delay of a worker or the sender */
#define DB_RETRY_MAX_MS		10000	/* reconnect delays double up to this */
#define SENDER_IDLE_MAX_MS	1000	/* the sender looks for due rows at least this often */
#define SENDER_RECHECK_MS	100	/* a due row was not claimable: look again after this */
#define SENDER_REQUEUE_MS	5000	/* look for rows whose lease ran out this often */
#define SENDER_DUE_SLACK_MS	5	/* claim this long after a row's due time (clock rounding) */
#define SENDER_GATHER_MS	5	/* send results wait at most this long for others to share a commit */
#define SHUTDOWN_GRACE_MS	5000	/* wait this long for suspended webhook requests at stop */
#define SENDER_RESPONSE_MAX	(64 * 1024)	/* bytes of a provider answer kept (rest dropped) */
#define SENDER_RETRY_AFTER_MAX_S 3600	/* a provider's Retry-After is honoured up to this */
#define SENDER_CONNECT_TIMEOUT_MS 10000	/* TCP+TLS connect, within [sender] timeout_ms */
#define SENDER_UNRECORDED_MAX	4096	/* send results kept while the database is down */
#define SENDER_HINTS_MAX	16384	/* heads named to the sender, waiting; past it, a scan */
#define SCRUB_MIN_DIGITS	8	/* a digit run this long is logged as <number> (provider error codes have 6) */

/* Crisis lexicon (conf/crisis.lex, docs/crisis-lexicon.md) */
#define CRISIS_LEX_MAX_BYTES	(2 * 1024 * 1024)	/* size of the lexicon file */
#define CRISIS_LINE_MAX		1024	/* bytes of one lexicon line */
#define CRISIS_PATTERNS_MAX	72000	/* compiled patterns (lines after expansion), exceptions included */
#define CRISIS_ELEMS_MAX	16	/* elements (words, wildcards, gaps) of one pattern */
#define CRISIS_ALTS_MAX		256	/* alternatives of one element (a class included) */
#define CRISIS_CLASSES_MAX	256	/* @word classes */
#define CRISIS_WORD_MAX		48	/* bytes of one normalised lexicon word */
#define CRISIS_PREFIX_MIN	3	/* letters before a trailing * (word prefix) */
#define CRISIS_GAP_DEFAULT	3	/* words a plain ... may skip */
#define CRISIS_GAP_MAX		8	/* words a ...N may skip */
#define CRISIS_GAPS_MAX		3	/* gaps in one pattern (bounds backtracking) */
#define CRISIS_EXPAND_MAX	512	/* patterns one line may expand to (multi-word groups) */
#define CRISIS_NUM_MAX		100000	/* largest N of a <N+> number element */
#define CRISIS_NEAR_MAX		3	/* groups one ~N line may join in any order */
#define CRISIS_DROP_N_MIN	6	/* a lexicon word this long ending in -en also matches without the n */
#define CRISIS_ARABIC_FIRST	0x621	/* Arabic letters kept by crisis_normalise ... */
#define CRISIS_ARABIC_LAST	0x6CC	/* ... up to here (marks vanish, variants fold) */

/* Crisis model (conf/crisis.model, src/crisis_model.c, docs/crisis-lexicon.md "The model") */
#define CRISIS_MODEL_VERSION	"1"	/* the model file format this daemon reads */
#define CRISIS_MODEL_MAX_BYTES	(16 * 1024 * 1024)	/* size of the model file */
#define CRISIS_MODEL_LINE_MAX	1024	/* bytes of one model file line */
#define CRISIS_MODEL_BUCKETS_MAX (1 << 22)	/* hash buckets of the features */
#define CRISIS_MODEL_NGRAM_MAX	5	/* longest character n-gram */
#define CRISIS_MODEL_CHUNK	1024	/* bytes of text scored at once; longer texts in pieces */
#define CRISIS_MODEL_MIN_WORDS	3	/* shorter texts are not scored (the lexicon's alone) */

/* PII scrubber (src/pii.c, conf/pii, docs/privacy.md "Scrubbing") */
#define PII_LIST_MAX_BYTES	(1024 * 1024)	/* size of one list file in conf/pii */
#define PII_WORDS_MAX		100000	/* words of all lists together */
#define PII_WORD_MAX		64	/* bytes of one list word (folded) */
#define PII_PHRASES_MAX		256	/* trigger and relation phrases */
#define PII_PHRASE_WORDS	4	/* words of one phrase */
#define PII_TEXT_MAX_BYTES	(16 * 1024 * 1024)	/* bytes of one text pii_scrub takes */
#define PII_NAMES_MAX		64	/* known names of one call (more are ignored) */
#define PII_NAME_WORDS_MAX	256	/* words of the known names of one call */
#define PII_RUN_GROUPS_MAX	12	/* digit groups of one number run read as a whole */
#define PII_MIN_NUMBER_DIGITS	7	/* a digit run this long is at least [NUMMER] */

/* Flows (the JSON files in conf/flows, docs/flows.md) and the dialogue engine */
#define FLOW_MAX_FILES		64	/* *.json files in the flows directory */
#define FLOW_FILE_MAX_BYTES	(1024 * 1024)	/* bytes of one flow file */
#define FLOW_MAX_NODES		500	/* nodes of one flow */
#define FLOW_MAX_LANGS		8	/* languages in languages.json */
#define FLOW_ID_MAX		64	/* bytes of a flow, node, choice or variable id */
#define FLOW_TEXT_MAX_CHARS	4096	/* characters of one text (WhatsApp's text limit) */
#define FLOW_MENU_TEXT_MAX_CHARS 1024	/* characters of a menu text (interactive body) */
#define FLOW_MAX_CHOICES	10	/* choices of one menu (WhatsApp list rows) */
#define FLOW_MAX_WORDS		64	/* keywords of one choice / words of one command */
#define FLOW_MAX_OPTIONS	32	/* one_of / many_of options */
#define FLOW_MAX_CASES		32	/* cases of one branch */
#define FLOW_MAX_VARS		32	/* variables named by one save or summary */
#define FLOW_EXPIRE_MAX_MIN	(7 * 24 * 60)	/* expire_minutes at most a week */
#define FLOW_STORY_MAX		50000	/* bytes a story node's max_length may allow */
#define ENGINE_VAR_MAX		4096	/* bytes of an ask answer without max_length */
#define ENGINE_MAX_VARS		64	/* variables of one conversation */
#define ENGINE_MAX_HOPS		64	/* nodes entered for one input (loop guard) */
#define ENGINE_MAX_REPLIES	8	/* replies produced for one input */
#define ENGINE_MAX_ACTIONS	8	/* actions produced for one input */
#define ENGINE_STRIKES		3	/* unrecognised answers in a row before a choice (person, menu, help now) */
#define ENGINE_ROUTE_HOPS	8	/* message/set nodes passed to find the menu one level deeper */
#define ENGINE_STATE_MAX	(128 * 1024)	/* bytes of a conversation's state JSON */

/* Console (web/, served at /console/ by src/web.c) */
#define WEB_FILES_MAX		64	/* files in [console] web_dir */
#define WEB_FILE_MAX_BYTES	(1024 * 1024)	/* bytes of one console file */
#define WEB_TOTAL_MAX_BYTES	(8 * 1024 * 1024)	/* bytes of all console files together */
#define WEB_NAME_MAX		64	/* bytes of a console file's name */
#define WEB_MAX_AGE_S		300	/* Cache-Control max-age of the console's scripts, styles
					 * and images (the HTML is revalidated every time) */
/* Console: staff, sessions and the /api/v1 API (auth.c, api.c, api_chat.c, staff.c) */
#define CONSOLE_MAX_CHATS_DEFAULT 3	/* default [console] max_chats */
#define CONSOLE_SESSION_IDLE_S	(30 * 60)	/* default [console] session_idle */
#define CONSOLE_SESSION_MAX_S	(8 * 3600)	/* default [console] session_max */
#define CONSOLE_CRISIS_CLAIM_ALERT_S 120	/* default [console] crisis_claim_alert */
#define CONSOLE_IDLE_REMINDER_S	(10 * 60)	/* default [console] idle_reminder */
#define AUTH_TOKEN_BYTES	32	/* random bytes of a session token and of a CSRF token */
#define AUTH_TOKEN_HEX		(2 * AUTH_TOKEN_BYTES)	/* their hex length */
#define AUTH_LOGIN_MAX		64	/* bytes of a login name */
#define AUTH_ALIAS_MAX_CHARS	64	/* characters of an alias */
#define AUTH_PASSWORD_MIN	10	/* characters of a password, at least */
#define AUTH_PASSWORD_MAX	1024	/* bytes of a password, at most */
#define AUTH_COMMON_MAX_BYTES	(1024 * 1024)	/* size of the common-passwords file */
#define AUTH_FAIL_WINDOW_S	900	/* failed logins are counted over this long */
#define AUTH_FAIL_LOGIN_FREE	5	/* failures of one login before logins are slowed */
#define AUTH_FAIL_ADDRESS_FREE	20	/* failures from one address before logins are slowed */
#define AUTH_SLOW_BASE_S	30	/* the first wait once slowed; doubles with each failure */
#define AUTH_SLOW_MAX_S		900	/* the longest wait */
#define API_BODY_MAX		(64 * 1024)	/* bytes of an /api/v1 request body */
#define API_JSON_MAX_DEPTH	8	/* nesting of an /api/v1 request body */
#define API_TEXT_MAX_CHARS	4096	/* characters of a reply or a note */
#define API_PAGE_DEFAULT	50	/* messages or audit rows a page has unless ?limit says */
#define API_PAGE_MAX		200	/* ... at most */
#define API_CANNED_MAX		200	/* canned responses of one team */
#define API_CANNED_FILE_MAX	(256 * 1024)	/* bytes of one canned-response file */
#define API_OUTCOMES_MAX	32	/* outcomes in [console] close_outcomes */
#define API_OUTCOME_MAX		48	/* bytes of one outcome */
#define API_NEXT_TRIES		8	/* queue/next passes over chats whose contact is busy */
#define API_QUEUE_MAX		500	/* chats GET /conversations lists at most */
#define API_QUEUE_PAGE		100	/* chats GET /queue lists at most, the most urgent (and "total") */

/*
 * Waiting for a counsellor (docs/flows.md "Handed over") and the console's
 * periodic jobs (src/console_jobs.c, docs/configuration.md [console]).
 * Those used in SQL are plain decimal literals.
 */
#define CONSOLE_WAIT_REPEAT_MS	(5 * 60 * 1000)	/* a queued youth hears the wait line at most this often */
#define QUEUE_WAIT_MIN_MINUTES	2	/* a typical wait is never told as less than this */
#define QUEUE_CRISIS_PRIORITY	10	/* a crisis handover to CIT; crisis_unclaimed looks at these */
#define QUEUE_CARRYOVER_PRIORITY 9	/* a chat that waited through its team's closing: first
					 * in line when it opens (below a crisis) */
#define QUEUE_AHEAD_MAX		1000	/* chats before a queued one counted at most */
#define QUEUE_WAIT_SAMPLE	20	/* the team's last claims its typical wait is the median of ... */
#define QUEUE_WAIT_RECENT_H	8	/* ... within this many hours (older: no data, no figure told) */
#define CONSOLE_JOBS_MS		1000	/* the periodic jobs run this often (one daemon at a time) */
#define CONSOLE_JOBS_BATCH	100	/* chats each job handles per run at most */
#define PRIVACY_SWEEP_BATCH	100	/* conversations the sweeper closes per statement at most */
#define PURGE_CONV_BATCH	20	/* conversations (with their messages) or contacts retention
					 * deletes per transaction */
#define PURGE_PAUSE_MS		50	/* retention's least pause between two batches; it rests at
					 * least as long as the batch took (ingest goes first) */
#define PURGE_MSGS_PER_S	6000	/* messages and replies retention removes a second at
					 * most: it rests after a batch until its rows fit */
#define PURGE_PERIOD_S		86400	/* the retention job runs this often (and at start) */
#define PRIVACY_ERASE_MAX	100	/* erasures one run of the privacy jobs carries out at most */
#define ERASE_CONFIRM_WAIT_S	600	/* an erasure waits at most this long for its chat confirmation */
#define ERASE_CONTACTS_MAX	8	/* contacts one pseudonym names at most (erase --pseudonym) */
#define API_PSEUDONYM_MAX	128	/* characters of the pseudonym POST /api/v1/erasure takes */
#define PRIVACY_NOFLOW_MIN	60	/* expiry (min) of a bot chat in no flow */
#define CONSOLE_SESSIONS_SCAN	1000	/* recent console sessions looked at for a CIT counsellor */
#define CONSOLE_ONCALL_MAX	32	/* bytes of [console] oncall_sms (a phone number) */
#define CALENDAR_LOOKBACK_MIN	(8 * 24 * 60)	/* minutes back a team's closing time is looked for */

/*
 * The store's SQL (src/store_*.c, src/db.c): bounds written into its
 * statements (stringified with SQL_NUM, include/db.h) or applied to what
 * they return. Plain decimal literals, so that they read as SQL.
 */
#define WORK_PENDING_MAX	256	/* unprocessed messages of a contact loaded per transaction */
#define WORK_CLAIM_SCAN_FACTOR	4	/* a claim of n contacts visits at most n * this many
					 * (contacts locked elsewhere leave room) */
#define DB_STATEMENT_TIMEOUT_MS	15000	/* statement_timeout, unless the database URL says otherwise */
#define SCHEMA_VERSION_MAX	1000000	/* a larger schema version read from the database is an error */

/* Console events (src/events.c: GET /api/v1/events, docs/architecture.md) */
#define EVENTS_STREAMS_MAX	1000	/* open event streams of one daemon; past it: 503 */
#define EVENTS_STREAMS_PER_STAFF 8	/* open event streams of one staff member; past it: 429 */
#define EVENTS_RING_MAX		4096	/* newest events kept in memory, for the streams and resumes */
#define EVENTS_RING_BYTES	(8 * 1024 * 1024)	/* bytes of those events at most (oldest dropped) */
#define EVENTS_REPLAY_MAX	1000	/* events a resume (Last-Event-ID) replays; more, or an id
					 * no longer kept: a reset event (the client reloads) */
#define EVENTS_FETCH_MAX	512	/* events read in one statement */
#define EVENTS_EVENT_MAX	(512 * 1024)	/* bytes of one event as sent (a long message fits) */
#define EVENTS_STREAM_CHUNK	(64 * 1024)	/* bytes gathered for a stream before MHD writes them */
#define EVENTS_WAKE_MS		20	/* new events wake their streams at most this often */
#define EVENTS_PING_MS		15000	/* ": ping" on a stream this long quiet */
#define EVENTS_RETRY_MS		3000	/* reconnect delay told to clients ("retry:") */
#define EVENTS_TICK_MS		1000	/* the hub looks at pings, sessions and pruning this often */
#define EVENTS_SESSION_CHECK_MS	5000	/* a stream whose session ended is closed within this */
#define EVENTS_KEEP_S		86400	/* events older than this are deleted ... */
#define EVENTS_PRUNE_MS		60000	/* ... this often ... */
#define EVENTS_PRUNE_BATCH	10000	/* ... at most this many at a time */

#define RESEARCH_COPY_MS	5000	/* the research copy job runs this often */
#define RESEARCH_COPY_BATCH	50	/* conversations (and stories) copied per run at most */
#define RESEARCH_NAMES_MAX	4096	/* staff logins and aliases scrubbed from a copy at most */
#define EXPORT_STREAM_CHUNK	65536	/* bytes MHD asks an export stream for at most */
#define EXPORT_FETCH_ROWS	1000	/* rows an export reads per FETCH from its cursor */
#define DASHBOARD_DAYS_MAX	1100	/* days a story dashboard's period spans at most (3 years) */
#define DASHBOARD_VALUE_MAX	40	/* characters of a value (or municipality filter) it shows */
#define DASHBOARD_ROWS_MAX	2000	/* counts it reads at most (every cell of every chart) */

#endif
