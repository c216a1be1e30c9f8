/*
 * store_console.h — the console's store (src/store_console.c): staff,
 * their sessions and failed logins, the audit, and the counsellors' work
 * on conversations (queue, claim, replies, notes, transfer, release,
 * close, figures).
 *
 * Reads that answer an API request build their JSON in SQL and hand back
 * its text (the caller frees it). Functions that change a conversation
 * run inside the caller's transaction, after db_console_lock_contact: the
 * dialogue worker holds the same lock while it steps the contact, so the
 * two never overwrite each other's status. All return 0, or -1 with err
 * filled.
 */
#ifndef STORE_CONSOLE_H
#define STORE_CONSOLE_H

#include <stddef.h>
#include <stdint.h>
#include <libpq-fe.h>
#include "auth.h"
#include "util.h"

/* ---- staff ----------------------------------------------------------------- */

struct staff_row {
	int64_t	 sr_id;
	char	*sr_role;
	char	*sr_teams;	/* PostgreSQL array text: "{JIP,CIT}" */
	char	*sr_alias;
	char	*sr_hash;
	int	 sr_disabled;
};

void	db_staff_row_free(struct staff_row *);
/* A new member of staff; *exists 1 (nothing added) when the login is taken. */
int	db_staff_add(PGconn *, const char *login, const char *role, const char *teams,
	    const char *alias, const char *hash, int64_t *id, int *exists,
	    char *err, size_t errlen) WUR;
int	db_staff_get(PGconn *, const char *login, struct staff_row *, int *found,
	    char *err, size_t errlen) WUR;
/* New password hash by login (sessions ended) or, after a rehash at login, by id (kept). */
int	db_staff_password(PGconn *, const char *login, const char *hash, int *found,
	    char *err, size_t errlen) WUR;
int	db_staff_rehash(PGconn *, int64_t id, const char *hash, char *err, size_t errlen) WUR;
/* Disable (ending every session) or enable an account. */
int	db_staff_disable(PGconn *, const char *login, int disable, int *found,
	    char *err, size_t errlen) WUR;
int	db_staff_teams(PGconn *, const char *login, const char *teams, int *found,
	    char *err, size_t errlen) WUR;
/* Every account: login, role, teams, alias, disabled (t/f), last login; caller PQclear()s. */
int	db_staff_list(PGconn *, PGresult **, char *err, size_t errlen) WUR;

/* ---- sessions and failed logins ------------------------------------------ */

/* A session (token hash as hex); the account's expired sessions are removed. */
int	db_session_add(PGconn *, const char *hash, int64_t staff_id, const char *csrf,
	    long long idle_s, long long max_s, char *err, size_t errlen) WUR;
/*
 * The session's staff when it is neither idle past idle_s nor older than
 * max_s and its account is enabled (its last_seen_at set to now), into
 * out (si_id, si_role, si_teams, si_login, si_alias, si_csrf); *found 0
 * otherwise.
 */
int	db_session_get(PGconn *, const char *hash, long long idle_s, long long max_s,
	    struct staff_ident *out, int *found, char *err, size_t errlen) WUR;
int	db_session_delete(PGconn *, const char *hash, char *err, size_t errlen) WUR;

struct login_failures {
	long long	lf_login;		/* failures of the login in the window */
	long long	lf_login_since_s;	/* seconds since its last */
	long long	lf_address;		/* failures from the address in the window */
	long long	lf_address_since_s;
};

int	db_login_failures(PGconn *, const char *login, const char *address, long long window_s,
	    struct login_failures *, char *err, size_t errlen) WUR;
int	db_login_failure_add(PGconn *, const char *login, const char *address,
	    char *err, size_t errlen) WUR;
/* A good login: last_login_at, and the login's failures forgotten. */
int	db_login_ok(PGconn *, int64_t staff_id, const char *login, char *err, size_t errlen) WUR;

/* ---- audit ----------------------------------------------------------------- */

/* A row of the audit; staff_id and conv_id 0, reason and detail (JSON) NULL: none. */
int	db_audit_add(PGconn *, int64_t staff_id, const char *action, int64_t conv_id,
	    const char *reason, const char *detail, char *err, size_t errlen) WUR;
/* Audit rows below before_id (0: the newest), at most limit: a JSON array, newest first. */
int	db_audit_list(PGconn *, int64_t before_id, int limit, char **json,
	    char *err, size_t errlen) WUR;

/* ---- conversations --------------------------------------------------------- */

