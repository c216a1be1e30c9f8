/*
 * crisis_model.c — the learned crisis detector: load the model file
 * (conf/crisis.model, written by tools/crisis-train.py), score a message
 * with a linear model per label over hashed features of its normalised
 * text, and decide between the crisis answer, the screening question and
 * nothing (crisis_assess, with the lexicon).
 *
 * Features of the normalised text t (crisis_normalise), each hashed with
 * 32-bit FNV-1a (crisis_model_hash) into a bucket (the low bits) and a
 * sign (the top bit):
 *   - "c" + every substring of 1 to 5 bytes of " " t " ";
 *   - "w" + every word, "b" + every two neighbouring words joined by a space.
 * A text of fewer than CRISIS_MODEL_MIN_WORDS words is not scored (every
 * probability 0): menu answers, ages and towns are the lexicon's alone.
 * A label's score is bias + (sum of sign * weight[bucket]) / sqrt(number of
 * features), its probability the logistic of the score. The training script
 * computes exactly this; tests/unit/test_crisis_model.c holds the two
 * together with scores the script wrote (tests/data/crisis/model_fixture.tsv).
 *
 * The model is read-only after crisis_model_load: scoring is thread-safe and
 * works in two stack buffers of CRISIS_MODEL_CHUNK bytes, allocating nothing.
 */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "crisis_model.h"
#include "praatpaal.h"
#include "util.h"

/*
 * A bucket's weights: integers (times cm_scale), a row of CRISIS_MODEL_ROW
 * (the labels, then zeros) aligned to its size, so that a row is one
 * memory access in one cache line and the sums are exact integers.
 */
#define CRISIS_MODEL_ROW	8
_Static_assert(CRISIS_MODEL_NLABELS <= CRISIS_MODEL_ROW, "a row holds every label");

struct crisis_model {
	int16_t		*cm_weights;	/* cm_nbuckets rows of CRISIS_MODEL_ROW */
	float		 cm_scale;
	size_t		 cm_nbuckets;	/* a power of two */
	uint32_t	 cm_mask;
	size_t		 cm_nweights;	/* rows the file gave */
	float		 cm_bias[CRISIS_MODEL_NLABELS];
	float		 cm_high;
	float		 cm_middle;
	float		 cm_confirm;	/* 0: every lexicon hit stands */
};

static const char *const crisis_model_labels[CRISIS_MODEL_NLABELS] = {
	"danger", "suicide", "selfharm", "abuse", "homeless", "worry"
};

const char *
crisis_model_label_name(size_t i)
{
	return i < CRISIS_MODEL_NLABELS ? crisis_model_labels[i] : "?";
}

const char *
crisis_band_name(enum crisis_band b)
{
	switch (b) {
	case CRISIS_BAND_NONE: return "none";
	case CRISIS_BAND_WORRY: return "worry";
	case CRISIS_BAND_CRISIS: return "crisis";
	}
	return "none";
}

uint32_t
crisis_model_hash(const char *s, size_t n)
{
	uint32_t h = 2166136261u;
	size_t i;

	for (i = 0; i < n; i++) {
		h ^= (unsigned char)s[i];
		h *= 16777619u;
	}
	return h;
}

/* ---- loading ---- */

struct crisis_model_loader {
	const char	*ml_path;
	int		 ml_line;
	char		*ml_err;
	size_t		 ml_errlen;
};

static int
crisis_model_fail(struct crisis_model_loader *ml, const char *reason)
{
	snprintf(ml->ml_err, ml->ml_errlen, "%s:%d: %s", ml->ml_path, ml->ml_line, reason);
	return -1;
}

/* The next space-separated word of *p (NUL-terminated in place), or NULL. */
static char *
crisis_model_word(char **p)
{
	char *s = *p, *w;

	while (*s == ' ' || *s == '\t')
		s++;
	if (*s == '\0') {
		*p = s;
		return NULL;
	}
	w = s;
	while (*s != '\0' && *s != ' ' && *s != '\t')
		s++;
	if (*s != '\0')
		*s++ = '\0';
	*p = s;
	return w;
}

