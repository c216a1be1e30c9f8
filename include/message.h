/*
 * message.h — the provider-neutral shapes of what comes in and goes out.
 *
 * Parsers (whatsapp.c, twilio.c) fill a struct payload; the store (src/store_*.c)
 * writes it; the dialogue produces struct outbound; renderers turn that
 * into each provider's request.
 */
#ifndef MESSAGE_H
#define MESSAGE_H

#include <stddef.h>
#include <stdint.h>
#include "praatpaal.h"

enum channel { CHANNEL_WHATSAPP, CHANNEL_SMS };

/* "whatsapp" / "sms" — the values stored in the database. */
const char	*channel_name(enum channel);
int		 channel_parse(const char *, enum channel *);

enum msg_kind {
	MSG_TEXT,	/* text body */
	MSG_BUTTON,	/* interactive button_reply (also a template quick-reply "button") */
	MSG_LIST,	/* interactive list_reply */
	MSG_IMAGE,
	MSG_AUDIO,	/* audio and voice notes */
	MSG_VIDEO,
	MSG_DOCUMENT,
	MSG_STICKER,
	MSG_LOCATION,
	MSG_CONTACTS,
	MSG_REACTION,
	MSG_UNKNOWN,	/* anything else, or an item that could not be read: meta keeps
			 * the provider's type name or the reason */
	MSG_SYSTEM,	/* a WhatsApp system event (changed number, identity, BSUID) */
	MSG_REQUEST_WELCOME, /* the person opened the chat for the first time */
	MSG_ORDER,	/* a catalogue order */
	MSG_INTERACTIVE	/* another interactive answer (e.g. a WhatsApp Flow's nfm_reply) */
};

/* "text", "button", "list", "image", ... — the values stored in the database. */
const char	*msg_kind_name(enum msg_kind);
int		 msg_kind_parse(const char *, enum msg_kind *);

struct inbound {
	enum channel	 in_channel;
	char		*in_provider_id;	/* wamid / MessageSid; UNIQUE per channel */
	char		*in_from;		/* the contact's address (wa_id / E.164 digits),
						 * or NULL when only in_bsuid is known */
	char		*in_bsuid;		/* WhatsApp business-scoped user id, or NULL */
	char		*in_profile_name;	/* WhatsApp profile name, or NULL */
	char		*in_username;		/* WhatsApp username, or NULL */
	char		*in_prev_from;		/* system event: the number the contact had */
	char		*in_prev_bsuid;		/* system event: the BSUID the contact had */
	int64_t		 in_ts_ms;		/* provider timestamp (receipt time if none) */
	enum msg_kind	 in_kind;
	char		*in_text;		/* text body, caption, or reply title; may be NULL */
	char		*in_choice_id;		/* button/list reply id, or NULL */
	char		*in_meta;		/* JSON object with the details (media id, mime
						 * type, caption, location, contacts, reaction,
						 * original type name), or NULL */
	int		 in_urgent;		/* crisis words seen at ingest (message_in.urgent):
						 * the contact is stepped first; the dialogue's
						 * own check decides what happens */
};

enum out_status {
	OUT_QUEUED,	/* waiting in the outbox */
	OUT_SENDING,	/* claimed by a sender, request in flight */
	OUT_SENT,	/* accepted by the provider */
	OUT_DELIVERED,
	OUT_READ,
	OUT_FAILED	/* permanently failed; error_code/error_text say why */
};

const char	*out_status_name(enum out_status);
int		 out_status_parse(const char *, enum out_status *);

/* A delivery status reported by the provider for one of our messages. */
struct status_update {
	enum channel	 st_channel;
	char		*st_provider_id;	/* the id the provider gave our message */
	enum out_status	 st_status;		/* SENT, DELIVERED, READ or FAILED */
	int64_t		 st_ts_ms;
	char		*st_error_code;		/* NULL unless FAILED */
	char		*st_error_text;		/* NULL unless FAILED */
	char		*st_echo;		/* the send's echo as the provider handed it back
						 * (crypto_echo_make), or NULL */
	int64_t		 st_out_id;		/* the outbox row the echo names, once checked; 0 none */
};

