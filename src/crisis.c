/*
 * crisis.c — crisis triage: normalise a message and match it against a
 * lexicon of word-sequence patterns (conf/crisis.lex) in five categories
 * (danger, suicide, selfharm, abuse, homeless), after masking the words
 * that exception patterns ("dood van het lachen") explain away.
 *
 * The lexicon is compiled once (crisis_load) into patterns of elements
 * (a set of words or word prefixes, one any-word, one number (of at least
 * N), a gap of up to N words, or the end of the message; a pattern may be held to the
 * message's first word) and an index from the first word of each pattern to the patterns,
 * so a message costs a few hash look-ups per word plus a short backtracking
 * match for the patterns whose first word occurs and whose next needed
 * word may stand where the pattern needs it (struct crisis_cand). The
 * compiled lexicon is read-only after crisis_load: crisis_match is
 * thread-safe.
 * Format and maintenance: docs/crisis-lexicon.md.
 *
 * Why one file of about a thousand lines: the lexicon's parser, its
 * compiled form and the matcher share one private representation of a
 * pattern, and the normaliser must be the one both the parser and the
 * matcher use.
 */
#include <stdint.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "crisis.h"
#include "praatpaal.h"
#include "util.h"

enum crisis_elem_kind { ELEM_WORD, ELEM_ANY, ELEM_NUM, ELEM_GAP, ELEM_END };

struct crisis_alt {
	const char	*ca_word;	/* normalised, one word; stored in the lexicon's crisis_words */
	uint32_t	 ca_len;	/* at most CRISIS_WORD_MAX */
	uint32_t	 ca_prefix;	/* 1: matches any word that starts with ca_word */
};

/*
 * One element of a pattern: 12 bytes (a lexicon has hundreds of
 * thousands). Its alternatives are a list in the lexicon's pool
 * (cl_alts), shared with every element that has the same ones: most come
 * from a class.
 */
struct crisis_elem {
	union {
		uint32_t	 ce_first;	/* ELEM_WORD: crisis_cand_first() of each first letter */
		int		 ce_min;	/* ELEM_NUM: the number is at least this */
	};
	uint32_t		 ce_alts;	/* ELEM_WORD: its first alternative in cl_alts */
	union {
		unsigned short	 ce_nalts;	/* ELEM_WORD: how many (at most CRISIS_ALTS_MAX) */
		unsigned short	 ce_gap;	/* ELEM_GAP: at most this many words */
	};
	unsigned char		 ce_kind;	/* enum crisis_elem_kind */
	unsigned char		 ce_optional;	/* ELEM_WORD may be absent */
};
_Static_assert(CRISIS_ALTS_MAX <= USHRT_MAX, "ce_nalts holds CRISIS_ALTS_MAX");
_Static_assert(CRISIS_GAP_MAX * CRISIS_GAPS_MAX <= USHRT_MAX, "ce_gap holds merged gaps");
_Static_assert(CRISIS_NUM_MAX <= INT_MAX, "ce_min holds CRISIS_NUM_MAX");
_Static_assert(CRISIS_WORD_MAX <= UINT32_MAX, "ca_len holds a word's length");
/* Every element and every alternative of every pattern: the offsets fit in 32 bits. */
_Static_assert((unsigned long long)CRISIS_PATTERNS_MAX * CRISIS_ELEMS_MAX * CRISIS_ALTS_MAX <=
    UINT32_MAX, "ce_alts and cp_elems hold an offset");
_Static_assert(CRISIS_ELEMS_MAX <= UCHAR_MAX, "cp_nelems holds CRISIS_ELEMS_MAX");
_Static_assert(sizeof(struct crisis_elem) == 12, "an element takes 12 bytes");
_Static_assert(CRISIS_NCATEGORIES <= UCHAR_MAX, "cp_category holds a category");
_Static_assert((CRISIS_ASPECT_MARKERS | CRISIS_ASPECT_INGESTED | CRISIS_ASPECT_SEXUAL |
    CRISIS_ASPECT_SEXTORTION | CRISIS_ASPECT_OTHER) <= USHRT_MAX, "cp_aspects holds them");

/* While matching: a pattern of two or more elements matched (never left in a hit). */
#define CRISIS_ASPECT_STRONG	(1u << 9)

/* A pattern: 16 bytes, its elements in the lexicon's cl_elems. */
struct crisis_pattern {
	uint32_t		 cp_elems;	/* its first element in cl_elems */
	int			 cp_line;
	unsigned short		 cp_aspects;	/* CRISIS_ASPECT_* ("suicide+ingested") */
	unsigned char		 cp_category;	/* enum crisis_category; CRISIS_NONE: an exception */
	unsigned char		 cp_nelems;
	unsigned char		 cp_start;	/* ^: only at the message's first word */
	unsigned char		 cp_over;	/* !: its later words may be ones an exception masked */
};
_Static_assert(sizeof(struct crisis_pattern) == 16, "a pattern takes 16 bytes");

/*
 * A pattern in the first-word index, with what the next word it needs
 * looks like: its possible first letters and lengths, and how many words
 * after the first it may stand (the gaps, optional words, any-words and
 * numbers between). Most candidates fail on that word; the test turns
 * them away from the index's own memory, read in order, without reading
 * the pattern's elements from all over the lexicon.
 */
struct crisis_cand {
	unsigned	 cc_pat : 20;	/* pattern number */
	unsigned	 cc_lo : 5;	/* the word is the (cc_lo + 1)th to (cc_hi + 1)th */
	unsigned	 cc_hi : 5;	/*   after the first; CRISIS_CAND_NONE: no test */
	uint32_t	 cc_first;	/* crisis_cand_first() of each first letter */
	uint32_t	 cc_lens;	/* crisis_cand_len() of each length */
};
_Static_assert(sizeof(struct crisis_cand) == 12, "a candidate takes 12 bytes");
_Static_assert(CRISIS_PATTERNS_MAX <= (1 << 20), "cc_pat holds a pattern number");

/* The most words between a pattern's first word and the word its test is for; beyond: no test. */
#define CRISIS_CAND_SPAN	24
#define CRISIS_CAND_NONE	31
_Static_assert(CRISIS_CAND_SPAN < CRISIS_CAND_NONE, "a span is not CRISIS_CAND_NONE");

/* One key of the first-word index: a word (or word prefix) and its patterns. */
struct crisis_slot {
	const char *cs_key;	/* NULL: empty slot */
	size_t	 cs_len;
	int	 cs_prefix;
	struct crisis_cand *cs_pats;
	size_t	 cs_npats;
	size_t	 cs_cap;
};

struct crisis_index {
	struct crisis_slot	*ci_slots;
	size_t			 ci_nslots;	/* power of two */
	uint64_t		 ci_prefix_lens;	/* bit L: some prefix key has length L */
	size_t			*ci_num_pats;	/* patterns that start with a number */
	size_t			 ci_nnum;
};

/*
 * The lexicon's words, each stored once: a pattern's alternatives point
 * into it (a class's words are named by thousands of patterns).
 */
struct crisis_words {
	char			**cw_slots;	/* open addressing; NULL: empty */
	size_t			 cw_nslots;	/* power of two */
	size_t			 cw_n;
};

/*
 * The lists of alternatives while loading, each stored once in a pool
 * that becomes the lexicon's cl_alts: an element names the list with its
 * words in its order (a class used by thousands of patterns is one list,
 * not thousands). The table that finds a list goes when loading ends.
 */
struct crisis_altset {
	uint32_t		 cas_off;	/* its first alternative in cs_pool */
	uint32_t		 cas_n;		/* 0: empty slot */
	uint64_t		 cas_hash;
};

struct crisis_altsets {
	struct crisis_altset	*cs_slots;	/* open addressing */
	size_t			 cs_nslots;	/* power of two */
	size_t			 cs_n;
	struct crisis_alt	*cs_pool;
	size_t			 cs_npool;
	size_t			 cs_cap;
};

struct crisis_lexicon {
	struct crisis_words	 cl_words;
	struct crisis_alt	*cl_alts;	/* every element's alternatives */
	struct crisis_elem	*cl_elems;	/* every pattern's elements */
	struct crisis_pattern	*cl_pats;
	size_t			 cl_npats;
	size_t			 cl_dups;	/* patterns the lines made that were the same as one kept */
	struct crisis_index	 cl_except;	/* exceptions, matched first */
	struct crisis_index	 cl_crisis;	/* everything else */
};

/* A word class (@name) while loading. */
struct crisis_class {
	char			*cc_name;
	struct crisis_alt	*cc_alts;
	size_t			 cc_nalts;
};

static const char *const crisis_names[CRISIS_NCATEGORIES] = {
	"none", "danger", "suicide", "selfharm", "abuse", "homeless"
};

const char *
crisis_category_name(enum crisis_category c)
{
	if ((unsigned)c >= CRISIS_NCATEGORIES)
		return "none";
	return crisis_names[c];
}

int
crisis_category_parse(const char *s, enum crisis_category *out)
{
	int i;

	for (i = CRISIS_NONE + 1; i < CRISIS_NCATEGORIES; i++) {
		if (strcmp(s, crisis_names[i]) == 0) {
			*out = (enum crisis_category)i;
			return 0;
		}
	}
	return -1;
}

static const struct { const char *name; unsigned bit; } crisis_aspects[] = {
	{ "ingested", CRISIS_ASPECT_INGESTED }, { "sexual", CRISIS_ASPECT_SEXUAL },
	{ "sextortion", CRISIS_ASPECT_SEXTORTION }, { "other", CRISIS_ASPECT_OTHER },
	{ "worry", CRISIS_ASPECT_WORRY }, { "past", CRISIS_ASPECT_PAST },
	{ "resolved", CRISIS_ASPECT_RESOLVED },
};

