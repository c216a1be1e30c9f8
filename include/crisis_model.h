/*
 * crisis_model.h — the learned crisis detector beside the lexicon: a
 * linear model per label over hashed character n-grams (1-5) and word
 * uni/bigrams of the normalised text (crisis_normalise), trained by
 * tools/crisis-train.py and loaded from a versioned text file
 * (conf/crisis.model). docs/crisis-lexicon.md, "The model".
 *
 * crisis_model_load reads the file once (start-up, SIGHUP); the loaded
 * model is read-only: crisis_model_score and crisis_assess may be called
 * from any thread at once. Scoring allocates nothing, never logs and keeps
 * nothing of the text.
 */
#ifndef CRISIS_MODEL_H
#define CRISIS_MODEL_H

#include <stddef.h>
#include <stdint.h>
#include "crisis.h"
#include "util.h"

/*
 * The model's labels, in the model file's order: the five crisis
 * categories (index = category - 1) and worry (hopelessness without a
 * clear crisis: the screening question, not the crisis answer).
 */
#define CRISIS_MODEL_WORRY	5
#define CRISIS_MODEL_NLABELS	6

/* What a message calls for, the least urgent first. */
enum crisis_band {
	CRISIS_BAND_NONE = 0,	/* nothing: the flow goes on */
	CRISIS_BAND_WORRY,	/* the middle band: the screening question */
	CRISIS_BAND_CRISIS,	/* a lexicon hit or a score above the high threshold: the crisis answer */
};

struct crisis_assessment {
	enum crisis_band	 ca_band;
	/*
	 * CRISIS: the lexicon's hit, or one made from the model (ch_line 0,
	 * no aspects, ch_categories every category above the high threshold).
	 * WORRY: ch_category the most likely crisis category, for the log.
	 * NONE: ch_category CRISIS_NONE.
	 */
	struct crisis_hit	 ca_hit;
	int			 ca_lexicon;	/* 1: the lexicon matched */
	int			 ca_demoted;	/* 1: a one-word lexicon hit every label scored below confirm: WORRY */
	float			 ca_score;	/* highest probability of a crisis category (0 without a model) */
	float			 ca_scores[CRISIS_MODEL_NLABELS];	/* probability per label */
};

struct crisis_model;

/* "danger" ... "homeless", "worry" for label i; "?" past the end. */
const char	*crisis_model_label_name(size_t i);
/* "none", "worry", "crisis". */
const char	*crisis_band_name(enum crisis_band);

/*
 * Read the model file at path. 0 with *out set (free with
 * crisis_model_free), or -1 with err holding "path:line: reason" (or
 * "path: reason") and *out untouched.
 */
int	crisis_model_load(const char *path, struct crisis_model **out, char *err, size_t errlen) WUR;
void	crisis_model_free(struct crisis_model *);
/* The thresholds written in the model file (probabilities). */
float	crisis_model_high(const struct crisis_model *);
float	crisis_model_middle(const struct crisis_model *);
/* Buckets that carry a weight, for the start-up log. */
size_t	crisis_model_nweights(const struct crisis_model *);

/*
 * Probability per label (CRISIS_MODEL_NLABELS of them) of text (UTF-8,
 * any length; a text longer than CRISIS_MODEL_CHUNK bytes is scored in
 * pieces split at spaces, and each label gets its highest piece).
 * Allocates nothing; thread-safe.
 */
void	crisis_model_score(const struct crisis_model *, const char *text, float *scores);

/*
 * The decision: a lexicon hit, or a crisis category's probability at or
 * above the high threshold, is CRISIS; any label (worry included) at or
 * above the middle threshold is WORRY; else NONE. A lexicon hit of one-word
 * patterns only (CRISIS_ASPECT_WORD) whose every label scores below the
 * model's confirm threshold (when the file has one) is WORRY with
 * ca_demoted set, unless it is about pills or poison taken, someone else,
 * or words said to be past or over. When exceptions masked words and no
 * crisis pattern matched, each label's probability is the lower of the
 * whole text's and the unmasked words' (crisis_match_unmasked), and only
 * the high threshold counts (never WORRY from the model). model may be
 * NULL (the lexicon alone), lex too (the model alone). Returns a->ca_band.
 */
enum crisis_band	crisis_assess(const struct crisis_lexicon *lex, const struct crisis_model *model,
			    const char *text, struct crisis_assessment *a);

/*
 * The hash of one feature: 32-bit FNV-1a over the bytes of s. The training
 * script (tools/crisis-train.py) uses the same function; exported for the
 * test that holds the two together.
 */
uint32_t	crisis_model_hash(const char *s, size_t n);

#endif