/* A finite decimal number: 0, or -1. */
static int
crisis_model_float(const char *s, float *out)
{
	char *end;
	double d;

	if (s == NULL)
		return -1;
	errno = 0;
	d = strtod(s, &end);
	if (errno != 0 || end == s || *end != '\0' || !isfinite(d) || d > 1e30 || d < -1e30)
		return -1;
	*out = (float)d;
	return 0;
}

/* Exactly CRISIS_MODEL_NLABELS numbers from the rest of the line. */
static int
crisis_model_row(struct crisis_model_loader *ml, char *rest, float *row)
{
	char *w;
	size_t i;

	for (i = 0; i < CRISIS_MODEL_NLABELS; i++) {
		w = crisis_model_word(&rest);
		if (crisis_model_float(w, &row[i]) == -1)
			return crisis_model_fail(ml, w == NULL ?
			    "too few numbers (one per label)" : "not a number");
	}
	if (crisis_model_word(&rest) != NULL)
		return crisis_model_fail(ml, "too many numbers (one per label)");
	return 0;
}

/* Exactly CRISIS_MODEL_NLABELS weights (integers of int16_t) from the rest of the line. */
static int
crisis_model_weights(struct crisis_model_loader *ml, char *rest, int16_t *row)
{
	long long v;
	char *w;
	size_t i;

	for (i = 0; i < CRISIS_MODEL_NLABELS; i++) {
		w = crisis_model_word(&rest);
		if (w == NULL)
			return crisis_model_fail(ml, "too few numbers (one per label)");
		if (util_parse_ll(w, -32767, 32767, &v) == -1)
			return crisis_model_fail(ml, "not a weight (an integer from -32767 to 32767)");
		row[i] = (int16_t)v;
	}
	if (crisis_model_word(&rest) != NULL)
		return crisis_model_fail(ml, "too many numbers (one per label)");
	return 0;
}

/*
 * A threshold key (given once, bit in *seen): a probability strictly
 * between 0 and 1.
 */
static int
crisis_model_threshold(struct crisis_model_loader *ml, unsigned *seen, unsigned bit,
    const char *key, char *rest, float *out)
{
	char *w = crisis_model_word(&rest), why[64];

	if (*seen & bit) {
		snprintf(why, sizeof(why), "%s given twice", key);
		return crisis_model_fail(ml, why);
	}
	*seen |= bit;
	if (crisis_model_float(w, out) == -1 || *out <= 0.0f || *out >= 1.0f)
		return crisis_model_fail(ml, "threshold must be a probability between 0 and 1");
	if (crisis_model_word(&rest) != NULL)
		return crisis_model_fail(ml, "one number expected");
	return 0;
}

enum { ML_HEADER = 1 << 0, ML_BUCKETS = 1 << 1, ML_LABELS = 1 << 2, ML_SCALE = 1 << 3,
	ML_BIAS = 1 << 4, ML_HIGH = 1 << 5, ML_MIDDLE = 1 << 6, ML_END = 1 << 7,
	ML_CONFIRM = 1 << 8 };

/* The first line: "praatpaal-crisis-model VERSION". 0, or -1 with err. */
static int
crisis_model_header(struct crisis_model_loader *ml, const char *key, char *rest)
{
	char *w;

	if (strcmp(key, "praatpaal-crisis-model") != 0) {
		crisis_model_fail(ml, "not a crisis model (first line: praatpaal-crisis-model VERSION)");
		return -1;
	}
	w = crisis_model_word(&rest);
	if (w == NULL || strcmp(w, CRISIS_MODEL_VERSION) != 0 || crisis_model_word(&rest) != NULL) {
		crisis_model_fail(ml, "unknown model version (this daemon reads version "
		    CRISIS_MODEL_VERSION ")");
		return -1;
	}
	return 0;
}

/*
 * One line of a model file: its key and the rest, into m; *seen collects
 * the keys met. 0, or -1 with the line's error filled.
 */