/* What an access check needs of a conversation. */
struct conv_access {
	int64_t	ca_id;
	int64_t	ca_contact_id;
	char	ca_status[16];		/* bot, queued, assigned, closed */
	char	ca_team[8];		/* "" when none */
	int64_t	ca_assigned_to;		/* 0: nobody */
	char	ca_channel[16];		/* whatsapp, sms */
	char	ca_language[16];
	long long ca_window_left;	/* seconds left in WhatsApp's window; -1: SMS */
	char	ca_pseudonym[PSEUDONYM_LEN + 1];
	char	ca_holder_alias[AUTH_ALIAS_MAX_BYTES + 1];	/* alias of assigned_to */
};

int	db_console_access(PGconn *, int64_t id, struct conv_access *, int *found,
	    char *err, size_t errlen) WUR;
/* The conversation as the API shows it (CONV in docs/openapi.yaml). */
int	db_console_conv_json(PGconn *, int64_t id, char **json, char *err, size_t errlen) WUR;
/* Waiting chats of teams (array literal), most urgent first: a JSON array of QITEM. */
int	db_console_queue(PGconn *, const char *teams, char **json, char *err, size_t errlen) WUR;
/*
 * The chats of a counsellor (assigned to staff_id), or with all set every
 * queued and assigned chat; status "queued"/"assigned" or NULL: a JSON
 * array of CONV.
 */
int	db_console_convs(PGconn *, int64_t staff_id, int all, const char *status, char **json,
	    char *err, size_t errlen) WUR;
/*
 * A page of the transcript, newest first: at most limit messages older
 * than the cursor (before_us, before_kind 0 in / 1 out, before_id; NULL
 * cursor: the newest). A JSON array of MSG, each with a "cursor" member.
 */
int	db_console_messages(PGconn *, int64_t id, const char *before_us, const char *before_kind,
	    const char *before_id, int limit, char **json, char *err, size_t errlen) WUR;
int	db_console_notes(PGconn *, int64_t id, char **json, char *err, size_t errlen) WUR;
int	db_console_note_add(PGconn *, int64_t id, int64_t staff_id, const char *text,
	    int64_t *note_id, char *err, size_t errlen) WUR;

/* ---- changing a conversation (inside the caller's transaction) ------------- */

/* Wait for the contact's lock (the worker's advisory lock). */
int	db_console_lock_contact(PGconn *, int64_t contact_id, char *err, size_t errlen) WUR;
/* Lock the staff row: one claim of theirs at a time, so max_chats holds. */
int	db_console_lock_staff(PGconn *, int64_t staff_id, char *err, size_t errlen) WUR;
/*
 * The most urgent waiting chat of teams that no one else is taking (FOR
 * UPDATE SKIP LOCKED), other than those in exclude (array literal):
 * *found 0 when there is none; *locked 1 when its contact's lock was
 * taken too (else the dialogue is stepping it: try the next).
 */
int	db_console_next(PGconn *, const char *teams, const char *exclude, int64_t *id,
	    int64_t *contact_id, int *locked, int *found, char *err, size_t errlen) WUR;
/*
 * Claim queued chat id for staff_id if they hold fewer than max_chats:
 * status assigned, the wait recorded (queue_wait), an audit row. *claimed
 * 0 when it was not queued or the maximum was reached.
 */
int	db_console_claim(PGconn *, int64_t id, int64_t staff_id, long long max_chats,
	    int *claimed, char *err, size_t errlen) WUR;
/* Chats assigned to staff_id now. */
int	db_console_held(PGconn *, int64_t staff_id, long long *n, char *err, size_t errlen) WUR;
/*
 * Put a text for the youth (outbound JSON) in the outbox of conversation
 * id, from staff_id (0: the bot): the contact's head when it has no open
 * reply ('queued'), else waiting behind ('held', *held 1).
 */
int	db_console_outbox_add(PGconn *, int64_t id, int64_t staff_id, const char *body,
	    int64_t *out_id, int *held, char *err, size_t errlen) WUR;
/*
 * Hand chat id (assigned to staff_id, or to anyone when any) back to the
 * queue of team with a note (may be NULL); back to the bot; closed with
 * outcome. Each writes an audit row; *done 0 when the chat was not in a
 * state for it (nothing changed).
 */
int	db_console_transfer(PGconn *, int64_t id, int64_t staff_id, int any, const char *team,
	    const char *note, int *done, char *err, size_t errlen) WUR;
int	db_console_release(PGconn *, int64_t id, int64_t staff_id, int any, int *done,
	    char *err, size_t errlen) WUR;
int	db_console_close(PGconn *, int64_t id, int64_t staff_id, int any, const char *outcome,
	    int *done, char *err, size_t errlen) WUR;

/* Today's figures (GET /stats "today" object) as JSON. */
int	db_console_stats(PGconn *, char **json, char *err, size_t errlen) WUR;

#endif
