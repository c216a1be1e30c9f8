/*
 * config.h — the configuration: one INI file, environment overrides.
 *
 * Every key is a row in the table in config.c (name, type, default,
 * bounds, documentation), documented in conf/praatpaal.conf and
 * docs/configuration.md. PRAATPAAL_<SECTION>_<KEY> overrides a key;
 * <key>_file reads a secret from a file (trailing newline removed).
 */
#ifndef CONFIG_H
#define CONFIG_H

#include <stddef.h>
#include <stdio.h>
#include "util.h"

struct config {
	char	*cf_path;			/* the file read, for messages */

	/* [http] */
	char	*http_listen;			/* "127.0.0.1:8080" or "[::1]:8080" */
	char	*http_public_url;		/* "https://example.org" (no trailing /) */
	long long http_max_body;		/* bytes */
	long long http_threads;
	long long http_max_connections;
	long long http_per_ip_connections;	/* 0 = off */
	long long http_timeout;			/* seconds of inactivity */
	char	*http_admin_listen;		/* /metrics; NULL: no admin listener */
	long long http_header_timeout;		/* seconds for the request line and headers */
	long long http_body_timeout;		/* seconds for the whole body */
	long long http_ack_gather_us;		/* a webhook waits this long for company */

	/* [database] */
	char	*db_url;			/* libpq conninfo or URI */
	long long db_pool;
	char	*db_direct_url;			/* session work (migrate, LISTEN); NULL: url */
	char	*db_pool_mode;			/* "session" or "transaction" (PgBouncer) */

	/* [whatsapp] — the channel is on when phone_number_id is set */
	char	*wa_verify_token;
	char	*wa_app_secret;
	char	*wa_access_token;
	char	*wa_phone_number_id;
	char	*wa_api_base;			/* "https://graph.facebook.com/v21.0" */
	char	*wa_template_name;		/* sent outside the 24 h window; NULL: fail instead */
	char	*wa_template_language;		/* e.g. "nl" */

	/* [twilio] — the channel is on when account_sid is set */
	char	*tw_account_sid;
	char	*tw_auth_token;
	char	*tw_from;
	char	*tw_api_base;			/* "https://api.twilio.com" */
	char	*tw_shared_key;			/* HMAC-SHA256 webhook signatures; NULL: refused */

	/* [flows] */
	char	*flows_dir;
	char	*flows_lexicon;			/* crisis lexicon file */
	char	*flows_model;			/* crisis model file; NULL: the lexicon alone */

	/* [teams] — opening hours, Europe/Amsterdam ("mon-fri 09:00-17:00", "24/7") */
	char	*team_jip_hours;
	char	*team_jit_hours;
	char	*team_cit_hours;

	/* [privacy] */
	char	*pseudonym_key;
	long long retention_days;
	long long k_anonymity;
	long long close_queued_after;		/* seconds unchanged before a queued chat closes */
	long long close_assigned_after;		/* seconds unchanged before an assigned chat closes */
	long long privacy_jobs_interval;	/* seconds between sweeper/erasure runs */
	char	*pii_lists;			/* scrubber lists for the research copy */
	char	*research_time_unit;		/* "day" or "week" */

	/* [sender] */
	long long send_concurrency;		/* requests in flight */
	long long send_timeout_ms;		/* whole request */
	long long send_max_attempts;		/* then: failed */
	long long send_backoff_base_ms;
	long long send_backoff_max_ms;
	long long send_doubt_window_s;		/* a send in doubt waits this long for a status */

	/* [worker] */
	long long worker_threads;
	long long worker_flood_rate;	/* arrivals/s that make a flood; 0: never pace */
	long long worker_flood_pace;	/* messages/s worked during a flood */
	long long worker_gather_ms;	/* a named contact waits this long for company */

	/* [console] */
	char	*console_web_dir;		/* NULL: ./web, else the installed one */
	/* [console] — the counsellors' side (api.c, auth.c, staff.c) */
	long long console_max_chats;		/* chats one counsellor holds at once */
	long long console_session_idle;		/* seconds without a request before a session ends */
	long long console_session_max;		/* seconds a session lasts at most */
	char	*console_close_outcomes;	/* comma-separated outcomes of POST .../close */
	char	*console_reengagement_template;	/* template offered outside the 24 h window */
	char	*console_canned_dir;		/* canned responses, one <TEAM>.json each */
	char	*console_texts;			/* what the youth hears on claim, release, close */
	char	*console_common_passwords;	/* passwords refused, one a line */
	long long console_crisis_claim_alert;	/* seconds a queued crisis may wait unclaimed */
	char	*console_oncall_sms;		/* on-call phone paged about a crisis; NULL: off */
	long long console_idle_reminder;	/* seconds an assigned chat may idle before a reminder */

	/* [log] */
	char	*log_level;			/* debug, info, warn, error */
	char	*log_format;			/* "text" (logfmt) or "json" */

	/* [daemon] */
	char	*daemon_user;			/* started as root: drop to this user */
};

/*
 * Read path (NULL: defaults and environment only), then the environment,
 * then validate. On failure returns -1 and errs holds one line per problem,
 * each "file:line: message" (or "PRAATPAAL_X: message" for the environment,
 * or "file: message" for a missing key). cfg is then freed.
 */
int	config_load(const char *path, struct config *cfg, struct buf *errs) WUR;
void	config_free(struct config *);
int	config_whatsapp_enabled(const struct config *);
int	config_twilio_enabled(const struct config *);
/*
 * Split an [http] listen or admin_listen value, "host:port" or "[v6]:port", into host
 * (without brackets; hostlen bytes at most, NUL-terminated) and port
 * (1..65535). Returns 0, or -1 when the value is malformed (outputs then
 * unspecified).
 */
int	config_split_listen(const char *listen, char *host, size_t hostlen,
	    int *port) WUR;
/*
 * The connection string for session work (migrate's advisory lock,
 * LISTEN): [database] direct_url, else url.
 */
const char *config_direct_url(const struct config *);
/* 1 when [database] pool_mode is "transaction" (a pooler such as PgBouncer). */
int	config_transaction_pooling(const struct config *);
/*
 * Append to out the "section.key" names whose values differ between a and
 * b, one per line (secrets by name only). For reload: the caller decides
 * which of them it can apply.
 */
void	config_diff(const struct config *a, const struct config *b, struct buf *out);
/* Print every key and its value (secrets shown as "(set)") for `serve --check -v`. */
void	config_dump(const struct config *, FILE *);

#endif