static int
crisis_model_line(struct crisis_model_loader *ml, struct crisis_model *m, unsigned *seen,
    const char *key, char *rest)
{
	char *w;
	long long v;
	size_t i;

	if (!(*seen & ML_HEADER)) {
		if (crisis_model_header(ml, key, rest) == -1)
			return -1;
		*seen |= ML_HEADER;
	} else if (strcmp(key, "buckets") == 0) {
		w = crisis_model_word(&rest);
		if ((*seen & ML_BUCKETS) || w == NULL ||
		    util_parse_ll(w, 2, CRISIS_MODEL_BUCKETS_MAX, &v) == -1 ||
		    (v & (v - 1)) != 0 || crisis_model_word(&rest) != NULL) {
			crisis_model_fail(ml, "buckets: once, a power of two up to CRISIS_MODEL_BUCKETS_MAX");
			return -1;
		}
		m->cm_nbuckets = (size_t)v;
		m->cm_mask = (uint32_t)(v - 1);
		m->cm_weights = aligned_alloc(CRISIS_MODEL_ROW * sizeof(int16_t),
		    m->cm_nbuckets * CRISIS_MODEL_ROW * sizeof(int16_t));
		if (m->cm_weights == NULL) {
			crisis_model_fail(ml, "out of memory for the buckets");
			return -1;
		}
		memset(m->cm_weights, 0, m->cm_nbuckets * CRISIS_MODEL_ROW * sizeof(int16_t));
		*seen |= ML_BUCKETS;
	} else if (strcmp(key, "labels") == 0) {
		for (i = 0; i < CRISIS_MODEL_NLABELS; i++) {
			w = crisis_model_word(&rest);
			if (w == NULL || strcmp(w, crisis_model_labels[i]) != 0)
				break;
		}
		if (i < CRISIS_MODEL_NLABELS || crisis_model_word(&rest) != NULL) {
			crisis_model_fail(ml, "labels must be: danger suicide selfharm abuse homeless worry");
			return -1;
		}
		*seen |= ML_LABELS;
	} else if (strcmp(key, "scale") == 0) {
		w = crisis_model_word(&rest);
		if ((*seen & ML_SCALE) || crisis_model_float(w, &m->cm_scale) == -1 ||
		    m->cm_scale <= 0.0f || crisis_model_word(&rest) != NULL) {
			crisis_model_fail(ml, "scale: once, a positive number");
			return -1;
		}
		*seen |= ML_SCALE;
	} else if (strcmp(key, "bias") == 0) {
		if (*seen & ML_BIAS) {
			crisis_model_fail(ml, "bias given twice");
			return -1;
		}
		if (crisis_model_row(ml, rest, m->cm_bias) == -1)
			return -1;
		*seen |= ML_BIAS;
	} else if (strcmp(key, "high") == 0) {
		return crisis_model_threshold(ml, seen, ML_HIGH, key, rest, &m->cm_high);
	} else if (strcmp(key, "middle") == 0) {
		return crisis_model_threshold(ml, seen, ML_MIDDLE, key, rest, &m->cm_middle);
	} else if (strcmp(key, "confirm") == 0) {
		return crisis_model_threshold(ml, seen, ML_CONFIRM, key, rest, &m->cm_confirm);
	} else if (strcmp(key, "w") == 0) {
		if (!(*seen & ML_BUCKETS) || !(*seen & ML_LABELS)) {
			crisis_model_fail(ml, "a weight before \"buckets\" and \"labels\"");
			return -1;
		}
		w = crisis_model_word(&rest);
		if (w == NULL || util_parse_ll(w, 0, (long long)m->cm_nbuckets - 1, &v) == -1) {
			crisis_model_fail(ml, "bucket number out of range");
			return -1;
		}
		if (crisis_model_weights(ml, rest, &m->cm_weights[(size_t)v * CRISIS_MODEL_ROW]) == -1)
			return -1;
		m->cm_nweights++;
	} else if (strcmp(key, "end") == 0) {
		*seen |= ML_END;
	} else {
		crisis_model_fail(ml, "unknown key (praatpaal-crisis-model buckets labels "
		    "scale bias high middle confirm w end)");
		return -1;
	}
	return 0;
}