/* An exception: no category and no marker (worry, past, resolved). */
static int
crisis_is_except(const struct crisis_pattern *p)
{
	return p->cp_category == CRISIS_NONE && (p->cp_aspects & CRISIS_ASPECT_MARKERS) == 0;
}

int
crisis_aspect_parse(const char *s, unsigned *out)
{
	size_t i;

	for (i = 0; i < NELEM(crisis_aspects); i++) {
		if (strcmp(s, crisis_aspects[i].name) == 0) {
			*out = crisis_aspects[i].bit;
			return 0;
		}
	}
	return -1;
}

/* ---- normalisation ---- */

/* Characters that vanish, joining what is around them: apostrophes. */
static int
crisis_is_apostrophe(long cp)
{
	return cp == '\'' || cp == '`' || cp == 0xB4 || cp == 0x2BC ||
	    cp == 0x2018 || cp == 0x2019 || cp == 0x201B;
}

/*
 * A laughing emoji (face with tears of joy, rolling on the floor laughing,
 * cat with tears of joy, grinning squinting face) is read as the word
 * "lol": "ik kan niet meer 😂" laughs as "ik kan niet meer lol" does. The
 * output stays no longer than the input: the word is written only when
 * the text before it has left a byte to spare (crisis_normalise), else the
 * emoji is a word break as any other.
 */
static int
crisis_is_laughing(long cp)
{
	return cp == 0x1F602 || cp == 0x1F923 || cp == 0x1F639 || cp == 0x1F606;
}

/*
 * Arabic script (docs/crisis-lexicon.md, "How text is normalised"): marks
 * that vanish (harakat, the superscript alef, tatweel), and letters kept as
 * UTF-8 with the spelling variants of everyday typing folded: alef with
 * hamza or madda to alef, ta marbuta to ha, alef maqsura and Farsi yeh to
 * yeh, hamza on waw or yeh to waw or yeh, Farsi kaf to kaf. Arabic-Indic
 * digits become ASCII digits. Never longer than the input (two bytes in,
 * at most two out).
 */
static int
crisis_arabic_vanishes(long cp)
{
	return cp == 0x640 || (cp >= 0x64B && cp <= 0x65F) || cp == 0x670;
}

static const char *
crisis_arabic_fold(long cp, char buf[3])
{
	if (cp >= 0x660 && cp <= 0x669) {
		buf[0] = (char)('0' + (cp - 0x660));
		buf[1] = '\0';
		return buf;
	}
	switch (cp) {
	case 0x622: case 0x623: case 0x625: case 0x671: cp = 0x627; break;
	case 0x629: cp = 0x647; break;
	case 0x649: case 0x6CC: case 0x626: cp = 0x64A; break;
	case 0x624: cp = 0x648; break;
	case 0x6A9: cp = 0x643; break;
	default: break;
	}
	if (!((cp >= 0x621 && cp <= 0x63A) || (cp >= 0x641 && cp <= 0x64A)))
		return "";
	buf[0] = (char)(0xC0 | (cp >> 6));
	buf[1] = (char)(0x80 | (cp & 0x3F));
	buf[2] = '\0';
	return buf;
}

/*
 * Finish the word at out[start..*pos): read leetspeak when it has letters
 * (else drop @ and $), collapse runs of one letter, and drop the word if
 * nothing is left (with the space written before it).
 */
static void
crisis_word_finish(char *out, size_t start, size_t *pos)
{
	size_t i, w = start;
	int letters = 0;
	char c, prev = 0;

	for (i = start; i < *pos; i++)
		if (out[i] >= 'a' && out[i] <= 'z')
			letters = 1;
	for (i = start; i < *pos; i++) {
		c = out[i];
		if (letters) {
			switch (c) {
			case '0': c = 'o'; break;
			case '1': c = 'i'; break;
			case '3': c = 'e'; break;
			case '4': case '@': c = 'a'; break;
			case '$': c = 's'; break;
			default: break;
			}
		} else if (c == '@' || c == '$') {
			continue;
		}
		if (c >= 'a' && c <= 'z' && c == prev)
			continue;
		out[w++] = c;
		prev = c;
	}
	if (w == start && start > 0)
		w = start - 1;	/* the separating space */
	*pos = w;
}

