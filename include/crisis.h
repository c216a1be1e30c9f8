/*
 * crisis.h — crisis triage: a lexicon of phrases (conf/crisis.lex) matched
 * against every inbound message, above every flow.
 *
 * Load the lexicon once at start-up (crisis_load); crisis_match is pure and
 * may be called from any thread on a loaded lexicon. The lexicon format, the
 * categories and how to extend it: docs/crisis-lexicon.md.
 *
 * crisis_normalise is the text normalisation the matcher uses; other modules
 * (flow keywords) may reuse it, as long as they normalise both sides.
 */
#ifndef CRISIS_H
#define CRISIS_H

#include <stddef.h>
#include "util.h"

/*
 * Categories, most urgent first: when a message matches more than one, the
 * hit's ch_category is the most urgent, ch_categories has them all.
 */
enum crisis_category {
	CRISIS_NONE = 0,
	CRISIS_DANGER,		/* acute danger now (violence, threat, followed): 112 */
	CRISIS_SUICIDE,		/* suicidal thoughts or plans: 113 / 0800-0113 */
	CRISIS_SELFHARM,	/* self-harm: 113, De Kindertelefoon */
	CRISIS_ABUSE,		/* violence or abuse at home, sexual abuse: Veilig Thuis 0800-2000 */
	CRISIS_HOMELESS,	/* nowhere to sleep tonight, thrown out */
	CRISIS_NCATEGORIES
};

#define CRISIS_BIT(c)	(1u << (unsigned)(c))
/* Every category's bit: nothing more to find. */
#define CRISIS_ALL	(((1u << CRISIS_NCATEGORIES) - 1) & ~CRISIS_BIT(CRISIS_NONE))

/*
 * Aspects a pattern may add to its category ("suicide+ingested" in the
 * lexicon): they change the answer, not whether there is a crisis.
 */
#define CRISIS_ASPECT_INGESTED		(1u << 0)	/* took pills or poison: 112 first */
#define CRISIS_ASPECT_SEXUAL		(1u << 1)	/* sexual violence: Centrum Seksueel Geweld */
#define CRISIS_ASPECT_SEXTORTION	(1u << 2)	/* online sexual extortion */
#define CRISIS_ASPECT_OTHER		(1u << 3)	/* about someone else: a text for the helper */
/*
 * Markers: lexicon lines "worry ..." and "past ..." are not crises. They add
 * their bit to ch_aspects whether or not a crisis pattern matched too, and
 * crisis_match alone never returns 1 for them.
 *   worry: hopelessness that is not a clear crisis ("ik zie het niet meer
 *     zitten"): with no crisis hit, the engine asks the screening question
 *     (docs/crisis-lexicon.md, "The screening question"). Another
 *     classifier (a learned model's middle band) asks for it the same way:
 *     a crisis_hit with CRISIS_NONE and CRISIS_ASPECT_WORRY.
 *   past: the message tells of something over or that did not happen
 *     ("in die tijd", "never hit me"): after the first message, the
 *     engine gives the numbers and asks whether it is happening now.
 *   resolved: the writer says it is over now ("nu gaat het goed", "clean
 *     for a year", "ligt achter me"): on a first message, crisis words with
 *     this marker get the numbers and "is this happening now?" too.
 */
#define CRISIS_ASPECT_WORRY		(1u << 4)
#define CRISIS_ASPECT_PAST		(1u << 5)
#define CRISIS_ASPECT_RESOLVED		(1u << 6)
#define CRISIS_ASPECT_MARKERS		(CRISIS_ASPECT_WORRY | CRISIS_ASPECT_PAST | CRISIS_ASPECT_RESOLVED)
/*
 * Set by crisis_match when an exception line masked words of the message
 * (an idiom, a story that is over, a school subject): the lexicon read
 * those words as no crisis, and the learned model scores only the words
 * left (crisis_match_unmasked, crisis_assess).
 */