int
crisis_model_load(const char *path, struct crisis_model **out, char *err, size_t errlen)
{
	struct crisis_model_loader ml = { path, 0, err, errlen };
	struct crisis_model *m;
	char *data, *line, *next, *rest, *key, *end;
	size_t len;
	unsigned seen = 0;
	int rc = -1;

	data = util_read_file(path, CRISIS_MODEL_MAX_BYTES, &len, err, errlen);
	if (data == NULL)
		return -1;
	m = xcalloc(1, sizeof(*m));
	if (strlen(data) != len) {
		snprintf(err, errlen, "%s: contains a NUL byte", path);
		goto fail;
	}
	for (line = data; line != NULL; line = next) {
		ml.ml_line++;
		next = strchr(line, '\n');
		if (next != NULL)
			*next++ = '\0';
		if (strlen(line) > CRISIS_MODEL_LINE_MAX) {
			crisis_model_fail(&ml, "line longer than CRISIS_MODEL_LINE_MAX");
			goto fail;
		}
		if (line[0] == '#')
			continue;
		end = line + strlen(line);
		while (end > line && (end[-1] == '\r' || end[-1] == ' ' || end[-1] == '\t'))
			*--end = '\0';
		rest = line;
		key = crisis_model_word(&rest);
		if (key == NULL)
			continue;
		if (seen & ML_END) {
			crisis_model_fail(&ml, "text after \"end\"");
			goto fail;
		}
		if (crisis_model_line(&ml, m, &seen, key, rest) == -1)
			goto fail;
	}
	if (!(seen & ML_HEADER)) {
		snprintf(err, errlen, "%s: empty", path);
		goto fail;
	}
	if ((seen & (ML_BUCKETS | ML_LABELS | ML_SCALE | ML_BIAS | ML_HIGH | ML_MIDDLE)) !=
	    (ML_BUCKETS | ML_LABELS | ML_SCALE | ML_BIAS | ML_HIGH | ML_MIDDLE)) {
		snprintf(err, errlen, "%s: incomplete (needs buckets, labels, scale, bias, high and middle)",
		    path);
		goto fail;
	}
	if (!(seen & ML_END)) {
		snprintf(err, errlen, "%s: cut short (no \"end\" line)", path);
		goto fail;
	}
	if (m->cm_middle > m->cm_high) {
		snprintf(err, errlen, "%s: middle threshold above the high one", path);
		goto fail;
	}
	if (m->cm_confirm > m->cm_middle) {
		snprintf(err, errlen, "%s: confirm threshold above the middle one", path);
		goto fail;
	}
	*out = m;
	m = NULL;
	rc = 0;
fail:
	crisis_model_free(m);
	free(data);
	return rc;
}

void
crisis_model_free(struct crisis_model *m)
{
	if (m == NULL)
		return;
	free(m->cm_weights);
	free(m);
}

float
crisis_model_high(const struct crisis_model *m)
{
	return m->cm_high;
}

float
crisis_model_middle(const struct crisis_model *m)
{
	return m->cm_middle;
}

size_t
crisis_model_nweights(const struct crisis_model *m)
{
	return m->cm_nweights;
}

/* ---- scoring ---- */

/* Add the feature with hash h to the (integer) sums. */
static inline void
crisis_model_add(const struct crisis_model *m, uint32_t h, int32_t *sum)
{
	const int16_t *w = &m->cm_weights[(size_t)(h & m->cm_mask) * CRISIS_MODEL_ROW];
	int32_t neg = -(int32_t)(h >> 31);	/* 0, or -1 (all bits) for the minus sign */
	size_t k;

	/* (w ^ neg) - neg is w or -w without a branch on the (random) sign. */
	for (k = 0; k < CRISIS_MODEL_ROW; k++)
		sum[k] += ((int32_t)w[k] ^ neg) - neg;
}

/* Extend hash h by the bytes s[0..n). */
static inline uint32_t
crisis_model_hash_more(uint32_t h, const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		h ^= (unsigned char)s[i];
		h *= 16777619u;
	}
	return h;
}