int
crisis_normalise(const char *in, char *out, size_t outlen)
{
	const unsigned char *s = (const unsigned char *)in;
	size_t n = strlen(in), pos = 0, start = 0, step, k;
	int inword = 0, truncated = 0, laugh;
	const char *fold;
	char one[2], arabic[3];
	long cp;

	if (outlen == 0)
		return -1;
	while (n > 0 && !truncated) {
		step = util_utf8_next(s, n, &cp);
		s += step;
		n -= step;
		fold = "";
		if (crisis_is_apostrophe(cp) || crisis_arabic_vanishes(cp))
			continue;
		if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9') || cp == '@' || cp == '$') {
			one[0] = (char)cp; one[1] = '\0'; fold = one;
		} else if (cp >= 'A' && cp <= 'Z') {
			one[0] = (char)(cp - 'A' + 'a'); one[1] = '\0'; fold = one;
		} else if (cp >= UTIL_LATIN_FOLD_START && cp < UTIL_LATIN_FOLD_END) {
			fold = util_latin_fold[cp - UTIL_LATIN_FOLD_START];
		}
		if (cp >= CRISIS_ARABIC_FIRST && cp <= CRISIS_ARABIC_LAST)
			fold = crisis_arabic_fold(cp, arabic);
		/*
		 * " lol" takes the emoji's four bytes; the word after it needs a
		 * space no break character paid for: read only with a byte to spare.
		 */
		laugh = crisis_is_laughing(cp) &&
		    pos + (pos > 0) + 4 <= (size_t)(s - (const unsigned char *)in);
		if (laugh) {
			if (inword)
				crisis_word_finish(out, start, &pos);
			inword = 0;
			fold = "lol";
		}
		/* "d!e", "su!c!de": an exclamation mark between letters is an i */
		if (cp == '!' && inword && n > 0 && ((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z')) &&
		    pos > start && out[pos - 1] >= 'a' && out[pos - 1] <= 'z')
			fold = "i";
		if (*fold == '\0') {
			if (inword)
				crisis_word_finish(out, start, &pos);
			inword = 0;
			continue;
		}
		if (!inword) {
			if (pos > 0) {
				if (pos + 1 >= outlen) {
					truncated = 1;
					break;
				}
				out[pos++] = ' ';
			}
			start = pos;
			inword = 1;
		}
		for (k = 0; fold[k] != '\0'; k++) {
			if (pos + 1 >= outlen) {
				truncated = 1;
				break;
			}
			out[pos++] = fold[k];
		}
		if (laugh) {
			crisis_word_finish(out, start, &pos);
			inword = 0;
		}
	}
	if (inword)
		crisis_word_finish(out, start, &pos);
	out[pos] = '\0';
	return truncated ? -1 : 0;
}

/* ---- loading ---- */

static void
crisis_words_free(struct crisis_words *w)
{
	for (size_t i = 0; i < w->cw_nslots; i++)
		free(w->cw_slots[i]);
	free(w->cw_slots);
	memset(w, 0, sizeof(*w));
}

static void
crisis_altsets_free(struct crisis_altsets *as)
{
	free(as->cs_slots);
	free(as->cs_pool);
	memset(as, 0, sizeof(*as));
}

static uint64_t
crisis_hash(const char *s, size_t n, int prefix)
{
	uint64_t h = 1469598103934665603ULL;
	size_t i;

	for (i = 0; i < n; i++) {
		h ^= (unsigned char)s[i];
		h *= 1099511628211ULL;
	}
	return h ^ (uint64_t)(prefix ? 0x9e3779b97f4a7c15ULL : 0);
}

static struct crisis_slot *
crisis_index_find(const struct crisis_index *ix, const char *s, size_t n, int prefix)
{
	size_t mask = ix->ci_nslots - 1, i;
	struct crisis_slot *sl;

	if (ix->ci_nslots == 0)
		return NULL;
	i = (size_t)crisis_hash(s, n, prefix) & mask;
	for (;;) {
		sl = &ix->ci_slots[i];
		if (sl->cs_key == NULL)
			return NULL;
		if (sl->cs_len == n && sl->cs_prefix == prefix && memcmp(sl->cs_key, s, n) == 0)
			return sl;
		i = (i + 1) & mask;
	}
}

/*
 * Twice the slots, the keys moved to their new places. A key's patterns
 * go with it (the slot is copied whole).
 */
static void
crisis_index_grow(struct crisis_index *ix)
{
	struct crisis_slot *old = ix->ci_slots;
	size_t n = ix->ci_nslots, i, h, mask;

	ix->ci_nslots = n * 2;
	ix->ci_slots = xcalloc(ix->ci_nslots, sizeof(*ix->ci_slots));
	mask = ix->ci_nslots - 1;
	for (i = 0; i < n; i++) {
		if (old[i].cs_key == NULL)
			continue;
		h = (size_t)crisis_hash(old[i].cs_key, old[i].cs_len, old[i].cs_prefix) & mask;
		while (ix->ci_slots[h].cs_key != NULL)
			h = (h + 1) & mask;
		ix->ci_slots[h] = old[i];
	}
	free(old);
}

/*
 * A pattern word of CRISIS_DROP_N_MIN letters or more ending in "en" also
 * matches the word without its final n ("vermoorde", "gesnede", "slape"):
 * quick thumbs and dialects drop it.
 */
static int
crisis_drops_n(const char *w, size_t len, int prefix)
{
	return !prefix && len >= CRISIS_DROP_N_MIN && w[len - 2] == 'e' && w[len - 1] == 'n';
}

/* A bit for a word's first letter in a candidate's test: a-z, anything else bit 26. */
static uint32_t
crisis_cand_first(char c)
{
	return c >= 'a' && c <= 'z' ? (uint32_t)1 << (c - 'a') : (uint32_t)1 << 26;
}

/* A bit for a word's length in a candidate's test: 31 and longer share bit 31. */
static uint32_t
crisis_cand_len(size_t len)
{
	return (uint32_t)1 << (len < 31 ? len : 31);
}

/*
 * The test of pattern pat's candidate (see struct crisis_cand): its first
 * word element after the first element that must match, and where.
 * Whatever matches that element passes the test (crisis_word_match: the
 * first letter, the length of a whole word, of a prefix or more, or of a
 * word that drops its final n).
 */
static void
crisis_cand_make(const struct crisis_lexicon *lx, size_t pat, struct crisis_cand *c)
{
	const struct crisis_pattern *p = &lx->cl_pats[pat];
	const struct crisis_elem *e = &lx->cl_elems[p->cp_elems];
	const struct crisis_alt *a;
	unsigned lo = 0, hi = 0;
	size_t i, k;

	c->cc_pat = (unsigned)pat;
	c->cc_first = c->cc_lens = 0;
	c->cc_lo = c->cc_hi = CRISIS_CAND_NONE;
	for (i = 1; i < p->cp_nelems && hi <= CRISIS_CAND_SPAN; i++) {
		switch (e[i].ce_kind) {
		case ELEM_WORD:
			if (e[i].ce_optional) {
				hi++;
				continue;
			}
			for (k = 0; k < e[i].ce_nalts; k++) {
				a = &lx->cl_alts[e[i].ce_alts + k];
				c->cc_first |= crisis_cand_first(a->ca_word[0]);
				if (a->ca_prefix)
					c->cc_lens |= ~(crisis_cand_len(a->ca_len) - 1);
				else
					c->cc_lens |= crisis_cand_len(a->ca_len);
				if (crisis_drops_n(a->ca_word, a->ca_len, a->ca_prefix))
					c->cc_lens |= crisis_cand_len(a->ca_len - 1);
			}
			c->cc_lo = lo;
			c->cc_hi = hi;
			return;
		case ELEM_ANY:
		case ELEM_NUM:
			lo++;
			hi++;
			continue;
		case ELEM_GAP:
			hi += e[i].ce_gap;
			continue;
		case ELEM_END:
			return;
		}
	}
}

/*
 * Build an index over the first element of the patterns with (is_except).
 * The table grows with the distinct keys (at most half full), not with
 * the alternatives: a class used by many patterns repeats its words.
 */
static void
crisis_index_build(struct crisis_index *ix, const struct crisis_lexicon *lx, int is_except)
{
	const struct crisis_pattern *pats = lx->cl_pats;
	size_t npats = lx->cl_npats, nkeys = 0, i, j, h, mask;
	const struct crisis_elem *first;
	const struct crisis_alt *a;
	struct crisis_slot *sl;

	memset(ix, 0, sizeof(*ix));
	ix->ci_nslots = 16;
	ix->ci_slots = xcalloc(ix->ci_nslots, sizeof(*ix->ci_slots));
	ix->ci_prefix_lens = 0;
	for (i = 0; i < npats; i++) {
		if (crisis_is_except(&pats[i]) != is_except)
			continue;
		first = &lx->cl_elems[pats[i].cp_elems];
		if (first->ce_kind == ELEM_NUM) {
			ix->ci_num_pats = xrealloc(ix->ci_num_pats,
			    (ix->ci_nnum + 1) * sizeof(*ix->ci_num_pats));
			ix->ci_num_pats[ix->ci_nnum++] = i;
			continue;
		}
		for (j = 0; j < first->ce_nalts; j++) {
			a = &lx->cl_alts[first->ce_alts + j];
			sl = crisis_index_find(ix, a->ca_word, a->ca_len, a->ca_prefix);
			if (sl == NULL) {
				if (++nkeys * 2 > ix->ci_nslots)
					crisis_index_grow(ix);
				mask = ix->ci_nslots - 1;
				h = (size_t)crisis_hash(a->ca_word, a->ca_len, a->ca_prefix) & mask;
				while (ix->ci_slots[h].cs_key != NULL)
					h = (h + 1) & mask;
				sl = &ix->ci_slots[h];
				sl->cs_key = a->ca_word;	/* borrowed from cl_words */
				sl->cs_len = a->ca_len;
				sl->cs_prefix = a->ca_prefix;
				if (a->ca_prefix)
					ix->ci_prefix_lens |= (uint64_t)1 << a->ca_len;
			}
			if (sl->cs_npats > 0 && sl->cs_pats[sl->cs_npats - 1].cc_pat == i)
				continue;
			if (sl->cs_npats == sl->cs_cap) {
				sl->cs_cap = sl->cs_cap ? sl->cs_cap * 2 : 4;
				sl->cs_pats = xrealloc(sl->cs_pats, sl->cs_cap * sizeof(*sl->cs_pats));
			}
			crisis_cand_make(lx, i, &sl->cs_pats[sl->cs_npats++]);
		}
	}
	for (i = 0; i < ix->ci_nslots; i++)	/* trimmed: the lists are complete */
		if (ix->ci_slots[i].cs_npats < ix->ci_slots[i].cs_cap) {
			sl = &ix->ci_slots[i];
			sl->cs_pats = xrealloc(sl->cs_pats, sl->cs_npats * sizeof(*sl->cs_pats));
			sl->cs_cap = sl->cs_npats;
		}
}

static void
crisis_index_free(struct crisis_index *ix)
{
	size_t i;

	for (i = 0; i < ix->ci_nslots; i++)
		free(ix->ci_slots[i].cs_pats);
	free(ix->ci_slots);
	free(ix->ci_num_pats);
}

void
crisis_free(struct crisis_lexicon *lx)
{
	if (lx == NULL)
		return;
	crisis_index_free(&lx->cl_except);
	crisis_index_free(&lx->cl_crisis);
	free(lx->cl_pats);
	free(lx->cl_elems);
	free(lx->cl_alts);
	crisis_words_free(&lx->cl_words);
	free(lx);
}

size_t
crisis_npatterns(const struct crisis_lexicon *lx)
{
	return lx->cl_npats;
}

size_t
crisis_nduplicates(const struct crisis_lexicon *lx)
{
	return lx->cl_dups;
}

/* The state of one crisis_load. */
struct crisis_loader {
	struct crisis_words	 ld_words;	/* moved to the lexicon when it loads */
	struct crisis_altsets	 ld_altsets;	/* its pool moves to the lexicon, the table goes */
	const char		*ld_path;
	int			 ld_line;
	char			*ld_err;
	size_t			 ld_errlen;
	struct crisis_class	*ld_classes;
	size_t			 ld_nclasses;
	struct crisis_pattern	*ld_pats;
	size_t			 ld_npats;
	size_t			 ld_cap;
	struct crisis_elem	*ld_elems;	/* every pattern's elements, moved to the lexicon */
	size_t			 ld_nelems;
	size_t			 ld_elems_cap;
	uint32_t		*ld_seen;	/* the patterns kept, by their shape: index + 1, 0 empty */
	size_t			 ld_seen_slots;	/* power of two, at least twice the patterns */
	size_t			 ld_dups;	/* patterns dropped: the same as one kept before */
};

static int
crisis_fail(struct crisis_loader *ld, const char *reason, const char *what)
{
	if (what != NULL)
		snprintf(ld->ld_err, ld->ld_errlen, "%s:%d: %s \"%s\"", ld->ld_path, ld->ld_line,
		    reason, what);
	else
		snprintf(ld->ld_err, ld->ld_errlen, "%s:%d: %s", ld->ld_path, ld->ld_line, reason);
	return -1;
}

static const struct crisis_class *
crisis_class_find(const struct crisis_loader *ld, const char *name)
{
	size_t i;

	for (i = 0; i < ld->ld_nclasses; i++)
		if (strcmp(ld->ld_classes[i].cc_name, name) == 0)
			return &ld->ld_classes[i];
	return NULL;
}

/* The stored copy of word (len bytes), added to w if it is new. */
static char *
crisis_intern(struct crisis_words *w, const char *word, size_t len)
{
	size_t mask, i, k;
	char **old, *cp;
	size_t nold;

	if (w->cw_n * 2 >= w->cw_nslots) {
		old = w->cw_slots;
		nold = w->cw_nslots;
		w->cw_nslots = nold ? nold * 2 : 1024;
		w->cw_slots = xcalloc(w->cw_nslots, sizeof(*w->cw_slots));
		mask = w->cw_nslots - 1;
		for (k = 0; k < nold; k++) {
			if (old[k] == NULL)
				continue;
			for (i = crisis_hash(old[k], strlen(old[k]), 0) & mask; w->cw_slots[i] != NULL;
			    i = (i + 1) & mask)
				;
			w->cw_slots[i] = old[k];
		}
		free(old);
	}
	mask = w->cw_nslots - 1;
	for (i = crisis_hash(word, len, 0) & mask; (cp = w->cw_slots[i]) != NULL; i = (i + 1) & mask)
		if (strncmp(cp, word, len) == 0 && cp[len] == '\0')
			return cp;
	w->cw_slots[i] = xstrndup(word, len);
	w->cw_n++;
	return w->cw_slots[i];
}

static int
crisis_alt_push(struct crisis_loader *ld, struct crisis_alt **alts, size_t *nalts,
    const char *word, size_t len, int prefix)
{
	struct crisis_alt *a;

	if (*nalts >= CRISIS_ALTS_MAX)
		return crisis_fail(ld, "too many alternatives (limit CRISIS_ALTS_MAX)", NULL);
	*alts = xrealloc(*alts, (*nalts + 1) * sizeof(**alts));
	a = &(*alts)[(*nalts)++];
	a->ca_word = crisis_intern(&ld->ld_words, word, len);
	a->ca_len = (uint32_t)len;	/* at most CRISIS_WORD_MAX */
	a->ca_prefix = (uint32_t)prefix;
	return 0;
}

/*
 * Parse "a|b*|@class" (the parentheses already removed) into alternatives
 * appended to *alts. 0, or -1 with the error set (*alts still owned by the
 * caller).
 */
static int
crisis_alts_parse(struct crisis_loader *ld, char *spec, struct crisis_alt **alts, size_t *nalts)
{
	char norm[CRISIS_LINE_MAX + 1], *p, *bar;
	const struct crisis_class *cls;
	size_t len, i;
	int prefix;

	for (p = spec;; p = bar + 1) {
		bar = strchr(p, '|');
		if (bar != NULL)
			*bar = '\0';
		if (*p == '\0')
			return crisis_fail(ld, "empty alternative in", spec);
		if (*p == '<')	/* "(<3+>|several)" would match the word "3" alone */
			return crisis_fail(ld, "a number (<n>, <N+>) cannot be an alternative:", p);
		if (*p == '@') {
			cls = crisis_class_find(ld, p + 1);
			if (cls == NULL)
				return crisis_fail(ld, "unknown class (define it above with @name =)", p);
			for (i = 0; i < cls->cc_nalts; i++)
				if (crisis_alt_push(ld, alts, nalts, cls->cc_alts[i].ca_word,
				    cls->cc_alts[i].ca_len, cls->cc_alts[i].ca_prefix) == -1)
					return -1;
		} else {
			len = strlen(p);
			prefix = 0;
			if (p[len - 1] == '*') {
				prefix = 1;
				p[--len] = '\0';
			}
			if (strchr(p, '*') != NULL || strchr(p, '?') != NULL || strchr(p, '(') != NULL ||
			    strchr(p, ')') != NULL)
				return crisis_fail(ld, "misplaced * ? ( or ) in", p);
			if (crisis_normalise(p, norm, sizeof(norm)) == -1)
				return crisis_fail(ld, "word too long", p);
			len = strlen(norm);
			if (len == 0)
				return crisis_fail(ld, "word has no letters or digits", p);
			if (strchr(norm, ' ') != NULL)
				return crisis_fail(ld, "alternative is more than one word", p);
			if (len > CRISIS_WORD_MAX)
				return crisis_fail(ld, "word longer than CRISIS_WORD_MAX", p);
			if (prefix && len < CRISIS_PREFIX_MIN)
				return crisis_fail(ld, "prefix shorter than CRISIS_PREFIX_MIN letters", p);
			if (crisis_alt_push(ld, alts, nalts, norm, len, prefix) == -1)
				return -1;
		}
		if (bar == NULL)
			return 0;
	}
}

/* "@name = a|b|c" (the line without comment, trimmed). */
static int
crisis_class_parse(struct crisis_loader *ld, char *line)
{
	struct crisis_class cls = { NULL, NULL, 0 };
	char *p = line + 1, *name, *spec, *q;

	name = p;
	while ((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '_')
		p++;
	if (p == name)
		return crisis_fail(ld, "class name must be [a-z0-9_]+", NULL);
	if (*p != ' ' && *p != '\t' && *p != '=')
		return crisis_fail(ld, "class name must be [a-z0-9_]+", NULL);
	*p++ = '\0';
	while (*p == ' ' || *p == '\t' || *p == '=')
		p++;
	spec = p;
	/* Alternatives may be spaced out around the bars: squeeze the spaces; a class word is one word. */
	for (q = p; *p != '\0'; p++) {
		if (*p != ' ' && *p != '\t') {
			*q++ = *p;
			continue;
		}
		if (q > spec && q[-1] != '|' && p[strspn(p, " \t")] != '|' && p[strspn(p, " \t")] != '\0')
			return crisis_fail(ld, "a class alternative is more than one word in class", name);
	}
	*q = '\0';
	if (*spec == '\0')
		return crisis_fail(ld, "class without alternatives", name);
	if (crisis_class_find(ld, name) != NULL)
		return crisis_fail(ld, "class defined twice", name);
	if (ld->ld_nclasses >= CRISIS_CLASSES_MAX)
		return crisis_fail(ld, "too many classes (limit CRISIS_CLASSES_MAX)", NULL);
	if (crisis_alts_parse(ld, spec, &cls.cc_alts, &cls.cc_nalts) == -1)
		goto fail;
	cls.cc_name = xstrdup(name);
	ld->ld_classes = xrealloc(ld->ld_classes, (ld->ld_nclasses + 1) * sizeof(*ld->ld_classes));
	ld->ld_classes[ld->ld_nclasses++] = cls;
	return 0;
fail:
	free(cls.cc_alts);
	return -1;
}

/*
 * Parse one element into e (zeroed by the caller); a word's alternatives
 * into *alts (NULL from the caller, which frees it), not yet in the pool.
 */
static int
crisis_elem_parse(struct crisis_loader *ld, char *tok, struct crisis_elem *e,
    struct crisis_alt **alts)
{
	long long gap, num;
	size_t len = strlen(tok), i, nalts = 0;
	int rc;

	if (strncmp(tok, "...", 3) == 0) {
		e->ce_kind = ELEM_GAP;
		e->ce_gap = CRISIS_GAP_DEFAULT;
		if (tok[3] != '\0') {
			if (util_parse_ll(tok + 3, 1, CRISIS_GAP_MAX, &gap) == -1)
				return crisis_fail(ld, "gap must be ... or ...N with N in 1..CRISIS_GAP_MAX:", tok);
			e->ce_gap = (unsigned short)gap;
		}
		return 0;
	}
	if (strcmp(tok, "*") == 0) {
		e->ce_kind = ELEM_ANY;
		return 0;
	}
	if (strcmp(tok, "<n>") == 0) {
		e->ce_kind = ELEM_NUM;
		return 0;
	}
	if (tok[0] == '<' && len > 3 && strcmp(tok + len - 2, "+>") == 0) {
		tok[len - 2] = '\0';
		if (util_parse_ll(tok + 1, 0, CRISIS_NUM_MAX, &num) == -1)
			return crisis_fail(ld, "number must be <n> or <N+> with N in 0..CRISIS_NUM_MAX:",
			    tok + 1);
		e->ce_kind = ELEM_NUM;
		e->ce_min = (int)num;
		return 0;
	}
	if (tok[0] == '<')
		return crisis_fail(ld, "number must be <n> or <N+> (and cannot be optional):", tok);
	if (strcmp(tok, "$") == 0) {
		e->ce_kind = ELEM_END;
		return 0;
	}
	e->ce_kind = ELEM_WORD;
	if (len > 1 && tok[len - 1] == '?') {
		e->ce_optional = 1;
		tok[--len] = '\0';
	}
	if (tok[0] == '(') {
		if (len < 3 || tok[len - 1] != ')')
			return crisis_fail(ld, "unbalanced parentheses in", tok);
		tok[len - 1] = '\0';
		tok++;
	}
	rc = crisis_alts_parse(ld, tok, alts, &nalts);
	e->ce_nalts = (unsigned short)nalts;	/* at most CRISIS_ALTS_MAX */
	if (rc == -1)
		return -1;
	for (i = 0; i < e->ce_nalts; i++)
		e->ce_first |= crisis_cand_first((*alts)[i].ca_word[0]);
	return 0;
}

static uint64_t
crisis_altset_hash(const struct crisis_alt *alts, size_t n)
{
	uint64_t h = 1469598103934665603ULL;

	for (size_t i = 0; i < n; i++) {
		/* words are malloc'ed: the pointer's low bits are all alike */
		h ^= ((uint64_t)(uintptr_t)alts[i].ca_word >> 4) ^ (uint64_t)alts[i].ca_prefix;
		h *= 1099511628211ULL;
	}
	return h ^ (h >> 32);
}

/*
 * The place in the pool of the list with the same alternatives as alts (n
 * of them, n > 0, their words interned: equal words are equal pointers),
 * in the same order; copied there if no such list is stored yet.
 */
static uint32_t
crisis_altset_share(struct crisis_altsets *as, const struct crisis_alt *alts, size_t n)
{
	struct crisis_altset *old, *sl;
	size_t nold, mask, i, k;
	uint64_t h;

	if (as->cs_n * 2 >= as->cs_nslots) {
		old = as->cs_slots;
		nold = as->cs_nslots;
		as->cs_nslots = nold ? nold * 2 : 1024;
		as->cs_slots = xcalloc(as->cs_nslots, sizeof(*as->cs_slots));
		mask = as->cs_nslots - 1;
		for (k = 0; k < nold; k++) {
			if (old[k].cas_n == 0)
				continue;
			for (i = (size_t)old[k].cas_hash & mask; as->cs_slots[i].cas_n != 0;
			    i = (i + 1) & mask)
				;
			as->cs_slots[i] = old[k];
		}
		free(old);
	}
	h = crisis_altset_hash(alts, n);
	mask = as->cs_nslots - 1;
	for (i = (size_t)h & mask; (sl = &as->cs_slots[i])->cas_n != 0; i = (i + 1) & mask) {
		if (sl->cas_hash != h || sl->cas_n != n)
			continue;
		for (k = 0; k < n; k++)
			if (as->cs_pool[sl->cas_off + k].ca_word != alts[k].ca_word ||
			    as->cs_pool[sl->cas_off + k].ca_prefix != alts[k].ca_prefix)
				break;
		if (k == n)
			return sl->cas_off;
	}
	if (as->cs_npool + n > as->cs_cap) {
		as->cs_cap = as->cs_cap ? as->cs_cap * 2 : 4096;
		while (as->cs_npool + n > as->cs_cap)
			as->cs_cap *= 2;
		as->cs_pool = xrealloc(as->cs_pool, as->cs_cap * sizeof(*as->cs_pool));
	}
	memcpy(&as->cs_pool[as->cs_npool], alts, n * sizeof(*alts));
	sl->cas_off = (uint32_t)as->cs_npool;	/* fits: the static assert on the offsets */
	sl->cas_n = (uint32_t)n;
	sl->cas_hash = h;
	as->cs_npool += n;
	as->cs_n++;
	return sl->cas_off;
}

/*
 * A parsed pattern (its n elements in elems, a word's alternatives in
 * alts) made compact and stored: gaps next to each other are one gap
 * ("...8 ...8" is 0 to 16 words): matching tries 17 ends instead of 81 (a
 * long message with many words that start such a pattern costs a tenth of
 * what it did). The elements go to the loader's arena, the alternatives
 * to the pool.
 */
static void
crisis_pattern_finish(struct crisis_loader *ld, struct crisis_pattern *pat,
    struct crisis_elem *elems, struct crisis_alt *const *alts, size_t n)
{
	struct crisis_elem *e;
	size_t i, kept = 0;

	if (ld->ld_nelems + n > ld->ld_elems_cap) {
		ld->ld_elems_cap = ld->ld_elems_cap ? ld->ld_elems_cap * 2 : 4096;
		while (ld->ld_nelems + n > ld->ld_elems_cap)
			ld->ld_elems_cap *= 2;
		ld->ld_elems = xrealloc(ld->ld_elems, ld->ld_elems_cap * sizeof(*ld->ld_elems));
	}
	for (i = 0; i < n; i++) {
		if (kept > 0 && elems[i].ce_kind == ELEM_GAP &&
		    ld->ld_elems[ld->ld_nelems + kept - 1].ce_kind == ELEM_GAP) {
			ld->ld_elems[ld->ld_nelems + kept - 1].ce_gap += elems[i].ce_gap;
			continue;
		}
		e = &ld->ld_elems[ld->ld_nelems + kept++];
		*e = elems[i];
		if (e->ce_kind == ELEM_WORD)
			e->ce_alts = crisis_altset_share(&ld->ld_altsets, alts[i], e->ce_nalts);
	}
	pat->cp_elems = (uint32_t)ld->ld_nelems;	/* fits: the static assert on the offsets */
	pat->cp_nelems = (unsigned char)kept;
	ld->ld_nelems += kept;
}

/*
 * "^" (only at the message's first word) or "!" (over exceptions) before a
 * pattern's first element (n of them read): 1 when tok was one, 0 when not,
 * -1 with the error set.
 */
static int
crisis_head_mark(struct crisis_loader *ld, const char *tok, size_t n, struct crisis_pattern *pat)
{
	if (strcmp(tok, "^") == 0) {
		if (n > 0 || pat->cp_start) {
			crisis_fail(ld, "^ (start of message) must be the first element", NULL);
			return -1;
		}
		pat->cp_start = 1;
		return 1;
	}
	if (strcmp(tok, "!") != 0)
		return 0;
	if (n > 0 || pat->cp_over) {
		crisis_fail(ld, "! (over exceptions) must come before the first word", NULL);
		return -1;
	}
	if (pat->cp_category == CRISIS_NONE) {
		crisis_fail(ld, "! (over exceptions) is for a category's line, not an exception or marker", NULL);
		return -1;
	}
	pat->cp_over = 1;
	return 1;
}

/*
 * The head of a pattern line, "category" or "category+aspect...", cut off
 * line into pat: the rest of the line, or NULL with the error set.
 */
static char *
crisis_pattern_head(struct crisis_loader *ld, char *line, struct crisis_pattern *pat)
{
	enum crisis_category category = CRISIS_NONE;
	char *p = line, *cat = line, *plus;
	unsigned aspect, aspects = 0;

	while (*p != '\0' && *p != ' ' && *p != '\t')
		p++;
	if (*p == '\0') {
		crisis_fail(ld, "expected: category pattern, got", line);
		return NULL;
	}
	*p++ = '\0';
	while ((plus = strrchr(cat, '+')) != NULL) {
		*plus++ = '\0';
		if (crisis_aspect_parse(plus, &aspect) == -1) {
			crisis_fail(ld, "unknown aspect (ingested sexual sextortion other)", plus);
			return NULL;
		}
		aspects |= aspect;
	}
	if (strcmp(cat, "except") == 0 && aspects == 0)
		category = CRISIS_NONE;
	else if ((strcmp(cat, "worry") == 0 || strcmp(cat, "past") == 0 ||
	    strcmp(cat, "resolved") == 0) && aspects == 0)
		(void)crisis_aspect_parse(cat, &aspects);	/* a marker: no category */
	else if (aspects & CRISIS_ASPECT_MARKERS) {
		crisis_fail(ld, "worry, past and resolved are lines of their own, not aspects", cat);
		return NULL;
	} else if (crisis_category_parse(cat, &category) == -1) {
		crisis_fail(ld,
		    "unknown category (danger suicide selfharm abuse homeless worry past resolved except)", cat);
		return NULL;
	}
	pat->cp_category = (unsigned char)category;	/* the static asserts on cp_ */
	pat->cp_aspects = (unsigned short)aspects;
	return p;
}

/*
 * A pattern's shape: its category, aspects, start and elements (an
 * element names its list of alternatives by its offset in the shared
 * pool, so the same words in the same order are the same offset).
 */
static uint64_t
crisis_pattern_hash(const struct crisis_loader *ld, const struct crisis_pattern *p)
{
	const unsigned char *b = (const unsigned char *)&ld->ld_elems[p->cp_elems];
	uint64_t h = 1469598103934665603ULL;
	size_t i, n = p->cp_nelems * sizeof(struct crisis_elem);

	h = (h ^ p->cp_category) * 1099511628211ULL;
	h = (h ^ p->cp_aspects) * 1099511628211ULL;
	h = (h ^ p->cp_start) * 1099511628211ULL;
	h = (h ^ p->cp_over) * 1099511628211ULL;
	h = (h ^ p->cp_nelems) * 1099511628211ULL;
	for (i = 0; i < n; i++)
		h = (h ^ b[i]) * 1099511628211ULL;
	return h;
}

static int
crisis_pattern_same(const struct crisis_loader *ld, const struct crisis_pattern *a,
    const struct crisis_pattern *b)
{
	return a->cp_category == b->cp_category && a->cp_aspects == b->cp_aspects &&
	    a->cp_start == b->cp_start && a->cp_over == b->cp_over && a->cp_nelems == b->cp_nelems &&
	    memcmp(&ld->ld_elems[a->cp_elems], &ld->ld_elems[b->cp_elems],
	    a->cp_nelems * sizeof(struct crisis_elem)) == 0;
}

/*
 * The slot of the kept pattern with pat's shape, or of the empty slot
 * where pat would go. The table grows to twice the patterns it may hold.
 */
static size_t
crisis_pattern_slot(struct crisis_loader *ld, const struct crisis_pattern *pat)
{
	size_t i, j, k, mask;
	uint32_t *grown;

	if ((ld->ld_npats + 1) * 2 > ld->ld_seen_slots) {
		k = ld->ld_seen_slots ? ld->ld_seen_slots * 2 : 1024;
		grown = xcalloc(k, sizeof(*grown));
		mask = k - 1;
		for (i = 0; i < ld->ld_seen_slots; i++) {
			if (ld->ld_seen[i] == 0)
				continue;
			for (j = crisis_pattern_hash(ld, &ld->ld_pats[ld->ld_seen[i] - 1]) & mask; grown[j] != 0;
			    j = (j + 1) & mask)
				;
			grown[j] = ld->ld_seen[i];
		}
		free(ld->ld_seen);
		ld->ld_seen = grown;
		ld->ld_seen_slots = k;
	}
	mask = ld->ld_seen_slots - 1;
	for (i = crisis_pattern_hash(ld, pat) & mask; ld->ld_seen[i] != 0; i = (i + 1) & mask)
		if (crisis_pattern_same(ld, &ld->ld_pats[ld->ld_seen[i] - 1], pat))
			break;
	return i;
}

/* "category pattern..." (the line without comment, trimmed). */
static int
crisis_pattern_parse(struct crisis_loader *ld, char *line)
{
	struct crisis_pattern pat;
	struct crisis_elem elems[CRISIS_ELEMS_MAX], *e;
	struct crisis_alt *alts[CRISIS_ELEMS_MAX];
	char *p, *tok;
	size_t i, n = 0, slot;
	int gaps = 0, rc = -1, k;

	memset(&pat, 0, sizeof(pat));
	memset(elems, 0, sizeof(elems));
	memset(alts, 0, sizeof(alts));
	pat.cp_line = ld->ld_line;
	if ((p = crisis_pattern_head(ld, line, &pat)) == NULL)
		return -1;
	for (;;) {
		while (*p == ' ' || *p == '\t')
			p++;
		if (*p == '\0')
			break;
		tok = p;
		while (*p != '\0' && *p != ' ' && *p != '\t')
			p++;
		if (*p != '\0')
			*p++ = '\0';
		if ((k = crisis_head_mark(ld, tok, n, &pat)) == -1)
			goto out;
		if (k == 1)
			continue;
		if (n >= CRISIS_ELEMS_MAX) {
			crisis_fail(ld, "pattern longer than CRISIS_ELEMS_MAX elements", NULL);
			goto out;
		}
		e = &elems[n];
		if (crisis_elem_parse(ld, tok, e, &alts[n++]) == -1)
			goto out;
		if (n > 1 && elems[n - 2].ce_kind == ELEM_END) {
			crisis_fail(ld, "$ (end of message) must be the last element", NULL);
			goto out;
		}
		if (e->ce_kind == ELEM_GAP && ++gaps > CRISIS_GAPS_MAX) {
			crisis_fail(ld, "more than CRISIS_GAPS_MAX gaps", NULL);
			goto out;
		}
	}
	if (n == 0) {
		crisis_fail(ld, "category without a pattern", line);
		goto out;
	}
	e = &elems[0];
	if ((e->ce_kind != ELEM_WORD && e->ce_kind != ELEM_NUM) || e->ce_optional) {
		crisis_fail(ld, "a pattern must start with a word that is not optional, or a number",
		    NULL);
		goto out;
	}
	e = &elems[n - 1];
	if (e->ce_kind != ELEM_WORD && e->ce_kind != ELEM_END && e->ce_kind != ELEM_NUM) {
		crisis_fail(ld, "a pattern must end with a word, <n> or $", NULL);
		goto out;
	}
	crisis_pattern_finish(ld, &pat, elems, alts, n);
	/* the same as a pattern kept before (two lines, or two expansions of one): its elements go */
	slot = crisis_pattern_slot(ld, &pat);
	if (ld->ld_seen[slot] != 0) {
		ld->ld_nelems -= pat.cp_nelems;
		ld->ld_dups++;
		rc = 0;
		goto out;
	}
	if (ld->ld_npats >= CRISIS_PATTERNS_MAX) {
		crisis_fail(ld, "too many patterns (limit CRISIS_PATTERNS_MAX)", NULL);
		goto out;
	}
	if (ld->ld_npats == ld->ld_cap) {
		ld->ld_cap = ld->ld_cap ? ld->ld_cap * 2 : 256;
		ld->ld_pats = xrealloc(ld->ld_pats, ld->ld_cap * sizeof(*ld->ld_pats));
	}
	ld->ld_pats[ld->ld_npats++] = pat;
	ld->ld_seen[slot] = (uint32_t)ld->ld_npats;
	rc = 0;
out:
	for (i = 0; i < CRISIS_ELEMS_MAX; i++)
		free(alts[i]);
	return rc;
}

/*
 * Expand the first parenthesised group of line that has an alternative of
 * more than one word ("(van kant|dood|dod)") into one line per such
 * alternative, one line with the group of its alternatives of one word
 * ("(dood|dod)"; in an exception one line each), and one without the
 * group when it is optional; then the next such group;
 * parse each line left as a pattern. *budget counts the patterns a line may
 * still make (CRISIS_EXPAND_MAX). 0, or -1 with the error set.
 */
static int
crisis_line_expand(struct crisis_loader *ld, const char *line, int *budget)
{
	const char *open = line, *close, *p, *alt, *end, *rest;
	char *copy, *single;
	size_t nsingle;
	int multi = 0, rc, except;

	for (;;) {
		open = strchr(open, '(');
		if (open == NULL)
			break;
		close = strchr(open, ')');
		if (close == NULL)
			return crisis_fail(ld, "unbalanced parentheses", NULL);
		for (p = open + 1; p < close; p++)
			if (*p == '(')
				return crisis_fail(ld, "nested parentheses", NULL);
			else if (*p == ' ' || *p == '\t')
				multi = 1;
		if (multi)
			break;
		open = close + 1;
	}
	if (!multi) {
		if ((*budget)-- <= 0)
			return crisis_fail(ld, "line expands to more than CRISIS_EXPAND_MAX patterns", NULL);
		copy = xstrdup(line);
		rc = crisis_pattern_parse(ld, copy);
		free(copy);
		return rc;
	}
	rest = close + 1;
	if (*rest == '?')
		rest++;
	/*
	 * The alternatives of one word stay one group, in one line: "(dood|dod)".
	 * Not in an exception: the words it masks are those of every match, and
	 * a group matches where its first word does.
	 */
	except = strncmp(line, "except", 6) == 0 && (line[6] == ' ' || line[6] == '\t');
	single = xmalloc((size_t)(close - open) + 2);
	nsingle = 0;
	for (alt = open + 1; alt < close; alt = end + 1) {
		end = memchr(alt, '|', (size_t)(close - alt));
		if (end == NULL)
			end = close;
		while (alt < end && (*alt == ' ' || *alt == '\t'))
			alt++;
		p = end;
		while (p > alt && (p[-1] == ' ' || p[-1] == '\t'))
			p--;
		if (p == alt) {
			free(single);
			return crisis_fail(ld, "empty alternative in a group", NULL);
		}
		if (!except && memchr(alt, ' ', (size_t)(p - alt)) == NULL &&
		    memchr(alt, '\t', (size_t)(p - alt)) == NULL) {
			single[nsingle] = nsingle == 0 ? '(' : '|';
			nsingle++;
			memcpy(single + nsingle, alt, (size_t)(p - alt));
			nsingle += (size_t)(p - alt);
			continue;
		}
		copy = xasprintf("%.*s%.*s%s", (int)(open - line), line, (int)(p - alt), alt, rest);
		rc = crisis_line_expand(ld, copy, budget);
		free(copy);
		if (rc == -1) {
			free(single);
			return -1;
		}
	}
	if (nsingle > 0) {
		copy = xasprintf("%.*s%.*s)%s", (int)(open - line), line, (int)nsingle, single, rest);
		rc = crisis_line_expand(ld, copy, budget);
		free(copy);
		if (rc == -1) {
			free(single);
			return -1;
		}
	}
	free(single);
	if (close[1] == '?') {
		copy = xasprintf("%.*s%s", (int)(open - line), line, rest);
		rc = crisis_line_expand(ld, copy, budget);
		free(copy);
		if (rc == -1)
			return -1;
	}
	return 0;
}

/*
 * A line with "~N" between groups of elements ("suicide @meds ~5 @ingested
 * ~5 @odd"): the groups in any order, each next to the following one with
 * at most N words between them. Expand it into one line per order of the
 * groups (a ...N gap between them, N the largest of the line) and expand each of those
 * (crisis_line_expand); a line without "~" is expanded as it is. 0, or -1
 * with the error set.
 */
static int
crisis_line_near(struct crisis_loader *ld, const char *line, int *budget)
{
	static const int perms[6][CRISIS_NEAR_MAX] = {
		{ 0, 1, 2 }, { 0, 2, 1 }, { 1, 0, 2 }, { 1, 2, 0 }, { 2, 0, 1 }, { 2, 1, 0 }
	};
	const char *groups[CRISIS_NEAR_MAX], *ends[CRISIS_NEAR_MAX], *p, *cat_end, *tok;
	long long gap = -1, g;
	size_t ngroups = 0, i, k, nperms;
	char num[8], *copy;
	int rc;

	if (strchr(line, '~') == NULL)
		return crisis_line_expand(ld, line, budget);
	cat_end = line + strcspn(line, " \t");
	p = cat_end;
	groups[0] = p;
	for (;;) {
		while (*p == ' ' || *p == '\t')
			p++;
		tok = p;
		p += strcspn(p, " \t");
		if (tok == p || *tok == '~') {
			if (ngroups >= CRISIS_NEAR_MAX)
				return crisis_fail(ld, "more than CRISIS_NEAR_MAX groups joined by ~", NULL);
			ends[ngroups] = tok;
			if (tok == p)
				break;
			if ((size_t)(p - tok) > sizeof(num))
				return crisis_fail(ld, "~N must have N in 0..CRISIS_GAP_MAX", NULL);
			memcpy(num, tok + 1, (size_t)(p - tok - 1));
			num[p - tok - 1] = '\0';
			if (util_parse_ll(num, 0, CRISIS_GAP_MAX, &g) == -1)
				return crisis_fail(ld, "~N must have N in 0..CRISIS_GAP_MAX", NULL);
			if (g > gap)
				gap = g;	/* groups in any order: each gap may be the widest */
			if (ngroups + 1 >= CRISIS_NEAR_MAX)	/* a group after this ~N: one too many */
				return crisis_fail(ld, "more than CRISIS_NEAR_MAX groups joined by ~", NULL);
			groups[++ngroups] = p;
		}
	}
	ngroups++;
	if (ngroups < 2)
		return crisis_fail(ld, "~N must stand between two groups of elements", NULL);
	for (i = 0; i < ngroups; i++) {
		for (p = groups[i]; p < ends[i] && (*p == ' ' || *p == '\t'); p++)
			;
		if (p == ends[i])
			return crisis_fail(ld, "empty group beside ~N", NULL);
	}
	nperms = ngroups == 2 ? 2 : 6;
	for (k = 0; k < nperms; k++) {
		struct buf b;
		int r = 0;
		int order[CRISIS_NEAR_MAX];

		if (ngroups == 2) {
			order[0] = (int)k;
			order[1] = 1 - (int)k;
		} else {
			memcpy(order, perms[k], sizeof(order));
		}
		buf_init(&b, 0);
		r |= buf_printf(&b, "%.*s", (int)(cat_end - line), line);
		for (i = 0; i < ngroups; i++) {
			if (i > 0 && gap > 0)
				r |= buf_printf(&b, " ...%lld", gap);
			r |= buf_printf(&b, " %.*s", (int)(ends[order[i]] - groups[order[i]]),
			    groups[order[i]]);
		}
		copy = buf_steal(&b);
		rc = r == 0 ? crisis_line_expand(ld, copy, budget) :
		    crisis_fail(ld, "line too long", NULL);
		free(copy);
		if (rc == -1)
			return -1;
	}
	return 0;
}

int
crisis_load(const char *path, struct crisis_lexicon **out, char *err, size_t errlen)
{
	struct crisis_loader ld;
	struct crisis_lexicon *lx;
	char *data, *line, *next, *p, *end;
	size_t len, i;
	int rc = -1, any = 0, budget;
	size_t before;

	memset(&ld, 0, sizeof(ld));
	ld.ld_path = path;
	ld.ld_err = err;
	ld.ld_errlen = errlen;
	data = util_read_file(path, CRISIS_LEX_MAX_BYTES, &len, err, errlen);
	if (data == NULL)
		return -1;
	if (strlen(data) != len) {
		snprintf(err, errlen, "%s: contains a NUL byte", path);
		goto fail;
	}
	if (!util_utf8_valid(data, len)) {
		snprintf(err, errlen, "%s: not valid UTF-8", path);
		goto fail;
	}
	for (line = data; line != NULL; line = next) {
		ld.ld_line++;
		next = strchr(line, '\n');
		if (next != NULL)
			*next++ = '\0';
		if (strlen(line) > CRISIS_LINE_MAX) {
			crisis_fail(&ld, "line longer than CRISIS_LINE_MAX", NULL);
			goto fail;
		}
		if ((p = strchr(line, '#')) != NULL)
			*p = '\0';
		while (*line == ' ' || *line == '\t')
			line++;
		end = line + strlen(line);
		while (end > line && (end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\r'))
			*--end = '\0';
		if (*line == '\0')
			continue;
		if (*line == '@') {
			if (crisis_class_parse(&ld, line) == -1)
				goto fail;
			continue;
		}
		before = ld.ld_npats;
		budget = CRISIS_EXPAND_MAX;
		if (crisis_line_near(&ld, line, &budget) == -1)
			goto fail;
		if (ld.ld_npats > before && ld.ld_pats[before].cp_category != CRISIS_NONE)
			any = 1;
	}
	if (!any) {
		snprintf(err, errlen, "%s: no crisis patterns", path);
		goto fail;
	}
	/* Moved to the lexicon at the size they have, without the room to grow. */
	lx = xcalloc(1, sizeof(*lx));
	lx->cl_words = ld.ld_words;
	memset(&ld.ld_words, 0, sizeof(ld.ld_words));
	lx->cl_alts = xrealloc(ld.ld_altsets.cs_pool,
	    ld.ld_altsets.cs_npool * sizeof(*lx->cl_alts));
	ld.ld_altsets.cs_pool = NULL;
	lx->cl_elems = xrealloc(ld.ld_elems, ld.ld_nelems * sizeof(*lx->cl_elems));
	ld.ld_elems = NULL;
	lx->cl_pats = xrealloc(ld.ld_pats, ld.ld_npats * sizeof(*lx->cl_pats));
	lx->cl_npats = ld.ld_npats;
	lx->cl_dups = ld.ld_dups;
	ld.ld_pats = NULL;
	crisis_index_build(&lx->cl_except, lx, 1);
	crisis_index_build(&lx->cl_crisis, lx, 0);
	*out = lx;
	rc = 0;
fail:
	free(ld.ld_pats);
	free(ld.ld_elems);
	free(ld.ld_seen);
	for (i = 0; i < ld.ld_nclasses; i++) {
		free(ld.ld_classes[i].cc_name);
		free(ld.ld_classes[i].cc_alts);
	}
	free(ld.ld_classes);
	crisis_words_free(&ld.ld_words);
	crisis_altsets_free(&ld.ld_altsets);
	free(data);
	return rc;
}

/* ---- matching ---- */

struct crisis_tok {
	const char	*ct_s;
	size_t		 ct_len;
	uint32_t	 ct_first;	/* crisis_cand_first() of its first letter */
	uint32_t	 ct_lenbit;	/* crisis_cand_len() of its length */
};

/* The message being matched. */
struct crisis_text {
	struct crisis_tok	*tx_toks;
	size_t			 tx_ntoks;
	unsigned char		*tx_masked;	/* 1: explained away by an exception */
};

static int
crisis_word_match(const struct crisis_lexicon *lx, const struct crisis_elem *e,
    const struct crisis_tok *t)
{
	const struct crisis_alt *a;
	size_t i;

	if (!(e->ce_first & t->ct_first))
		return 0;
	for (i = 0; i < e->ce_nalts; i++) {
		a = &lx->cl_alts[e->ce_alts + i];
		if (a->ca_word[0] != t->ct_s[0])
			continue;
		if (a->ca_prefix ? t->ct_len >= a->ca_len : t->ct_len == a->ca_len) {
			if (memcmp(t->ct_s, a->ca_word, a->ca_len) == 0)
				return 1;
		} else if (crisis_drops_n(a->ca_word, a->ca_len, a->ca_prefix) &&
		    t->ct_len + 1 == a->ca_len && memcmp(t->ct_s, a->ca_word, t->ct_len) == 0) {
			return 1;
		}
	}
	return 0;
}

/*
 * A number element: the word starts with a digit, and its leading digits
 * are at least ce_min ("20" and "20x" are 20; a value past CRISIS_NUM_MAX
 * counts as CRISIS_NUM_MAX).
 */
static int
crisis_num_match(const struct crisis_elem *e, const struct crisis_tok *t)
{
	long v = 0;
	size_t i;

	if (t->ct_s[0] < '0' || t->ct_s[0] > '9')
		return 0;
	for (i = 0; i < t->ct_len && t->ct_s[i] >= '0' && t->ct_s[i] <= '9'; i++) {
		v = v * 10 + (t->ct_s[i] - '0');
		if (v > CRISIS_NUM_MAX)
			v = CRISIS_NUM_MAX;
	}
	return v >= e->ce_min;
}

/*
 * Match the elements e up to end (one past the pattern's last) from word
 * ti on: the end of the match (one past the last word used), or -1. With
 * use_mask, a word or number element never matches a masked word.
 */
static long
crisis_match_from(const struct crisis_lexicon *lx, const struct crisis_elem *e,
    const struct crisis_elem *end, size_t ti, const struct crisis_text *tx, int use_mask)
{
	long r;
	int k;

	if (e == end)
		return (long)ti;
	switch (e->ce_kind) {
	case ELEM_WORD:
		if (ti < tx->tx_ntoks && !(use_mask && tx->tx_masked[ti]) &&
		    crisis_word_match(lx, e, &tx->tx_toks[ti])) {
			r = crisis_match_from(lx, e + 1, end, ti + 1, tx, use_mask);
			if (r >= 0)
				return r;
		}
		if (e->ce_optional)
			return crisis_match_from(lx, e + 1, end, ti, tx, use_mask);
		return -1;
	case ELEM_ANY:
		if (ti < tx->tx_ntoks)
			return crisis_match_from(lx, e + 1, end, ti + 1, tx, use_mask);
		return -1;
	case ELEM_NUM:
		if (ti < tx->tx_ntoks && !(use_mask && tx->tx_masked[ti]) &&
		    crisis_num_match(e, &tx->tx_toks[ti]))
			return crisis_match_from(lx, e + 1, end, ti + 1, tx, use_mask);
		return -1;
	case ELEM_END:
		return ti == tx->tx_ntoks ? (long)ti : -1;
	case ELEM_GAP:
		for (k = 0; k <= e->ce_gap && ti + (size_t)k <= tx->tx_ntoks; k++) {
			r = crisis_match_from(lx, e + 1, end, ti + (size_t)k, tx, use_mask);
			if (r >= 0)
				return r;
		}
		return -1;
	}
	return -1;
}

/* Match p after its first element, which matched word ti: as crisis_match_from. */
static long
crisis_match_rest(const struct crisis_lexicon *lx, const struct crisis_pattern *p, size_t ti,
    const struct crisis_text *tx, int use_mask)
{
	const struct crisis_elem *e = &lx->cl_elems[p->cp_elems];

	return crisis_match_from(lx, e + 1, e + p->cp_nelems, ti + 1, tx, use_mask);
}

/* Call fn for each pattern in ix whose first word (or number) matches word ti. */
typedef void crisis_visit_fn(const struct crisis_lexicon *, size_t pat, size_t ti,
    const struct crisis_text *, void *);

/* Whether a word that passes c's test stands where c needs it after word ti. */
static int
crisis_cand_passes(const struct crisis_cand *c, const struct crisis_text *tx, size_t ti)
{
	size_t k, hi;

	if (c->cc_lo == CRISIS_CAND_NONE)
		return 1;
	hi = ti + 1 + c->cc_hi;
	if (hi >= tx->tx_ntoks)
		hi = tx->tx_ntoks - 1;
	for (k = ti + 1 + c->cc_lo; k <= hi; k++)
		if ((tx->tx_toks[k].ct_first & c->cc_first) && (tx->tx_toks[k].ct_lenbit & c->cc_lens))
			return 1;
	return 0;
}

/* Call fn for each candidate of slot sl that passes its test at word ti. */
static void
crisis_slot_visit(const struct crisis_lexicon *lx, const struct crisis_slot *sl,
    const struct crisis_text *tx, size_t ti, crisis_visit_fn *fn, void *arg)
{
	size_t i;

	for (i = 0; i < sl->cs_npats; i++)
		if (crisis_cand_passes(&sl->cs_pats[i], tx, ti))
			fn(lx, sl->cs_pats[i].cc_pat, ti, tx, arg);
}

static void
crisis_candidates(const struct crisis_lexicon *lx, const struct crisis_index *ix,
    const struct crisis_text *tx, size_t ti, crisis_visit_fn *fn, void *arg)
{
	const struct crisis_tok *t = &tx->tx_toks[ti];
	const struct crisis_slot *sl;
	char withn[CRISIS_WORD_MAX + 1];
	size_t i, len;

	if (t->ct_s[0] >= '0' && t->ct_s[0] <= '9')
		for (i = 0; i < ix->ci_nnum; i++)
			if (crisis_num_match(&lx->cl_elems[lx->cl_pats[ix->ci_num_pats[i]].cp_elems], t))
				fn(lx, ix->ci_num_pats[i], ti, tx, arg);
	sl = crisis_index_find(ix, t->ct_s, t->ct_len, 0);
	if (sl != NULL)
		crisis_slot_visit(lx, sl, tx, ti, fn, arg);
	if (t->ct_len + 1 >= CRISIS_DROP_N_MIN && t->ct_len + 1 < sizeof(withn) &&
	    t->ct_s[t->ct_len - 1] == 'e') {
		memcpy(withn, t->ct_s, t->ct_len);
		withn[t->ct_len] = 'n';
		if (crisis_drops_n(withn, t->ct_len + 1, 0) &&
		    (sl = crisis_index_find(ix, withn, t->ct_len + 1, 0)) != NULL)
			crisis_slot_visit(lx, sl, tx, ti, fn, arg);
	}
	for (len = CRISIS_PREFIX_MIN; len <= t->ct_len && len < 64; len++) {
		if (!(ix->ci_prefix_lens & ((uint64_t)1 << len)))
			continue;
		sl = crisis_index_find(ix, t->ct_s, len, 1);
		if (sl != NULL)
			crisis_slot_visit(lx, sl, tx, ti, fn, arg);
	}
}

/* An exception: mask the words it spans (the mask array is the caller's). */
static void
crisis_visit_except(const struct crisis_lexicon *lx, size_t pat, size_t ti,
    const struct crisis_text *tx, void *arg)
{
	unsigned char *masked = arg;
	long end;
	size_t i;

	if (lx->cl_pats[pat].cp_start && ti != 0)
		return;
	end = crisis_match_rest(lx, &lx->cl_pats[pat], ti, tx, 0);
	for (i = ti; end >= 0 && i < (size_t)end; i++)
		masked[i] = 1;
}

static void
crisis_visit_crisis(const struct crisis_lexicon *lx, size_t pat, size_t ti,
    const struct crisis_text *tx, void *arg)
{
	const struct crisis_pattern *p = &lx->cl_pats[pat];
	struct crisis_hit *hit = arg;

	if (p->cp_start && ti != 0)
		return;
	if (p->cp_category == CRISIS_NONE) {	/* a marker */
		if ((p->cp_aspects & ~hit->ch_aspects) != 0 && crisis_match_rest(lx, p, ti, tx, 1) >= 0)
			hit->ch_aspects |= p->cp_aspects;
		return;
	}
	if ((hit->ch_categories & CRISIS_BIT(p->cp_category)) &&
	    (p->cp_aspects & ~hit->ch_aspects) == 0 &&
	    (p->cp_nelems == 1 || (hit->ch_aspects & CRISIS_ASPECT_STRONG)))
		return;	/* adds nothing: the category is in, and its first hit is kept */
	if (crisis_match_rest(lx, p, ti, tx, !p->cp_over) < 0)
		return;
	if (p->cp_nelems > 1)
		hit->ch_aspects |= CRISIS_ASPECT_STRONG;
	hit->ch_categories |= CRISIS_BIT(p->cp_category);
	hit->ch_aspects |= p->cp_aspects;
	if (hit->ch_category == CRISIS_NONE || p->cp_category < hit->ch_category) {
		hit->ch_category = p->cp_category;
		hit->ch_line = p->cp_line;
	}
}

int
crisis_match(const struct crisis_lexicon *lx, const char *text, struct crisis_hit *hit)
{
	return crisis_match_unmasked(lx, text, hit, NULL);
}

int
crisis_match_unmasked(const struct crisis_lexicon *lx, const char *text, struct crisis_hit *hit,
    char **unmasked)
{
	struct crisis_hit h = { CRISIS_NONE, 0, NULL, 0, 0 };
	struct crisis_text tx;
	unsigned char *masked;
	size_t len, n, i;
	char *norm, *p;
	int rc;

	len = strlen(text);
	norm = xmalloc(len + 1);
	/* Cannot be cut short (never longer than the input); a prefix would still be matched. */
	rc = crisis_normalise(text, norm, len + 1);
	(void)rc;
	for (n = 0, p = norm; *p != '\0'; p++)
		if (p == norm || p[-1] == ' ')
			n++;
	tx.tx_toks = xmalloc(n * sizeof(*tx.tx_toks));
	masked = xcalloc(n, 1);
	tx.tx_masked = masked;
	tx.tx_ntoks = 0;
	for (p = norm; *p != '\0';) {
		tx.tx_toks[tx.tx_ntoks].ct_s = p;
		while (*p != '\0' && *p != ' ')
			p++;
		tx.tx_toks[tx.tx_ntoks].ct_len = (size_t)(p - tx.tx_toks[tx.tx_ntoks].ct_s);
		tx.tx_toks[tx.tx_ntoks].ct_first = crisis_cand_first(tx.tx_toks[tx.tx_ntoks].ct_s[0]);
		tx.tx_toks[tx.tx_ntoks].ct_lenbit = crisis_cand_len(tx.tx_toks[tx.tx_ntoks].ct_len);
		tx.tx_ntoks++;
		if (*p == ' ')
			p++;
	}
	for (i = 0; i < tx.tx_ntoks; i++)
		crisis_candidates(lx, &lx->cl_except, &tx, i, crisis_visit_except, masked);
	for (i = 0; i < tx.tx_ntoks; i++)
		if (masked[i])
			h.ch_aspects |= CRISIS_ASPECT_EXCEPTED;
	for (i = 0; i < tx.tx_ntoks; i++)
		if (!masked[i])
			crisis_candidates(lx, &lx->cl_crisis, &tx, i, crisis_visit_crisis, &h);
	if (unmasked != NULL && (h.ch_aspects & CRISIS_ASPECT_EXCEPTED)) {
		/* The words left, in order, in norm itself (never ahead of them). */
		for (p = norm, i = 0; i < tx.tx_ntoks; i++) {
			if (masked[i])
				continue;
			if (p > norm)
				*p++ = ' ';
			memmove(p, tx.tx_toks[i].ct_s, tx.tx_toks[i].ct_len);
			p += tx.tx_toks[i].ct_len;
		}
		*p = '\0';
		*unmasked = norm;
		norm = NULL;
	} else if (unmasked != NULL) {
		*unmasked = NULL;
	}
	free(masked);
	free(tx.tx_toks);
	free(norm);
	if (h.ch_category != CRISIS_NONE && !(h.ch_aspects & CRISIS_ASPECT_STRONG))
		h.ch_aspects |= CRISIS_ASPECT_WORD;
	h.ch_aspects &= ~CRISIS_ASPECT_STRONG;
	h.ch_name = crisis_category_name(h.ch_category);
	if (hit != NULL)
		*hit = h;
	return h.ch_category != CRISIS_NONE;
}

/* Function words that tell English from Dutch (normalised: repeated letters collapsed). */
static const char *const crisis_words_en[] = {
	"i", "im", "my", "me", "the", "to", "and", "you", "is", "it", "dont", "cant", "want",
	"wana", "this", "what", "with", "have", "of", "am", "just", "so", "he", "she", "they",
	"please", "help", "cant", "anymore", "myself", "tonight", "took", "feel", "go", "kil",
};
static const char *const crisis_words_nl[] = {
	"ik", "k", "mijn", "mn", "de", "het", "een", "en", "niet", "wil", "ben", "is", "dat",
	"met", "van", "heb", "je", "hij", "zij", "ze", "er", "meer", "maar", "ga", "wat", "mezelf",
	"vanacht", "vanavond", "voel", "dod", "zelfmord", "kan", "op", "nog",
};

static int
crisis_word_in(const char *w, size_t n, const char *const *list, size_t nlist)
{
	size_t i;

	for (i = 0; i < nlist; i++)
		if (strlen(list[i]) == n && memcmp(list[i], w, n) == 0)
			return 1;
	return 0;
}

int
crisis_text_english(const char *text)
{
	size_t len = strlen(text), n;
	char *norm = xmalloc(len + 1), *p, *w;
	int en = 0, nl = 0, rc;

	rc = crisis_normalise(text, norm, len + 1);
	(void)rc;	/* never cut short: the output is never longer than the input */
	for (p = norm; *p != '\0';) {
		w = p;
		while (*p != '\0' && *p != ' ')
			p++;
		n = (size_t)(p - w);
		en += crisis_word_in(w, n, crisis_words_en, NELEM(crisis_words_en));
		nl += crisis_word_in(w, n, crisis_words_nl, NELEM(crisis_words_nl));
		if (*p == ' ')
			p++;
	}
	free(norm);
	return en > nl;
}