#define CRISIS_ASPECT_EXCEPTED		(1u << 7)

/*
 * Set by crisis_match when every crisis pattern that matched is one word
 * or phrase alone ("zelfmoord*", "schietpartij", "dakloos"): a topic
 * named, which a news item, a film or a lesson names too. A pattern of two
 * or more elements ("ik wil dood") clears it. crisis_assess may ask the
 * model to confirm such a hit (crisis_model.h).
 */
#define CRISIS_ASPECT_WORD		(1u << 8)

struct crisis_hit {
	enum crisis_category	 ch_category;	/* most urgent category matched */
	unsigned		 ch_aspects;	/* CRISIS_ASPECT_* of every pattern matched */
	const char		*ch_name;	/* its name ("suicide", ...), static */
	unsigned		 ch_categories;	/* CRISIS_BIT() of every category matched */
	int			 ch_line;	/* lexicon line of the pattern behind ch_category */
};

struct crisis_lexicon;

/* "danger", "suicide", "selfharm", "abuse", "homeless"; "none" for CRISIS_NONE. */
const char	*crisis_category_name(enum crisis_category);
/* Name to category (not "none"): 0, or -1 if unknown. */
int		 crisis_category_parse(const char *, enum crisis_category *);
/* "ingested", "sexual", "sextortion", "other", "worry", "past", "resolved" to its CRISIS_ASPECT_ bit: 0, or -1 if unknown. */
int		 crisis_aspect_parse(const char *, unsigned *);

/*
 * 1 when the text reads as English rather than Dutch (more English than
 * Dutch function words), else 0. For answering in the writer's language.
 */
int		 crisis_text_english(const char *text);

/*
 * Normalise UTF-8 text into the matching form: ASCII lower case; accents
 * folded for Latin-1 Supplement and Latin Extended-A (é->e, ß->ss, ĳ->ij);
 * apostrophes dropped ("m'n" -> "mn"); inside a word that has letters, the
 * leetspeak 0 1 3 4 @ $ read as o i e a a s; every run of one repeated
 * letter collapsed to one letter ("dooood", "dood" -> "dod"); everything
 * else (punctuation, emoji, other scripts, invalid UTF-8) a word break;
 * words [a-z0-9]+ separated by single spaces, none leading or trailing.
 * The output is never longer than the input.
 * Returns 0, or -1 when out (outlen >= 1) was too small: out then holds a
 * NUL-terminated prefix of the result.
 */
int	crisis_normalise(const char *in, char *out, size_t outlen) WUR;

/*
 * Read and compile the lexicon at path. 0 with *out set (free with
 * crisis_free), or -1 with err holding "path:line: reason" (or "path: reason")
 * and *out untouched.
 */
int	crisis_load(const char *path, struct crisis_lexicon **out, char *err, size_t errlen) WUR;
void	crisis_free(struct crisis_lexicon *);
/* Number of compiled patterns (exceptions included), for the start-up log. */
size_t	crisis_npatterns(const struct crisis_lexicon *);
/* Patterns the lines made that were the same as one before: dropped, not counted above. */
size_t	crisis_nduplicates(const struct crisis_lexicon *);

/*
 * Match text (UTF-8, any length) against the lexicon. 1 on a crisis hit
 * (hit filled), 0 when none (hit->ch_category = CRISIS_NONE). Thread-safe;
 * never logs. hit may be NULL.
 */
int	crisis_match(const struct crisis_lexicon *, const char *text, struct crisis_hit *hit);
/*
 * crisis_match, and when exceptions masked words (CRISIS_ASPECT_EXCEPTED)
 * *unmasked set to the normalised words no exception masked, in order and
 * separated by single spaces (possibly ""; free it); else *unmasked NULL.
 */
int	crisis_match_unmasked(const struct crisis_lexicon *, const char *text,
	    struct crisis_hit *hit, char **unmasked);

#endif