/* Why a webhook change was ignored (praatpaal_webhook_ignored_total{reason}). */
enum payload_ignore {
	IGNORE_OTHER_NUMBER,	/* metadata.phone_number_id is not ours */
	IGNORE_NO_NUMBER,	/* no metadata.phone_number_id at all */
	PAYLOAD_IGNORE_COUNT
};

const char	*payload_ignore_name(enum payload_ignore);

/* Everything one webhook request carried. */
struct payload {
	struct inbound		*pl_msgs;
	size_t			 pl_nmsgs;
	struct status_update	*pl_stats;
	size_t			 pl_nstats;
	size_t			 pl_nerrors;	/* errors[] entries (logged by the parser) */
	size_t			 pl_nskipped;	/* items that could not be kept at all (logged) */
	size_t			 pl_ignored[PAYLOAD_IGNORE_COUNT]; /* changes ignored, by reason */
};

/* Free what an inbound message holds and zero it (not the struct itself). */
void	inbound_free(struct inbound *);
void	payload_free(struct payload *);
int	payload_urgent(const struct payload *);	/* 1: a message with crisis words */
/* Append (taking ownership of the strings in the struct). */
void	payload_add_msg(struct payload *, const struct inbound *);
void	payload_add_status(struct payload *, const struct status_update *);

/*
 * An outbound message as the dialogue writes it to the outbox, stored as JSON:
 *   {"text": "...", "choices": [{"id": "a", "title": "..."}, ...],
 *    "button": "Kies"}                 (button: list-open label, optional)
 * Renderers choose the provider shape: WhatsApp reply buttons for at most
 * 3 choices with titles of at most 20 characters, a list for at most 10
 * (row titles at most 24), numbered text otherwise and always on SMS.
 */
#define OUT_MAX_CHOICES		10
#define WA_BUTTON_MAX		3
#define WA_BUTTON_TITLE_MAX	20	/* characters, not bytes */
#define WA_LIST_TITLE_MAX	24
#define WA_LIST_BUTTON_MAX	20
#define OUT_CHOICE_ID_MAX	200	/* bytes of a choice id (WhatsApp list row ids: 200) */
#define OUT_CHOICE_TITLE_MAX	256	/* bytes of a choice title (longer menus: numbered text) */
#define WA_TEXT_MAX_CHARS	4096	/* characters of an outbound WhatsApp text body */
#define WA_INTERACTIVE_BODY_MAX	1024	/* characters of an interactive message's body */
#define SMS_BODY_MAX_CHARS	1600	/* characters of an outbound Twilio SMS Body */
#define SMS_GSM7_SINGLE		160	/* GSM-7 characters (septets) in a one-segment SMS */
#define SMS_GSM7_PART		153	/* ... per segment of a longer one */
#define SMS_UCS2_SINGLE		70	/* UCS-2 (UTF-16 units) in a one-segment SMS */
#define SMS_UCS2_PART		67	/* ... per segment of a longer one */
#define SMS_WELCOME_MAX_SEGMENTS 3	/* the welcome as an SMS (test_sms_text checks it) */

struct out_choice {
	char	*oc_id;
	char	*oc_title;
};

struct outbound {
	char			*ob_text;
	struct out_choice	 ob_choices[OUT_MAX_CHOICES];
	size_t			 ob_nchoices;
	char			*ob_button;	/* NULL: a default by language */
};

/* Parse the outbox JSON: 0, or -1 with err filled. */
int	outbound_from_json(const char *json, struct outbound *, char *err, size_t errlen);
/* Serialise; the caller frees the string. */
char	*outbound_to_json(const struct outbound *);
void	 outbound_free(struct outbound *);
/* Number of Unicode code points in a UTF-8 string. */
size_t	 utf8_length(const char *);
/* Bytes of the first max code points of a valid UTF-8 string (all of it if shorter). */
size_t	 utf8_prefix_bytes(const char *, size_t max);

/* What a provider answered to one send. */
enum send_outcome { SEND_OK, SEND_RETRY, SEND_FAIL };

struct send_result {
	enum send_outcome	sr_outcome;
	char			sr_provider_id[PROVIDER_ID_MAX];
	char			sr_code[32];	/* provider error code or HTTP status */
	char			sr_text[256];	/* provider error text (no message content) */
	long			sr_retry_after_s; /* Retry-After if given, else 0 */
};

#endif