/* Probabilities of one normalised text t (len bytes) into p. */
static void
crisis_model_score_norm(const struct crisis_model *m, const char *t, size_t len, float *p)
{
	int32_t sum[CRISIS_MODEL_ROW] = { 0 };
	const uint32_t hc = crisis_model_hash("c", 1);
	const uint32_t hw = crisis_model_hash("w", 1);
	const uint32_t hb = crisis_model_hash("b", 1);
	size_t i, j, n, padded = len + 2, nfeat = 0, ws, prev_s = 0;
	uint32_t h;
	char c;
	int have_prev = 0;
	size_t k;
	double z;

	for (i = 0, n = len > 0; i < len; i++)
		n += t[i] == ' ';
	if (n < CRISIS_MODEL_MIN_WORDS) {
		/* Too short to judge ("16", "Delft", "ok"): the lexicon's alone. */
		for (k = 0; k < CRISIS_MODEL_NLABELS; k++)
			p[k] = 0.0f;
		return;
	}
	if (len > 0) {
		/* Character n-grams of " " t " ": byte i of the padded text is t[i - 1]. */
		for (i = 0; i < padded; i++) {
			h = hc;
			for (n = 1; n <= CRISIS_MODEL_NGRAM_MAX && i + n <= padded; n++) {
				j = i + n - 1;
				c = (j == 0 || j == padded - 1) ? ' ' : t[j - 1];
				h = crisis_model_hash_more(h, &c, 1);
				crisis_model_add(m, h, sum);
				nfeat++;
			}
		}
		/* Words and word bigrams. */
		for (i = 0; i < len;) {
			ws = i;
			while (i < len && t[i] != ' ')
				i++;
			crisis_model_add(m, crisis_model_hash_more(hw, t + ws, i - ws), sum);
			nfeat++;
			if (have_prev) {
				/* t[prev_s .. ws + word) is "prev word": one space between. */
				crisis_model_add(m, crisis_model_hash_more(hb, t + prev_s,
				    i - prev_s), sum);
				nfeat++;
			}
			prev_s = ws;
			have_prev = 1;
			if (i < len)
				i++;	/* the space */
		}
	}
	for (k = 0; k < CRISIS_MODEL_NLABELS; k++) {
		z = m->cm_bias[k];
		if (nfeat > 0)
			z += (double)sum[k] * m->cm_scale / sqrt((double)nfeat);
		p[k] = (float)(1.0 / (1.0 + exp(-z)));
	}
}

/*
 * Keep only the words of the normal form t that are ASCII, in place; returns
 * the new length. The model learned from Dutch and English: the words of
 * other scripts the normal form keeps for the lexicon (Arabic) would only
 * land on the hashed weights of other words.
 */
static size_t
crisis_model_ascii_words(char *t)
{
	size_t r = 0, w = 0, start;
	int ascii;

	while (t[r] != '\0') {
		start = r;
		ascii = 1;
		while (t[r] != '\0' && t[r] != ' ') {
			if ((unsigned char)t[r] >= 0x80)
				ascii = 0;
			r++;
		}
		if (ascii && r > start) {
			if (w > 0)
				t[w++] = ' ';
			memmove(t + w, t + start, r - start);
			w += r - start;
		}
		if (t[r] == ' ')
			r++;
	}
	t[w] = '\0';
	return w;
}

void
crisis_model_score(const struct crisis_model *m, const char *text, float *scores)
{
	char piece[CRISIS_MODEL_CHUNK + 1], norm[CRISIS_MODEL_CHUNK + 1];
	float p[CRISIS_MODEL_NLABELS];
	size_t left = strlen(text), take, cut, k;
	int first = 1, rc;

	for (k = 0; k < CRISIS_MODEL_NLABELS; k++)
		scores[k] = 0.0f;
	do {
		take = left;
		if (take > CRISIS_MODEL_CHUNK) {
			/* Cut after the last space of the piece, else on a character boundary. */
			cut = CRISIS_MODEL_CHUNK;
			while (cut > 0 && text[cut - 1] != ' ' && text[cut - 1] != '\n')
				cut--;
			if (cut == 0) {
				cut = CRISIS_MODEL_CHUNK;
				while (cut > 1 && ((unsigned char)text[cut] & 0xC0) == 0x80)
					cut--;
			}
			take = cut;
		}
		memcpy(piece, text, take);
		piece[take] = '\0';
		/* Never cut short: the normal form is never longer than its input. */
		rc = crisis_normalise(piece, norm, sizeof(norm));
		(void)rc;
		crisis_model_score_norm(m, norm, crisis_model_ascii_words(norm), p);
		for (k = 0; k < CRISIS_MODEL_NLABELS; k++)
			if (first || p[k] > scores[k])
				scores[k] = p[k];
		first = 0;
		text += take;
		left -= take;
	} while (left > 0);
}

/*
 * Words an exception masked (an idiom, a story that is over) neither raise
 * nor explain away a crisis: the model must find it in the whole message
 * and in the words left (rest), so each label keeps the lower of the two.
 * A message whose every word was masked scores nothing. "Dood van het
 * lachen" beside a spiked drink is still heard; "i want to" left of "i
 * want to quit vaping" alarms nothing alone. Such a message gets only the
 * high band (crisis_assess): what the lexicon explained away is not
 * reopened by the screening question.
 */
static void
crisis_model_score_unmasked(const struct crisis_model *m, const char *rest, float *scores)
{
	float p[CRISIS_MODEL_NLABELS];
	size_t k;

	if (rest[0] == '\0') {
		for (k = 0; k < CRISIS_MODEL_NLABELS; k++)
			scores[k] = 0.0f;
		return;
	}
	crisis_model_score(m, rest, p);
	for (k = 0; k < CRISIS_MODEL_NLABELS; k++)
		if (p[k] < scores[k])
			scores[k] = p[k];
}

enum crisis_band
crisis_assess(const struct crisis_lexicon *lex, const struct crisis_model *m, const char *text,
    struct crisis_assessment *a)
{
	size_t k, best = 0;
	float top = 0.0f;
	char *rest = NULL;
	int masked;

	memset(a, 0, sizeof(*a));
	a->ca_hit.ch_category = CRISIS_NONE;
	a->ca_hit.ch_name = crisis_category_name(CRISIS_NONE);
	if (lex != NULL && crisis_match_unmasked(lex, text, &a->ca_hit,
	    m != NULL ? &rest : NULL) == 1) {
		a->ca_lexicon = 1;
		a->ca_band = CRISIS_BAND_CRISIS;
	}
	if (m == NULL)
		return a->ca_band;
	crisis_model_score(m, text, a->ca_scores);
	masked = rest != NULL && !a->ca_lexicon;
	if (masked)
		crisis_model_score_unmasked(m, rest, a->ca_scores);
	free(rest);
	for (k = 0; k < CRISIS_MODEL_WORRY; k++) {
		if (a->ca_scores[k] > a->ca_score) {
			a->ca_score = a->ca_scores[k];
			best = k;
		}
	}
	for (k = 0; k < CRISIS_MODEL_NLABELS; k++)
		if (a->ca_scores[k] > top)
			top = a->ca_scores[k];
	if (a->ca_lexicon) {
		/*
		 * A topic named and nothing more (CRISIS_ASPECT_WORD: only
		 * one-word patterns matched, "schietpartij", "zelfmoordpoging")
		 * in words the model finds very unlikely to be a crisis (every
		 * label below confirm: a news item, a series, a lesson the
		 * exceptions did not name) asks the screening question instead;
		 * it still gets the numbers and a direct question. Never for
		 * pills or poison taken, someone else in danger, or words said to
		 * be past or over (they have their own answers).
		 */
		if (top < m->cm_confirm && (a->ca_hit.ch_aspects & CRISIS_ASPECT_WORD) &&
		    !(a->ca_hit.ch_aspects & (CRISIS_ASPECT_INGESTED | CRISIS_ASPECT_OTHER |
		    CRISIS_ASPECT_PAST | CRISIS_ASPECT_RESOLVED))) {
			a->ca_band = CRISIS_BAND_WORRY;
			a->ca_demoted = 1;
		}
		return a->ca_band;
	}
	if (a->ca_score >= m->cm_high) {
		a->ca_band = CRISIS_BAND_CRISIS;
		for (k = 0; k < CRISIS_MODEL_WORRY; k++)
			if (a->ca_scores[k] >= m->cm_high)
				a->ca_hit.ch_categories |= CRISIS_BIT(k + 1);
	} else if (top >= m->cm_middle && !masked) {
		/* Words the lexicon explained away are overruled only by the high band. */
		a->ca_band = CRISIS_BAND_WORRY;
	} else {
		return a->ca_band;
	}
	a->ca_hit.ch_category = (enum crisis_category)(best + 1);
	a->ca_hit.ch_name = crisis_category_name(a->ca_hit.ch_category);
	return a->ca_band;
}
