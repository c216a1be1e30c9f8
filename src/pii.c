/*
 * pii.c — scrub personal data from chat text (Dutch and English) for the
 * research copy: typed placeholders for phone numbers, e-mail, URLs,
 * handles, BSN, IBAN, postcodes, addresses, names, dates, licence plates
 * and other long numbers (include/pii.h, docs/privacy.md "Scrubbing").
 *
 * Two passes over the text. The first reads characters: e-mail, URLs,
 * handles, IBANs, licence plates, and runs of digit groups (a phone number
 * in any spelling, a date, a BSN by the 11-test, a postcode, or [NUMMER]).
 * The second reads the words left between them, each looked up once in a
 * hash of the lists in conf/pii (name, street and institution words, common
 * words, places that stay), and labels words: written dates, addresses,
 * schools and institutions, then names (from the lists, the caller's known
 * names, after a title or "ik heet"). Labelled words next to each other
 * become one placeholder. When in doubt the scrubber removes: a research
 * copy must not hold a name, while an extra [NAAM] costs little.
 *
 * The lists are read-only after pii_load: pii_scrub is thread-safe. A call
 * allocates four buffers (words, folded text, spans, the result), sized
 * from the text; nothing per word.
 */
#include <stdint.h>
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "pii.h"
#include "praatpaal.h"
#include "util.h"

/* What a list word is (bits of ps_flags). */
#define W_FIRST		0x00001u	/* first name */
#define W_FIRST_AMB	0x00002u	/* first name that is also a word */
#define W_SUR		0x00004u	/* surname */
#define W_SUR_AMB	0x00008u	/* surname that is also a word */
#define W_PREFIX	0x00010u	/* van, de, el */
#define W_TITLE		0x00020u	/* meneer, juf, dr */
#define W_MONTH		0x00040u
#define W_STREET	0x00080u	/* known street without an ending */
#define W_STREET_GEN	0x00100u	/* has a street ending, is no street */
#define W_INST_GEN	0x00200u	/* has a school ending, is no school's name */
#define W_COMMON	0x00400u	/* never a name on its own */
#define W_KEEP		0x00800u	/* places, help lines: never scrubbed */
#define W_TRIG_END	0x01000u	/* last word of a trigger phrase */
#define W_REL_END	0x02000u	/* last word of a relation phrase */
#define W_ARTICLE	0x04000u	/* de, het, een, the */
#define W_STREET_SUF	0x08000u	/* the word is a street ending ("laan", "street") */
#define W_INST_SUF	0x10000u	/* the word is a school ending ("college") */
#define W_WREL_END	0x20000u	/* last word of a weak relation phrase ("met") */
#define W_STREET_START	0x40000u	/* starts street names ("Oude", "Prinses") */
#define W_RESIDE	0x80000u	/* "woon", "adres": a street and number may follow */
#define W_NAME_VERB	0x100000u	/* "zegt", "heeft": often follows a person */
#define W_SPOKEN	0x200000u	/* a digit, number or sign said as a word: "zes", "punt" */
#define W_NAME		(W_FIRST | W_FIRST_AMB | W_SUR | W_SUR_AMB)
/*
 * Marks of the code's own word lists (pii_appt_words and the like), kept
 * in the same table at bit M_SHIFT and up, out of tk_flags and out of
 * pii_lookup's answer: a word marked only so is in no list of the files.
 * A word's marks are in tk_marks, read once when the word is looked up.
 */
#define M_APPT		0x1u	/* a word for an appointment: "afspraak", "zitting" */
#define M_BIRTH		0x2u	/* a word for a birth or a birthday: "jarig", "born" */
#define M_TURN		0x4u	/* turning an age: "word", "turn" */
#define M_FILLER	0x8u	/* a word said between a verb and a name: "weer", "even" */
#define M_PLATFORM	0x10u	/* a platform's or a game's name: "insta", "roblox" (pii_platform_words) */
#define M_SHIFT		24
#define W_MARKS		((uint32_t)(M_APPT | M_BIRTH | M_TURN | M_FILLER | M_PLATFORM) << M_SHIFT)
_Static_assert((W_SPOKEN << 1) <= (1u << M_SHIFT), "the marks are above every W_ flag (W_SPOKEN is the last)");

/* A word no capitalised name can be: in a list of words, places, months, titles or endings. */
#define W_NOT_NAME	(W_COMMON | W_KEEP | W_MONTH | W_TITLE | W_PREFIX | W_ARTICLE | W_STREET_SUF | \
			 W_INST_SUF | W_STREET_GEN | W_INST_GEN | W_TRIG_END | W_REL_END | W_WREL_END)

#define PII_ID_WORDS_BACK	6	/* words between an id word and "is" before its number */
#define PII_SUFFIX_MAX	64	/* street and school endings (one bit each) */
#define PII_SUFFIX_LEN	24	/* bytes of one ending */
#define PII_NUM_DIGITS	40	/* digits of a number run read as one number */
#define PII_KEEP	PII_NTYPES	/* span type: copied as it is */
#define PII_SHORT_BYTES	512	/* a text this long or shorter is worked on the stack */
#define PII_SAME_NAMES_MAX 32	/* names found in one message looked for again */
#define PII_CODE_DIGITS	5	/* digits of a code with capitals before them ("VT-88213") */
#define PII_LABEL_WORDS	3	/* words before a number looked at for "BSN", "IBAN" */
#define PII_BSN_SENTENCE_WORDS	16	/* "BSN" this many words before nine digits names them too */
#define PII_CASE_SENTENCE_WORDS	6	/* "zaaknummer" this many words before eight or nine digits: a [NUMMER] */
#define PII_EMAIL_SPELLED_PARTS	3	/* words of an address's local part joined by " punt ", " dot " */
#define PII_O_NUMBER_BYTES	40	/* bytes of a number typed with O for zero ("O6-12345O87") */
#define PII_O_BEFORE		256	/* bytes before it read again for the words that name it */
#define PII_O_AFTER		64	/* and after it */
#define PII_PLATFORM_WORDS	4	/* words before a user name without "@" looked at for its platform */
#define PII_PLATFORM_WORDS_DOT	12	/* the same for a name with a dot or underscore between letters */
#define PII_HANDLE_AGAIN_BYTES	40	/* such a name this close after a user name is one too */
#define PII_WEDDING_WORDS	6	/* words around a day and month looked at for a wedding's day */
#define PII_ID_CODE_MAX		16	/* characters of a code of letters and digits after an id's word */
#define PII_ING_NOUN		10	/* letters of a word in "-ing" first in a sentence that starts no name */
#define PII_CODE_PARTS		3	/* parts joined by "-" or "/" before a reference ("2025-TEL-448102") */
#define PII_CODE_DIGITS_NAMED	3	/* the same after "number": "client number, KL-4421" */
#define PII_CODE_LETTER_GROUPS	3	/* groups of capitals before a code's digits ("DH/WIZ/2025/117734") */
#define PII_MIXED_CODE_MIN	8	/* characters of a document number of capitals and digits mixed */
#define PII_MIXED_CODE_MAX	20
#define PII_FORM_NAME_WORDS	3	/* words of a name after "Naam:" */
#define PII_KEY_GROUPS_MIN	3	/* groups of a gift card's or a game's key ("4HT7-QX9M-2BRA") */
#define PII_KEY_GROUPS_MAX	8
#define PII_KEY_GROUP_MIN	4	/* capitals and digits of one group */
#define PII_KEY_DIGITS		2	/* digits, and letters, of a key at least */
#define PII_KEY_GROUP_MAX	6
#define PII_YEAR_RANGE_MAX	10	/* years between the two of a span that stays ("2024-2025") */
#define PII_HYPHEN_WORD	7	/* letters after a hyphen, lower case: "Wmo-ondersteuning" is no name */
#define PII_KEPT_PHRASE_WORDS	3	/* capitalised words written together to find in keep.txt */
#define PII_SPOKEN_BYTES	160	/* a dictated run written out ("nul zes een twee ..." is "0612...") */
#define PII_SPOKEN_TOKENS	48	/* words of one dictated run */
#define PII_SPOKEN_CONTEXT	48	/* bytes before it read with it ("klantnummer is") */
#define PII_SPOKEN_TRIES	2	/* later words a run that found nothing is read again from */

struct pii_slot {
	uint32_t	ps_hash;
	uint32_t	ps_off;		/* in pl_arena */
	uint32_t	ps_len;		/* 0: empty slot */
	uint32_t	ps_flags;
};

struct pii_phrase {
	uint32_t	pp_off[PII_PHRASE_WORDS];	/* folded words, in pl_arena */
	uint32_t	pp_len[PII_PHRASE_WORDS];
	size_t		pp_n;
	uint32_t	pp_kind;	/* W_TRIG_END, W_REL_END or W_WREL_END */
	uint32_t	pp_last;	/* pii_hash of its last word: pl_phrases is sorted by it */
	uint32_t	pp_prev;	/* pii_hash of the word before the last (pp_n >= 2) */
};

struct pii_suffix {
	char	ps_text[PII_SUFFIX_LEN];
	size_t	ps_len;
	size_t	ps_stem;	/* letters a word needs before it: 4 for "str" (no vowel: "luistr"), else 3 */
	int	ps_street;	/* 1: street ending, 0: school ending */
};

struct pii_lists {
	char			*pl_arena;
	size_t			 pl_alen, pl_acap;
	struct pii_slot		*pl_slots;
	size_t			 pl_nslots;	/* power of two */
	size_t			 pl_nwords;
	struct pii_phrase	 pl_phrases[PII_PHRASES_MAX];
	size_t			 pl_nphrases;
	struct pii_suffix	 pl_suf[PII_SUFFIX_MAX];
	size_t			 pl_nsuf;
	uint64_t		 pl_suf_last[256];	/* last byte -> endings with it */
};

static const char *const pii_placeholders[PII_NTYPES] = {
	"[TELEFOON]", "[EMAIL]", "[URL]", "[HANDLE]", "[BSN]", "[IBAN]",
	"[POSTCODE]", "[ADRES]", "[NAAM]", "[DATUM]", "[KENTEKEN]", "[NUMMER]"
};
static const char *const pii_names[PII_NTYPES] = {
	"telefoon", "email", "url", "handle", "bsn", "iban",
	"postcode", "adres", "naam", "datum", "kenteken", "nummer"
};

const char *
pii_placeholder(enum pii_type t)
{
	return (unsigned)t < PII_NTYPES ? pii_placeholders[t] : "";
}

const char *
pii_type_name(enum pii_type t)
{
	return (unsigned)t < PII_NTYPES ? pii_names[t] : "";
}

/* ---- characters ---- */

/*
 * The classes of the first pass's characters, by byte: CC_DIGIT, CC_ALPHA
 * (ASCII letters), CC_RUN (a character of an e-mail address's local part or
 * a host name run: letters, digits and "._%+-"), CC_OHONE (O, o, l, I, typed
 * for a zero or a one), CC_DOT and CC_UNDER (the run's "." and "_"). Bytes
 * from 0x80 are in none.
 */
#define CC_DIGIT	0x01
#define CC_ALPHA	0x02
#define CC_RUN		0x04
#define CC_OHONE	0x08
#define CC_DOT		0x10
#define CC_UNDER	0x20
static const unsigned char pii_cc[256] = {
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 4, 0, 0, 0, 0, 0, 4, 0, 4, 20, 0,
	5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 0, 0, 0, 0, 0, 0,
	0, 6, 6, 6, 6, 6, 6, 6, 6, 14, 6, 6, 6, 6, 6, 14,
	6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 0, 0, 0, 0, 36,
	0, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 14, 6, 6, 14,
	6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 0, 0, 0, 0, 0,
};

/* util_utf8_next, an ASCII character read in place. */
static inline size_t
pii_utf8_next(const unsigned char *s, size_t n, long *cp)
{
	if (s[0] < 0x80) {
		*cp = s[0];
		return 1;
	}
	return util_utf8_next(s, n, cp);
}

static inline int
pii_is_digit(long cp)
{
	return cp >= '0' && cp <= '9';
}

/* Letters of the scripts young people here write in; emoji and symbols are not. */
static inline int
pii_is_letter(long cp)
{
	if (cp < 0x80)
		return cp >= 0 && (pii_cc[cp] & CC_ALPHA) != 0;
	if (cp >= 0xC0 && cp <= 0x24F)
		return cp != 0xD7 && cp != 0xF7;
	return (cp >= 0x370 && cp <= 0x52F) || (cp >= 0x590 && cp <= 0x6FF) ||
	    (cp >= 0x900 && cp <= 0x97F) || (cp >= 0x1E00 && cp <= 0x1EFF);
}

static int
pii_is_upper(long cp)
{
	if (cp < 0x80)
		return cp >= 'A' && cp <= 'Z';
	if (cp >= 0xC0 && cp <= 0xDE)
		return cp != 0xD7;
	if (cp >= 0x100 && cp <= 0x17F)
		return (cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E) ?
		    (cp & 1) == 1 : (cp & 1) == 0;
	if (cp >= 0x391 && cp <= 0x3AB)
		return 1;
	return cp >= 0x400 && cp <= 0x42F;
}

static int
pii_is_apostrophe(long cp)
{
	return cp == '\'' || cp == 0x2019 || cp == 0x2018 || cp == '`';
}

/*
 * Fold s[0..n) to lower case ASCII where it has an ASCII form (accents
 * dropped, apostrophes as '); other letters are copied. out has room for n
 * bytes (the folded form is never longer). Returns its length.
 */
static size_t
pii_fold_text(const char *s, size_t n, char *out)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0, o = 0, l, k;
	long cp;

	while (i < n) {
		if (u[i] < 0x80) {
			out[o++] = (u[i] >= 'A' && u[i] <= 'Z') ? (char)(u[i] + 32) : (char)u[i];
			i++;
			continue;
		}
		l = pii_utf8_next(u + i, n - i, &cp);
		if (cp >= UTIL_LATIN_FOLD_START && cp < UTIL_LATIN_FOLD_END &&
		    util_latin_fold[cp - UTIL_LATIN_FOLD_START][0] != '\0') {
			for (k = 0; util_latin_fold[cp - UTIL_LATIN_FOLD_START][k] != '\0'; k++)
				out[o++] = util_latin_fold[cp - UTIL_LATIN_FOLD_START][k];
		} else if (pii_is_apostrophe(cp)) {
			out[o++] = '\'';
		} else {
			memcpy(out + o, s + i, l);
			o += l;
		}
		i += l;
	}
	return o;
}

static uint32_t
pii_hash(const char *s, size_t n)
{
	uint32_t h = 2166136261u;
	size_t i;

	for (i = 0; i < n; i++) {
		h ^= (unsigned char)s[i];
		h *= 16777619u;
	}
	return h;
}

/* ---- the lists ---- */

/* memcmp(a, b, n) == 0 for the short words of the lists, without a call. */
static inline int
pii_same(const char *a, const char *b, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (a[i] != b[i])
			return 0;
	return 1;
}

/* The flags and marks of the folded word s[0..n), 0 when it is in no list. */
static uint32_t
pii_lookup_all(const struct pii_lists *pl, const char *s, size_t n)
{
	uint32_t h = pii_hash(s, n);
	size_t i = h & (pl->pl_nslots - 1);
	const struct pii_slot *sl;

	for (;;) {
		sl = &pl->pl_slots[i];
		if (sl->ps_len == 0)
			return 0;
		if (sl->ps_hash == h && sl->ps_len == n && pii_same(pl->pl_arena + sl->ps_off, s, n))
			return sl->ps_flags;
		i = (i + 1) & (pl->pl_nslots - 1);
	}
}

/* The flags of the folded word s[0..n), 0 when it is in no list. */
static uint32_t
pii_lookup(const struct pii_lists *pl, const char *s, size_t n)
{
	return pii_lookup_all(pl, s, n) & ~W_MARKS;
}

static uint32_t
pii_arena_add(struct pii_lists *pl, const char *s, size_t n)
{
	uint32_t off;

	if (pl->pl_alen + n > pl->pl_acap) {
		pl->pl_acap = (pl->pl_acap + n) * 2;
		pl->pl_arena = xrealloc(pl->pl_arena, pl->pl_acap);
	}
	off = (uint32_t)pl->pl_alen;
	memcpy(pl->pl_arena + off, s, n);
	pl->pl_alen += n;
	return off;
}

/* Phrases by the hash of their last word (pii_phrase_at looks them up by it). */
static int
pii_phrase_cmp(const void *a, const void *b)
{
	uint32_t x = ((const struct pii_phrase *)a)->pp_last, y = ((const struct pii_phrase *)b)->pp_last;

	return x < y ? -1 : x > y;
}

static void
pii_slot_put(struct pii_slot *slots, size_t nslots, const struct pii_slot *in)
{
	size_t i = in->ps_hash & (nslots - 1);

	while (slots[i].ps_len != 0)
		i = (i + 1) & (nslots - 1);
	slots[i] = *in;
}

/* Add flags to the folded word s[0..n) (added to the table when new). */
static void
pii_word_add(struct pii_lists *pl, const char *s, size_t n, uint32_t flags)
{
	uint32_t h = pii_hash(s, n);
	size_t i, nslots;
	struct pii_slot *sl, *grown, nw;

	for (i = h & (pl->pl_nslots - 1); pl->pl_slots[i].ps_len != 0;
	    i = (i + 1) & (pl->pl_nslots - 1)) {
		sl = &pl->pl_slots[i];
		if (sl->ps_hash == h && sl->ps_len == n &&
		    memcmp(pl->pl_arena + sl->ps_off, s, n) == 0) {
			sl->ps_flags |= flags;
			return;
		}
	}
	if ((pl->pl_nwords + 1) * 2 > pl->pl_nslots) {
		nslots = pl->pl_nslots * 2;
		grown = xcalloc(nslots, sizeof(*grown));
		for (i = 0; i < pl->pl_nslots; i++)
			if (pl->pl_slots[i].ps_len != 0)
				pii_slot_put(grown, nslots, &pl->pl_slots[i]);
		free(pl->pl_slots);
		pl->pl_slots = grown;
		pl->pl_nslots = nslots;
	}
	nw.ps_hash = h;
	nw.ps_off = pii_arena_add(pl, s, n);
	nw.ps_len = (uint32_t)n;
	nw.ps_flags = flags;
	pii_slot_put(pl->pl_slots, pl->pl_nslots, &nw);
	pl->pl_nwords++;
}

enum pii_list_kind { LIST_WORDS, LIST_SUFFIX, LIST_PHRASE };

struct pii_list_file {
	const char		*lf_name;
	enum pii_list_kind	 lf_kind;
	uint32_t		 lf_flags;	/* LIST_SUFFIX: 1 street, 0 school */
};

static const struct pii_list_file pii_files[] = {
	{ "firstnames.txt", LIST_WORDS, W_FIRST },
	{ "firstnames_ambiguous.txt", LIST_WORDS, W_FIRST_AMB },
	{ "surnames.txt", LIST_WORDS, W_SUR },
	{ "surnames_ambiguous.txt", LIST_WORDS, W_SUR_AMB },
	{ "prefixes.txt", LIST_WORDS, W_PREFIX },
	{ "titles.txt", LIST_WORDS, W_TITLE },
	{ "months.txt", LIST_WORDS, W_MONTH },
	{ "streets.txt", LIST_WORDS, W_STREET },
	{ "street_starts.txt", LIST_WORDS, W_STREET_START },
	{ "residence.txt", LIST_WORDS, W_RESIDE },
	{ "street_generic.txt", LIST_WORDS, W_STREET_GEN },
	{ "institutions_generic.txt", LIST_WORDS, W_INST_GEN },
	{ "common.txt", LIST_WORDS, W_COMMON },
	{ "keep.txt", LIST_WORDS, W_KEEP },
	{ "name_verbs.txt", LIST_WORDS, W_NAME_VERB },
	{ "street_suffixes.txt", LIST_SUFFIX, 1 },
	{ "institutions.txt", LIST_SUFFIX, 0 },
	{ "triggers.txt", LIST_PHRASE, W_TRIG_END },
	{ "relations.txt", LIST_PHRASE, W_REL_END },
	{ "relations_weak.txt", LIST_PHRASE, W_WREL_END },
};

/* Articles: a name that is also a word is no name after one ("de Dirk"). */
/* Digits a word: "nul", "zes", "zero", "six" (index = digit), Dutch then English. */
static const char *const pii_unit_nl[] = { "nul", "een", "twee", "drie", "vier", "vijf", "zes",
    "zeven", "acht", "negen" };
static const char *const pii_unit_en[] = { "zero", "one", "two", "three", "four", "five", "six",
    "seven", "eight", "nine" };
/* 10 to 19, then 20, 30 ... 90 (index 10 to 17). */
static const char *const pii_teen_nl[] = { "tien", "elf", "twaalf", "dertien", "veertien",
    "vijftien", "zestien", "zeventien", "achttien", "negentien", "twintig", "dertig", "veertig",
    "vijftig", "zestig", "zeventig", "tachtig", "negentig" };
static const char *const pii_teen_en[] = { "ten", "eleven", "twelve", "thirteen", "fourteen",
    "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty",
    "fifty", "sixty", "seventy", "eighty", "ninety" };

/* Signs said as words in dictated addresses and names. */
static const struct {
	const char	*w;
	char		 ch;
} pii_signs[] = {
	{ "punt", '.' }, { "dot", '.' }, { "point", '.' }, { "streepje", '-' }, { "dash", '-' },
	{ "hyphen", '-' }, { "koppelteken", '-' }, { "minteken", '-' }, { "underscore", '_' },
	{ "laagstreepje", '_' }, { "apenstaartje", '@' }, { "apenstaart", '@' }, { "at", '@' },
	{ "slash", '/' }, { "colon", ':' }, { "plus", '+' }
};
/* The other words of numbers said: W_SPOKEN too. */
static const char *const pii_spoken_other[] = { "dubbele", "double", "dubbel", "triple",
    "tripple", "thousand", "duizend", "honderd", "hundred", "oh" };

static const char *const pii_articles[] = { "de", "het", "een", "'t", "the", "a", "die", "deze" };

/* One line's words (folded) into the lists. 0, or -1 with err set. */
static int
pii_load_line(struct pii_lists *pl, const struct pii_list_file *lf, const char *path,
    int lineno, const char *line, size_t len, char *err, size_t errlen)
{
	char fold[PII_WORD_MAX];
	struct pii_phrase *ph = NULL;
	struct pii_suffix *sf;
	size_t i = 0, s, n, fl;

	if (lf->lf_kind == LIST_PHRASE) {
		if (pl->pl_nphrases == PII_PHRASES_MAX) {
			util_seterr(err, errlen, "%s:%d: more than PII_PHRASES_MAX (%d) phrases",
			    path, lineno, PII_PHRASES_MAX);
			return -1;
		}
		ph = &pl->pl_phrases[pl->pl_nphrases];
		memset(ph, 0, sizeof(*ph));
		ph->pp_kind = lf->lf_flags;
	}
	while (i < len) {
		while (i < len && (line[i] == ' ' || line[i] == '\t'))
			i++;
		if (i == len)
			break;
		s = i;
		while (i < len && line[i] != ' ' && line[i] != '\t')
			i++;
		n = i - s;
		if (n > PII_WORD_MAX) {
			util_seterr(err, errlen, "%s:%d: word longer than PII_WORD_MAX (%d bytes)",
			    path, lineno, PII_WORD_MAX);
			return -1;
		}
		fl = pii_fold_text(line + s, n, fold);
		if (pl->pl_nwords >= PII_WORDS_MAX) {
			util_seterr(err, errlen, "%s:%d: more than PII_WORDS_MAX (%d) words",
			    path, lineno, PII_WORDS_MAX);
			return -1;
		}
		switch (lf->lf_kind) {
		case LIST_WORDS:
			pii_word_add(pl, fold, fl, lf->lf_flags);
			break;
		case LIST_SUFFIX:
			if (pl->pl_nsuf == PII_SUFFIX_MAX || fl >= PII_SUFFIX_LEN) {
				util_seterr(err, errlen, "%s:%d: more than %d endings, or one longer than %d bytes",
				    path, lineno, PII_SUFFIX_MAX, PII_SUFFIX_LEN - 1);
				return -1;
			}
			sf = &pl->pl_suf[pl->pl_nsuf];
			memcpy(sf->ps_text, fold, fl);
			sf->ps_text[fl] = '\0';
			sf->ps_len = fl;
			sf->ps_stem = strpbrk(sf->ps_text, "aeiouy") == NULL ? 4 : 3;
			sf->ps_street = lf->lf_flags == 1;
			pl->pl_suf_last[(unsigned char)fold[fl - 1]] |= (uint64_t)1 << pl->pl_nsuf;
			pl->pl_nsuf++;
			pii_word_add(pl, fold, fl, sf->ps_street ? W_STREET_SUF : W_INST_SUF);
			break;
		case LIST_PHRASE:
			if (ph->pp_n == PII_PHRASE_WORDS) {
				util_seterr(err, errlen, "%s:%d: phrase longer than PII_PHRASE_WORDS (%d words)",
				    path, lineno, PII_PHRASE_WORDS);
				return -1;
			}
			ph->pp_off[ph->pp_n] = pii_arena_add(pl, fold, fl);
			ph->pp_len[ph->pp_n] = (uint32_t)fl;
			ph->pp_n++;
			break;
		}
	}
	if (ph != NULL && ph->pp_n > 0) {
		pii_word_add(pl, pl->pl_arena + ph->pp_off[ph->pp_n - 1], ph->pp_len[ph->pp_n - 1],
		    lf->lf_flags);
		ph->pp_last = pii_hash(pl->pl_arena + ph->pp_off[ph->pp_n - 1], ph->pp_len[ph->pp_n - 1]);
		if (ph->pp_n >= 2)
			ph->pp_prev = pii_hash(pl->pl_arena + ph->pp_off[ph->pp_n - 2], ph->pp_len[ph->pp_n - 2]);
		pl->pl_nphrases++;
	}
	return 0;
}

static int
pii_load_file(struct pii_lists *pl, const char *dir, const struct pii_list_file *lf,
    char *err, size_t errlen)
{
	char path[4096];
	char *data;
	size_t len, i = 0, s, e;
	int lineno = 0, rc = -1;

	if (snprintf(path, sizeof(path), "%s/%s", dir, lf->lf_name) >= (int)sizeof(path)) {
		util_seterr(err, errlen, "%s: path too long", dir);
		return -1;
	}
	data = util_read_file(path, PII_LIST_MAX_BYTES, &len, err, errlen);
	if (data == NULL)
		return -1;
	if (!util_utf8_valid(data, len)) {
		util_seterr(err, errlen, "%s: not UTF-8 text", path);
		goto fail;
	}
	while (i < len) {
		s = i;
		while (i < len && data[i] != '\n')
			i++;
		e = i;
		i++;
		lineno++;
		if (e > s && data[e - 1] == '\r')
			e--;
		if (e == s || data[s] == '#')
			continue;
		if (pii_load_line(pl, lf, path, lineno, data + s, e - s, err, errlen) == -1)
			goto fail;
	}
	rc = 0;
fail:
	free(data);
	return rc;
}

/* The code's own word lists that are marked in the table (M_*): looked up once a word. */
static const char *const pii_appt_words[] = { "afspraak", "afspraakje", "gesprek", "intake", "toets",
    "examen", "zitting", "schoolreis", "excursie", "uitje", "klas", "appointment", "meeting",
    "exam", "test", "interview", "hearing", "trip", "rechtbank", "court", "tandarts", "dentist",
    "huisarts", "ziekenhuis", "hospital", "jeugdarts", "ward", "afdeling", "poli",
    "polikliniek", "opname", "mri", "scan", "operatie", "operation", "surgery", "spreekuur",
    "controle", "checkup", "psychiater", "psychiatrist", "psycholoog", "psychologist",
    "kinderarts", "specialist", "voorkomen", "rechtszaak", "kinderrechter", "politierechter",
    "verhoor", "huisbezoek", "raadsonderzoek", "taakstraf", "werkstraf", "halt" };
static const char *const pii_birth_words[] = { "jarig", "verjaardag", "geboren", "geb",
    "geboortedatum", "birthday", "bday", "born", "dob", "birth" };
static const char *const pii_turn_words[] = { "word", "wordt", "worden", "turn", "turns", "turning" };
/* Platforms and games where people have user names; the last 3 name no platform. */
static const char *const pii_platform_words[] = { "roblox", "minecraft", "fortnite", "discord",
    "insta", "instagram", "snap", "snapchat", "tiktok", "twitch", "steam", "psn", "xbox",
    "playstation", "youtube", "telegram", "valorant", "fifa", "brawl", "clash", "twitter", "reddit",
    "gta", "warzone", "apex", "overwatch", "yt", "ig", "epic", "facebook", "fb", "server", "game",
    "spel" };	/* the last 3: no platform's name */
/* Chat fillers, never a name (most are in common.txt too). */
static const char *const pii_fillers[] = { "again", "here", "weer", "hier", "trouwens", "btw", "wel",
    "ook", "too", "also", "just", "gwn", "even", "ff", "effe" };

static const struct {
	const char *const	*words;
	size_t			 n;
	unsigned		 mark;
} pii_marked[] = {
	{ pii_appt_words, NELEM(pii_appt_words), M_APPT },
	{ pii_birth_words, NELEM(pii_birth_words), M_BIRTH },
	{ pii_turn_words, NELEM(pii_turn_words), M_TURN },
	{ pii_fillers, NELEM(pii_fillers), M_FILLER },
	{ pii_platform_words, NELEM(pii_platform_words) - 3, M_PLATFORM },
};

struct pii_lists *
pii_load(const char *dir, char *err, size_t errlen)
{
	struct pii_lists *pl;
	size_t i, k;

	pl = xcalloc(1, sizeof(*pl));
	pl->pl_nslots = 4096;
	pl->pl_slots = xcalloc(pl->pl_nslots, sizeof(*pl->pl_slots));
	for (i = 0; i < NELEM(pii_files); i++)
		if (pii_load_file(pl, dir, &pii_files[i], err, errlen) == -1)
			goto fail;
	for (i = 0; i < NELEM(pii_articles); i++)
		pii_word_add(pl, pii_articles[i], strlen(pii_articles[i]), W_ARTICLE);
	for (i = 0; i < NELEM(pii_unit_nl); i++) {
		pii_word_add(pl, pii_unit_nl[i], strlen(pii_unit_nl[i]), W_SPOKEN);
		pii_word_add(pl, pii_unit_en[i], strlen(pii_unit_en[i]), W_SPOKEN);
	}
	for (i = 0; i < NELEM(pii_teen_nl); i++) {
		pii_word_add(pl, pii_teen_nl[i], strlen(pii_teen_nl[i]), W_SPOKEN);
		pii_word_add(pl, pii_teen_en[i], strlen(pii_teen_en[i]), W_SPOKEN);
	}
	for (i = 0; i < NELEM(pii_signs); i++)
		pii_word_add(pl, pii_signs[i].w, strlen(pii_signs[i].w), W_SPOKEN);
	for (i = 0; i < NELEM(pii_spoken_other); i++)
		pii_word_add(pl, pii_spoken_other[i], strlen(pii_spoken_other[i]), W_SPOKEN);
	qsort(pl->pl_phrases, pl->pl_nphrases, sizeof(pl->pl_phrases[0]), pii_phrase_cmp);
	if (pl->pl_nwords == 0 || pl->pl_nsuf == 0) {
		util_seterr(err, errlen, "%s: the lists are empty", dir);
		goto fail;
	}
	for (i = 0; i < NELEM(pii_marked); i++)
		for (k = 0; k < pii_marked[i].n; k++)
			pii_word_add(pl, pii_marked[i].words[k], strlen(pii_marked[i].words[k]),
			    (uint32_t)pii_marked[i].mark << M_SHIFT);
	return pl;
fail:
	pii_free(pl);
	return NULL;
}

void
pii_free(struct pii_lists *pl)
{
	if (pl == NULL)
		return;
	free(pl->pl_arena);
	free(pl->pl_slots);
	free(pl);
}

/* ---- spans ---- */

struct pii_span {
	size_t	sp_start, sp_end;
	int	sp_type;	/* enum pii_type, or PII_KEEP */
};

struct pii_spans {
	struct pii_span	*ss_v;
	size_t		 ss_n, ss_cap;
};

static void
pii_span_add(struct pii_spans *ss, size_t s, size_t e, int type)
{
	if (ss->ss_n == ss->ss_cap) {
		ss->ss_cap = ss->ss_cap == 0 ? 16 : ss->ss_cap * 2;
		ss->ss_v = xrealloc(ss->ss_v, ss->ss_cap * sizeof(*ss->ss_v));
	}
	ss->ss_v[ss->ss_n].sp_start = s;
	ss->ss_v[ss->ss_n].sp_end = e;
	ss->ss_v[ss->ss_n].sp_type = type;
	ss->ss_n++;
}

/* ---- the first pass: characters ---- */

static inline int
a_digit(unsigned char c)
{
	return pii_cc[c] & CC_DIGIT;
}

static inline int
a_alpha(unsigned char c)
{
	return pii_cc[c] & CC_ALPHA;
}

static inline int
a_alnum(unsigned char c)
{
	return pii_cc[c] & (CC_DIGIT | CC_ALPHA);
}

/* Characters of an e-mail address's local part and of a host name run. */
static inline int
a_runch(unsigned char c)
{
	return pii_cc[c] & CC_RUN;
}

/* Top-level domains a bare host name must end in ("x.nl", "bit.ly"). */
static const char *const pii_tlds[] = {
	"nl", "com", "be", "org", "net", "eu", "io", "ly", "me", "de", "info", "app",
	"tv", "gg", "co", "uk", "fr", "es", "it", "pl", "tr", "ma", "sr", "cw", "aw",
	"biz", "edu", "gov", "link", "page", "live", "shop", "online", "site", "xyz",
	"store", "club", "fm", "to", "tk", "ai", "dev", "int", "nu"
};

static int
pii_is_tld(const char *s, size_t n)
{
	char low[8];
	size_t i;

	if (n < 2 || n >= sizeof(low))
		return 0;
	for (i = 0; i < n; i++)
		low[i] = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] + 32 : s[i]);
	for (i = 0; i < NELEM(pii_tlds); i++)
		if (strlen(pii_tlds[i]) == n && memcmp(pii_tlds[i], low, n) == 0)
			return 1;
	return 0;
}

/*
 * Any top-level domain of two to six letters with a path right after it:
 * "linktr.ee/naam", "vk.ru/naam" (a host name outside the list, read by
 * its slash).
 */
static int
pii_tld_before_path(const char *t, size_t n, size_t s, size_t e)
{
	size_t k;

	if (e - s < 2 || e - s > 6 || e + 1 >= n || t[e] != '/' || !a_alnum((unsigned char)t[e + 1]))
		return 0;
	for (k = s; k < e; k++)
		if (!a_alpha((unsigned char)t[k]))
			return 0;
	return 1;
}

/* Two to 24 letters: a top-level domain after "@" ("oksana@voorbeeld.ua"), known or not. */
static int
pii_letters_only(const char *s, size_t n)
{
	size_t k;

	if (n < 2 || n > 24)
		return 0;
	for (k = 0; k < n; k++)
		if (!a_alpha((unsigned char)s[k]))
			return 0;
	return 1;
}

/* End of a host name (labels, dots, a known TLD) at p, or 0. */
static size_t
pii_scan_host(const char *t, size_t n, size_t p, int any_tld)
{
	size_t i = p, ls, lastls = 0, labels = 0;

	for (;;) {
		ls = i;
		while (i < n && (a_alnum((unsigned char)t[i]) || (t[i] == '-' && i > ls)))
			i++;
		if (i == ls)
			return 0;
		labels++;
		lastls = ls;
		if (i + 1 < n && t[i] == '.' && a_alnum((unsigned char)t[i + 1])) {
			i++;
			continue;
		}
		break;
	}
	if (labels < 2 || (!pii_is_tld(t + lastls, i - lastls) && !pii_tld_before_path(t, n, lastls, i) &&
	    !(any_tld && pii_letters_only(t + lastls, i - lastls))))
		return 0;
	if (i < n && ((unsigned char)t[i] >= 0x80 || t[i] == '@' || t[i] == '_'))
		return 0;
	return i;
}

/* End of a URL's rest (up to white space), trailing punctuation left out. */
static size_t
pii_url_rest(const char *t, size_t n, size_t p)
{
	size_t e = p;

	while (e < n && (unsigned char)t[e] > 0x20 && (unsigned char)t[e] < 0x80 &&
	    t[e] != '<' && t[e] != '>' && t[e] != '"')
		e++;
	while (e > p && strchr(".,!?;:)'\"", t[e - 1]) != NULL)
		e--;
	return e;
}

/* Whether t[p..n) starts with w (lower case), case folded; no strlen of w first. */
static int
pii_starts_ci(const char *t, size_t n, size_t p, const char *w)
{
	size_t i;

	for (i = 0; w[i] != '\0'; i++) {
		unsigned char c;

		if (p + i >= n)
			return 0;
		c = (unsigned char)t[p + i];
		if ((c >= 'A' && c <= 'Z' ? c + 32 : c) != (unsigned char)w[i])
			return 0;
	}
	return 1;
}

/* 1 when the n bytes at s, case folded, are a word of keep.txt ("113.nl", "hema"). */
static int
pii_text_kept(const struct pii_lists *pl, const char *s, size_t n)
{
	char fold[PII_WORD_MAX];

	return n <= PII_WORD_MAX && (pii_lookup(pl, fold, pii_fold_text(s, n, fold)) & W_KEEP) != 0;
}

/*
 * 1 when the host t[hs..he) is an organisation's own site: its name before
 * a top-level domain of two to four letters is a word of keep.txt
 * ("duo.nl", "mijn.duo.nl", "www.politie.nl"), at most one label before it.
 * Asked only for a host without a path.
 */
static int
pii_host_org(const struct pii_lists *pl, const char *t, size_t hs, size_t he)
{
	size_t d1 = he, d2, k;
	int dots = 0;

	for (k = hs; k < he; k++)
		if (t[k] == '.') {
			dots++;
			d1 = k;
		}
	if (dots < 1 || dots > 2 || he - d1 - 1 < 2 || he - d1 - 1 > 4)
		return 0;
	for (k = d1 + 1; k < he; k++)
		if (!a_alpha((unsigned char)t[k]))
			return 0;
	d2 = hs;
	for (k = d1; k > hs; k--)
		if (t[k - 1] == '.') {
			d2 = k;
			break;
		}
	return d1 - d2 >= 2 && pii_text_kept(pl, t + d2, d1 - d2);
}

static size_t	pii_scan_dotted_handle(const char *, size_t, size_t);

/*
 * A URL at p: its end, with *keep 1 when its host is in keep.txt (113.nl),
 * or it is an organisation's host alone, without a path (pii_host_org);
 * *keep 2 when it is a user name with dots (pii_scan_dotted_handle).
 */
static size_t
pii_scan_url(const struct pii_lists *pl, const char *t, size_t n, size_t p, int *keep)
{
	size_t hs = p, he, e, k;

	if ((e = pii_scan_dotted_handle(t, n, p)) != 0) {
		*keep = 2;
		return e;
	}

	if (pii_starts_ci(t, n, p, "https://"))
		hs = p + 8;
	else if (pii_starts_ci(t, n, p, "http://"))
		hs = p + 7;
	if (pii_starts_ci(t, n, hs, "www."))
		hs += 4;
	if (hs > p) {
		e = pii_url_rest(t, n, p);
		if (e <= hs)
			return 0;
		he = hs;
		while (he < e && t[he] != '/' && t[he] != ':' && t[he] != '?' && t[he] != '#')
			he++;
	} else {
		he = pii_scan_host(t, n, p, 0);
		if (he == 0)
			return 0;
		e = (he < n && t[he] == '/') ? pii_url_rest(t, n, he) : he;
	}
	*keep = 0;
	for (k = he; k < e; k++)
		if (a_digit((unsigned char)t[k]))
			return e;	/* a help line's site, but with a path that may name someone */
	*keep = pii_text_kept(pl, t + hs, he - hs);
	if (!*keep && e == he)	/* a path may name someone ("facebook.com/jan.devries") */
		*keep = pii_host_org(pl, t, hs, he);
	return e;
}

/* An e-mail address whose local part starts at p: its end, or 0. */
static size_t
pii_scan_email(const char *t, size_t n, size_t p)
{
	size_t i = p;

	while (i < n && a_runch((unsigned char)t[i]))
		i++;
	if (i == p || i >= n || t[i] != '@')
		return 0;
	return pii_scan_host(t, n, i + 1, 1);	/* an e-mail address: any top-level domain of letters */
}

static int	pii_label_within(const char *, size_t, const char *const *, size_t, int);

/* The length of the first of words[0..nwords) that t has at i (case folded), or 0. */
static size_t
pii_starts_any(const char *t, size_t n, size_t i, const char *const *words, size_t nwords)
{
	unsigned char c0, c1;

	if (i >= n)
		return 0;
	c0 = (unsigned char)t[i];
	c0 = c0 >= 'A' && c0 <= 'Z' ? c0 + 32 : c0;
	c1 = i + 1 < n ? (unsigned char)t[i + 1] : 0;
	c1 = c1 >= 'A' && c1 <= 'Z' ? c1 + 32 : c1;
	/* the first two characters tell most words apart, before the whole word is compared */
	for (size_t k = 0; k < nwords; k++)
		if ((unsigned char)words[k][0] == c0 && (words[k][1] == '\0' || (unsigned char)words[k][1] == c1) &&
		    pii_starts_ci(t, n, i, words[k]))
			return strlen(words[k]);
	return 0;
}

/*
 * A user name with dots at p ("yaw.asante.08") before "op", "on", "via" or
 * "at" and a platform ("op insta", "on snap"), or with a digit after a
 * platform's name ("Snapchatnaam 'prinses.kim01'"): its end, or 0.
 */
static size_t
pii_scan_dotted_handle(const char *t, size_t n, size_t p)
{
	static const char *const on[] = { "op ", "on ", "via ", "at " };
	static const char *const tld[] = { "nl", "com", "org", "net", "be", "de", "eu", "io", "tv", "me",
	    "app", "info", "co", "uk" };
	size_t k, parts = 1, l, q = p;

	while (q < n && a_runch((unsigned char)t[q]))
		q++;
	if (q - p < 5 || t[p] == '.' || t[q - 1] == '.')
		return 0;
	for (k = p; k < q; k++) {
		if (t[k] == '.') {
			if (t[k + 1] == '.')
				return 0;
			parts++;
		} else if (!a_alnum((unsigned char)t[k]) && t[k] != '_') {
			return 0;
		}
	}
	if (parts < 2)
		return 0;
	for (k = q; k > p && t[k - 1] != '.'; k--)
		;
	if (pii_starts_any(t, q, k, tld, NELEM(tld)) == q - k)
		return 0;	/* "nu.nl op insta": a site */
	/* "Snapchatnaam 'prinses.kim01'", "insta: lisa.j.09": a label before it, a digit in it */
	for (k = p; k < q && !a_digit((unsigned char)t[k]); k++)
		;
	if (k < q && pii_label_within(t, p, pii_platform_words, NELEM(pii_platform_words) - 3, 2)) {
		if (q + 1 < n && t[q] == '#' && a_digit((unsigned char)t[q + 1]))
			for (q++; q < n && a_digit((unsigned char)t[q]); q++)
				;	/* a Discord tag's "#0420" */
		return q;
	}
	for (k = q; k < n && (t[k] == ' ' || t[k] == ')'); k++)
		;
	if ((l = pii_starts_any(t, n, k, on, NELEM(on))) == 0)
		return 0;
	k += l;
	return pii_starts_any(t, n, k, pii_platform_words, NELEM(pii_platform_words) - 3) != 0 ? q : 0;
}

/* The "@" of an address written out, at i (" at ", "(at)", " apenstaart "): its length, or 0. */
static size_t
pii_spelled_at(const char *t, size_t n, size_t i)
{
	static const char *const at[] = { " at ", "(at)", "[at]", " (at) ", " [at] ", " apenstaart ",
	    "(apenstaart)", " @ " };

	return pii_starts_any(t, n, i, at, NELEM(at));
}

/* A dot written out at i (" punt ", " dot ", "(dot)", "[dot]", "[punt]"): its length, or 0. */
static size_t
pii_spelled_dot(const char *t, size_t n, size_t i)
{
	static const char *const dot[] = { " punt ", " dot ", "(dot)", "[dot]", " (dot) ", " [dot] ",
	    "(punt)", "[punt]", " (punt) ", " [punt] " };

	return pii_starts_any(t, n, i, dot, NELEM(dot));
}

/*
 * The first characters at q may start a spelled dot or "at" (" at", " ap",
 * " pu", " do", " (", " [", " @", "(a", "(d", "(p" and the same with "["),
 * as every one of pii_spelled_at's and pii_spelled_dot's does.
 */
static int
pii_spelled_sign_may(const char *t, size_t n, size_t q)
{
	unsigned char c1, c2;

	if (q + 1 >= n)
		return 0;
	c1 = (unsigned char)t[q + 1] | 0x20;	/* letters in lower case */
	if (t[q] == '(' || t[q] == '[')
		return c1 == 'a' || c1 == 'd' || c1 == 'p';
	if (t[q] != ' ')
		return 0;
	if (t[q + 1] == '@' || t[q + 1] == '(' || t[q + 1] == '[')
		return 1;
	c2 = q + 2 < n ? (unsigned char)t[q + 2] | 0x20 : 0;
	return (c1 == 'a' && (c2 == 't' || c2 == 'p')) || (c1 == 'p' && c2 == 'u') || (c1 == 'd' && c2 == 'o');
}

/* The n bytes at w are a surname's prefix ("de", "van", "el"), in any case. */
static int
pii_is_prefix_word(const char *w, size_t n)
{
	static const char *const prefix[] = { "de", "van", "der", "den", "ter", "te", "el", "la",
	    "le", "von", "da", "di", "du" };
	size_t k;

	for (k = 0; k < NELEM(prefix); k++)
		if (strlen(prefix[k]) == n && strncasecmp(w, prefix[k], n) == 0)
			return 1;
	return 0;
}

/*
 * An e-mail address written out, its local part starting at p and its run
 * of address characters ending at q: "sanne punt devries at gmail punt
 * com", "lily.nguyen07 at gmail dot com", "d.kowalski(at)ziggo.nl". The
 * local part may have PII_EMAIL_SPELLED_PARTS words joined by spelled
 * dots; the host two labels or more, joined by dots or spelled dots, the
 * last a known top-level domain. With a plain " at " between a word and a
 * host written with dots, the host must be a mail provider's ("sanne at
 * gmail.com"; not "drawings at olena-art.carrd.co"). Its end, or 0.
 */
static size_t
pii_scan_email_spelled(const char *t, size_t n, size_t p, size_t q)
{
	static const char *const mail[] = { "gmail", "hotmail", "outlook", "live", "yahoo", "icloud",
	    "ziggo", "kpnmail", "kpnplanet", "planet", "home", "xs4all", "proton", "protonmail",
	    "msn", "aol", "me", "telfort", "upcmail", "casema", "quicknet", "hetnet" };
	static const char *const mail_words[] = { "mail", "email", "e-mail", "mailen", "mailadres",
	    "emailadres", "e-mailadres", "address", "adres", "at" };
	size_t i = q, d, k, ls = 0, hs, ws, labels = 0;
	int strong = 0;

	if (!pii_spelled_sign_may(t, n, q))
		return 0;	/* most words end here */
	for (k = p; k < q && a_alpha((unsigned char)t[k]) == 0; k++)
		;
	if (k == q)
		return 0;	/* "ordered 2 at bol.com": a local part has a letter */
	for (k = p; k < q; k++)
		strong |= !a_alpha((unsigned char)t[k]);	/* "lily.nguyen07", "d.kowalski" */
	for (k = 1; k < PII_EMAIL_SPELLED_PARTS && (d = pii_spelled_dot(t, n, i)) != 0 &&
	    i + d < n && a_alnum((unsigned char)t[i + d]); k++) {
		strong = 1;
		ws = i + d;
		for (i += d; i < n && a_runch((unsigned char)t[i]); i++)
			;
		/* "sanne punt de vries at ...": a surname's prefix, a space and the surname */
		if (i + 1 < n && t[i] == ' ' && a_alpha((unsigned char)t[i + 1]) &&
		    !pii_spelled_at(t, n, i) && pii_is_prefix_word(t + ws, i - ws))
			for (i++; i < n && a_runch((unsigned char)t[i]); i++)
				;
	}
	if (i == p || (d = pii_spelled_at(t, n, i)) == 0)
		return 0;
	strong |= t[i] != ' ' || d > 4;	/* "(at)", " apenstaart ", not " at " */
	i += d;
	hs = i;
	for (;;) {
		ls = i;
		while (i < n && (a_alnum((unsigned char)t[i]) || (t[i] == '-' && i > ls)))
			i++;
		if (i == ls)
			return 0;
		labels++;
		if (i + 1 < n && t[i] == '.' && a_alnum((unsigned char)t[i + 1])) {
			i++;
			continue;
		}
		if ((d = pii_spelled_dot(t, n, i)) != 0 && i + d < n && a_alnum((unsigned char)t[i + d])) {
			strong = 1;
			i += d;
			continue;
		}
		break;
	}
	if (labels < 2 || !pii_is_tld(t + ls, i - ls))
		return 0;
	/*
	 * "my drawings at olena-art.carrd.co" is a word before a web address,
	 * "a new account at gmail.com" one before a provider's: a plain word
	 * and " at " make an address only at a provider's host after a word
	 * for mail ("email me at sanne at gmail.com").
	 */
	for (k = 0; !strong && k < NELEM(mail); k++)
		strong = pii_starts_ci(t, n, hs, mail[k]) && !a_alnum((unsigned char)t[hs + strlen(mail[k])]) &&
		    pii_label_within(t, p, mail_words, NELEM(mail_words), PII_LABEL_WORDS + 1);
	return strong ? i : 0;
}

/* Signs said that join the words of an address written out. */
static const char *const pii_dot_words[] = { "dot", "punt", "underscore" };

/* The n bytes at w are one of list (case folded). */
static int
pii_in_ci(const char *w, size_t n, const char *const *list, size_t nlist)
{
	for (size_t k = 0; k < nlist; k++)
		if (strlen(list[k]) == n && strncasecmp(w, list[k], n) == 0)
			return 1;
	return 0;
}

/* The n bytes at w are a digit said ("zes", "six") or "thousand", "duizend". */
static int
pii_said_digit_word(const char *w, size_t n)
{
	static const char *const thousand[] = { "thousand", "duizend" };

	return pii_in_ci(w, n, pii_unit_nl, NELEM(pii_unit_nl)) ||
	    pii_in_ci(w, n, pii_unit_en, NELEM(pii_unit_en)) || pii_in_ci(w, n, thousand, NELEM(thousand));
}

/* The word before ws (not before lo) is a dot said: "dot", "punt", "underscore". */
static int
pii_dot_word_before(const char *t, size_t ws, size_t lo)
{
	size_t e = ws, b;

	if (e < lo + 2 || t[e - 1] != ' ')
		return 0;
	for (b = e - 1; b > lo && a_alpha((unsigned char)t[b - 1]); b--)
		;
	return pii_in_ci(t + b, e - 1 - b, pii_dot_words, NELEM(pii_dot_words));
}

/*
 * Where a local part of one letter (p to q) starts when letters said one
 * by one come before it: "b o u c h r a at hotmail punt com" (not before
 * a span already found).
 */
static size_t
pii_spelled_letters_before(const char *t, size_t p, size_t q, const struct pii_spans *ss)
{
	size_t s = p, lo = ss->ss_n > 0 ? ss->ss_v[ss->ss_n - 1].sp_end : 0, ws;
	int words = 0;

	if (q == p + 1) {
		while (s >= lo + 2 && t[s - 1] == ' ' && a_alpha((unsigned char)t[s - 2]) &&
		    (s == lo + 2 || !a_alnum((unsigned char)t[s - 3])))
			s -= 2;
		return s;
	}
	/*
	 * "jake dot miller two thousand eight at gmail dot com": a local part
	 * that is a number said goes back over the number's words and the
	 * words joined by a dot said
	 */
	if (!pii_said_digit_word(t + p, q - p))
		return p;
	for (;;) {
		if (s < lo + 2 || t[s - 1] != ' ' || !a_alpha((unsigned char)t[s - 2]) || words >= 8)
			break;
		for (ws = s - 1; ws > lo && a_alpha((unsigned char)t[ws - 1]); ws--)
			;
		if (!pii_said_digit_word(t + ws, s - 1 - ws) &&
		    !pii_in_ci(t + ws, s - 1 - ws, pii_dot_words, NELEM(pii_dot_words))) {
			/* a word next to a dot said: "jake" and "miller" in "jake dot miller" */
			if (words == 0 || !(pii_starts_ci(t, q, s, "dot ") || pii_starts_ci(t, q, s, "punt ") ||
			    pii_starts_ci(t, q, s, "underscore ") || pii_dot_word_before(t, ws, lo)))
				break;
		}
		s = ws;
		words++;
	}
	return s;
}

/* A handle (@name, not an e-mail address) at the '@' at p: its end, or 0. */
static size_t
pii_scan_handle(const char *t, size_t n, size_t p)
{
	size_t i = p + 1;
	int letter = 0;

	while (i < n && i - p <= 31 && (a_alnum((unsigned char)t[i]) || t[i] == '_' || t[i] == '.')) {
		letter |= a_alpha((unsigned char)t[i]);
		i++;
	}
	while (i > p + 1 && t[i - 1] == '.')
		i--;
	if (i - p < 3 || !letter || (i < n && t[i] == '@'))
		return 0;
	return i;
}

/* The handle at p..e is a kept organisation's or shop's account: "@hema", "@ado_den_haag" stays. */
static int
pii_handle_kept(const struct pii_lists *pl, const char *t, size_t p, size_t e)
{
	return pii_text_kept(pl, t + p + 1, e - p - 1);
}

/* IBAN lengths of the countries young people here bank in; others 15..34. */
static const struct {
	char	il_cc[3];
	int	il_len;
} pii_iban_lens[] = {
	{ "NL", 18 }, { "BE", 16 }, { "DE", 22 }, { "FR", 27 }, { "GB", 22 }, { "ES", 24 },
	{ "IT", 27 }, { "PL", 28 }, { "TR", 26 }, { "PT", 25 }, { "CH", 21 }, { "AT", 20 },
	{ "LU", 20 }, { "IE", 22 }, { "MA", 28 }, { "DK", 18 }, { "NO", 15 }, { "SE", 24 }
};

/* The length of an IBAN of the country c[0..1] (capitals), or 0 for a country in no list. */
static size_t
pii_iban_len(const char *c)
{
	size_t i;

	for (i = 0; i < NELEM(pii_iban_lens); i++)
		if (c[0] == pii_iban_lens[i].il_cc[0] && c[1] == pii_iban_lens[i].il_cc[1])
			return (size_t)pii_iban_lens[i].il_len;
	return 0;
}

static int
pii_iban_valid(const char *c, size_t n)
{
	unsigned mod = 0;
	size_t k, len = pii_iban_len(c);

	if (len != 0 ? n != len : (n < 15 || n > 34))
		return 0;
	for (k = 0; k < n; k++) {
		char ch = c[(k + 4) % n];

		if (a_digit((unsigned char)ch))
			mod = (mod * 10 + (unsigned)(ch - '0')) % 97;
		else
			mod = (mod * 100 + (unsigned)(ch - 'A' + 10)) % 97;
	}
	return mod == 1;
}

/*
 * One of the words (folded prefixes) in labels among the PII_LABEL_WORDS
 * words before p, with only spaces and ",:;='" between: "BSN 0000000",
 * "my BSN, it's ...", "iban is NL..", "bank account is ...". The writer
 * names the number: a BSN or IBAN whose check fails (a typo, or one made
 * up for a form) is still one.
 */
static int
pii_label_within(const char *t, size_t p, const char *const *labels, size_t nlabels, int nwords)
{
	size_t e = p, s, k, l;
	int words;

	for (words = 0; words < nwords; words++) {
		while (e > 0 && (t[e - 1] == ' ' || t[e - 1] == ',' || t[e - 1] == ':' ||
		    t[e - 1] == ';' || t[e - 1] == '=' || t[e - 1] == '\'' || t[e - 1] == ')' ||
		    t[e - 1] == '(' || t[e - 1] == '"'))
			e--;
		s = e;
		while (s > 0 && (a_alpha((unsigned char)t[s - 1]) || t[s - 1] == '-') && e - s < 32)
			s--;
		if (s == e || (s > 0 && !(t[s - 1] == ' ' || t[s - 1] == ',' || t[s - 1] == ':' ||
		    t[s - 1] == '\'' || t[s - 1] == '(' || t[s - 1] == '\n' || t[s - 1] == '"')))
			return 0;
		for (k = 0; k < nlabels; k++) {
			/* the first letter tells most words apart */
			if ((t[s] | 0x20) != labels[k][0])
				continue;
			l = strlen(labels[k]);
			if (e - s >= l && strncasecmp(t + s, labels[k], l) == 0)
				return 1;
		}
		e = s;
	}
	return 0;
}

static int
pii_label_near(const char *t, size_t p, const char *const *labels, size_t nlabels)
{
	return pii_label_within(t, p, labels, nlabels, PII_LABEL_WORDS);
}

static const char *const pii_bsn_labels[] = { "bsn", "burgerservicenummer", "sofinummer", "sofi-nummer" };
static const char *const pii_iban_labels[] = { "iban", "rekeningnummer", "rekeningnr", "bankrekening",
    "account", "rekening", "overmak", "overgemaakt", "overschrijv", "stort", "gestort", "betal", "betaal",
    "terug", "geld", "bedrag", "loon", "salaris", "toeslag", "huur", "pay", "paid", "transfer", "refund",
    "money", "rent", "wage", "salary" };

/*
 * The four letters of a Dutch bank in an IBAN: an NL-shaped number with one
 * is an IBAN even when its check digits are wrong (mistyped, or made up
 * for a form).
 */
static int
pii_nl_bank(const char *b)
{
	static const char *const banks[] = { "ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB",
	    "BUNQ", "RBRB", "REVO", "FVLB", "HAND", "NWAB", "BITS", "FRNX", "DEUT", "NNBA", "AEGO" };
	size_t k;

	for (k = 0; k < NELEM(banks); k++)
		if (memcmp(b, banks[k], 4) == 0)
			return 1;
	return 0;
}

/*
 * An IBAN at p (two letters, two digits, up to 30 more letters and digits,
 * single spaces between groups): its end with *type [IBAN]; an NL-shaped one
 * that fails mod-97 is [NUMMER]; 0 if none.
 */
static size_t
pii_scan_iban(const char *t, size_t n, size_t p, int *type)
{
	char c[35];
	size_t bound[35], i = p, k = 0, len;

	if (n - p < 15 || !a_alpha((unsigned char)t[p]) || !a_alpha((unsigned char)t[p + 1]) ||
	    !a_digit((unsigned char)t[p + 2]) || !a_digit((unsigned char)t[p + 3]))
		return 0;
	memset(bound, 0, sizeof(bound));
	while (i < n && k < 34) {
		unsigned char ch = (unsigned char)t[i];

		if (a_alnum(ch)) {
			c[k++] = (char)(ch >= 'a' && ch <= 'z' ? ch - 32 : ch);
			i++;
			if (i == n || !a_alnum((unsigned char)t[i]))
				bound[k] = i;
		} else if (ch == ' ' && k >= 4 && i + 1 < n && a_alnum((unsigned char)t[i + 1])) {
			i++;
		} else {
			break;
		}
	}
	for (len = k; len >= 15; len--) {
		if (bound[len] != 0 && pii_iban_valid(c, len)) {
			*type = PII_IBAN;
			return bound[len];
		}
	}
	/*
	 * An IBAN of another country with that country's length whose check
	 * fails ("DE00 0000 ...", a typo or one made up): still an [IBAN].
	 */
	if (k >= 4 && !(c[0] == 'N' && c[1] == 'L') && (len = pii_iban_len(c)) != 0 && len <= k &&
	    bound[len] != 0) {
		*type = PII_IBAN;
		return bound[len];
	}
	if (k >= 18 && bound[18] != 0 && c[0] == 'N' && c[1] == 'L') {
		for (i = 4; i < 18; i++)
			if (i < 8 ? !a_alpha((unsigned char)c[i]) : !a_digit((unsigned char)c[i]))
				return 0;
		*type = pii_label_near(t, p, pii_iban_labels, NELEM(pii_iban_labels)) ||
		    pii_nl_bank(c + 4) ? PII_IBAN : PII_NUMMER;
		return bound[18];
	}
	return 0;
}

struct pii_group {
	size_t	g_start, g_end;
	size_t	g_sep;		/* where the separator before it starts */
};

static int	pii_year_range(const char *, const struct pii_group *);

/*
 * A dash or a slash and one to four capitals right after a number's end e,
 * as an office or team letters its references ("2025/0419-JZ",
 * "DW/88213/KL"): the end after them, else e.
 */
static size_t
pii_letter_suffix(const char *t, size_t n, size_t e)
{
	size_t i = e + 1;

	if (e + 1 >= n || (t[e] != '-' && t[e] != '/'))
		return e;
	while (i < n && t[i] >= 'A' && t[i] <= 'Z' && i - e <= 4)
		i++;
	if (i == e + 1 || (i < n && a_alnum((unsigned char)t[i])))
		return e;
	return i;
}

/*
 * A file or document code at p: up to PII_CODE_LETTER_GROUPS groups of one
 * to four capitals, each with an optional dash or slash, then digits in
 * groups joined by dashes or slashes, PII_CODE_DIGITS or more in all, and
 * a dash with up to four capitals after them ("VT-88213",
 * "EX-2024-00318", "XR4410932", "DH/WIZ/2025/117734", "IC/2025/3381-JZ";
 * not a school year, "VWO/2024-2025"); mind digits at least
 * (PII_CODE_DIGITS, PII_CODE_DIGITS_NAMED after "number"): its end, or 0.
 */
static size_t
pii_scan_code(const char *t, size_t n, size_t p, size_t mind)
{
	size_t i = p, nd = 0, ds;

	if (t[p] >= 'a' && t[p] <= 'z' && p + 1 < n && a_digit((unsigned char)t[p + 1])) {
		/* a student or staff number, "s2219087": one letter and seven digits or more */
		for (i = p + 1; i < n && a_digit((unsigned char)t[i]); i++)
			;
		return i - p - 1 >= PII_MIN_NUMBER_DIGITS && (i == n || !a_alnum((unsigned char)t[i])) ? i : 0;
	}
	/*
	 * up to PII_CODE_LETTER_GROUPS groups of one to four capitals: "VT-",
	 * "DH/WIZ/"; or of letters that start with a capital and hold two
	 * ("RvdK-712093", "KvK-")
	 */
	for (int groups = 0; groups < PII_CODE_LETTER_GROUPS; groups++) {
		size_t gs = i, caps = 0;

		while (i < n && a_alpha((unsigned char)t[i]) && i - gs < 5) {
			caps += t[i] >= 'A' && t[i] <= 'Z';
			i++;
		}
		if (i == gs || i - gs > 4 || !(t[gs] >= 'A' && t[gs] <= 'Z') ||
		    (caps != i - gs && caps < 2))
			return 0;
		if (i < n && (t[i] == '-' || t[i] == '/'))
			i++;
		if (i < n && a_digit((unsigned char)t[i]))
			break;
	}
	if (i == n || !a_digit((unsigned char)t[i]))
		return 0;
	ds = i;
	while (i < n) {
		if (a_digit((unsigned char)t[i]))
			nd++;
		else if (!((t[i] == '-' || t[i] == '/') && i + 1 < n && a_digit((unsigned char)t[i + 1])))
			break;
		i++;
	}
	if (nd < mind || (i < n && a_alnum((unsigned char)t[i])))
		return 0;
	/* "VWO/2024-2025": a school year, no code */
	if (i - ds == 9 && (t[ds + 4] == '-' || t[ds + 4] == '/') && a_digit((unsigned char)t[ds + 5])) {
		struct pii_group g[2] = { { ds, ds + 4, ds }, { ds + 5, ds + 9, ds + 4 } };

		if (pii_year_range(t, g))
			return 0;
	}
	return pii_letter_suffix(t, n, i);
}

/*
 * A document's number of capitals and digits mixed ("NXR8K4L27", an
 * identity card's): PII_MIXED_CODE_MIN to PII_MIXED_CODE_MAX capitals and
 * digits, at least three of each, nothing else in the word. Its end, or 0.
 */
static size_t
pii_scan_mixed_code(const char *t, size_t n, size_t p)
{
	size_t i, letters = 0, digits = 0;

	for (i = p; i < n && i - p <= PII_MIXED_CODE_MAX &&
	    ((t[i] >= 'A' && t[i] <= 'Z') || a_digit((unsigned char)t[i])); i++) {
		letters += t[i] >= 'A' && t[i] <= 'Z';
		digits += a_digit((unsigned char)t[i]) != 0;
	}
	if (i - p < PII_MIXED_CODE_MIN || i - p > PII_MIXED_CODE_MAX || letters < 3 || digits < 3 ||
	    (i < n && (a_alnum((unsigned char)t[i]) || t[i] == '_' || t[i] == '-' || t[i] == '/')))
		return 0;
	return i;
}

/*
 * A gift card's or a game's key: PII_KEY_GROUPS_MIN or more groups of
 * PII_KEY_GROUP_MIN to PII_KEY_GROUP_MAX capitals and digits joined by
 * dashes, one holding both, PII_KEY_DIGITS digits and letters at least
 * in all ("4HT7-QX9M-2BRA", "X7KP2-22QM9-ZZ4A8", "QXMT-4HT7-BRAK"; not a
 * plate, "12-ABC-3", a model's code, "TUF-A15-FA507", nor "HBO-ICT-2024").
 * Its end, or 0.
 */
static size_t
pii_scan_key_code(const char *t, size_t n, size_t p)
{
	size_t i = p, gs, groups = 0, mixed = 0, letters = 0, digits = 0;
	int letter, digit;

	for (;;) {
		gs = i;
		letter = digit = 0;
		for (; i < n && i - gs <= PII_KEY_GROUP_MAX && ((t[i] >= 'A' && t[i] <= 'Z') ||
		    a_digit((unsigned char)t[i])); i++) {
			letter |= t[i] >= 'A' && t[i] <= 'Z';
			digit |= a_digit((unsigned char)t[i]) != 0;
			letters += t[i] >= 'A' && t[i] <= 'Z';
			digits += a_digit((unsigned char)t[i]) != 0;
		}
		if (i - gs < PII_KEY_GROUP_MIN || i - gs > PII_KEY_GROUP_MAX)
			return 0;
		groups++;
		mixed += letter && digit;
		if (i + 1 < n && t[i] == '-' && groups < PII_KEY_GROUPS_MAX)
			i++;
		else
			break;
	}
	if (groups < PII_KEY_GROUPS_MIN || mixed < 1 || letters < PII_KEY_DIGITS || digits < PII_KEY_DIGITS)
		return 0;
	/* nothing of a word right after it ("4HT7-QX9M-2BRA/" ends there) */
	if (i < n && (a_alnum((unsigned char)t[i]) || t[i] == '_' || ((t[i] == '-' || t[i] == '/') &&
	    i + 1 < n && a_alnum((unsigned char)t[i + 1]))))
		return 0;
	return i;
}

/*
 * A user name without "@" in the run t[p..q): a Discord tag ("daan#4821"),
 * a gamer tag ("xXdaanXx", "xXmehmetXx070"), a name with an underscore
 * and a digit ("sanne_2009"). Its end, or 0.
 */
static size_t
pii_scan_gamertag(const char *t, size_t n, size_t p, size_t q)
{
	size_t k, letters = 0, digits = 0;

	if (q + 5 <= n && t[q] == '#' && a_digit((unsigned char)t[q + 1]) && a_digit((unsigned char)t[q + 2]) &&
	    a_digit((unsigned char)t[q + 3]) && a_digit((unsigned char)t[q + 4]) &&
	    (q + 5 == n || !a_alnum((unsigned char)t[q + 5])))
		return q + 5;
	while (q > p && (t[q - 1] == '.' || t[q - 1] == '-'))
		q--;	/* a full stop or dash after it */
	if (q - p >= 6 && t[p] == 'x' && t[p + 1] == 'X')
		for (k = p + 3; k + 1 < q; k++)
			if (t[k] == 'X' && t[k + 1] == 'x')
				return q;
	if (q - p < 4 || memchr(t + p, '_', q - p) == NULL || t[p] == '_' || t[q - 1] == '_')
		return 0;
	for (k = p; k < q; k++) {
		letters += a_alpha((unsigned char)t[k]) != 0;
		digits += a_digit((unsigned char)t[k]) != 0;
	}
	/* words joined by an underscore are a user name too: "yaz_vibes" */
	return (letters >= 2 && digits > 0) || letters >= 5 ? q : 0;
}

/* Dutch licence-plate side codes (L letter, D digit). */
static const char *const pii_sidecodes[] = {
	"LL-DD-DD", "DD-DD-LL", "DD-LL-DD", "LL-DD-LL", "LL-LL-DD", "DD-LL-LL", "DD-LLL-D",
	"D-LLL-DD", "LL-DDD-L", "L-DDD-LL", "LLL-DD-L", "D-LL-DDD", "L-DD-LLL", "DDD-LL-D"
};

/* A licence plate at p ("12-ABC-3", "ab-123-c", "12ABC3"): its end, or 0. */
static const char *const pii_plate_labels[] = { "kenteken", "nummerbord", "plate", "plates",
    "registration", "license" };

/*
 * A plate of no Dutch side code, of k characters of shape (letters and
 * digits, no dash) at p, named by a label: a foreign plate or one misread
 * ("kenteken krn712").
 */
static int
pii_plate_named(const char *t, size_t p, const char *shape, size_t k, int dashes)
{
	return dashes == 0 && k <= 8 && memchr(shape, 'L', strlen(shape)) != NULL &&
	    memchr(shape, 'D', strlen(shape)) != NULL &&
	    pii_label_near(t, p, pii_plate_labels, NELEM(pii_plate_labels));
}

static size_t
pii_scan_plate(const char *t, size_t n, size_t p)
{
	char shape[12], dashed[12];
	size_t i = p, k = 0, d = 0, j, run = 0;
	int dashes = 0, upper = 1;

	while (i < n && k < 10) {
		unsigned char ch = (unsigned char)t[i];

		if (a_alpha(ch)) {
			if (++run > 4)
				return 0;	/* no side code has five letters in a row: most words end here */
			shape[k++] = 'L';
			upper &= ch <= 'Z';
		} else if (a_digit(ch)) {
			shape[k++] = 'D';
			run = 0;
		} else if (ch == '-' && k > 0 && shape[k - 1] != '-' && i + 1 < n &&
		    a_alnum((unsigned char)t[i + 1])) {
			shape[k++] = '-';
			dashes++;
			run = 0;
		} else {
			break;
		}
		i++;
	}
	if (k < 6 || (i < n && (a_alnum((unsigned char)t[i]) || t[i] == '-' ||
	    (unsigned char)t[i] >= 0x80)))
		return 0;
	shape[k] = '\0';
	/* without dashes in lower case only when named: "kenteken ghr08l" */
	if (!upper && dashes == 0)
		upper = pii_label_near(t, p, pii_plate_labels, NELEM(pii_plate_labels));
	if (dashes == 0 && k == 6 && upper) {
		for (j = 0; j < 6; j++) {
			if (j > 0 && shape[j] != shape[j - 1])
				dashed[d++] = '-';
			dashed[d++] = shape[j];
		}
		dashed[d] = '\0';
		memcpy(shape, dashed, d + 1);
	} else if (dashes != 2) {
		return pii_plate_named(t, p, shape, k, dashes) ? i : 0;
	}
	for (j = 0; j < NELEM(pii_sidecodes); j++)
		if (strcmp(shape, pii_sidecodes[j]) == 0)
			return i;
	return pii_plate_named(t, p, shape, k, dashes) ? i : 0;
}

/*
 * A plate written in its groups with spaces after "kenteken" or "plate":
 * "kenteken gx 482 t". The groups from p, at most three, joined by
 * dashes, must make a side code. Its end, or 0.
 */
static size_t
pii_scan_plate_spaced(const char *t, size_t n, size_t p)
{
	char buf[12];
	size_t i = p, k = 0, g, groups = 0, end = 0, gs[3], ge[3], len = 0, j;
	unsigned cls = 0;

	while (i < n && groups < 3) {
		for (g = i; g < n && a_alnum((unsigned char)t[g]) && g - i < 4; g++)
			cls |= pii_cc[(unsigned char)t[g]];
		if (g == i || g - i > 3 || (g < n && a_alnum((unsigned char)t[g])))
			return 0;
		gs[groups] = i;
		ge[groups] = g;
		len += g - i;
		groups++;
		end = g;
		if (groups < 3 && (g + 1 >= n || t[g] != ' ' || !a_alnum((unsigned char)t[g + 1])))
			return 0;
		/* two groups of letters begin only "LL-LL-DD": "ik ben de" ends here */
		if (groups == 2 && !(cls & CC_DIGIT) && len != 4)
			return 0;
		i = g + 1;
	}
	/*
	 * Every side code has six letters and digits, a digit among them; then
	 * the shape, then the label (most short words are no plate's first group).
	 */
	if (groups != 3 || len != 6 || !(cls & CC_DIGIT))
		return 0;
	for (j = 0; j < 3; j++) {
		if (j > 0)
			buf[k++] = '-';
		for (i = gs[j]; i < ge[j]; i++)
			buf[k++] = t[i];
	}
	buf[k] = '\0';
	if (pii_scan_plate(buf, k, 0) != k || !pii_label_near(t, p, pii_plate_labels, NELEM(pii_plate_labels)))
		return 0;
	/* "kenteken is ab 12 cd": a plate from the next group on is the one meant */
	for (g = p; g < n && t[g] != ' '; g++)
		;
	return pii_scan_plate_spaced(t, n, g + 1) != 0 ? 0 : end;
}

/*
 * A mobile number with some digits hidden: "06-12345..87", "06 123 xx 678":
 * 06, then digits, dashes, dots and single spaces, with masks (x, * or two
 * dots or more) among nine to twelve places of digits and masks, four
 * digits or more. Its end, or 0.
 */
static size_t
pii_scan_masked_phone(const char *t, size_t n, size_t p)
{
	size_t i, r, digits = 0, masks = 0, end = 0;

	if (p + 2 >= n || t[p] != '0' || t[p + 1] != '6')
		return 0;
	for (i = p; i < n && digits + masks < 13; i++) {
		if (a_digit((unsigned char)t[i])) {
			digits++;
		} else if (t[i] == 'x' || t[i] == 'X' || t[i] == '*' || (t[i] == '.' && i + 1 < n && t[i + 1] == '.')) {
			for (r = i; r < n && t[r] == t[i]; r++)
				;
			masks += r - i;
			i = r - 1;
		} else if ((t[i] == '-' || t[i] == ' ' || t[i] == '.') && i + 1 < n && (a_digit((unsigned char)t[i + 1]) ||
		    t[i + 1] == 'x' || t[i + 1] == 'X' || t[i + 1] == '*')) {
			continue;
		} else {
			break;
		}
		end = i + 1;
	}
	/* a run of masks says only that digits are hidden: nine to twelve places */
	if (digits + masks < 9 || digits + masks > 12 || masks == 0 || digits < 4 || digits >= 10 ||
	    (end < n && a_alnum((unsigned char)t[end])))
		return 0;
	return end;
}

/*
 * At a run of characters from p to q (dig: it holds a digit): a licence
 * plate, one in groups with spaces, or a mobile number with digits hidden.
 * Its end and its type (*ty), or 0.
 */
static size_t
pii_scan_plate_or_masked(const char *t, size_t n, size_t p, size_t q, int dig, int *ty)
{
	size_t e;

	*ty = PII_KENTEKEN;
	if (dig && (e = pii_scan_plate(t, n, p)) != 0)
		return e;
	if (q - p <= 3 && q < n && t[q] == ' ' && (e = pii_scan_plate_spaced(t, n, p)) != 0)
		return e;
	*ty = PII_TELEFOON;
	return t[p] == '0' ? pii_scan_masked_phone(t, n, p) : 0;
}

/* One group of digits of a number run, and the separator before it. */
/* The separator before group k when it is one character, else 0. */
static char
pii_group_sep(const char *t, const struct pii_group *g, size_t k)
{
	if (g[k].g_start - g[k].g_sep == 3 && t[g[k].g_sep] == ' ' && t[g[k].g_sep + 2] == ' ' &&
	    t[g[k].g_sep + 1] != ' ')
		return t[g[k].g_sep + 1];	/* "1 . 9 . 2006", as spoken text is typed */
	return g[k].g_start - g[k].g_sep == 1 ? t[g[k].g_sep] : 0;
}

static size_t
pii_group_digits(const char *t, const struct pii_group *g, size_t i, size_t j, char *d)
{
	size_t k, nd = 0, l;

	for (k = i; k <= j; k++) {
		l = g[k].g_end - g[k].g_start;
		if (nd + l > PII_NUM_DIGITS)
			return PII_NUM_DIGITS + 1;
		memcpy(d + nd, t + g[k].g_start, l);
		nd += l;
	}
	return nd;
}

static int
pii_num_val(const char *s, size_t n)
{
	int v = 0;
	size_t i;

	for (i = 0; i < n && i < 4; i++)
		v = v * 10 + (s[i] - '0');
	return v;
}

/* The 11-test of a BSN (nine digits). */
static int
pii_bsn_valid(const char *d)
{
	int sum = 0, k;

	for (k = 0; k < 8; k++)
		sum += (9 - k) * (d[k] - '0');
	sum -= d[8] - '0';
	return sum % 11 == 0;
}

/* The message speaks of a birthday: "verjaardag", "jarig", "geboren", "geboorte..." (geboortedag, geboorteplaats), "birthday", "born", "sweet 16". */
static int
pii_mentions_birth(const char *t)
{
	static const char *const w[] = { "verjaardag", "jarig", "geboren", "geboorte", "birthday",
	    "bday", "b-day", "born", "date of birth", "sweet 16", "sweet sixteen", "sweet16" };
	size_t k;

	for (k = 0; k < NELEM(w); k++)
		if (strcasestr(t, w[k]) != NULL)
			return 1;
	return 0;
}

/*
 * Turning an age on the day at p: "ik word 18 op 28-02", "I turn 16 on
 * 3/5" (a verb of turning, an age of one or two digits, "op" or "on").
 */
static int
pii_turning_on(const char *t, size_t p)
{
	static const char *const turn[] = { "word", "wordt", "turn", "turns" };
	size_t e = p, s, k;

	while (e > 0 && t[e - 1] == ' ')
		e--;
	for (s = e; s > 0 && a_alpha((unsigned char)t[s - 1]); s--)
		;
	if (e - s != 2 || (strncasecmp(t + s, "op", 2) != 0 && strncasecmp(t + s, "on", 2) != 0))
		return 0;
	for (e = s; e > 0 && t[e - 1] == ' '; e--)
		;
	for (s = e; s > 0 && a_digit((unsigned char)t[s - 1]); s--)
		;
	if (e - s < 1 || e - s > 2)
		return 0;
	for (e = s; e > 0 && t[e - 1] == ' '; e--)
		;
	for (s = e; s > 0 && a_alpha((unsigned char)t[s - 1]); s--)
		;
	for (k = 0; k < NELEM(turn); k++)
		if (e - s == strlen(turn[k]) && strncasecmp(t + s, turn[k], e - s) == 0)
			return 1;
	return 0;
}

/*
 * Groups i..j (digits d, nd of them) are a help line's number of keep.txt
 * ("0800-0113", "0888989294", "088-8989294": a service prefix and the
 * rest), unless a group of it is a long number of its own ("0 -8000113").
 */
static int
pii_help_line(const struct pii_lists *pl, const char *t, const struct pii_group *g, size_t i,
    size_t j, const char *d, size_t nd)
{
	size_t k, l0 = g[i].g_end - g[i].g_start;
	int service = (l0 == 3 || l0 == 4) && t[g[i].g_start] == '0' &&
	    (t[g[i].g_start + 1] == '8' || t[g[i].g_start + 1] == '9');

	if (!(pii_lookup(pl, d, nd) & W_KEEP))
		return 0;
	for (k = i; k <= j && j != i; k++)
		if (g[k].g_end - g[k].g_start >= PII_MIN_NUMBER_DIGITS &&
		    strncmp(t + g[k].g_start, "0800", 4) != 0 && !(service && k == i + 1 && j == i + 1))
			return 0;
	return 1;
}

/*
 * What groups i..j of a number run are as a whole: a phone number, a date,
 * a BSN, a help line's number (PII_KEEP), or -1 (nothing in particular).
 */
static int
pii_classify(const struct pii_lists *pl, const char *t, const struct pii_group *g,
    size_t i, size_t j, int plus)
{
	char d[PII_NUM_DIGITS + 2] = { 0 };
	size_t nd, l0, l1, l2, rn;
	const char *r;
	char c1, c2;
	int v0, v1, v2;

	nd = pii_group_digits(t, g, i, j, d);
	if (nd > PII_NUM_DIGITS)
		return -1;
	if (pii_help_line(pl, t, g, i, j, d, nd))
		return PII_KEEP;
	if (j == i + 2) {
		c1 = pii_group_sep(t, g, i + 1);
		c2 = pii_group_sep(t, g, i + 2);
		l0 = g[i].g_end - g[i].g_start;
		l1 = g[i + 1].g_end - g[i + 1].g_start;
		l2 = g[i + 2].g_end - g[i + 2].g_start;
		v0 = pii_num_val(t + g[i].g_start, l0);
		v1 = pii_num_val(t + g[i + 1].g_start, l1);
		v2 = pii_num_val(t + g[i + 2].g_start, l2);
		if (c1 != 0 && c1 == c2 && (c1 == '-' || c1 == '/' || c1 == '.')) {
			if (l0 <= 2 && l1 <= 2 && (l2 == 2 || l2 == 4) && v0 >= 1 && v0 <= 31 &&
			    v1 >= 1 && v1 <= 12)
				return PII_DATUM;
			if (l0 == 4 && l1 <= 2 && l2 <= 2 && v1 >= 1 && v1 <= 12 && v2 >= 1 && v2 <= 31)
				return PII_DATUM;
			/* "11/13/25": the American order, when the day cannot be the month */
			if (c1 == '/' && l0 <= 2 && l1 <= 2 && (l2 == 2 || l2 == 4) && v0 >= 1 && v0 <= 12 &&
			    v1 >= 13 && v1 <= 31)
				return PII_DATUM;
		}
	}
	/* "mijn verjaardag is 12/3": a day and month in a message about a birthday */
	if (j == i + 1 && !plus) {
		c1 = pii_group_sep(t, g, i + 1);
		l0 = g[i].g_end - g[i].g_start;
		l1 = g[i + 1].g_end - g[i + 1].g_start;
		v0 = pii_num_val(t + g[i].g_start, l0);
		v1 = pii_num_val(t + g[i + 1].g_start, l1);
		if ((c1 == '/' || c1 == '-') && l0 <= 2 && l1 <= 2 && v0 >= 1 && v0 <= 31 && v1 >= 1 &&
		    v1 <= 12 && (pii_mentions_birth(t) || pii_turning_on(t, g[i].g_start)))
			return PII_DATUM;
	}
	if (plus) {
		if (nd >= 2 && d[0] == '3' && d[1] == '1') {
			r = d + 2;
			rn = nd - 2;
			if (rn > 0 && r[0] == '0') {
				r++;
				rn--;
			}
			if (rn == 9)
				return PII_TELEFOON;
		}
		if (nd >= 8 && nd <= 15)
			return PII_TELEFOON;
		return -1;
	}
	if (nd >= 13 && memcmp(d, "0031", 4) == 0) {
		r = d + 4;
		rn = nd - 4;
		if (r[0] == '0') {
			r++;
			rn--;
		}
		if (rn == 9)
			return PII_TELEFOON;
	}
	/* "00" and a country code ("00212 6 ..."); "000..." is none ("000004521337") */
	if (nd >= 11 && nd <= 15 && d[0] == '0' && d[1] == '0' && d[2] != '0')
		return PII_TELEFOON;
	/* a British mobile number, "07700 900156" */
	if (nd == 11 && d[0] == '0' && d[1] == '7')
		return PII_TELEFOON;
	if (nd == 10 && d[0] == '0' && d[1] != '0')
		return PII_TELEFOON;
	if (nd >= 8 && nd <= 11 && d[0] == '0' && d[1] == '9' && d[2] == '0')
		return PII_TELEFOON;
	if (nd >= 8 && nd <= 11 && memcmp(d, "0800", 4) == 0)
		return PII_TELEFOON;
	if (nd == 9 && pii_bsn_valid(d))
		return PII_BSN;
	if (nd == 8) {
		memmove(d + 1, d, 8);
		d[0] = '0';
		if (pii_bsn_valid(d))
			return PII_BSN;
	}
	return -1;
}

static size_t	pii_word_before(const char *, size_t, char *, size_t);

/*
 * One of the two words before p names a case, file or client ("zijn zaak
 * heeft nummer", "het dossier had nummer"): 1, else 0.
 */
static int
pii_id_kind_back(const char *t, size_t p)
{
	static const char *const kind[] = { "zaak", "dossier", "klant", "client", "leerling",
	    "student", "order", "bestelling", "factuur", "melding", "aangifte", "pv", "referentie" };
	char w[32];
	size_t wn, k;

	for (int words = 0; words < 2 && p > 0; words++) {
		while (p > 0 && !a_alpha((unsigned char)t[p - 1]))
			p--;
		wn = pii_word_before(t, p, w, sizeof(w));
		if (wn == 0)
			return 0;
		for (k = 0; k < NELEM(kind); k++)
			if (wn == strlen(kind[k]) && memcmp(w, kind[k], wn) == 0)
				return 1;
		p -= wn;
	}
	return 0;
}

/*
 * The word before p names an identifying number that is no phone number,
 * BSN or house number: "zaaknummer", "klantnummer", "dossiernr", "client
 * number", "nummer" after a case word ("zijn zaak heeft nummer"); not
 * "nummer" alone, "telefoonnummer", "huisnummer", "bsn-nummer".
 */
static int
pii_id_word_before(const char *t, size_t p)
{
	static const char *const not_id[] = { "telefoon", "tel", "mobiel", "gsm", "whatsapp", "huis", "werk",
	    "prive", "thuis", "vast", "nood",
	    "bsn", "burgerservice", "sofi", "rekening", "iban", "bank", "post", "pas" };
	static const char *const kind[] = { "case", "file", "client", "customer", "reference", "order",
	    "account", "member", "patient", "student", "report", "ticket", "employee", "policy",
	    "dossier", "invoice", "booking", "login", "pupil", "membership", "staff", "contract",
	    "kvk", "registration", "insurance", "passport", "document", "licence", "license", "exam",
	    "candidate", "reservation", "confirmation", "ticket" };
	char w[32], w2[32];
	size_t n = pii_word_before(t, p, w, sizeof(w)), k, l, e, n2;

	/* "her case number is 2024-JB-10567": the word before "is" or "was" */
	if ((n == 2 && memcmp(w, "is", 2) == 0) || (n == 3 && memcmp(w, "was", 3) == 0)) {
		for (e = p; e > 0 && !a_alpha((unsigned char)t[e - 1]); e--)
			;
		if (e < n)
			return 0;
		p = e - n;
		n = pii_word_before(t, p, w, sizeof(w));
	}
	if (n >= 7 && memcmp(w + n - 7, "kenmerk", 7) == 0)
		return 1;	/* "kenmerk", "betalingskenmerk" */
	if (n == 5 && (memcmp(w, "login", 5) == 0 || memcmp(w, "inlog", 5) == 0))
		return 1;	/* "my SomToday login is 118234" */
	if ((n == 7 && memcmp(w, "dossier", 7) == 0) || (n == 5 && memcmp(w, "casus", 5) == 0) ||
	    (n == 4 && memcmp(w, "zaak", 4) == 0))
		return 1;	/* "pleegzorg dossier 778120", "de stukken voor zaak 23/4567" */
	if (n == 4 && memcmp(w, "case", 4) == 0) {
		/* "regarding case 2024/RB/3391", not "in case 12345 people" */
		for (e = p; e > 0 && !a_alpha((unsigned char)t[e - 1]); e--)
			;
		n2 = e >= n ? pii_word_before(t, e - n, w2, sizeof(w2)) : 0;
		return !(n2 == 2 && memcmp(w2, "in", 2) == 0);
	}
	if ((n == 6 && memcmp(w, "number", 6) == 0) || (n == 2 && (memcmp(w, "no", 2) == 0 ||
	    memcmp(w, "nr", 2) == 0)) || (n == 4 && memcmp(w, "code", 4) == 0) ||
	    (n == 9 && memcmp(w, "reference", 9) == 0)) {
		/* "booking code 7YHQ2E", "booking reference LZ4QWD" too */
		/* "case number 09/123456-25", "client no. 552091": the word before names it */
		for (e = p; e > 0 && !a_alpha((unsigned char)t[e - 1]); e--)
			;
		e -= n;
		n2 = pii_word_before(t, e, w2, sizeof(w2));
		for (k = 0; k < NELEM(kind); k++)
			if (n2 == strlen(kind[k]) && memcmp(w2, kind[k], n2) == 0)
				return 1;
		return 0;
	}
	if (n == 6 && memcmp(w, "nummer", 6) == 0) {
		/* "zijn zaak heeft nummer ..." */
		for (e = p; e > 0 && !a_alpha((unsigned char)t[e - 1]); e--)
			;
		/* "v-nummer", "V-nummer": a residence permit's number */
		if (e >= n + 2 && t[e - n - 1] == '-' && (t[e - n - 2] == 'v' || t[e - n - 2] == 'V') &&
		    (e == n + 2 || !a_alnum((unsigned char)t[e - n - 3])))
			return 1;
		return e >= n && pii_id_kind_back(t, e - n);
	}
	if (n > 6 && memcmp(w + n - 6, "nummer", 6) == 0)
		n -= 6;
	else if (n > 2 && n <= 12 && memcmp(w + n - 2, "nr", 2) == 0)
		n -= 2;
	else if (n > 4 && memcmp(w + n - 4, "code", 4) == 0 && !(n == 8 && memcmp(w, "post", 4) == 0))
		n -= 4;	/* "relatiecode", "klantcode"; not "postcode" */
	else
		return 0;
	for (k = 0; k < NELEM(not_id); k++) {
		l = strlen(not_id[k]);
		if (n >= l && memcmp(w, not_id[k], l) == 0)
			return 0;
	}
	return 1;
}

/* The folded ASCII word that ends at e (before spaces and colons), or "". */
static size_t
pii_word_before(const char *t, size_t e, char *w, size_t wlen)
{
	size_t s, k;

	while (e > 0 && (t[e - 1] == ' ' || t[e - 1] == ':'))
		e--;
	if (e > 1 && t[e - 1] == '.' && a_alpha((unsigned char)t[e - 2]))
		e--;	/* "nr. 4471", "client no. 77321" */
	s = e;
	while (s > 0 && a_alpha((unsigned char)t[s - 1]) && e - s < wlen)
		s--;
	for (k = s; k < e; k++)
		w[k - s] = (char)(t[k] | 0x20);
	return e - s;
}

/* The flags of the word that starts after the spaces (and a comma) at s. */
static uint32_t
pii_word_after(const struct pii_lists *pl, const char *t, size_t n, size_t s)
{
	char w[PII_WORD_MAX];
	size_t e;

	if (s < n && t[s] == ',')
		s++;
	while (s < n && t[s] == ' ')
		s++;
	for (e = s; e < n && e - s < PII_WORD_MAX && (a_alpha((unsigned char)t[e]) || t[e] == '-' ||
	    t[e] == '\''); e++)
		w[e - s] = (char)(t[e] | 0x20);
	return e > s ? pii_lookup(pl, w, e - s) : 0;
}

/*
 * 1 when the two letters at t are a preposition or conjunction in lower
 * case: before a place they link it to a house number ("Erasmusweg 1012
 * in Den Haag"), they are no postcode's letters.
 */
static int
pii_postcode_linkword(const char *t)
{
	static const char links[][3] = { "in", "op", "te", "en", "of", "om", "na", "is", "at",
	    "to", "on" };

	for (size_t i = 0; i < sizeof(links) / sizeof(links[0]); i++)
		if (t[0] == links[i][0] && t[1] == links[i][1])
			return 1;
	return 0;
}

/*
 * Two capitals at k after a postcode's digits at gs read as its letters
 * ("2561 DE, Den Haag"): the word before the digits is not in capitals
 * (text in capitals), and what follows is the end, punctuation or a word
 * with a capital, not a number or a word in lower case ("2019 EN 2020",
 * "1000 EN nog").
 */
static int
pii_postcode_caps(const char *t, size_t n, size_t gs, size_t k)
{
	size_t b = gs, l = 0;

	if (t[k] < 'A' || t[k] > 'Z' || t[k + 1] < 'A' || t[k + 1] > 'Z')
		return 0;
	while (b > 0 && t[b - 1] == ' ')
		b--;
	for (; b > 0 && a_alpha((unsigned char)t[b - 1]) && t[b - 1] <= 'Z'; b--)
		l++;
	if (l >= 2 && (b == 0 || !a_alpha((unsigned char)t[b - 1])))
		return 0;
	for (k += 2; k < n && t[k] == ' '; k++)
		;
	return k == n || (t[k] >= 'A' && t[k] <= 'Z') || (!a_alnum((unsigned char)t[k]) &&
	    (unsigned char)t[k] < 0x80);
}

/* A medicine or drink measured after a unit ("1000 mg paracetamol", "500 ml water"), kept words that are no place. */
static int
pii_dose_after(const char *t, size_t n, size_t k)
{
	static const char *const dose[] = { "paracetamol", "ibuprofen", "melatonine", "ritalin", "concerta",
	    "medikinet", "elvanse", "sertraline", "fluoxetine", "citalopram", "lithium", "diazepam",
	    "oxazepam", "water", "melk", "cafeine" };

	while (k < n && t[k] == ' ')
		k++;
	return pii_starts_any(t, n, k, dose, NELEM(dose)) != 0;
}

/* 1 when a word in lower case follows t[k] after spaces, not a link word ("2713 kb en ik"). */
static int
pii_lower_word_after(const char *t, size_t n, size_t k)
{
	while (k < n && t[k] == ' ')
		k++;
	return k + 1 < n && t[k] >= 'a' && t[k] <= 'z' && !(pii_postcode_linkword(t + k) &&
	    (k + 2 == n || !a_alpha((unsigned char)t[k + 2])));
}

/* A unit of two letters in lower case after an amount: "1000 mg", "1500 ml", "2000 km". */
static int
pii_unit_pair(const char *pair)
{
	static const char units[][2] = { {'m','g'}, {'m','l'}, {'k','g'}, {'k','m'}, {'c','m'}, {'m','m'},
	    {'g','r'}, {'g','b'}, {'m','b'}, {'k','b'}, {'c','l'}, {'d','l'} };

	for (size_t i = 0; i < sizeof(units) / sizeof(units[0]); i++)
		if (pair[0] == units[i][0] && pair[1] == units[i][1])
			return 1;
	return 0;
}

/*
 * A postcode's letters after the four digits from gs to e: the end, or 0.
 * Two letters that are a word ("1234 is") are not, unless "postcode" comes
 * before or a place after ("2716 pa Den Haag"), or they are capitals in
 * text that is not ("2561 DE"); nor is a unit in lower case before a word
 * in lower case that is no place, or before a medicine ("1000 mg
 * paracetamol"; "2713 kb" at the end or before "zoetermeer" is one).
 */
static size_t
pii_scan_postcode(const struct pii_lists *pl, const char *t, size_t n, size_t gs, size_t e)
{
	char prev[8];
	size_t pn;
	char pair[2];
	size_t k = e;
	int space = 0;

	if (gs > 1 && (t[gs - 1] == '-' || t[gs - 1] == '/') && a_digit((unsigned char)t[gs - 2]))
		return 0;	/* "7781-2204-NL": the end of an order number */
	if (k < n && t[k] == ' ') {
		k++;
		space = 1;
	} else if (k + 2 < n && t[k] == '-' && t[k + 1] >= 'A' && t[k + 1] <= 'Z' && t[k + 2] >= 'A' &&
	    t[k + 2] <= 'Z') {
		k++;	/* "2565-CX" */
	}
	if (k + 2 > n || !a_alpha((unsigned char)t[k]) || !a_alpha((unsigned char)t[k + 1]))
		return 0;
	if (k + 2 < n && (a_alnum((unsigned char)t[k + 2]) || (unsigned char)t[k + 2] >= 0x80))
		return 0;
	/* "2024-JB-10567" is a file number, not a postcode */
	if (k > e && t[e] == '-' && k + 3 < n && (t[k + 2] == '-' || t[k + 2] == '/') &&
	    a_alnum((unsigned char)t[k + 3]))
		return 0;
	pair[0] = (char)(t[k] | 0x20);
	pair[1] = (char)(t[k + 1] | 0x20);
	if (pair[0] == 's' && (pair[1] == 'a' || pair[1] == 'd' || pair[1] == 's'))
		return 0;
	if (t[k] > 'Z' && t[k + 1] > 'Z' && pii_unit_pair(pair) && pii_lower_word_after(t, n, k + 2) &&
	    (!(pii_word_after(pl, t, n, k + 2) & W_KEEP) || pii_dose_after(t, n, k + 2)) &&
	    !((pn = pii_word_before(t, gs, prev, sizeof(prev))) == 8 && memcmp(prev, "postcode", 8) == 0) &&
	    !(pn == 2 && memcmp(prev, "pc", 2) == 0))
		return 0;	/* "1000 mg paracetamol"; "2713 kb" at the end or before "zoetermeer" stays a postcode */
	if ((space || t[k] > 'Z' || t[k + 1] > 'Z') && (pii_lookup(pl, pair, 2) & W_COMMON)) {
		pn = pii_word_before(t, gs, prev, sizeof(prev));
		if (!((pn == 8 && memcmp(prev, "postcode", 8) == 0) || (pn == 2 && memcmp(prev, "pc", 2) == 0) ||
		    ((pii_word_after(pl, t, n, k + 2) & W_KEEP) && !pii_postcode_linkword(t + k)) ||
		    pii_postcode_caps(t, n, gs, k)))
			return 0;
	}
	return k + 2;
}

/* The end of digits from p joined by single spaces, dashes, dots or slashes, and how many digits (*nd). */
static size_t
pii_digit_run(const char *t, size_t n, size_t p, size_t *nd)
{
	size_t e, k;

	for (e = p; e < n && (a_digit((unsigned char)t[e]) || ((t[e] == ' ' || t[e] == '-' ||
	    t[e] == '.' || t[e] == '/') && e + 1 < n && a_digit((unsigned char)t[e + 1]))); e++)
		;
	for (k = p, *nd = 0; k < e; k++)
		*nd += a_digit((unsigned char)t[k]) != 0;
	return e;
}

/*
 * The end of a code of letters and digits in groups joined by single
 * dashes or slashes from p ("2024-JB-10567"), and how many digits (*nd);
 * a group of letters alone is at most four long.
 */
static size_t
pii_code_run(const char *t, size_t n, size_t p, size_t *nd)
{
	size_t e = p, g, k, end = p, digits = 0, gd;

	*nd = 0;
	for (;;) {
		for (g = e; g < n && a_alnum((unsigned char)t[g]); g++)
			;
		if (g == e)
			break;
		for (k = e, gd = 0; k < g; k++)
			gd += a_digit((unsigned char)t[k]) != 0;
		if (gd == 0 && g - e > 4)
			break;	/* "dossiernummer 12-345-Bakker": a word ends the code */
		digits += gd;
		end = g;
		*nd = digits;
		if (g + 1 < n && (t[g] == '-' || t[g] == '/') && a_alnum((unsigned char)t[g + 1]))
			e = g + 1;
		else
			break;
	}
	return end;
}

/* Words for a case, file or client number that name eight or nine digits a few words on. */
static const char *const pii_case_labels[] = { "zaaknummer", "dossiernummer", "klantnummer",
    "clientnummer", "cliëntnummer", "kenmerk", "referentie", "casenumber" };

/*
 * A number named by what comes before it, whatever its digits would say:
 * after "#" ("Order #123456789") or a word for a file, case or customer
 * number ("zaaknummer 0918273645") a [NUMMER], after "BSN" nine or eight
 * digits a [BSN] even when the 11-test fails. Its end, or 0.
 */
static size_t
pii_scan_named_number(const char *t, size_t n, size_t p, struct pii_spans *ss)
{
	size_t e, nd;

	if (p > 0 && t[p - 1] == '#') {
		e = pii_digit_run(t, n, p, &nd);
		if (nd >= 5) {
			pii_span_add(ss, p, e, PII_NUMMER);
			return e;
		}
	} else if (pii_label_within(t, p, pii_bsn_labels, NELEM(pii_bsn_labels), PII_BSN_SENTENCE_WORDS)) {
		/* (the words pii_label_near reads are the first of these) */
		e = pii_digit_run(t, n, p, &nd);
		/* further back in the sentence only nine digits: "My BSN was on all the forms, 190283746" */
		if ((nd == 9 || (nd == 8 && pii_label_near(t, p, pii_bsn_labels, NELEM(pii_bsn_labels)))) &&
		    (e == n || !a_alnum((unsigned char)t[e]))) {
			pii_span_add(ss, p, e, PII_BSN);
			return e;
		}
	} else if (pii_id_word_before(t, p)) {
		e = pii_digit_run(t, n, p, &nd);
		if (nd < 5)
			e = pii_code_run(t, n, p, &nd);
		if (nd >= 5) {
			e = pii_letter_suffix(t, n, e);	/* "kenmerk 2025/0419-JZ" */
			pii_span_add(ss, p, e, PII_NUMMER);
			return e;
		}
	} else if (t[p] != '0' && pii_label_within(t, p, pii_case_labels, NELEM(pii_case_labels),
	    PII_CASE_SENTENCE_WORDS)) {
		/* "mijn zaaknummer bij de raad is 2024-88172": a case's number, whatever the 11-test says */
		e = pii_digit_run(t, n, p, &nd);
		if ((nd == 8 || nd == 9) && (e == n || !a_alnum((unsigned char)t[e]))) {
			pii_span_add(ss, p, e, PII_NUMMER);
			return e;
		}
	}
	return 0;
}

/*
 * Three groups or more of four digits with the same single separator
 * ("3528 0012 4455 6677", a card or pass number): a [NUMMER] as a whole,
 * not a phone number found inside it.
 */
static int
pii_card_number(const char *t, const struct pii_group *g, size_t ng)
{
	size_t k;
	char sep;

	size_t years = 0;

	if (ng < 3 || g[1].g_start - g[0].g_end != 1)
		return 0;
	for (k = 0; k < ng; k++)
		years += (t[g[k].g_start] == '1' && t[g[k].g_start + 1] == '9') ||
		    (t[g[k].g_start] == '2' && t[g[k].g_start + 1] == '0');
	if (years == ng)
		return 0;	/* "2019 2020 2021" */
	sep = t[g[0].g_end];
	if (sep != ' ' && sep != '-')
		return 0;
	for (k = 0; k < ng; k++)
		if (g[k].g_end - g[k].g_start != 4 || (k > 0 && (g[k].g_start - g[k - 1].g_end != 1 ||
		    t[g[k - 1].g_end] != sep)))
			return 0;
	return 1;
}

/*
 * What comes before s starts an item of a list or a form's line: the
 * start, a new line, a bullet, a bar, a bracket, a comma or a dash, then
 * spaces ("Opleiding: \xe2\x80\xa2 2018 - 2022 vmbo", "| 2022 - 2023 |").
 */
static int
pii_list_item_before(const char *t, size_t s)
{
	while (s > 0 && t[s - 1] == ' ')
		s--;
	return s == 0 || t[s - 1] == '\n' || t[s - 1] == '|' || t[s - 1] == '(' || t[s - 1] == ',' ||
	    t[s - 1] == '-' || (s >= 3 && (unsigned char)t[s - 3] == 0xe2 && (unsigned char)t[s - 2] == 0x80 &&
	    (unsigned char)t[s - 1] == 0xa2);
}

/*
 * Two groups that are a span of years ("2024-2025", "2018 - 2022" on a
 * CV; "1998/99" is not): two years of four digits from 1900 to 2099,
 * joined by one dash or slash, or a dash between spaces, the second one
 * to PII_YEAR_RANGE_MAX after the first.
 */
static int
pii_year_range(const char *t, const struct pii_group *g)
{
	size_t e = g[0].g_end;
	long a, b;

	if (g[0].g_end - g[0].g_start != 4 || g[1].g_end - g[1].g_start != 4 ||
	    !((g[1].g_start - e == 1 && (t[e] == '-' || t[e] == '/')) ||
	    (g[1].g_start - e == 3 && t[e] == ' ' && t[e + 1] == '-' && t[e + 2] == ' ' &&
	    pii_list_item_before(t, g[0].g_start) && !(t[g[1].g_end] == ' ' &&
	    t[g[1].g_end + 1] >= 'A' && t[g[1].g_end + 1] <= 'Z'))))
		return 0;
	a = pii_num_val(t + g[0].g_start, 4);
	b = pii_num_val(t + g[1].g_start, 4);
	return a >= 1900 && a <= 2099 && b > a && b - a <= PII_YEAR_RANGE_MAX;
}

/*
 * A run of digit groups at p (with a leading '+' or '(', separators of up
 * to three of " -./()"): the spans of what it holds, longest reading first.
 * Returns the end of the run.
 */
static size_t
pii_scan_numbers(const struct pii_lists *pl, const char *t, size_t n, size_t p,
    struct pii_spans *ss)
{
	struct pii_group g[PII_RUN_GROUPS_MAX];
	size_t ng = 0, i = p, j, k, s, e, nd, run_end;
	char d[PII_NUM_DIGITS + 2], sep;
	int plus = 0, ty, uniform;

	if (t[i] == '+') {
		plus = 1;
		i++;
	} else if (t[i] == '(') {
		i++;
	} else if ((e = pii_scan_named_number(t, n, p, ss)) != 0) {
		return e;
	}
	g[0].g_sep = i;
	for (;;) {
		g[ng].g_start = i;
		while (i < n && a_digit((unsigned char)t[i]))
			i++;
		g[ng].g_end = i;
		ng++;
		if (ng == PII_RUN_GROUPS_MAX)
			break;
		j = i;
		while (j < n && j - i < 3 && (t[j] == ' ' || t[j] == '-' || t[j] == '.' ||
		    t[j] == '/' || t[j] == '(' || t[j] == ')'))
			j++;
		if (j > i && j < n && a_digit((unsigned char)t[j])) {
			g[ng].g_sep = i;
			i = j;
			continue;
		}
		break;
	}
	run_end = g[ng - 1].g_end;
	if (!plus && ng == 2 && pii_year_range(t, g))
		return run_end;	/* "schooljaar 2024-2025" */
	/* "(06-12345678, ...)": a bracket closed after the run stays in the text. */
	if (t[p] == '(' && memchr(t + p, ')', run_end - p) == NULL)
		p = g[0].g_start;
	if (!plus && pii_card_number(t, g, ng)) {
		pii_span_add(ss, p, run_end, PII_NUMMER);
		return run_end;
	}
	i = 0;
	while (i < ng) {
		for (j = ng - 1; j + 1 > i; j--) {
			ty = pii_classify(pl, t, g, i, j, plus && i == 0);
			if (ty >= 0) {
				s = i == 0 ? p : g[i].g_start;
				pii_span_add(ss, s, g[j].g_end, ty);
				break;
			}
		}
		if (j + 1 > i) {
			i = j + 1;
			continue;
		}
		if (i == ng - 1 && g[i].g_end - g[i].g_start == 4 && t[g[i].g_start] != '0' &&
		    !(plus && i == 0) && (e = pii_scan_postcode(pl, t, n, g[i].g_start, g[i].g_end)) != 0) {
			pii_span_add(ss, g[i].g_start, e, PII_POSTCODE);
			return e;
		}
		/*
		 * Nothing in particular starts at i: up to where something does
		 * (a postcode in the last group too: "Kerkstraat 4 2545VN"), long
		 * runs are [NUMMER].
		 */
		for (k = i + 1; k < ng; k++) {
			for (j = ng - 1; j >= k; j--)
				if (pii_classify(pl, t, g, k, j, 0) >= 0)
					break;
			if (j >= k)
				break;
			if (k == ng - 1 && g[k].g_end - g[k].g_start == 4 && t[g[k].g_start] != '0' &&
			    pii_scan_postcode(pl, t, n, g[k].g_start, g[k].g_end) != 0)
				break;
		}
		sep = k - i > 1 ? pii_group_sep(t, g, i + 1) : 0;
		uniform = 1;
		for (j = i + 2; j < k; j++)
			uniform &= pii_group_sep(t, g, j) == sep;
		nd = pii_group_digits(t, g, i, k - 1, d);
		if (k - i > 1 && uniform && sep != 0 && nd >= PII_MIN_NUMBER_DIGITS) {
			pii_span_add(ss, i == 0 ? p : g[i].g_start, g[k - 1].g_end, PII_NUMMER);
		} else {
			for (j = i; j < k; j++)
				if (g[j].g_end - g[j].g_start >= PII_MIN_NUMBER_DIGITS)
					pii_span_add(ss, j == 0 ? p : g[j].g_start, g[j].g_end, PII_NUMMER);
		}
		i = k;
	}
	return run_end;
}

/*
 * A user name without "@" named by its platform: "mijn discord is kevv.dh",
 * "my sister's snap is hayat.xo", "op insta heet ik lil.sana", "tiktok:
 * mila_2010", "insta: _anoushka.r_". The run t[p..q) holds a letter and
 * a dot, an underscore or a digit, and a platform's or an account's word
 * stands among the PII_PLATFORM_WORDS words before it; among the
 * PII_PLATFORM_WORDS_DOT words before a name with letters either side of a
 * dot or underscore ("my snap got hacked, my old one was sarahh.xo"), and
 * such a name right after a user name (after_handle) is one too. Its end
 * (without a full stop that ends a sentence), or 0.
 */
static size_t
pii_scan_platform_name(const char *t, size_t n, size_t p, size_t q, int after_handle)
{
	/* platforms first: only they name a user name further back (PII_PLATFORM_WORDS_DOT) */
	static const char *const platform[] = { "insta", "instagram", "ig", "snap", "snapchat", "sc",
	    "tiktok", "tt", "discord", "roblox", "twitch", "telegram", "steam", "psn", "xbox", "youtube",
	    "yt", "fortnite", "epic", "bereal", "threads", "twitter", "pinterest", "spotify",
	    "gamertag", "username", "gebruikersnaam", "account", "accountnaam", "handle", "user", "x",
	    "naam", "name", "nickname", "bijnaam", "login", "inlog", "inlognaam" };
	const size_t nplatforms = 24;	/* the words before "gamertag" */
	char w[32];
	size_t k, e = q, b = p, wn;
	int letter = 0, mark = 0, maxw = PII_PLATFORM_WORDS;

	if (!a_alpha((unsigned char)t[p]) && !(t[p] == '_' && p + 1 < n && a_alpha((unsigned char)t[p + 1])))
		return 0;	/* "100k", "2am" */
	while (e > p && (t[e - 1] == '.' || t[e - 1] == '-' || t[e - 1] == '+' || t[e - 1] == '%'))
		e--;
	for (k = p; k < e; k++) {
		letter |= a_alpha((unsigned char)t[k]) != 0;
		mark |= t[k] == '.' || t[k] == '_' || a_digit((unsigned char)t[k]);
	}
	if (!letter || !mark || e - p < 4)
		return 0;
	/* "sarahh.xo", "kev_dh": letters both sides of a dot or underscore, named from further back */
	for (k = p + 1; k + 1 < e; k++)
		if ((t[k] == '.' || t[k] == '_') && a_alpha((unsigned char)t[k - 1]) &&
		    a_alpha((unsigned char)t[k + 1]))
			maxw = PII_PLATFORM_WORDS_DOT;
	if (after_handle && maxw == PII_PLATFORM_WORDS_DOT)
		return e;	/* "my old one was sarahh.xo and new one is sarahh.xo2" */
	for (int words = 0; words < PII_PLATFORM_WORDS_DOT && b > 0; words++) {
		while (b > 0 && !a_alpha((unsigned char)t[b - 1]))
			b--;
		wn = pii_word_before(t, b, w, sizeof(w));
		if (wn == 0)
			return 0;
		for (k = 0; k < NELEM(platform); k++)
			if (wn == strlen(platform[k]) && memcmp(w, platform[k], wn) == 0 &&
			    (words < PII_PLATFORM_WORDS || (maxw == PII_PLATFORM_WORDS_DOT && k < nplatforms)))
				return e;
		b -= wn;
	}
	return 0;
}

/*
 * The user name found last ends at most PII_HANDLE_AGAIN_BYTES before p
 * and starts with the same four characters as the word at p: "my old one
 * was sarahh.xo and new one is sarahh.xo2".
 */
static int
pii_handle_again(const char *t, const struct pii_spans *ss, size_t p)
{
	const struct pii_span *h;

	if (ss->ss_n == 0)
		return 0;
	h = &ss->ss_v[ss->ss_n - 1];
	if (h->sp_type != PII_HANDLE || p - h->sp_end > PII_HANDLE_AGAIN_BYTES ||
	    h->sp_end - h->sp_start < 4)
		return 0;
	return strncasecmp(t + h->sp_start + (t[h->sp_start] == '@'), t + p, 4) == 0;
}

/* Words that name a code before it ("client number, KL-4421"). */
static const char *const pii_number_words[] = { "number", "nummer", "nr", "no" };

/* The letter O (either case) at i. */
static int
a_oh(unsigned char c)
{
	return c == 'O' || c == 'o';
}

/* The letter l or I typed for a one ("o6-l2345678"). */
static int
a_one(unsigned char c)
{
	return c == 'l' || c == 'I';
}

/*
 * A number typed with the letter O for a zero or l or I for a one, from p:
 * words of digits and such letters only ("O6-12345O87", "O6 1234 5678",
 * "o6-l2345678"), joined by a space, dash or dot, at most
 * PII_O_NUMBER_BYTES (a longer word is read as it is). Its end when such a
 * letter stands in it, else 0.
 */
static size_t
pii_o_number(const char *t, size_t n, size_t p)
{
	size_t i = p, ws, e = 0;
	int oh = 0, dig, wo;

	while (i < n && i - p < PII_O_NUMBER_BYTES) {
		ws = i;
		dig = wo = 0;
		for (; i < n && i - p < PII_O_NUMBER_BYTES && (a_digit((unsigned char)t[i]) ||
		    a_oh((unsigned char)t[i]) || a_one((unsigned char)t[i])); i++) {
			dig |= a_digit((unsigned char)t[i]);
			wo |= a_oh((unsigned char)t[i]) || a_one((unsigned char)t[i]);
		}
		if (i == ws || !dig || (i < n && (a_alpha((unsigned char)t[i]) || t[i] == '_')))
			break;	/* "Ooh", "O6pm", a word with other letters */
		if (i < n && (a_digit((unsigned char)t[i]) || a_oh((unsigned char)t[i])))
			return 0;	/* longer than any number typed so: read as it is */
		oh |= wo;
		e = i;
		if (i + 1 < n && (t[i] == ' ' || t[i] == '-' || t[i] == '.') &&
		    (a_digit((unsigned char)t[i + 1]) || a_oh((unsigned char)t[i + 1]) ||
		    a_one((unsigned char)t[i + 1]))) {
			i++;
			continue;
		}
		break;
	}
	return oh ? e : 0;
}

/*
 * The numbers of [p, e) read with each O as a zero and each l or I as a one
 * (pii_o_number): a copy
 * of the text around them is scanned (PII_O_BEFORE bytes before, for the
 * words that name a number, and PII_O_AFTER after), so that what is found
 * keeps its place and a long text is not copied for each such number.
 * Where the scan ended, at most e (what follows is scanned again as it
 * is); 0, and nothing found, when a number went on past e: the text is
 * then read as it is.
 */
static size_t
pii_scan_o_number(const struct pii_lists *pl, const char *t, size_t n, size_t p, size_t e,
    struct pii_spans *ss)
{
	char win[PII_O_BEFORE + PII_O_NUMBER_BYTES + PII_O_AFTER + 1];
	size_t base = p > PII_O_BEFORE ? p - PII_O_BEFORE : 0, lim, k, end, first;

	while (base > 0 && base < p && t[base - 1] != ' ')
		base++;	/* the copy starts at a word */
	lim = n - e > PII_O_AFTER ? e + PII_O_AFTER : n;
	memcpy(win, t + base, lim - base);
	win[lim - base] = '\0';
	for (k = p; k < e; k++)
		if (a_oh((unsigned char)win[k - base]))
			win[k - base] = '0';
		else if (a_one((unsigned char)win[k - base]))
			win[k - base] = '1';
	first = ss->ss_n;
	end = base + pii_scan_numbers(pl, win, lim - base, p - base, ss);
	for (k = first; k < ss->ss_n; k++) {
		ss->ss_v[k].sp_start += base;
		ss->ss_v[k].sp_end += base;
		/* A help line typed with an O ("o800-0113") is not its number as written: not kept. */
		if (ss->ss_v[k].sp_type == PII_KEEP)
			ss->ss_v[k].sp_type = PII_TELEFOON;
	}
	/* A number that goes on past e (into digits the copy may cut off) is read as it is. */
	if (ss->ss_n == first)
		return 0;	/* nothing read so: the text is read as it is ("1234ll") */
	if (ss->ss_n > first && ss->ss_v[ss->ss_n - 1].sp_end > e) {
		ss->ss_n = first;
		return 0;
	}
	return end > e ? e : end;
}

/*
 * The start of a number found at s with one to four capitals and a space
 * before it, or joined to it, named by a word for an id before them
 * ("kenmerk ZT 2025 0194 776", "dossiernummer AB 123456", "kenmerk
 * U24.003317"), or s.
 */
static size_t
pii_caps_prefix(const char *t, size_t s)
{
	size_t r;

	if (s >= 2 && t[s - 1] >= 'A' && t[s - 1] <= 'Z') {
		for (r = s; r > 0 && t[r - 1] >= 'A' && t[r - 1] <= 'Z' && s - r < 5; r--)
			;
		if (s - r > 4 || r == 0 || (t[r - 1] != ' ' && t[r - 1] != ':'))
			return s;
		return pii_id_word_before(t, r) ? r : s;
	}
	if (s < 3 || t[s - 1] != ' ')
		return s;
	for (r = s - 1; r > 0 && t[r - 1] >= 'A' && t[r - 1] <= 'Z' && s - 1 - r < 5; r--)
		;
	if (r == s - 1 || s - 1 - r > 4 || (r > 0 && t[r - 1] != ' ' && t[r - 1] != ':'))
		return s;
	return r > 0 && pii_id_word_before(t, r) ? r : s;
}

/*
 * "2025-TEL-448102": digits or capitals joined by a hyphen or a slash right
 * before a reference found at s belong to it (at most PII_CODE_PARTS parts
 * of up to eight characters, starting after a space, a colon or the
 * start, not before lo: the end of what was found before). Where the
 * reference starts.
 */
static size_t
pii_code_prefix(const char *t, size_t s, size_t lo)
{
	size_t r = s, q, parts;

	for (parts = 0; parts < PII_CODE_PARTS && r >= lo + 2 && (t[r - 1] == '-' || t[r - 1] == '/'); parts++) {
		for (q = r - 1; q > lo && r - 1 - q <= 8 && (a_digit((unsigned char)t[q - 1]) ||
		    (t[q - 1] >= 'A' && t[q - 1] <= 'Z')); q--)
			;
		if (q == r - 1 || r - 1 - q > 8)
			break;
		r = q;
		if (q == 0 || t[q - 1] == ' ' || t[q - 1] == ':')
			return r;
	}
	return s;
}

/* Numbers from p (a digit, or "+" or "(" before one): where the first pass goes on. */
static size_t
pii_pass_number(const struct pii_lists *pl, const char *t, size_t n, size_t p, struct pii_spans *ss)
{
	size_t before = ss->ss_n, e;

	/* "(85-HNZ-2)": a plate in brackets, not a phone number's area code */
	if (t[p] == '(' && (e = pii_scan_plate(t, n, p + 1)) != 0) {
		pii_span_add(ss, p + 1, e, PII_KENTEKEN);
		return e;
	}
	p = pii_scan_numbers(pl, t, n, p, ss);
	if (ss->ss_n > before && ss->ss_v[ss->ss_n - 1].sp_type == PII_NUMMER) {
		/* "kenmerk ZT 2025 0194 776": a reference's capitals before it */
		ss->ss_v[ss->ss_n - 1].sp_start = pii_code_prefix(t, pii_caps_prefix(t,
		    ss->ss_v[ss->ss_n - 1].sp_start), ss->ss_n >= 2 ? ss->ss_v[ss->ss_n - 2].sp_end : 0);
		/* "2024/118-DH": an office's letters after a reference */
		if (ss->ss_v[ss->ss_n - 1].sp_end == p)
			p = ss->ss_v[ss->ss_n - 1].sp_end = pii_letter_suffix(t, n, p);
	}
	return p;
}

/*
 * A court's case number goes on after the number found, ending at p:
 * "C/09/654321 JE RK 24-1187", "C/09/654321 / FA RK 24-88" (two capitals
 * for the kind of case, "RK", and the request's number). Where the first
 * pass goes on.
 */
static size_t
pii_court_suffix(const char *t, size_t n, struct pii_spans *ss, size_t p)
{
	size_t q = p;

	if (ss->ss_n == 0 || ss->ss_v[ss->ss_n - 1].sp_type != PII_NUMMER || ss->ss_v[ss->ss_n - 1].sp_end != p)
		return p;
	if (q + 2 < n && t[q] == ' ' && t[q + 1] == '/')
		q += 2;
	if (q + 8 >= n || t[q] != ' ' || t[q + 1] < 'A' || t[q + 1] > 'Z' || t[q + 2] < 'A' ||
	    t[q + 2] > 'Z' || t[q + 3] != ' ' || t[q + 4] != 'R' || t[q + 5] != 'K' || t[q + 6] != ' ' ||
	    !a_digit((unsigned char)t[q + 7]))
		return p;
	for (q += 7; q < n && (a_digit((unsigned char)t[q]) || (t[q] == '-' && q + 1 < n &&
	    a_digit((unsigned char)t[q + 1]))); q++)
		;
	ss->ss_v[ss->ss_n - 1].sp_end = q;
	return q;
}

/* The first pass: everything found by its characters, in text order. */
static void
pii_pass_chars(const struct pii_lists *pl, const char *t, size_t n, struct pii_spans *ss)
{
	size_t p = 0, q, e;
	int dot, dig, us, oh, keep, ty;
	unsigned cls;

	while (p < n) {
		unsigned char c = (unsigned char)t[p];
		unsigned char prev = p > 0 ? (unsigned char)t[p - 1] : ' ';

		if (a_alpha(c) && a_alnum(prev)) {
			p++;	/* a letter inside a word starts nothing */
			continue;
		}
		if ((a_alnum(c) && !a_alnum(prev) && prev != '@') ||
		    (c == '_' && p + 1 < n && a_alpha((unsigned char)t[p + 1]) && !a_alnum(prev) &&
		    prev != '@' && prev != '_')) {
			cls = 0;
			for (q = p; q < n && a_runch((unsigned char)t[q]); q++)
				cls |= pii_cc[(unsigned char)t[q]];
			dot = (cls & CC_DOT) != 0;
			dig = (cls & CC_DIGIT) != 0;
			us = (cls & CC_UNDER) != 0;
			oh = (cls & CC_OHONE) != 0;
			if (q < n && t[q] == '@' && (e = pii_scan_email(t, n, p)) != 0) {
				pii_span_add(ss, p, e, PII_EMAIL);
				p = e;
				continue;
			}
			if ((e = pii_scan_email_spelled(t, n, p, q)) != 0) {
				pii_span_add(ss, pii_spelled_letters_before(t, p, q, ss), e, PII_EMAIL);
				p = e;
				continue;
			}
			if (dig && oh && (e = pii_o_number(t, n, p)) != 0 &&
			    (e = pii_scan_o_number(pl, t, n, p, e, ss)) != 0) {
				p = e;
				continue;
			}
			if ((dot || (q < n && t[q] == ':')) && (e = pii_scan_url(pl, t, n, p, &keep)) != 0) {
				pii_span_add(ss, p, e, keep == 2 ? PII_HANDLE : keep ? PII_KEEP : PII_URL);
				p = e;
				continue;
			}
			if ((us || (q < n && t[q] == '#') || (c == 'x' && p + 1 < n && t[p + 1] == 'X')) &&
			    (e = pii_scan_gamertag(t, n, p, q)) != 0) {
				pii_span_add(ss, p, e, PII_HANDLE);
				p = e;
				continue;
			}
			/* an IBAN's, a plate's and a code's first characters hold a digit */
			if (dig && a_alpha(c) && (e = pii_scan_iban(t, n, p, &ty)) != 0) {
				pii_span_add(ss, p, e, ty);
				p = e;
				continue;
			}
			if ((e = pii_scan_plate_or_masked(t, n, p, q, dig, &ty)) != 0) {
				pii_span_add(ss, p, e, ty);
				p = e;
				continue;
			}
			if ((dig || (q + 1 < n && t[q] == '/' && (a_digit((unsigned char)t[q + 1]) ||
			    (t[q + 1] >= 'A' && t[q + 1] <= 'Z')))) &&
			    a_alpha(c) && ((e = pii_scan_code(t, n, p, PII_CODE_DIGITS)) != 0 ||
			    (pii_label_within(t, p, pii_number_words, NELEM(pii_number_words), 2) &&
			    (e = pii_scan_code(t, n, p, PII_CODE_DIGITS_NAMED)) != 0))) {
				/* "#NL48213977": an order number's hash goes with it */
				pii_span_add(ss, p > 0 && t[p - 1] == '#' && (p == 1 || !a_runch((unsigned char)t[p - 2])) ?
				    p - 1 : pii_code_prefix(t, p, ss->ss_n > 0 ? ss->ss_v[ss->ss_n - 1].sp_end : 0),
				    e, PII_NUMMER);
				p = pii_court_suffix(t, n, ss, e);
				continue;
			}
			if (dig && ((e = pii_scan_key_code(t, n, p)) != 0 || (e = pii_scan_mixed_code(t, n, p)) != 0)) {
				pii_span_add(ss, p, e, PII_NUMMER);
				p = e;
				continue;
			}
			if ((dot || us || dig) && (e = pii_scan_platform_name(t, n, p, q,
			    pii_handle_again(t, ss, p))) != 0) {
				pii_span_add(ss, p, e, PII_HANDLE);
				p = e;
				continue;
			}
		}
		if (c == '@' && !a_runch(prev) && (e = pii_scan_handle(t, n, p)) != 0) {
			pii_span_add(ss, p, e, pii_handle_kept(pl, t, p, e) ? PII_KEEP : PII_HANDLE);
			p = e;
			continue;
		}
		if (a_digit(c) || ((c == '+' || c == '(') && p + 1 < n && a_digit((unsigned char)t[p + 1]))) {
			p = pii_court_suffix(t, n, ss, pii_pass_number(pl, t, n, p, ss));
			continue;
		}
		p++;
	}
}

/* ---- the second pass: words ---- */

enum pii_tok_kind { TK_WORD, TK_NUM, TK_NUMSUF, TK_MIXED };

struct pii_tok {
	uint32_t	tk_start, tk_end;	/* bytes of the text */
	uint32_t	tk_fold, tk_flen;	/* its folded form in the fold buffer */
	uint32_t	tk_flags;		/* W_* of the folded word */
	uint16_t	tk_num;			/* TK_NUM, TK_NUMSUF: the number (at most 9999) */
	uint8_t		tk_kind;		/* enum pii_tok_kind */
	uint8_t		tk_ndig;		/* digits of a number */
	uint8_t		tk_cap;			/* starts with a capital */
	uint8_t		tk_sstart;		/* first word of a sentence */
	uint8_t		tk_label;		/* 0, or enum pii_type + 1 */
	uint8_t		tk_caller;		/* one of the caller's known names */
	uint8_t		tk_spoken;		/* a digit, number or sign said (W_SPOKEN, kept
						 * out of tk_flags: "Seven" may be a name) */
	uint8_t		tk_marks;		/* M_* of the folded word */
	uint8_t		tk_help;		/* a help line's number the first pass kept
						 * ("112"): labelled PII_KEEP, only a house
						 * number after a street takes it */
	uint8_t		tk_ctx;			/* CTX_*: the kinds of phrase that end right
						 * before it (pii_context_mark) */
};

struct pii_ctx {
	const struct pii_lists	*c_pl;
	const char		*c_text;
	const char		*c_fold;
	struct pii_tok		*c_tok;
	size_t			 c_ntok;
	int			 c_appt;	/* about an appointment, not a birth (pii_appointment_scan) */
	int			*c_birth;	/* pii_mentions_birth of the text, -1 until asked */
};

/*
 * pii_mentions_birth of the message, or an age turned on a day ("ik word
 * 18 op 5 december", "I turn 18 on 5 december"), read once.
 */
static int
pii_birth_said(const struct pii_ctx *c)
{
	size_t k;
	const char *f;

	if (*c->c_birth >= 0)
		return *c->c_birth;
	*c->c_birth = pii_mentions_birth(c->c_text);
	for (k = 0; *c->c_birth == 0 && k + 2 < c->c_ntok; k++) {
		f = c->c_fold + c->c_tok[k + 2].tk_fold;
		if ((c->c_tok[k].tk_marks & M_TURN) && c->c_tok[k + 1].tk_kind == TK_NUM &&
		    c->c_tok[k + 1].tk_ndig <= 2 && c->c_tok[k + 2].tk_flen == 2 &&
		    (memcmp(f, "op", 2) == 0 || memcmp(f, "on", 2) == 0))
			*c->c_birth = 1;
	}
	return *c->c_birth;
}

#define GAP_SPACE	" \t"
#define GAP_NAME	" \t-'"
#define GAP_TITLE	" \t."
#define GAP_TITLES	" \t./"	/* between two titles: "mw. drs.", "heer/mevrouw" */
#define GAP_CONTEXT	" \t:,-\"'("
#define GAP_DATE	" \t,.'"

/* 1 when the bytes between token i-1 and token i are all in set (and i > 0). */
static int
pii_gap(const struct pii_ctx *c, size_t i, const char *set)
{
	size_t k;

	if (i == 0 || i >= c->c_ntok)
		return 0;
	k = c->c_tok[i - 1].tk_end;
	if (k + 1 == c->c_tok[i].tk_start && c->c_text[k] == ' ')
		return set[0] == ' ';	/* the usual gap; the sets that hold a space start with it */
	for (; k < c->c_tok[i].tk_start; k++)
		if (c->c_text[k] == '\0' || strchr(set, c->c_text[k]) == NULL)
			return 0;
	return 1;
}

static int
pii_word(const struct pii_ctx *c, size_t i)
{
	return i < c->c_ntok && c->c_tok[i].tk_kind == TK_WORD;
}

/* An unlabelled word. */
static int
pii_free_word(const struct pii_ctx *c, size_t i)
{
	return pii_word(c, i) && c->c_tok[i].tk_label == 0;
}

static int
pii_fold_is(const struct pii_ctx *c, size_t i, const char *w)
{
	const char *f = c->c_fold + c->c_tok[i].tk_fold;
	size_t l = c->c_tok[i].tk_flen;

	size_t k;

	/* Compared byte by byte (the first tells most words apart); no strlen of the list's word. */
	for (k = 0; k < l; k++)
		if (w[k] != f[k])
			return 0;	/* (the end of a shorter w differs from every folded byte) */
	return w[l] == '\0';
}

/* 1 when word i is one of the words of list w (folded). */
static int
pii_fold_in(const struct pii_ctx *c, size_t i, const char *const *w, size_t n)
{
	if (!pii_word(c, i))
		return 0;
	for (size_t k = 0; k < n; k++)
		if (pii_fold_is(c, i, w[k]))
			return 1;
	return 0;
}

static void
pii_label(struct pii_ctx *c, size_t a, size_t b, enum pii_type t)
{
	size_t k;

	for (k = a; k <= b; k++)
		c->c_tok[k].tk_label = (uint8_t)(t + 1);
}

/* 1 when a phrase of kind (W_TRIG_END, W_REL_END, W_WREL_END) ends at token e. */
static int
pii_phrase_at(const struct pii_ctx *c, size_t e, uint32_t kind)
{
	const struct pii_lists *pl = c->c_pl;
	const struct pii_phrase *ph;
	const struct pii_tok *tk;
	size_t p, w, k, lo = 0, hi = pl->pl_nphrases, mid;
	uint32_t last, prev = 0;
	int has_prev;

	if (!pii_word(c, e) || !(c->c_tok[e].tk_flags & kind))
		return 0;
	/* The phrases whose last word has this word's hash. */
	last = pii_hash(c->c_fold + c->c_tok[e].tk_fold, c->c_tok[e].tk_flen);
	/* and, of those longer than a word, whose word before it has the hash of the word before */
	has_prev = e > 0 && c->c_tok[e - 1].tk_kind == TK_WORD;
	if (has_prev)
		prev = pii_hash(c->c_fold + c->c_tok[e - 1].tk_fold, c->c_tok[e - 1].tk_flen);
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (pl->pl_phrases[mid].pp_last < last)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (p = lo; p < pl->pl_nphrases && pl->pl_phrases[p].pp_last == last; p++) {
		ph = &pl->pl_phrases[p];
		if (ph->pp_kind != kind || ph->pp_n > e + 1 || (ph->pp_n >= 2 && (!has_prev || ph->pp_prev != prev)))
			continue;
		for (w = 0; w < ph->pp_n; w++) {
			k = e - w;
			tk = &c->c_tok[k];
			if (tk->tk_kind != TK_WORD || tk->tk_flen != ph->pp_len[ph->pp_n - 1 - w] ||
			    memcmp(c->c_fold + tk->tk_fold, pl->pl_arena + ph->pp_off[ph->pp_n - 1 - w],
			    tk->tk_flen) != 0)
				break;
			if (w + 1 < ph->pp_n && !pii_gap(c, k, GAP_SPACE))
				break;
		}
		if (w == ph->pp_n)
			return 1;
	}
	return 0;
}

/*
 * "Fam. Visser": "fam." and its full stop before token i, a word that can
 * be a name and, before a word in lower case, a surname from the lists
 * ("love my fam. Hope they stay" starts a sentence).
 */
static int
pii_fam_dot(const struct pii_ctx *c, size_t i)
{
	const struct pii_tok *tk = &c->c_tok[i];

	return pii_gap(c, i, GAP_TITLE) && pii_fold_is(c, i - 1, "fam") && tk->tk_kind == TK_WORD &&
	    !(tk->tk_flags & W_NOT_NAME) && ((tk->tk_flags & (W_SUR | W_SUR_AMB)) || !pii_word(c, i + 1) ||
	    c->c_tok[i + 1].tk_cap || !pii_gap(c, i + 1, GAP_SPACE));
}

/* A phrase of kind ends right before token i (also "Fam." with its full stop). */
static int
pii_context_find(const struct pii_ctx *c, size_t i, uint32_t kind)
{
	return i > 0 && i - 1 < c->c_ntok && c->c_tok[i - 1].tk_kind == TK_WORD &&
	    (c->c_tok[i - 1].tk_flags & kind) && (pii_gap(c, i, GAP_CONTEXT) || pii_fam_dot(c, i)) &&
	    pii_phrase_at(c, i - 1, kind);
}

/* The kinds of phrase pii_context asks for, as bits of tk_ctx. */
#define CTX_TRIG	0x1u
#define CTX_REL		0x2u
#define CTX_WREL	0x4u

static unsigned
pii_ctx_bit(uint32_t kind)
{
	return kind == W_TRIG_END ? CTX_TRIG : kind == W_REL_END ? CTX_REL : kind == W_WREL_END ? CTX_WREL : 0;
}

/*
 * Find once, for every token, the phrases that end right before it; the
 * rules ask for them many times a word, and the tokens do not change.
 */
static void
pii_context_mark(struct pii_ctx *c)
{
	static const uint32_t kinds[] = { W_TRIG_END, W_REL_END, W_WREL_END };
	size_t i, k;

	for (i = 0; i < c->c_ntok; i++) {
		c->c_tok[i].tk_ctx = 0;
		if (i == 0 || c->c_tok[i - 1].tk_kind != TK_WORD ||
		    !(c->c_tok[i - 1].tk_flags & (W_TRIG_END | W_REL_END | W_WREL_END)))
			continue;
		for (k = 0; k < NELEM(kinds); k++)
			if (pii_context_find(c, i, kinds[k]))
				c->c_tok[i].tk_ctx |= (uint8_t)pii_ctx_bit(kinds[k]);
	}
}

/* A phrase of kind (W_TRIG_END, W_REL_END, W_WREL_END) ends right before token i. */
static int
pii_context(const struct pii_ctx *c, size_t i, uint32_t kind)
{
	return i < c->c_ntok && (c->c_tok[i].tk_ctx & pii_ctx_bit(kind)) != 0;
}

/* An ending from the lists (street or school) of the folded word: its index + 1, or 0. */
static int
pii_has_suffix(const struct pii_lists *pl, const char *f, size_t n, int street)
{
	uint64_t m;
	const struct pii_suffix *sf;

	if (n < 5)
		return 0;
	m = pl->pl_suf_last[(unsigned char)f[n - 1]];
	while (m != 0) {
		sf = &pl->pl_suf[__builtin_ctzll(m)];
		m &= m - 1;
		if (sf->ps_street == street && n >= sf->ps_len + sf->ps_stem &&
		    memcmp(f + n - sf->ps_len, sf->ps_text, sf->ps_len) == 0)
			return (int)(sf - pl->pl_suf) + 1;
	}
	return 0;
}

/* A day of the month: "3", "03", "3e", "3de", "21ste", "3rd". */
static int
pii_is_day(const struct pii_ctx *c, size_t i)
{
	const struct pii_tok *tk = &c->c_tok[i];
	const char *suf;
	size_t sl;

	if (i >= c->c_ntok || tk->tk_num < 1 || tk->tk_num > 31 || tk->tk_ndig > 2)
		return 0;
	if (tk->tk_kind == TK_NUM)
		return 1;
	if (tk->tk_kind != TK_NUMSUF)
		return 0;
	suf = c->c_fold + tk->tk_fold + tk->tk_ndig;
	sl = tk->tk_flen - tk->tk_ndig;
	return (sl == 1 && suf[0] == 'e') || (sl == 2 && (memcmp(suf, "de", 2) == 0 ||
	    memcmp(suf, "st", 2) == 0 || memcmp(suf, "nd", 2) == 0 || memcmp(suf, "rd", 2) == 0 ||
	    memcmp(suf, "th", 2) == 0)) ||
	    (sl == 3 && memcmp(suf, "ste", 3) == 0);
}

/* A year: four digits 1900..2099, or two after an apostrophe ('08). */
static int
pii_is_year(const struct pii_ctx *c, size_t i)
{
	const struct pii_tok *tk = &c->c_tok[i];

	if (i >= c->c_ntok || tk->tk_kind != TK_NUM)
		return 0;
	if (tk->tk_ndig == 4)
		return tk->tk_num >= 1900 && tk->tk_num <= 2099;
	return tk->tk_ndig == 2 && tk->tk_start > 0 && c->c_text[tk->tk_start - 1] == '\'';
}

/*
 * A weekday right before the date at i: an appointment ("dinsdag 11
 * februari", "friday 7 march"), no birth date, when no year follows.
 */
static int
pii_weekday_before(const struct pii_ctx *c, size_t i)
{
	static const char *const days[] = { "maandag", "dinsdag", "woensdag", "donderdag",
	    "vrijdag", "zaterdag", "zondag", "monday", "tuesday", "wednesday", "thursday",
	    "friday", "saturday", "sunday" };

	return i > 0 && pii_gap(c, i, " \t,") && pii_fold_in(c, i - 1, days, NELEM(days));
}

/*
 * The message is about an appointment ("een afspraak ... op 12 mei", "a
 * dentist appointment on 4 march") and not about a birthday: a day and
 * month without a year in it are no birth date.
 */
static int
pii_appointment_scan(const struct pii_ctx *c)
{
	size_t k, n;
	const char *f;
	int a = 0;

	for (k = 0; k < c->c_ntok; k++) {
		if (!pii_word(c, k))
			continue;
		if (c->c_tok[k].tk_marks & M_BIRTH)
			return 0;
		/* turning an age: "op 3 mei word ik 16", "I turn 16 on 3 May" */
		if (c->c_tok[k].tk_marks & M_TURN)
			for (size_t q = k + 1; q < c->c_ntok && q <= k + 4; q++)
				if (c->c_tok[q].tk_kind == TK_NUM && c->c_tok[q].tk_ndig <= 2 &&
				    !(q + 1 < c->c_ntok && pii_word(c, q + 1) && (c->c_tok[q + 1].tk_flags & W_MONTH)))
					return 0;
		f = c->c_fold + c->c_tok[k].tk_fold;
		n = c->c_tok[k].tk_flen;
		/* also "tandartsafspraak", "beugel-afspraak" */
		if ((c->c_tok[k].tk_marks & M_APPT) || (n > 8 && memcmp(f + n - 8, "afspraak", 8) == 0))
			a = 1;
	}
	return a;
}

/*
 * Only a message with a number or a month's name can hold a day and month
 * (pii_rule_dates, pii_date_words): the others need no appointment scan.
 */
static int
pii_may_hold_date(const struct pii_ctx *c)
{
	size_t k;

	for (k = 0; k < c->c_ntok; k++)
		if (c->c_tok[k].tk_kind == TK_NUM || (c->c_tok[k].tk_kind == TK_WORD &&
		    (c->c_tok[k].tk_flags & W_MONTH)))
			return 1;
	return 0;
}

/* A deadline before a day and month: "voor 1 juli", "by 3 March", "uiterlijk 12 mei". */
static int
pii_deadline_before(const struct pii_ctx *c, size_t i)
{
	static const char *const by[] = { "voor", "vóór", "uiterlijk", "tot", "vanaf", "per", "sinds", "na",
	    "before", "by", "until", "till", "from", "since", "deadline", "after" };
	size_t k;

	if (i == 0 || !pii_word(c, i - 1) || !pii_gap(c, i, GAP_SPACE) || !pii_fold_in(c, i - 1, by, NELEM(by)))
		return 0;
	for (k = 0; k < c->c_ntok; k++)
		if (pii_word(c, k) && (c->c_tok[k].tk_marks & M_BIRTH))
			return 0;
	return 1;
}

/*
 * A word for an identifying number up to PII_ID_WORDS_BACK words before
 * the word at k, in the same sentence: "mijn studentnummer bij ROC
 * Mondriaan is 438812".
 */
static int
pii_id_word_back(const struct pii_ctx *c, size_t k)
{
	size_t j;

	for (j = k; j > 0 && k - j < PII_ID_WORDS_BACK; j--) {
		if (!pii_word(c, j - 1) || !pii_gap(c, j, GAP_CONTEXT))
			return 0;
		if (pii_id_word_before(c->c_text, c->c_tok[j - 1].tk_end))
			return 1;
	}
	return 0;
}

/* Token i, or i + 1 when that is one to four capitals after a dash ("77312-A"). */
static size_t
pii_caps_suffix(const struct pii_ctx *c, size_t i)
{
	const struct pii_tok *tk;
	uint32_t k;

	if (i + 1 >= c->c_ntok || !pii_gap(c, i + 1, "-") || c->c_tok[i + 1].tk_kind != TK_WORD ||
	    c->c_tok[i + 1].tk_label != 0)
		return i;
	tk = &c->c_tok[i + 1];
	if (tk->tk_end - tk->tk_start > 4 || c->c_tok[i + 1].tk_start != c->c_tok[i].tk_end + 1)
		return i;
	for (k = tk->tk_start; k < tk->tk_end; k++)
		if (c->c_text[k] < 'A' || c->c_text[k] > 'Z')
			return i;
	return i + 1;
}

/*
 * A number of five or six digits after a word for an identifying number:
 * "leerlingnummer 204417", "klantnr: 55120", "client number is 48213"
 * (seven digits and more are [NUMMER] anyway). Not a house number.
 */
/*
 * Words for a number that is no id, though they end in "nummer" (a room's,
 * a page's, a bus line's, a version's): four digits after them stay.
 */
static const char *const pii_not_id4[] = { "lokaal", "kamer", "bus", "lijn", "tram", "pagina",
    "versie", "artikel", "opdracht", "hoofdstuk", "les", "rug", "volg", "track", "serie", "model",
    "type", "post", "jaar", "wedstrijd", "tafel", "stoel", "kluis", "locker" };

static const char *const pii_code_word[] = { "code" };	/* "relatiecode", "klantcode" */
static int	pii_ends_in(const struct pii_ctx *, size_t, const char *const *, size_t, size_t);

/* Between a word for a number and the number: "klantnummer is 55120", "my number its 48213". */
static const char *const pii_is_words[] = { "is", "was", "its", "zijn", "are" };

/*
 * A word for a person's code or number up to PII_ID_WORDS_BACK words
 * before the word at k (the word before "is"), in the same clause (no
 * comma, no second "is"), with a preposition right after it: "boekingscode
 * van mijn vlucht is KX7Q2M", "klantnummer bij de bank voor mijn
 * spaarrekening is TR55K9"; not a thing's code ("modelnummer van mijn
 * Samsung is A54G5", "kortingscode van die YouTuber is SNEL20").
 */
static int
pii_id_code_back(const struct pii_ctx *c, size_t k)
{
	static const char *const prep[] = { "van", "voor", "bij", "op", "in", "via", "aan", "naar",
	    "for", "of", "to", "at", "with", "from", "on" };
	static const char *const is[] = { "is", "was", "zijn", "are", "were" };
	static const char *const thing[] = { "model", "type", "serie", "product", "artikel", "kleur",
	    "korting", "promo", "actie", "vak", "cursus", "examen", "tentamen", "rooster", "rapport",
	    "fout", "wifi", "licentie", "toegang", "vlucht", "les", "versie", "discount" };
	size_t j, q, l;

	for (j = k; j > 0 && k - j < PII_ID_WORDS_BACK; j--) {
		if (!pii_word(c, j - 1) || !pii_gap(c, j, GAP_SPACE) || pii_fold_in(c, j - 1, is, NELEM(is)))
			return 0;
		if (!pii_id_word_before(c->c_text, c->c_tok[j - 1].tk_end))
			continue;
		if (j >= k || !pii_fold_in(c, j, prep, NELEM(prep)))
			return 0;
		for (q = 0; q < NELEM(thing); q++) {
			l = strlen(thing[q]);
			if (c->c_tok[j - 1].tk_flen > l && memcmp(c->c_fold + c->c_tok[j - 1].tk_fold, thing[q], l) == 0)
				return 0;
		}
		return 1;
	}
	return 0;
}

/*
 * A code of letters and digits (five to PII_ID_CODE_MAX characters) right
 * after a word for an identifying number or code: "KNVB relatiecode is
 * BBKS45T", "klantnummer: AB12C34".
 */
static int
pii_id_code(const struct pii_ctx *c, size_t i)
{
	const struct pii_tok *tk = &c->c_tok[i];
	size_t k = i - 1;
	int is = 0;

	if (tk->tk_kind != TK_MIXED || tk->tk_label != 0 || tk->tk_flen < 5 ||
	    tk->tk_flen > PII_ID_CODE_MAX || !pii_gap(c, i, GAP_CONTEXT))
		return 0;
	if (k > 0 && pii_word(c, k) && pii_fold_in(c, k, pii_is_words, NELEM(pii_is_words)) &&
	    pii_gap(c, k, GAP_CONTEXT)) {
		k--;
		is = 1;
	}
	/* "boekingscode van mijn vlucht is KX7Q2M": the word further back in the clause */
	return pii_word(c, k) && (pii_id_word_before(c->c_text, c->c_tok[k].tk_end) ||
	    (is && pii_id_code_back(c, k)));
}

static void
pii_rule_id_numbers(struct pii_ctx *c)
{
	static const char *const who[] = { "client", "student", "case", "file", "customer",
	    "reference", "account", "member", "patient", "exam", "candidate" };
	size_t i, k;

	for (i = 1; i < c->c_ntok; i++) {
		if (pii_id_code(c, i)) {
			pii_label(c, i, i, PII_NUMMER);
			continue;
		}
		if (c->c_tok[i].tk_kind != TK_NUM || c->c_tok[i].tk_label != 0 ||
		    c->c_tok[i].tk_ndig < 4 || c->c_tok[i].tk_ndig > 6 || !pii_gap(c, i, GAP_CONTEXT))
			continue;
		k = i - 1;
		if (k > 0 && pii_word(c, k) && pii_fold_in(c, k, pii_is_words, NELEM(pii_is_words)) &&
		    pii_gap(c, k, GAP_CONTEXT))
			k--;
		if (!pii_word(c, k))
			continue;
		/* four digits only right after a word for an id ("kandidaatnummer 7812"), not a room's or a year */
		if (c->c_tok[i].tk_ndig == 4) {
			if (c->c_tok[i].tk_num >= 1900 && c->c_tok[i].tk_num <= 2099 &&
			    !pii_ends_in(c, k, pii_number_words, NELEM(pii_number_words), 2) &&
			    !pii_ends_in(c, k, pii_code_word, 1, 2))
				continue;	/* "login: 2024 was ...", not "leerlingnummer 2014" */
			if (pii_id_word_before(c->c_text, c->c_tok[k].tk_end) && !pii_starts_any(c->c_text,
			    c->c_tok[k].tk_end, c->c_tok[k].tk_start, pii_not_id4, NELEM(pii_not_id4)))
				pii_label(c, i, pii_caps_suffix(c, i), PII_NUMMER);
			continue;
		}
		if (pii_id_word_before(c->c_text, c->c_tok[k].tk_end) ||
		    (pii_fold_is(c, k, "number") && k > 0 && pii_word(c, k - 1) &&
		    pii_fold_in(c, k - 1, who, NELEM(who))) ||
		    (k + 1 < i && pii_id_word_back(c, k)))
			pii_label(c, i, pii_caps_suffix(c, i), PII_NUMMER);
	}
}

/* A Dutch number from 21 to 99 in one word: "zesentachtig", "drieentwintig". */
static int
pii_tens_compound(const struct pii_ctx *c, size_t i)
{
	static const char *const tens[] = { "entwintig", "endertig", "enveertig", "envijftig",
	    "enzestig", "enzeventig", "entachtig", "ennegentig" };
	const char *f = c->c_fold + c->c_tok[i].tk_fold;
	size_t n = c->c_tok[i].tk_flen, k, l;

	for (k = 0; k < NELEM(tens); k++) {
		l = strlen(tens[k]);
		if (n > l + 2 && n <= l + 5 && memcmp(f + n - l, tens[k], l) == 0)
			return 1;
	}
	return 0;
}

/*
 * A phone number spelled out a digit a word: "nul zes nul nul ... negen",
 * "zero six one two ...": ten such digits from "nul", "zero" or "oh" ("een"
 * alone stays an article: the run is needed); a word for 10 to 99 is two
 * ("nul zes twaalf drie ..."). Looked for only from a token
 * that is one of those three words.
 */
static void
pii_rule_spelled_digits(struct pii_ctx *c)
{
	static const char *const digit[] = { "nul", "een", "twee", "drie", "vier", "vijf", "zes",
	    "zeven", "acht", "negen", "zero", "oh", "one", "two", "three", "four", "five", "six",
	    "seven", "eight", "nine" };
	static const char *const times[] = { "dubbel", "double", "triple", "tripple" };
	/* two digits a word: "nul zes twaalf ..." */
	static const char *const pair[] = { "tien", "elf", "twaalf", "dertien", "veertien",
	    "vijftien", "zestien", "zeventien", "achttien", "negentien", "twintig", "dertig",
	    "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig", "ten", "eleven",
	    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
	    "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety" };
	size_t i, j, nd;
	char f0;

	for (i = 0; i + 6 < c->c_ntok; i++) {
		f0 = c->c_fold[c->c_tok[i].tk_fold];
		if ((f0 != 'n' && f0 != 'z' && f0 != 'o') || !pii_free_word(c, i) ||
		    !(pii_fold_is(c, i, "nul") || pii_fold_is(c, i, "zero") || pii_fold_is(c, i, "oh")))
			continue;
		/* "oh six double oh ...": "double" and "triple" stand for two and three digits */
		for (j = i, nd = 1; j + 1 < c->c_ntok && pii_free_word(c, j + 1) && pii_gap(c, j + 1, " ,-"); j++) {
			if (pii_fold_in(c, j + 1, digit, NELEM(digit)))
				nd++;
			else if (pii_fold_in(c, j + 1, pair, NELEM(pair)) || pii_tens_compound(c, j + 1))
				nd += 2;
			else if (j + 2 < c->c_ntok && pii_fold_in(c, j + 1, times, NELEM(times)) &&
			    pii_free_word(c, j + 2) && pii_gap(c, j + 2, GAP_SPACE) &&
			    pii_fold_in(c, j + 2, digit, NELEM(digit)))
				nd += pii_fold_is(c, ++j, "double") || pii_fold_is(c, j, "dubbel") ? 2 : 3;
			else
				break;
		}
		if (nd >= 10) {
			pii_label(c, i, j, PII_TELEFOON);
			i = j;
		}
	}
}

/* ---- data dictated by voice: numbers, letters and signs said as words ---- */

/* The value of the digits at s (at most 4, then a NUL), as pii_spoken_number writes them. */
static int
pii_digits_value(const char *s)
{
	int v = 0;

	for (; *s >= '0' && *s <= '9'; s++)
		v = v * 10 + (*s - '0');
	return v;
}

/* The index of the n bytes at f in words, or -1. */
static int
pii_word_index(const char *f, size_t n, const char *const *words, size_t nwords)
{
	for (size_t k = 0; k < nwords; k++)
		if (words[k][0] == f[0] && strlen(words[k]) == n && memcmp(f, words[k], n) == 0)
			return (int)k;
	return -1;
}

/* 0 to 99 said in one word ("zes", "twaalf", "drieentwintig", "forty"), or -1. */
static int
pii_spoken_below_100(const char *f, size_t n)
{
	int k, u;
	size_t l;

	if ((k = pii_word_index(f, n, pii_unit_nl, NELEM(pii_unit_nl))) >= 0 ||
	    (k = pii_word_index(f, n, pii_unit_en, NELEM(pii_unit_en))) >= 0)
		return k;
	if (n == 2 && f[0] == 'o' && f[1] == 'h')
		return 0;	/* "oh six one two" */
	if ((k = pii_word_index(f, n, pii_teen_nl, NELEM(pii_teen_nl))) >= 0 ||
	    (k = pii_word_index(f, n, pii_teen_en, NELEM(pii_teen_en))) >= 0)
		return k < 10 ? 10 + k : (k - 8) * 10;
	/* "drieentwintig": a unit, "en", tens */
	for (u = 1; u < 10; u++) {
		l = strlen(pii_unit_nl[u]);
		if (n > l + 2 && memcmp(f, pii_unit_nl[u], l) == 0 && f[l] == 'e' && f[l + 1] == 'n' &&
		    (k = pii_word_index(f + l + 2, n - l - 2, pii_teen_nl + 10, 8)) >= 0)
			return (k + 2) * 10 + u;
	}
	return -1;
}

/*
 * The digits of a number said in one word into out (at most 4): "zes" 6,
 * "drieentwintig" 23, "honderdzeven" 107, "tweehonderd" 200; 0 for none.
 */
static size_t
pii_spoken_number(const char *f, size_t n, char *out)
{
	int v = pii_spoken_below_100(f, n), h = 1, r = 0;
	const char *p;
	size_t l;

	if (v < 0 && n >= 7 && (p = memmem(f, n, "honderd", 7)) != NULL) {
		l = (size_t)(p - f);
		if (l > 0 && (h = pii_spoken_below_100(f, l)) < 1)
			return 0;
		if (l + 7 < n && (r = pii_spoken_below_100(p + 7, n - l - 7)) < 0)
			return 0;
		v = h * 100 + r;
	}
	if (v < 0)
		return 0;
	return (size_t)snprintf(out, 5, "%d", v);
}

/* A sign said as a word ("punt" '.', "apenstaartje" '@'), or 0. */
static char
pii_spoken_sign(const struct pii_ctx *c, size_t i)
{
	const char *f;
	size_t n;

	if (i >= c->c_ntok || c->c_tok[i].tk_kind != TK_WORD || !c->c_tok[i].tk_spoken)
		return 0;
	f = c->c_fold + c->c_tok[i].tk_fold;
	n = c->c_tok[i].tk_flen;
	for (size_t k = 0; k < NELEM(pii_signs); k++)
		if (pii_signs[k].w[0] == f[0] && strlen(pii_signs[k].w) == n &&
		    memcmp(f, pii_signs[k].w, n) == 0)
			return pii_signs[k].ch;
	return 0;
}

/* What a number counts when it is no house number: "twaalf jaar", "4 euro". */
static const char *const pii_count_words[] = { "jaar", "jaren", "keer", "minuten", "min", "uur", "dagen",
    "weken", "maanden", "euro", "mensen", "jongens", "meisjes", "kinderen", "years", "times",
    "minutes", "hours", "days", "weeks", "months", "people", "guys", "kids", "meter", "km",
    "stappen", "steps", "huizen", "houses", "verdiepingen", "floors", "jongeren", "leerlingen",
    "personen", "students", "children", "pupils" };

/*
 * A number said in more words than one, from token j whose digits are in
 * buf (*l of them): "forty two" (42), "two thousand (and) eight" (2008),
 * "twee duizend acht". buf and *l take the whole number; returns the
 * number of words after j that it took.
 */
static size_t
pii_spoken_more(const struct pii_ctx *c, size_t j, char *buf, size_t *l)
{
	char nb[8];
	size_t k = j + 1, nl;
	int v = pii_digits_value(buf), w;

	if (!pii_free_word(c, k) || !pii_gap(c, k, GAP_SPACE))
		return 0;
	if (v >= 20 && v < 100 && v % 10 == 0 &&
	    (nl = pii_spoken_number(c->c_fold + c->c_tok[k].tk_fold, c->c_tok[k].tk_flen, nb)) == 1 &&
	    nb[0] != '0') {
		buf[1] = nb[0];
		*l = 2;
		return 1;
	}
	if (*l != 1 || v == 0 || !(pii_fold_is(c, k, "thousand") || pii_fold_is(c, k, "duizend")))
		return 0;
	k++;
	if (pii_free_word(c, k) && pii_gap(c, k, GAP_SPACE) && (pii_fold_is(c, k, "and") || pii_fold_is(c, k, "en")))
		k++;
	w = 0;
	if (pii_free_word(c, k) && pii_gap(c, k, GAP_SPACE) &&
	    (nl = pii_spoken_number(c->c_fold + c->c_tok[k].tk_fold, c->c_tok[k].tk_flen, nb)) != 0 &&
	    nl <= 2) {
		w = pii_digits_value(nb);
		if (w >= 20 && w % 10 == 0 && pii_free_word(c, k + 1) && pii_gap(c, k + 1, GAP_SPACE) &&
		    pii_spoken_number(c->c_fold + c->c_tok[k + 1].tk_fold, c->c_tok[k + 1].tk_flen, nb) == 1 &&
		    nb[0] != '0')
			w += nb[0] - '0', k++;
	} else {
		k--;	/* "two thousand" alone */
		if (pii_fold_is(c, k, "and") || pii_fold_is(c, k, "en"))
			k--;
	}
	*l = (size_t)snprintf(buf, 8, "%d%03d", v, w);
	return k - j;
}

/* "dubbele" or "double" before "punt", "dot": a colon said. */
static int
pii_spoken_colon(const struct pii_ctx *c, size_t i)
{
	return i + 1 < c->c_ntok && pii_word(c, i) && (pii_fold_is(c, i, "dubbele") || pii_fold_is(c, i, "double")) &&
	    pii_free_word(c, i + 1) && pii_gap(c, i + 1, GAP_SPACE) && pii_spoken_sign(c, i + 1) == '.';
}

/* What a dictated run holds: its text (two ways) and where each token went. */
struct pii_spoken {
	char	sp_spaced[PII_SPOKEN_BYTES];	/* "22 2526 AB": a space where digits meet letters */
	char	sp_joined[PII_SPOKEN_BYTES];	/* "NL02ABNA0000123456" */
	size_t	sp_ns, sp_nj;
	size_t	sp_tok_s[PII_SPOKEN_TOKENS][2], sp_tok_j[PII_SPOKEN_TOKENS][2];	/* [start, end) */
	size_t	sp_ntok;
	int	sp_digits, sp_letters, sp_signs, sp_words;
};

/* Add the n bytes at s for token k (its index in the run) to both texts; 0, or -1 when full. */
static int
pii_spoken_put(struct pii_spoken *sp, const char *s, size_t n, int space)
{
	size_t k = sp->sp_ntok;

	if (k >= PII_SPOKEN_TOKENS || sp->sp_ns + n + 1 >= sizeof(sp->sp_spaced) ||
	    sp->sp_nj + n >= sizeof(sp->sp_joined))
		return -1;
	if (space && sp->sp_ns > 0)
		sp->sp_spaced[sp->sp_ns++] = ' ';
	sp->sp_tok_s[k][0] = sp->sp_ns;
	memcpy(sp->sp_spaced + sp->sp_ns, s, n);
	sp->sp_ns += n;
	sp->sp_tok_s[k][1] = sp->sp_ns;
	sp->sp_tok_j[k][0] = sp->sp_nj;
	memcpy(sp->sp_joined + sp->sp_nj, s, n);
	sp->sp_nj += n;
	sp->sp_tok_j[k][1] = sp->sp_nj;
	sp->sp_ntok++;
	return 0;
}

/* "dubbel twee", "double oh", "triple five" at j: the digits (2 or 3) in buf, or 0. */
static size_t
pii_spoken_repeat(const struct pii_ctx *c, size_t j, char *buf)
{
	char nb[8];
	size_t times, k;

	if (pii_fold_is(c, j, "double") || pii_fold_is(c, j, "dubbel"))
		times = 2;
	else if (pii_fold_is(c, j, "triple") || pii_fold_is(c, j, "tripple"))
		times = 3;
	else
		return 0;
	if (!pii_free_word(c, j + 1) || !pii_gap(c, j + 1, GAP_SPACE) ||
	    pii_spoken_number(c->c_fold + c->c_tok[j + 1].tk_fold, c->c_tok[j + 1].tk_flen, nb) != 1)
		return 0;
	for (k = 0; k < times; k++)
		buf[k] = nb[0];
	return times;
}

/* One more token in the place of the one before: the words after a number's first ("seventy eight"). */
static int
pii_spoken_again(struct pii_spoken *sp)
{
	size_t k = sp->sp_ntok;

	if (k == 0 || k >= PII_SPOKEN_TOKENS)
		return -1;
	sp->sp_tok_s[k][0] = sp->sp_tok_s[k - 1][0];
	sp->sp_tok_s[k][1] = sp->sp_tok_s[k - 1][1];
	sp->sp_tok_j[k][0] = sp->sp_tok_j[k - 1][0];
	sp->sp_tok_j[k][1] = sp->sp_tok_j[k - 1][1];
	sp->sp_ntok++;
	return 0;
}

/*
 * Two to four capitals written as a word before a number said in words: a
 * country's or a bank's letters of a dictated IBAN ("NL negenenveertig
 * INGB nul nul ...").
 */
static int
pii_caps_code(const struct pii_ctx *c, size_t i)
{
	const char *t;
	size_t n, k;

	if (i + 1 >= c->c_ntok || c->c_tok[i].tk_kind != TK_WORD || c->c_tok[i + 1].tk_kind != TK_WORD)
		return 0;
	t = c->c_text + c->c_tok[i].tk_start;
	n = c->c_tok[i].tk_end - c->c_tok[i].tk_start;
	if (n < 2 || n > 4)
		return 0;
	for (k = 0; k < n; k++)
		if (t[k] < 'A' || t[k] > 'Z')
			return 0;
	return pii_spoken_number(c->c_fold + c->c_tok[i + 1].tk_fold, c->c_tok[i + 1].tk_flen, (char[8]){ 0 }) != 0;
}

/* One full stop and nothing else between the words before i and at i: "j.smit". */
static int
pii_glued_dot(const struct pii_ctx *c, size_t i)
{
	return i > 0 && i < c->c_ntok && pii_word(c, i - 1) && pii_word(c, i) &&
	    c->c_tok[i - 1].tk_end + 1 == c->c_tok[i].tk_start && c->c_text[c->c_tok[i - 1].tk_end] == '.';
}

/* "nul zes ... uhm drie acht": a filler at j before a number said is part of the run. */
static int
pii_spoken_filler(const struct pii_ctx *c, size_t j)
{
	static const char *const fillers[] = { "eh", "ehm", "uhm", "uh", "um", "euh", "eeh", "ehh", "uhh", "hmm" };
	char buf[8];

	return pii_fold_in(c, j, fillers, NELEM(fillers)) && j + 1 < c->c_ntok && pii_free_word(c, j + 1) &&
	    pii_gap(c, j + 1, " ,-") &&
	    pii_spoken_number(c->c_fold + c->c_tok[j + 1].tk_fold, c->c_tok[j + 1].tk_flen, buf) != 0;
}

/*
 * Read the dictated run from token i: digits and numbers said as words,
 * single letters, signs said as words and the words a sign joins ("sanne
 * punt jansen apenstaartje gmail punt com"). Its last token, or i - 1 for
 * none.
 */
static size_t
pii_spoken_read(const struct pii_ctx *c, size_t i, struct pii_spoken *sp)
{
	/* words before "apenstaartje" that start no address: "het account heet @..." */
	static const char *const link[] = { "heet", "is", "ben", "called", "named", "genaamd", "noemt",
	    "account", "insta", "snap", "snapchat", "tiktok", "op", "on", "me", "mij", "mijn", "my" };
	char buf[8], ch;
	size_t j, n, l, more = 0;
	int kind, last = 0, multi_first = 0;	/* last: 1 digits, 2 letters, 3 a sign, 4 a word */
	const char *f;

	sp->sp_ns = sp->sp_nj = sp->sp_ntok = 0;
	sp->sp_digits = sp->sp_letters = sp->sp_signs = sp->sp_words = 0;
	for (j = i; j < c->c_ntok && pii_free_word(c, j) && (j == i || pii_gap(c, j, " ,-") ||
	    pii_glued_dot(c, j)); j++) {
		f = c->c_fold + c->c_tok[j].tk_fold;
		n = c->c_tok[j].tk_flen;
		if (j > i && pii_glued_dot(c, j)) {	/* "j.smit apenstaartje ...": the dot between tokens */
			if (sp->sp_ns + 2 >= sizeof(sp->sp_spaced) || sp->sp_nj + 1 >= sizeof(sp->sp_joined))
				break;
			sp->sp_spaced[sp->sp_ns++] = '.';
			sp->sp_joined[sp->sp_nj++] = '.';
			sp->sp_signs++;
			last = 3;
		}
		if (j > i && last == 1 && pii_spoken_filler(c, j)) {
			if (pii_spoken_again(sp) == -1)
				break;
			continue;
		}
		ch = pii_spoken_sign(c, j);
		/* "dubbele punt", "double dot": a colon, the second word adds nothing */
		if ((ch == '.' && j > i && last == 3 && sp->sp_ns > 0 && sp->sp_spaced[sp->sp_ns - 1] == ':') ||
		    (pii_spoken_colon(c, j) && j > i)) {
			if ((ch == '.' ? pii_spoken_again(sp) : pii_spoken_put(sp, ":", 1, 0)) == -1)
				break;
			sp->sp_signs += ch != '.';
			last = 3;
			continue;
		}
		if (ch == '@' && n == 2 && (sp->sp_words + sp->sp_letters == 0 || j + 2 >= c->c_ntok ||
		    pii_spoken_sign(c, j + 2) != '.'))
			ch = 0;	/* "at" only in "... at gmail punt com" */
		if (ch == '+' && j > i)
			ch = 0;	/* "plus" is a sign only at a run's start: "plus eenendertig zes ..." */
		if (ch != 0 && (j > i || (ch == '@' && n > 2) || ch == '+')) {	/* "apenstaartje lachenomyara ..." */
			buf[0] = ch;
			l = 1;
			kind = 3;
			sp->sp_signs++;
		} else if ((l = pii_spoken_repeat(c, j, buf)) != 0) {
			kind = 1;	/* "dubbel twee", "double oh" */
			sp->sp_digits += (int)l;
			more = 1;
		} else if ((l = pii_spoken_number(f, n, buf)) != 0) {
			kind = 1;
			/* "forty two", "two thousand (and) eight": the words after it belong to it */
			more = pii_spoken_more(c, j, buf, &l);
			sp->sp_digits += (int)l;
			if (j == i && l > 1)
				multi_first = 1;
		} else if (n == 1 && a_alpha((unsigned char)f[0])) {
			buf[0] = (char)toupper((unsigned char)f[0]);
			l = 1;
			kind = 2;
			sp->sp_letters++;
		} else if (pii_caps_code(c, j)) {
			l = c->c_tok[j].tk_end - c->c_tok[j].tk_start;
			memcpy(buf, c->c_text + c->c_tok[j].tk_start, l);
			kind = 2;
			sp->sp_letters += (int)l;
		} else if ((last == 3 && j > i) || (j + 1 < c->c_ntok && pii_free_word(c, j + 1) &&
		    pii_gap(c, j + 1, GAP_SPACE) && (pii_spoken_colon(c, j + 1) ||
		    (pii_spoken_sign(c, j + 1) != 0 && (pii_spoken_sign(c, j + 1) != '@' ||
		    (c->c_tok[j + 1].tk_flen > 2 && !pii_fold_in(c, j, link, NELEM(link)))))))) {
			if (pii_spoken_put(sp, f, n, 0) == -1)
				break;
			sp->sp_words++;
			last = 4;
			continue;
		} else {
			break;
		}
		/* a space after a first number of two digits or more: "22 2526 AB" (house number, postcode) */
		if (pii_spoken_put(sp, buf, l, last != 0 && last < 3 && kind < 3 &&
		    (kind != last || multi_first == 1)) == -1)
			break;
		if (j > i && multi_first == 1)
			multi_first = 2;
		for (; more > 0 && j + 1 < c->c_ntok; more--)
			if (pii_spoken_again(sp) == -1)
				return j;
			else
				j++;
		more = 0;
		last = kind;
	}
	return j - 1;
}

/*
 * Label the tokens from i that the first pass finds a number, an address
 * or a name of a site in, read from text (len bytes, the run's text at
 * off, token k of the run at pos[k]; signs: the signs said in it). The
 * number of tokens labelled.
 */
static size_t
pii_spoken_match(struct pii_ctx *c, size_t i, const char *text, size_t len, size_t off,
    size_t (*pos)[2], size_t ntok, int signs, int apply)
{
	struct pii_spans ss = { NULL, 0, 0 };
	size_t k, s, e, got = 0;

	pii_pass_chars(c->c_pl, text, len, &ss);
	for (size_t q = 0; q < ss.ss_n; q++) {
		if (ss.ss_v[q].sp_type == PII_KEEP || ss.ss_v[q].sp_end <= off ||
		    (ss.ss_v[q].sp_type == PII_URL && signs < 2))
			continue;	/* "jij dot de paprika": one sign makes no site */
		for (k = 0; k < ntok; k++) {
			s = off + pos[k][0];
			e = off + pos[k][1];
			if (s >= ss.ss_v[q].sp_end || e <= ss.ss_v[q].sp_start)
				continue;
			got++;
			if (apply)
				pii_label(c, i + k, i + k, (enum pii_type)ss.ss_v[q].sp_type);
		}
	}
	free(ss.ss_v);
	return got;
}

/* A word for an identifying number before token i ("leerlingnummer", "case number is"). */
static int
pii_spoken_id_word(const struct pii_ctx *c, size_t i)
{
	size_t k = i - 1;

	if (i == 0)
		return 0;
	if (k > 0 && pii_word(c, k) && pii_fold_in(c, k, pii_is_words, NELEM(pii_is_words)))
		k--;
	return pii_word(c, k) && pii_id_word_before(c->c_text, c->c_tok[k].tk_end);
}

/*
 * Data said to a phone's dictation: "nul zes een twee ...", "twee vijf
 * een een a b", "n l nul twee a b n a ...", "sanne punt jansen
 * apenstaartje gmail punt com", "kev underscore d h nul zeven". The run
 * is written out twice (with a space where digits and letters meet, and
 * without) after the words before it, and the first pass reads both: the
 * tokens under what it finds take its type, from the reading that covers
 * more of them.
 */
static void
pii_rule_spoken(struct pii_ctx *c)
{
	struct pii_spoken sp;
	char text[PII_SPOKEN_CONTEXT + PII_SPOKEN_BYTES + 2];
	size_t i, e, cs, off, ls, lj, gs, gj, said = 0, tries = 0;

	/* most messages say no three such words and no sign: nothing to read */
	for (i = 0; i < c->c_ntok && said < 3; i++)
		said += pii_spoken_sign(c, i) != 0 ? 3 : c->c_tok[i].tk_spoken ||
		    (c->c_tok[i].tk_flen == 1 && c->c_tok[i].tk_kind == TK_WORD);
	for (i = 0; i < c->c_ntok && said >= 3; i++) {
		if (!pii_free_word(c, i) || !(c->c_tok[i].tk_spoken ||
		    c->c_tok[i].tk_flen == 1 || pii_spoken_sign(c, i + 1) != 0 ||
		    pii_spoken_colon(c, i + 1) || pii_caps_code(c, i)))
			continue;
		e = pii_spoken_read(c, i, &sp);
		if (sp.sp_ntok == 0)
			continue;
		/* a shorter run from a later word finds no more; nor, after two tries, a run that found nothing */
		if (sp.sp_ntok < 3 || !(sp.sp_digits >= 4 || (sp.sp_letters >= 2 && sp.sp_digits >= 1) ||
		    (sp.sp_signs >= 1 && sp.sp_words + sp.sp_letters + (sp.sp_digits > 0) >= 2)) ||
		    tries >= PII_SPOKEN_TRIES) {
			i = e;
			tries = 0;
			continue;
		}
		/* the words before it, for "klantnummer is", "mijn snap is" */
		cs = c->c_tok[i].tk_start;
		off = 0;
		while (off < PII_SPOKEN_CONTEXT && cs > 0 && c->c_text[cs - 1] != '\n') {
			cs--;
			off++;
		}
		memcpy(text, c->c_text + cs, off);
		memcpy(text + off, sp.sp_spaced, sp.sp_ns);
		text[off + sp.sp_ns] = ' ';
		ls = off + sp.sp_ns + 1;
		text[ls] = '\0';
		gs = pii_spoken_match(c, i, text, ls, off, sp.sp_tok_s, sp.sp_ntok, sp.sp_signs, 0);
		memcpy(text + off, sp.sp_joined, sp.sp_nj);
		text[off + sp.sp_nj] = ' ';
		lj = off + sp.sp_nj + 1;
		text[lj] = '\0';
		gj = pii_spoken_match(c, i, text, lj, off, sp.sp_tok_j, sp.sp_ntok, sp.sp_signs, 0);
		if (gs == 0 && gj == 0) {
			/* "leerlingnummer is vier vier zeven nul negen een": an id number */
			if (sp.sp_letters + sp.sp_signs + sp.sp_words == 0 && sp.sp_digits >= 5 &&
			    pii_spoken_id_word(c, i))
				pii_label(c, i, e, PII_NUMMER);
			else
				tries++;
			continue;
		}
		tries = 0;
		if (gj > gs)
			pii_spoken_match(c, i, text, lj, off, sp.sp_tok_j, sp.sp_ntok, sp.sp_signs, 1);
		else {
			memcpy(text + off, sp.sp_spaced, sp.sp_ns);
			text[off + sp.sp_ns] = ' ';
			text[ls] = '\0';
			pii_spoken_match(c, i, text, ls, off, sp.sp_tok_s, sp.sp_ntok, sp.sp_signs, 1);
		}
		while (i < e && c->c_tok[i + 1].tk_label != 0)
			i++;
	}
}

/* Days written in words, as voice-to-text types them: "twaalf", "twelfth". */
static const char *const pii_day_words[] = { "een", "twee", "drie", "vier", "vijf", "zes", "zeven",
    "acht", "negen", "tien", "elf", "twaalf", "dertien", "veertien", "vijftien", "zestien",
    "zeventien", "achttien", "negentien", "twintig", "eenentwintig", "tweeentwintig",
    "drieentwintig", "vierentwintig", "vijfentwintig", "zesentwintig", "zevenentwintig",
    "achtentwintig", "negenentwintig", "dertig", "eenendertig", "eerste", "first", "second",
    "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
    "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
    "nineteenth", "twentieth", "thirtieth" };

/*
 * A year in words after k-1: "tweeduizend acht", "tweeduizendacht",
 * "twee duizend acht", "two thousand (and) eight", "negentienhonderd ...".
 * Its last token, or 0.
 */
static size_t
pii_year_words(const struct pii_ctx *c, size_t k)
{
	size_t e;

	if (!pii_free_word(c, k) || !pii_gap(c, k, GAP_DATE))
		return 0;
	static const char *const unit[] = { "one", "two", "three", "four", "five", "six", "seven", "eight",
	    "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
	    "eighteen", "nineteen", "twenty" };
	const char *f = c->c_fold + c->c_tok[k].tk_fold;
	size_t n = c->c_tok[k].tk_flen;

	if ((n >= 11 && memcmp(f, "tweeduizend", 11) == 0) || (n >= 16 && memcmp(f, "negentienhonderd", 16) == 0))
		e = k;
	else if ((pii_fold_is(c, k, "two") || pii_fold_is(c, k, "twee")) && pii_free_word(c, k + 1) &&
	    pii_gap(c, k + 1, GAP_SPACE) && (pii_fold_is(c, k + 1, "thousand") || pii_fold_is(c, k + 1, "duizend")))
		e = k + 1;	/* "two thousand", "twee duizend" as dictation writes it */
	else
		return 0;
	if (pii_free_word(c, e + 1) && pii_gap(c, e + 1, GAP_SPACE) && pii_fold_is(c, e + 1, "and"))
		e++;
	if (pii_free_word(c, e + 1) && pii_gap(c, e + 1, GAP_SPACE) &&
	    (pii_fold_in(c, e + 1, pii_day_words, 31) || pii_fold_in(c, e + 1, unit, NELEM(unit))))
		e++;
	else if (pii_free_word(c, e + 1) && pii_fold_in(c, e + 1, pii_count_words, NELEM(pii_count_words)))
		return 0;	/* "twee duizend mensen": a count, no year */
	return pii_fold_is(c, e, "and") ? e - 1 : e;
}

static int	pii_date_kept(const struct pii_ctx *, size_t);

/*
 * A date in words: a day, "of", a month and a year in words, or without
 * the year in a message about a birth ("geboren twaalf maart"). Its last
 * token, or 0.
 */
static size_t
pii_date_words(const struct pii_ctx *c, size_t i)
{
	static const char *const ordinal[] = { "first", "second", "third", "fourth", "fifth", "sixth",
	    "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth",
	    "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
	    "thirtieth" };
	size_t j = i + 1, y;

	/* dictated the English way, the month first: "july fifth", "october ninth two thousand seven" */
	if (pii_free_word(c, i) && (c->c_tok[i].tk_flags & W_MONTH) && pii_free_word(c, j) &&
	    pii_gap(c, j, GAP_SPACE) && pii_fold_in(c, j, ordinal, NELEM(ordinal)) &&
	    !(i > 0 && (pii_fold_is(c, i - 1, "may") || pii_fold_is(c, i - 1, "i")))) {
		if ((y = pii_year_words(c, j + 1)) != 0)
			return y;
		if (pii_is_year(c, j + 1) && pii_gap(c, j + 1, GAP_DATE))
			return j + 1;
		return pii_date_kept(c, i) ? 0 : j;
	}
	if (!(j < c->c_ntok && (c->c_tok[j].tk_flags & W_MONTH)) &&
	    !(j + 1 < c->c_ntok && (c->c_tok[j + 1].tk_flags & W_MONTH)))
		return 0;	/* the month first: it is rare, a day's word is not */
	if (pii_word(c, j) && pii_gap(c, j, GAP_SPACE) && (pii_fold_is(c, j, "of") || pii_fold_is(c, j, "van")))
		j++;
	if (!pii_free_word(c, j) || !(c->c_tok[j].tk_flags & W_MONTH) || !pii_gap(c, j, GAP_SPACE) ||
	    !pii_free_word(c, i) || !pii_fold_in(c, i, pii_day_words, NELEM(pii_day_words)))
		return 0;
	if ((y = pii_year_words(c, j + 1)) != 0)
		return y;
	/* "veertien juni 2025": the year in digits */
	if (pii_is_year(c, j + 1) && pii_gap(c, j + 1, GAP_DATE) && c->c_tok[j + 1].tk_ndig == 4)
		return j + 1;
	return pii_birth_said(c) && !pii_fold_is(c, i, "een") ? j : 0;
}

/*
 * A time after the date ending at j, "om 9:30", "at 10.15", "om 3 uur": an
 * appointment's day, no birthday (unless the message mentions a birth).
 */
static int
pii_time_after(const struct pii_ctx *c, size_t j)
{
	if (!pii_word(c, j + 1) || !(pii_fold_is(c, j + 1, "om") || pii_fold_is(c, j + 1, "at")) ||
	    j + 2 >= c->c_ntok || c->c_tok[j + 2].tk_kind == TK_WORD || pii_birth_said(c))
		return 0;
	return c->c_text[c->c_tok[j + 2].tk_end] == ':' || c->c_text[c->c_tok[j + 2].tk_end] == '.' ||
	    (pii_word(c, j + 3) && pii_fold_is(c, j + 3, "uur"));
}

/*
 * A wedding's day: a word for a wedding or an anniversary up to
 * PII_WEDDING_WORDS words before the date at i..end or after it, in the
 * same sentence, and no word there for turning an age or being born
 * ("mijn ouders zijn op 5 juni 20 jaar getrouwd", "their anniversary is
 * on 14 February"; not "mijn vader is getrouwd, ik word 16 op 3 mei").
 * Other events' days are not kept: a flight, a party or a concert on a
 * day and month may be a birthday's, said in words no list holds.
 */
static int
pii_wedding_near(const struct pii_ctx *c, size_t i, size_t end)
{
	static const char *const wed[] = { "anniversary", "getrouwd", "trouwdag", "huwelijksdag",
	    "jubileum", "married", "wedding", "bruiloft", "trouwen", "trouwt" };
	/* the birth words pii_mentions_birth finds are left out: it is asked first */
	static const char *const age[] = { "word", "wordt", "geworden", "turn", "turns", "turned",
	    "ben", "am", "im", "geb", "dob", "birth", "verjaar", "verjaart" };
	size_t a = i > PII_WEDDING_WORDS ? i - PII_WEDDING_WORDS : 0, k;
	int w = 0;

	if (pii_birth_said(c))
		return 0;

	for (k = i; k > a && !c->c_tok[k].tk_sstart; k--)
		;
	a = k;
	for (k = a; k < c->c_ntok && k <= end + PII_WEDDING_WORDS; k++) {
		if (k > end && c->c_tok[k].tk_sstart)
			break;
		if (!pii_word(c, k))
			continue;
		if (pii_fold_in(c, k, age, NELEM(age)))
			return 0;
		w |= pii_fold_in(c, k, wed, NELEM(wed));
	}
	return w;
}


/* A day and month at i without a year that stays: after a weekday, about an appointment or a deadline. */
static int
pii_date_kept(const struct pii_ctx *c, size_t i)
{
	return pii_weekday_before(c, i) || c->c_appt || pii_deadline_before(c, i);
}

/*
 * A feast's day without a year, the day token at day and its month at
 * month ("op pakjesavond, 5 december", "25 december", "27 april"): the
 * country's, not a person's. Not in a message that mentions a birth.
 */
static int
pii_feast_day(const struct pii_ctx *c, size_t day, size_t month)
{
	static const struct { int fd_day; char fd_month[4]; } feast[] = {
		{ 5, "dec" }, { 6, "dec" }, { 24, "dec" }, { 25, "dec" }, { 26, "dec" }, { 31, "dec" },
		{ 1, "jan" }, { 27, "apr" }, { 4, "mei" }, { 5, "mei" }, { 4, "may" },
		{ 5, "may" }, { 11, "nov" }
	};
	const char *f = c->c_fold + c->c_tok[month].tk_fold;
	size_t k;

	if (c->c_tok[month].tk_flen < 3 || pii_birth_said(c))
		return 0;
	for (k = 0; k < NELEM(feast); k++)
		if (c->c_tok[day].tk_num == feast[k].fd_day && memcmp(f, feast[k].fd_month, 3) == 0)
			return 1;
	return 0;
}

/* Written dates: "3 februari 2008", "3 feb", "3rd of March", "march 3, 2008", "mei 2008". */
static void
pii_rule_dates(struct pii_ctx *c)
{
	static const char *const age_after[] = { "word", "wordt", "worden", "jaar", "years", "year",
	    "yo", "jr" };
	size_t i, j, end, day;

	for (i = 0; i < c->c_ntok; i++) {
		if (c->c_tok[i].tk_label != 0)
			continue;
		if ((end = pii_date_words(c, i)) != 0) {
			pii_label(c, i, end, PII_DATUM);
			i = end;
			continue;
		}
		if (pii_is_day(c, i)) {
			j = i + 1;
			if (pii_word(c, j) && pii_gap(c, j, GAP_SPACE) &&
			    (pii_fold_is(c, j, "of") || pii_fold_is(c, j, "van")))
				j++;
			if (!pii_free_word(c, j) || !(c->c_tok[j].tk_flags & W_MONTH) ||
			    !pii_gap(c, j, GAP_TITLE))
				continue;
			day = i;
			end = j;
			if (pii_is_year(c, j + 1) && pii_gap(c, j + 1, GAP_DATE))
				end = j + 1;
		} else if (pii_free_word(c, i) && (c->c_tok[i].tk_flags & W_MONTH)) {
			j = i + 1;
			/*
			 * "in januari 18 word", "in maart 16 jaar": an age, no day;
			 * so is "ik word in mei 18" ("in" and a month take no day)
			 */
			if (j < c->c_ntok && c->c_tok[j].tk_kind == TK_NUM && c->c_tok[j].tk_ndig <= 2 &&
			    ((pii_word(c, j + 1) && pii_gap(c, j + 1, GAP_SPACE) &&
			    pii_fold_in(c, j + 1, age_after, NELEM(age_after))) ||
			    (i > 0 && pii_fold_is(c, i - 1, "in") && pii_gap(c, i, GAP_SPACE) &&
			    !(pii_is_year(c, j + 1) && pii_gap(c, j + 1, GAP_DATE)) &&
			    !pii_birth_said(c))))
				continue;
			if (j < c->c_ntok && pii_gap(c, j, GAP_TITLE) && pii_is_day(c, j)) {
				day = j;
				end = j;
				if (pii_is_year(c, j + 1) && pii_gap(c, j + 1, GAP_DATE))
					end = j + 1;
			} else if (j < c->c_ntok && pii_gap(c, j, GAP_TITLE) && pii_is_year(c, j) &&
			    c->c_tok[j].tk_ndig == 4) {
				day = SIZE_MAX;	/* "mei 2008": no day */
				end = j;
			} else {
				continue;
			}
		} else {
			continue;
		}
		if (end != j || !(pii_weekday_before(c, i) || c->c_appt ||
		    pii_deadline_before(c, i) || pii_time_after(c, j) || pii_wedding_near(c, i, j) ||
		    (day != SIZE_MAX && pii_feast_day(c, day, day == i ? j : i))))
			pii_label(c, i, end, PII_DATUM);
		i = end;
	}
}

/* A capitalised word that can be part of a name of a street, school or person. */
static int
pii_cap_word(const struct pii_ctx *c, size_t i)
{
	return pii_free_word(c, i) && c->c_tok[i].tk_cap &&
	    !(c->c_tok[i].tk_flags & (W_COMMON | W_KEEP | W_MONTH | W_TITLE | W_ARTICLE));
}

/* Short forms in street names, written with a full stop. */
static const char *const pii_street_abbr[] = { "pr", "burg", "kon", "gen", "jhr", "st", "ds", "mgr",
    "v", "vd", "adm", "pres", "luit", "prof", "mr", "dr" };

/*
 * Extend a street or school name left from first over capitalised words
 * ("Prinses Beatrixlaan", "Johan de Wittlaan"); over a prefix only when the
 * name's own word has a capital too or a house number follows (numbered):
 * "Dennis van de autowasstraat" is a name and a car wash, "Jan van
 * galenstraat 12" a street.
 */
static size_t
pii_extend_left_caps(const struct pii_ctx *c, size_t first, int numbered)
{
	size_t k;
	int capped = c->c_tok[first].tk_cap || numbered;

	while (first > 0 && pii_gap(c, first, GAP_TITLE)) {
		k = first - 1;
		if (!pii_gap(c, first, GAP_SPACE) && !(c->c_tok[k].tk_flags & W_TITLE) &&
		    !pii_fold_in(c, k, pii_street_abbr, NELEM(pii_street_abbr)))
			break;
		if ((pii_cap_word(c, k) || (pii_free_word(c, k) && c->c_tok[k].tk_cap &&
		    (c->c_tok[k].tk_flags & W_FIRST))) && !(c->c_tok[k].tk_flags & W_PREFIX)) {
			first = k;	/* "Jan Hendrikstraat": also a first name that is a month */
		} else if (pii_free_word(c, k) && (c->c_tok[k].tk_flags & W_PREFIX) && c->c_tok[k].tk_cap) {
			first = k;	/* "Van Alkemadelaan" */
		} else if (pii_free_word(c, k) && (c->c_tok[k].tk_flags & W_PREFIX) && k > 0 &&
		    !pii_fold_is(c, k, "op") && !pii_fold_is(c, k, "in") &&
		    pii_gap(c, k, GAP_SPACE) && pii_free_word(c, k - 1) &&
		    (c->c_tok[k - 1].tk_cap || (numbered && (c->c_tok[k - 1].tk_flags & W_FIRST))) &&
		    ((capped && (pii_cap_word(c, k - 1) || (c->c_tok[k - 1].tk_flags & W_FIRST))) ||
		    (c->c_tok[k - 1].tk_flags & W_PREFIX) ||
		    (!c->c_tok[k - 1].tk_sstart && !(c->c_tok[k - 1].tk_flags & (W_KEEP | W_TITLE)) &&
		    (pii_fold_is(c, k, "te") || pii_fold_is(c, k, "ten") || pii_fold_is(c, k, "ter"))))) {
			/* "Johan de Wittlaan", "De la Reyweg", "Huis te Landelaan" */
			first = k - 1;
		} else if (capped && pii_free_word(c, k) && (c->c_tok[k].tk_flags & W_PREFIX) && k > 1 &&
		    pii_gap(c, k, GAP_SPACE) && pii_free_word(c, k - 1) &&
		    (c->c_tok[k - 1].tk_flags & W_PREFIX) && pii_gap(c, k - 1, GAP_SPACE) &&
		    !pii_fold_is(c, k - 1, "op") && !pii_fold_is(c, k - 1, "in") && !pii_fold_is(c, k, "het") &&
		    pii_free_word(c, k - 2) && (c->c_tok[k - 2].tk_cap || numbered) &&
		    (pii_cap_word(c, k - 2) || (c->c_tok[k - 2].tk_flags & W_FIRST))) {
			first = k - 2;	/* "Jan van der Heijdenstraat"; not "Nadia op de Stationsweg", "Jayden van het Stanislascollege" */
		} else if (pii_free_word(c, k) && (c->c_tok[k].tk_flags & W_TITLE) && c->c_tok[k].tk_cap) {
			first = k;	/* "Dr. Lelykade" */
			break;
		} else if (pii_free_word(c, k) && !pii_gap(c, first, GAP_SPACE) &&
		    c->c_text[c->c_tok[k].tk_end] == '.' &&
		    pii_fold_in(c, k, pii_street_abbr, NELEM(pii_street_abbr))) {
			first = k;	/* "Pr. Irenestraat", "Burg. Hovylaan", "v. Zuylen v. Nijeveltstraat" */
		} else {
			break;
		}
	}
	return first;
}

/* Words for a house number: "nr 14", "huisnummer 5". */
static const char *const pii_nr_words[] = { "nr", "no", "nummer", "huisnummer", "huisnr", "number" };

/*
 * A house number said as a word (dictated): "tweeentwintig",
 * "honderdzeven", "forty two", a digit alone only after "nummer" ("parkweg
 * nummer zes"); not "een", nor a count ("twaalf jaar"). Its last token, or 0.
 */
static size_t
pii_spoken_house_number(const struct pii_ctx *c, size_t j)
{
	char buf[8];
	size_t l, last = j;
	int v;

	if (!pii_free_word(c, j) || (!c->c_tok[j].tk_spoken && c->c_tok[j].tk_flen < 8) ||
	    (l = pii_spoken_number(c->c_fold + c->c_tok[j].tk_fold, c->c_tok[j].tk_flen, buf)) == 0)
		return 0;	/* a digit's or a ten's word, or a compound ("tweeentwintig") */
	v = pii_digits_value(buf);
	if (v == 0 || (l == 1 && !(j > 0 && pii_fold_in(c, j - 1, pii_nr_words, NELEM(pii_nr_words)))))
		return 0;
	/* "forty two" */
	if (v >= 20 && v % 10 == 0 && pii_free_word(c, j + 1) && pii_gap(c, j + 1, GAP_SPACE) &&
	    (l = pii_spoken_number(c->c_fold + c->c_tok[j + 1].tk_fold, c->c_tok[j + 1].tk_flen, buf)) == 1 &&
	    buf[0] != '0')
		last = j + 1;
	/* "tweehonderd twaalf": hundreds and the rest */
	else if (v >= 100 && v % 100 == 0 && pii_free_word(c, j + 1) && pii_gap(c, j + 1, GAP_SPACE) &&
	    (l = pii_spoken_number(c->c_fold + c->c_tok[j + 1].tk_fold, c->c_tok[j + 1].tk_flen, buf)) != 0 &&
	    l <= 2 && buf[0] != '0')
		last = j + 1;
	if (pii_word(c, last + 1) && pii_fold_in(c, last + 1, pii_count_words, NELEM(pii_count_words)))
		return 0;
	return last;
}

/* A floor written after a house number's hyphen: "3hoog", "2hg". */
static int
pii_floor_word(const struct pii_ctx *c, size_t k)
{
	const char *f = c->c_fold + c->c_tok[k].tk_fold;
	size_t n = c->c_tok[k].tk_flen, d = 0;

	while (d < n && f[d] >= '0' && f[d] <= '9')
		d++;
	return d >= 1 && d <= 2 && ((n - d == 4 && memcmp(f + d, "hoog", 4) == 0) ||
	    (n - d == 2 && memcmp(f + d, "hg", 2) == 0));
}

static size_t	pii_house_number_at(const struct pii_ctx *, size_t);

/* A street's ending written short before its full stop: "Wingerdstr.", "Koekoekspln.", "Beeklln.", "Fruitwg." */
static int
pii_street_abbrev(const struct pii_ctx *c, size_t k)
{
	static const char *const ends[] = { "str", "ln", "pln", "wg", "kd", "gr" };
	const char *f = c->c_fold + c->c_tok[k].tk_fold;
	size_t n = c->c_tok[k].tk_flen, e, l;

	if (!c->c_tok[k].tk_cap)
		return 0;
	for (e = 0; e < NELEM(ends); e++) {
		l = strlen(ends[e]);
		if (n > l + 2 && memcmp(f + n - l, ends[e], l) == 0)
			return 1;
	}
	return 0;
}

/* A house number, with its letter or addition: the last token of it, or 0. */
static size_t
pii_house_number(const struct pii_ctx *c, size_t j)
{
	if (j >= c->c_ntok || !pii_gap(c, j, GAP_SPACE))
		return 0;
	return pii_house_number_at(c, j);
}

/*
 * pii_house_number without the gap before it ("Wingerdstr. 112"). Additions
 * after a space ("12 hs"; Den Haag's floors "5 rood", "221 zw"; "18 huis",
 * "44 2e" but not "44 2e verdieping") or a hyphen ("12-3hoog", "40-huis").
 */
static size_t
pii_house_number_at(const struct pii_ctx *c, size_t j)
{
	static const char *const added[] = { "hs", "bis", "ii", "iii", "rood", "zwart", "zw", "bg", "bv", "huis" };
	static const char *const hyphened[] = { "hoek", "rood", "boven", "huis", "hoog" };
	static const char *const storey[] = { "verdieping", "etage", "floor", "hoog" };
	const struct pii_tok *tk, *ad;
	size_t al;

	tk = &c->c_tok[j];
	if (tk->tk_kind == TK_WORD) {
		if ((j = pii_spoken_house_number(c, j)) == 0)
			return 0;	/* "hoefkade nummer tweeentwintig", "spui honderdzeven" */
	} else if ((tk->tk_label != 0 && !tk->tk_help) || tk->tk_ndig == 0 || tk->tk_ndig > 4 ||
	    c->c_text[tk->tk_start] == '0' || (tk->tk_kind == TK_NUMSUF && tk->tk_flen - tk->tk_ndig > 3) ||
	    (tk->tk_kind != TK_NUM && tk->tk_kind != TK_NUMSUF)) {
		return 0;
	}
	if (j + 1 < c->c_ntok && c->c_tok[j + 1].tk_label == 0) {
		ad = &c->c_tok[j + 1];
		al = ad->tk_end - ad->tk_start;
		if (pii_gap(c, j + 1, "-") && (al <= 3 || pii_fold_in(c, j + 1, hyphened, NELEM(hyphened)) ||
		    pii_floor_word(c, j + 1)))
			return j + 1;	/* "12-3hoog", "40-huis" */
		/* "44 2e", not "44 2e verdieping" */
		if (pii_gap(c, j + 1, " ") && ad->tk_kind == TK_NUMSUF && ad->tk_ndig == 1 && al == 2 &&
		    (c->c_text[ad->tk_start + 1] | 0x20) == 'e' &&
		    !(j + 2 < c->c_ntok && pii_gap(c, j + 2, GAP_SPACE) && pii_fold_in(c, j + 2, storey, NELEM(storey))))
			return j + 1;
		if (pii_gap(c, j + 1, " ") && ad->tk_kind == TK_WORD &&
		    ((al == 1 && ad->tk_cap) || pii_fold_in(c, j + 1, added, NELEM(added))))
			return j + 1;
		/* "Kempstraat 33 b" at the end of a clause; not "t.a.v." */
		if (pii_gap(c, j + 1, " ") && ad->tk_kind == TK_WORD && al == 1 &&
		    (j + 2 >= c->c_ntok || !pii_gap(c, j + 2, GAP_SPACE)) &&
		    !(c->c_text[ad->tk_end] == '.' && a_alpha((unsigned char)c->c_text[ad->tk_end + 1])))
			return j + 1;
		/* "Loosduinseweg 77 b online": b, c, d, f, g or h (not "k" for ik, "t" for het) */
		if (pii_gap(c, j + 1, " ") && ad->tk_kind == TK_WORD && al == 1 &&
		    strchr("bcdfghBCDFGH", c->c_text[ad->tk_start]) != NULL && j + 2 < c->c_ntok &&
		    pii_gap(c, j + 2, " "))
			return j + 1;
	}
	return j;
}

/*
 * After "woon", "adres": (op|aan|in) (de|het), one to three words that are
 * no common words, and a house number: "wij wonen op de Appelgaarde 14".
 */
static void
pii_rule_residence(struct pii_ctx *c, size_t i)
{
	size_t j = i + 1, first, hn;
	int skipped = 0;

	while (pii_free_word(c, j) && skipped < 3 && pii_gap(c, j, GAP_CONTEXT) &&
	    (((c->c_tok[j].tk_flags & (W_ARTICLE | W_PREFIX)) && !c->c_tok[j].tk_cap) || pii_fold_is(c, j, "aan") ||
	    pii_fold_is(c, j, "at") || pii_fold_is(c, j, "on") || pii_fold_is(c, j, "is") ||
	    pii_fold_is(c, j, "was"))) {
		j++;
		skipped++;
	}
	first = j;
	while (pii_free_word(c, j) && j - first < 3 && pii_gap(c, j, GAP_CONTEXT) &&
	    !(c->c_tok[j].tk_flags & (W_COMMON | W_KEEP | W_MONTH))) {
		/* The street starts after a colon or comma: "adres gezin: Hoefkade 33". */
		if (j > first && !pii_gap(c, j, GAP_SPACE))
			first = j;
		if ((hn = pii_house_number(c, j + 1)) != 0) {
			pii_label(c, first, hn, PII_ADRES);
			return;
		}
		j++;
	}
}

static size_t	pii_skip_prefixes(const struct pii_ctx *, size_t);
static int	pii_common_compound(const struct pii_ctx *, size_t);
static int	pii_all_caps(const struct pii_ctx *, size_t);
static int	pii_place_before(const struct pii_ctx *, size_t);


/*
 * A street ending used as a word, in lower case, with prefixes and one or
 * two words after it, then a house number: "laan van meerdervoort 123b",
 * "laan van nieuw oost-indie 5". The last word of the name, or 0.
 */
static size_t
pii_street_van(const struct pii_ctx *c, size_t i)
{
	size_t m = pii_skip_prefixes(c, i + 1);

	if (m == i + 1 || !pii_gap(c, i + 1, GAP_SPACE) || !pii_free_word(c, m) ||
	    (c->c_tok[m].tk_flags & (W_KEEP | W_MONTH)))
		return 0;
	if (!(c->c_tok[m].tk_flags & W_COMMON) && pii_house_number(c, m + 1) != 0)
		return m;
	/* "laan van meerdervoort nummer 512": the house number comes with it below */
	if (!(c->c_tok[m].tk_flags & W_COMMON) && pii_free_word(c, m + 1) &&
	    pii_fold_in(c, m + 1, pii_nr_words, NELEM(pii_nr_words)) && pii_house_number(c, m + 2) != 0)
		return m;
	if (pii_free_word(c, m + 1) && !(c->c_tok[m + 1].tk_flags & (W_COMMON | W_KEEP)) &&
	    pii_house_number(c, m + 2) != 0)
		return m + 1;
	return 0;
}

/* Words that say someone stays somewhere: "slaap", "logeer", "blijf", "stay". */
static const char *const pii_stay[] = { "straat", "street", "slaap", "slapen", "slaapt",
    "logeer", "logeren", "logeert", "blijf", "blijven", "sleep", "sleeping", "staying", "stay" };

/* Words that say someone is at a street now: "ik zit bij de bushalte op de Leyweg", "ik wacht daar". */
static const char *const pii_there_now[] = { "zit", "sta", "wacht", "wachten", "waiting", "standing",
    "sitting" };

/* A residence word ("woon", "adres") or one of w in first's sentence, before it. */
static int
pii_said_before(const struct pii_ctx *c, size_t first, const char *const *w, size_t nw)
{
	size_t k;

	for (k = first; k > 0 && first - k < 10; k--) {
		if (pii_word(c, k - 1) && ((c->c_tok[k - 1].tk_flags & W_RESIDE) ||
		    pii_fold_in(c, k - 1, w, nw)))
			return 1;
		/* a new sentence, or a clause after "maar": "... maar ik ga naar de Grote Markt" */
		if (c->c_tok[k - 1].tk_sstart || (pii_word(c, k - 1) &&
		    (pii_fold_is(c, k - 1, "maar") || pii_fold_is(c, k - 1, "but"))))
			break;
	}
	return 0;
}

/*
 * A street without a house number is an address only where someone lives
 * ("ik woon in de Molenstraat", "mijn straat, de Kempstraat"), not where
 * something is or happened ("over de Hoofdweg", "op de Grote Markt"):
 * a residence word or "straat" before it in the sentence.
 */
static int
pii_reside_before(const struct pii_ctx *c, size_t first)
{
	return pii_said_before(c, first, pii_stay, NELEM(pii_stay));
}

/*
 * "woon", "woont", "live", "stay", "logeer" before first in its sentence: a
 * lower-case street after it is one.
 */
static const char *const pii_live[] = { "live", "lives", "living", "woont", "woon", "wonen", "woonde",
    "woonden", "stay", "stays", "staying", "logeer", "logeert", "logeren" };

static int
pii_live_before(const struct pii_ctx *c, size_t first)
{
	return pii_said_before(c, first, pii_live, NELEM(pii_live));
}

/*
 * "bij Esther en Paul in de Merelhofstraat": "bij", one or two first names
 * with a capital (joined by "en" or "and") and "in de" or "op de" right
 * before the street: where those people live.
 */
static int
pii_at_someones(const struct pii_ctx *c, size_t first)
{
	size_t k, names = 0;

	if (first < 4 || !pii_word(c, first - 1) || !pii_fold_is(c, first - 1, "de") ||
	    !pii_word(c, first - 2) || !(pii_fold_is(c, first - 2, "in") || pii_fold_is(c, first - 2, "op")) ||
	    c->c_tok[first - 2].tk_sstart)
		return 0;
	/* a name, then "bij" (done) or "en" and the next name two words back */
	for (k = first - 3; k > 0 && names < 2; k -= 2) {
		if (!pii_word(c, k) || !c->c_tok[k].tk_cap || c->c_tok[k].tk_sstart ||
		    !((c->c_tok[k].tk_flags & W_FIRST) || c->c_tok[k].tk_label == PII_NAAM + 1))
			return 0;
		names++;
		if (pii_word(c, k - 1) && pii_fold_is(c, k - 1, "bij"))
			return 1;
		if (k < 2 || !pii_word(c, k - 1) || !(pii_fold_is(c, k - 1, "en") || pii_fold_is(c, k - 1, "and")))
			return 0;
	}
	return 0;
}

/* The same after the street, in its sentence: "in de Fahrenheitstraat mag ik blijven". */
static int
pii_reside_after(const struct pii_ctx *c, size_t last)
{
	size_t k;

	for (k = last + 1; k < c->c_ntok && k - last <= 4 && !c->c_tok[k].tk_sstart; k++)
		if (pii_word(c, k) && ((c->c_tok[k].tk_flags & W_RESIDE) ||
		    pii_fold_in(c, k, pii_stay, NELEM(pii_stay))))
			return 1;
	return 0;
}

/* "2e", "1ste", "3de": the ordinal some street names start with. */
static int
pii_ordinal(const struct pii_ctx *c, size_t k)
{
	const char *t = c->c_text + c->c_tok[k].tk_start;
	size_t n = c->c_tok[k].tk_end - c->c_tok[k].tk_start, d = 0;

	if (c->c_tok[k].tk_label != 0)
		return 0;
	while (d < n && a_digit((unsigned char)t[d]))
		d++;
	if (d == 0 || d > 2)
		return 0;
	return (n - d == 1 && (t[d] == 'e' || t[d] == 'E')) ||
	    (n - d == 2 && (t[d] == 'd' || t[d] == 'D') && (t[d + 1] == 'e' || t[d + 1] == 'E')) ||
	    (n - d == 3 && strncasecmp(t + d, "ste", 3) == 0);
}

/*
 * A capitalised street word first, prefixes, then capitalised words: "Laan
 * van Meerdervoort", "Laan van Wateringse Veld 600", "Laan van Nieuw
 * Oost-Indië 40" (capitals that are also words, with a house number).
 * The street's last token, or 0.
 */
static size_t
pii_street_laan_van(const struct pii_ctx *c, size_t i)
{
	size_t m = i + 1, k;

	while (pii_free_word(c, m) && (c->c_tok[m].tk_flags & W_PREFIX) && pii_gap(c, m, GAP_SPACE) &&
	    m - i <= 3)
		m++;
	if (m == i + 1)
		return 0;
	for (k = m; k < m + 3 && pii_free_word(c, k) && c->c_tok[k].tk_cap &&
	    !(c->c_tok[k].tk_flags & W_TITLE) &&
	    (!(c->c_tok[k].tk_flags & W_KEEP) || pii_house_number(c, k + 1) != 0) &&	/* "Hof van Delft 23" */
	    pii_gap(c, k, " \t-"); k++)
		if (pii_gap(c, k + 1, GAP_SPACE) && pii_house_number(c, k + 1) != 0)
			return k;
	/*
	 * a word that is also a word, then a name, after a house number written
	 * first: "I live at 14 Laan van Nieuw Oost-Indie" (without the number
	 * such a street is left to the rules for names)
	 */
	if (i > 0 && (c->c_tok[i - 1].tk_kind == TK_NUM || c->c_tok[i - 1].tk_kind == TK_NUMSUF) &&
	    c->c_tok[i - 1].tk_label == 0 && c->c_tok[i - 1].tk_ndig <= 4 && pii_gap(c, i, GAP_SPACE) &&
	    !pii_cap_word(c, m) && pii_free_word(c, m) && c->c_tok[m].tk_cap && !pii_all_caps(c, m) &&
	    !(c->c_tok[m].tk_flags & (W_TITLE | W_MONTH | W_KEEP | W_ARTICLE)) &&
	    pii_gap(c, m, GAP_SPACE) && pii_gap(c, m + 1, GAP_SPACE) && pii_cap_word(c, m + 1))
		return m + 1;
	if (!pii_cap_word(c, m) || !pii_gap(c, m, GAP_SPACE))
		return 0;
	if (pii_house_number(c, m + 1) == 0 && pii_free_word(c, m + 1) && c->c_tok[m + 1].tk_cap &&
	    pii_gap(c, m + 1, GAP_SPACE) && pii_house_number(c, m + 2) != 0)
		return m + 1;
	return m;
}

/*
 * A street with its house number written without a space: "Hoefkade12",
 * "Molenstraat3a". A capitalised street ending, one to four digits, at
 * most one letter.
 */
static int
pii_glued_number(const struct pii_ctx *c, size_t i)
{
	const struct pii_tok *tk = &c->c_tok[i];
	const char *f = c->c_fold + tk->tk_fold;
	size_t n = tk->tk_flen, l = 0, d;

	if (tk->tk_kind != TK_MIXED || tk->tk_label != 0 || !tk->tk_cap)
		return 0;
	while (l < n && !a_digit((unsigned char)f[l]))
		l++;
	for (d = l; d < n && a_digit((unsigned char)f[d]); d++)
		;
	if (d - l == 0 || d - l > 4 || n - d > 1 || (d < n && (f[d] < 'a' || f[d] > 'z')))
		return 0;
	return pii_has_suffix(c->c_pl, f, l, 1) != 0;
}

/*
 * "op nr 14 in de Weimarstraat": a house number alone, then its street,
 * is one address.
 */
static void
pii_join_number_street(struct pii_ctx *c)
{
	static const char *const flat[] = { "flat", "apartment", "apt", "unit", "appartement" };
	size_t i, j;

	/* "op nr 14, Weimarstraat", "flat 3B, Stadhoudersplantsoen 22": the number before its street */
	for (i = 0; i + 2 < c->c_ntok; i++)
		if (c->c_tok[i + 2].tk_label == PII_ADRES + 1 && c->c_tok[i + 1].tk_label == 0 &&
		    pii_free_word(c, i) && (pii_fold_in(c, i, pii_nr_words, NELEM(pii_nr_words)) ||
		    pii_fold_in(c, i, flat, NELEM(flat))) &&
		    pii_house_number(c, i + 1) == i + 1 && pii_gap(c, i + 2, ", ") &&
		    !pii_gap(c, i + 2, GAP_SPACE))
			pii_label(c, i, i + 1, PII_ADRES);
	for (i = 0; i + 3 < c->c_ntok; i++) {
		if (c->c_tok[i].tk_label != PII_ADRES + 1 || !pii_fold_in(c, i, pii_nr_words, NELEM(pii_nr_words)) ||
		    (i > 0 && c->c_tok[i - 1].tk_label == PII_ADRES + 1))
			continue;
		for (j = i + 1; j < c->c_ntok && c->c_tok[j].tk_label == PII_ADRES + 1; j++)
			;
		if (j + 2 < c->c_ntok && pii_free_word(c, j) && pii_free_word(c, j + 1) &&
		    (pii_fold_is(c, j, "in") || pii_fold_is(c, j, "op") || pii_fold_is(c, j, "aan")) &&
		    (c->c_tok[j + 1].tk_flags & W_ARTICLE) && c->c_tok[j + 2].tk_label == PII_ADRES + 1 &&
		    pii_gap(c, j, GAP_SPACE) && pii_gap(c, j + 1, GAP_SPACE) && pii_gap(c, j + 2, GAP_SPACE))
			pii_label(c, j, j + 1, PII_ADRES);
	}
}

/* Words that give a name: "a home called De Anker", "mijn hond heet Bobbie". */
static const char *const pii_called[] = { "called", "named", "genaamd", "heet", "heette" };

/*
 * The end of a school's name whose word is at i: "of" or "van" and
 * capitalised words after it belong to it ("International School of
 * Duinoord"). i when none follow.
 */
static size_t
pii_school_of(const struct pii_ctx *c, size_t i)
{
	size_t end;

	if (!pii_word(c, i + 1) || !pii_gap(c, i + 1, GAP_SPACE) || c->c_tok[i + 1].tk_cap ||
	    !(pii_fold_is(c, i + 1, "of") || pii_fold_is(c, i + 1, "van")) ||
	    !pii_gap(c, i + 2, GAP_SPACE) || !pii_cap_word(c, i + 2) || pii_all_caps(c, i + 2))
		return i;
	end = i + 2;
	while (pii_gap(c, end + 1, GAP_SPACE) && pii_cap_word(c, end + 1) && !pii_all_caps(c, end + 1))
		end++;
	return end;
}

/* A school's word ends the capitalised words after last: "Oranjepark (International) School". */
static int
pii_school_after(const struct pii_ctx *c, size_t last)
{
	size_t k;

	for (k = last + 1; k <= last + 2 && pii_free_word(c, k) && c->c_tok[k].tk_cap &&
	    pii_gap(c, k, GAP_SPACE); k++)
		if (c->c_tok[k].tk_flags & W_INST_SUF)
			return 1;
	return 0;
}

/*
 * A word that ends like a street and like no surname, and is in no list
 * of surnames: "Hendrikstraat" is no surname, where "Ammerlaan",
 * "Versteeg" and "Verkade" may be.
 */
static int
pii_street_only_ending(const struct pii_ctx *c, size_t i)
{
	static const char *const ends[] = { "straat", "plein", "gracht", "singel", "street" };
	const char *f = c->c_fold + c->c_tok[i].tk_fold;
	size_t n = c->c_tok[i].tk_flen, k, l;

	if (c->c_tok[i].tk_flags & (W_SUR | W_SUR_AMB))
		return 0;	/* "Versteeg", "Van der Straaten" */

	for (k = 0; k < NELEM(ends); k++) {
		l = strlen(ends[k]);
		if (n > l + 2 && memcmp(f + n - l, ends[k], l) == 0)
			return 1;
	}
	return 0;
}

/*
 * A street from a word that starts street names, with a capital: one or
 * two capitalised words after it (a lower-case prefix may come first:
 * "Rue de Rivoli 212", "Calle de Cuba 18") and a house number ("Oude
 * Delft 44", "Lange Poten 12"). The house number's last token, or 0.
 */
static size_t
pii_street_start(const struct pii_ctx *c, size_t i)
{
	size_t j = i + 1, last;

	if (pii_free_word(c, j) && pii_gap(c, j, GAP_SPACE) && !c->c_tok[j].tk_cap &&
	    (c->c_tok[j].tk_flags & W_PREFIX) && pii_free_word(c, j + 1) && pii_gap(c, j + 1, GAP_SPACE))
		j++;
	if (!pii_free_word(c, j) || !pii_gap(c, j, GAP_SPACE) || !c->c_tok[j].tk_cap ||
	    (c->c_tok[j].tk_flags & (W_COMMON | W_MONTH)))
		return 0;
	last = j;
	if (pii_cap_word(c, j + 1) && pii_gap(c, j + 1, GAP_SPACE) && pii_house_number(c, j + 2))
		last = j + 1;
	return pii_house_number(c, last + 1);
}

/*
 * A street from a word that starts street names without a house number,
 * where someone lives or stays: after "de" or "the" inside a sentence,
 * with "woon", "live", "stay" or "logeer" at most four words before the
 * article in the same sentence, the capitalised word after it and a
 * second one ("ik woon op de Oude Delft", "ik woon sinds maart op de
 * Oude Delft", "we live on the Lange Voorhout"; not "ik woon hier al
 * jaren en we zagen de Oude Gracht"). Its last token, or 0.
 */
static size_t
pii_street_start_lived(const struct pii_ctx *c, size_t i)
{
	size_t j = i + 1, k;

	if (i < 2 || !pii_gap(c, i, GAP_SPACE) || !(pii_fold_is(c, i - 1, "de") ||
	    pii_fold_is(c, i - 1, "the")) || c->c_tok[i - 1].tk_sstart)
		return 0;
	for (k = i - 1; ; k--) {
		if (k == 0 || i - k > 4 || c->c_tok[k].tk_sstart)
			return 0;
		if (pii_word(c, k - 1) && pii_fold_in(c, k - 1, pii_live, NELEM(pii_live)))
			break;
	}
	if (!pii_free_word(c, j) || !pii_gap(c, j, GAP_SPACE) || !c->c_tok[j].tk_cap ||
	    (c->c_tok[j].tk_flags & (W_COMMON | W_MONTH)))
		return 0;
	if (pii_cap_word(c, j + 1) && pii_gap(c, j + 1, GAP_SPACE))
		j++;
	return j;
}

/*
 * A street from first to last without a house number: an address where
 * someone lives or stays ("ik woon in de Molenstraat"; in lower case only
 * after "woon", "live", "stay", "logeer"), else kept as a street, no
 * person's name; left to the later rules when a school's word follows
 * ("Westerpark Lyceum") or it is a first name (also one that is a word:
 * "Lea", "Max") and one word that may be a surname ("slachtoffer Lisa
 * Ammerlaan", "Lea Platz"; not "bureau Jan Hendrikstraat").
 * suffixed: the street was known by its ending or from the list of
 * streets. Where the scan goes on: last, or i.
 */
static size_t
pii_street_alone(struct pii_ctx *c, size_t first, size_t last, int cap, int suffixed, size_t i)
{
	/* "station Laan van NOI": a stop's name, no address */
	int stop = first > 0 && pii_word(c, first - 1) && (pii_fold_is(c, first - 1, "station") ||
	    pii_fold_is(c, first - 1, "halte"));

	if (pii_school_after(c, last))
		return last;
	if (!stop && ((cap && (pii_reside_before(c, first) || pii_at_someones(c, first) ||
	    pii_said_before(c, first, pii_there_now, NELEM(pii_there_now)) ||
	    (pii_reside_after(c, last) && first > 0 && pii_fold_is(c, first - 1, "de")))) ||
	    (suffixed && first > 0 && (pii_fold_is(c, first - 1, "de") ||
	    pii_fold_is(c, first - 1, "the")) && pii_live_before(c, first)))) {
		pii_label(c, first, last, PII_ADRES);
		return last;
	}
	if (last == first + 1 && (c->c_tok[first].tk_flags & (W_FIRST | W_FIRST_AMB)) &&
	    !pii_street_only_ending(c, last) &&
	    !(first > 0 && pii_word(c, first - 1) && ((c->c_tok[first - 1].tk_flags & W_ARTICLE) ||
	    pii_place_before(c, first))))
		return last;
	if (cap) {
		pii_label(c, first, last, PII_KEEP);
		return last;
	}
	return i;
}

/*
 * "Mevrouw Hoogendijk belde", "meneer Westerweg": a word with a street's
 * ending at i..last after a title and without a house number is a surname.
 */
static int
pii_titled_surname(const struct pii_ctx *c, size_t i, size_t last)
{
	return i > 0 && (c->c_tok[i - 1].tk_flags & W_TITLE) && pii_gap(c, i, GAP_TITLE) &&
	    pii_house_number(c, last + 1) == 0 && !(pii_word(c, last + 1) &&
	    pii_fold_in(c, last + 1, pii_nr_words, NELEM(pii_nr_words))) &&
	    !(last + 1 < c->c_ntok && pii_gap(c, last + 1, ". "));
}

static void
pii_rule_addresses(struct pii_ctx *c)
{
	size_t i, first, last, hn, m;
	uint32_t f;
	int street, cap;

	for (i = 0; i < c->c_ntok; i++) {
		if (pii_glued_number(c, i)) {
			pii_label(c, i, i, PII_ADRES);	/* "Hoefkade12" */
			continue;
		}
		if (!pii_free_word(c, i))
			continue;
		f = c->c_tok[i].tk_flags;
		cap = c->c_tok[i].tk_cap;
		street = 0;
		first = last = i;
		if (f & W_KEEP)
			continue;
		if (f & W_STREET) {
			street = 2;	/* known: in lower case an address where someone lives, as one by its ending */
		} else if ((f & W_STREET_SUF) && cap) {
			/* "Baker Street", "Grote Markt"; "Laan van Meerdervoort" */
			if (pii_gap(c, i, GAP_SPACE) && pii_cap_word(c, i - 1) && !c->c_tok[i - 1].tk_sstart) {
				street = 1;
				first = i - 1;
			} else if (pii_gap(c, i, GAP_SPACE) && pii_cap_word(c, i - 1) &&
			    pii_house_number(c, i + 1) != 0) {
				street = 1;
				first = i - 1;
			} else if ((m = pii_street_laan_van(c, i)) != 0) {
				street = 1;
				last = m;
			}
		} else if ((f & W_STREET_GEN) && cap && i > 0 && pii_gap(c, i, GAP_SPACE) &&
		    pii_free_word(c, i - 1) && c->c_tok[i - 1].tk_cap && !pii_all_caps(c, i - 1) &&
		    !(c->c_tok[i - 1].tk_flags & (W_KEEP | W_TITLE | W_ARTICLE)) &&
		    pii_house_number(c, i + 1) != 0) {
			street = 1;	/* "Loosduinse Hoofdstraat 212b", "Kleine Markt 3" */
			first = i - 1;
		} else if ((f & W_STREET_SUF) && (m = pii_street_van(c, i)) != 0) {
			street = 1;	/* "laan van meerdervoort 123b" */
			last = m;
		} else if (!(f & (W_STREET_GEN | W_COMMON | W_STREET_SUF)) &&
		    pii_has_suffix(c->c_pl, c->c_fold + c->c_tok[i].tk_fold, c->c_tok[i].tk_flen, 1)) {
			street = 2;
		}
		if (!street && (f & W_STREET_START) && cap) {
			if ((hn = pii_street_start(c, i)) != 0 || (hn = pii_street_start_lived(c, i)) != 0) {
				pii_label(c, i, hn, PII_ADRES);
				i = hn;
			}
			continue;
		}
		if (!street && (f & W_RESIDE)) {
			pii_rule_residence(c, i);
			continue;
		}
		/*
		 * "op de Mient 310": a capitalised word in no list after "op de"
		 * or "aan de", with a house number that ends the clause.
		 */
		if (!street && f == 0 && cap && !c->c_tok[i].tk_sstart && i > 1 &&
		    pii_gap(c, i, GAP_SPACE) && (c->c_tok[i - 1].tk_flags & W_ARTICLE) &&
		    pii_gap(c, i - 1, GAP_SPACE) && (pii_fold_is(c, i - 2, "op") ||
		    pii_fold_is(c, i - 2, "aan")) && (hn = pii_house_number(c, i + 1)) != 0 &&
		    c->c_tok[hn].tk_kind != TK_WORD && (hn + 1 >= c->c_ntok || !pii_gap(c, hn + 1, GAP_SPACE))) {
			pii_label(c, i, hn, PII_ADRES);
			i = hn;
			continue;
		}
		if (!street)
			continue;
		if (first == i && pii_titled_surname(c, i, last))
			continue;
		hn = pii_house_number(c, last + 1);
		first = pii_extend_left_caps(c, first, hn != 0 && !(hn + 1 < c->c_ntok &&
		    pii_fold_in(c, hn + 1, pii_count_words, NELEM(pii_count_words))));
		if (hn == 0 && last + 1 < c->c_ntok && pii_gap(c, last + 1, ". ") && pii_street_abbrev(c, last))
			hn = pii_house_number_at(c, last + 1);	/* "Wingerdstr. 112-2", "Koekoekspln. 2" */
		if (hn == 0 && pii_free_word(c, last + 1) && pii_gap(c, last + 1, GAP_SPACE) &&
		    pii_fold_in(c, last + 1, pii_nr_words, NELEM(pii_nr_words)))
			hn = pii_house_number(c, last + 2);	/* "Moerweg nr 8 bis" */
		if (first > 0 && pii_gap(c, first, GAP_SPACE) && pii_ordinal(c, first - 1))
			first--;	/* "2e Schuytstraat" */
		if (hn == 0 && first > 0 && pii_gap(c, first, GAP_SPACE) &&
		    (c->c_tok[first - 1].tk_kind == TK_NUM || c->c_tok[first - 1].tk_kind == TK_NUMSUF) &&
		    c->c_tok[first - 1].tk_label == 0 && c->c_tok[first - 1].tk_ndig <= 4) {
			first--;	/* "221B Baker Street" */
			hn = last;
		}
		if (hn != 0) {
			pii_label(c, first, hn, PII_ADRES);
			i = hn;
		} else {
			i = pii_street_alone(c, first, last, cap || c->c_tok[first].tk_cap, street == 2, i);
		}
	}
}

/*
 * Tokens i and i + 1 written together are a kept phrase (keep.txt): a
 * national organisation named with its kind, "Scouting Nederland".
 */
static int
pii_pair_kept(const struct pii_ctx *c, size_t i)
{
	char joined[PII_WORD_MAX];
	size_t a = c->c_tok[i].tk_flen, b = c->c_tok[i + 1].tk_flen;

	if (a + b > sizeof(joined) || (i + 2 < c->c_ntok && c->c_tok[i + 2].tk_cap && pii_gap(c, i + 2, GAP_SPACE)))
		return 0;	/* "Scouting Nederland Bakker": a capitalised word after it may be a person's */
	memcpy(joined, c->c_fold + c->c_tok[i].tk_fold, a);
	memcpy(joined + a, c->c_fold + c->c_tok[i + 1].tk_fold, b);
	return (pii_lookup(c->c_pl, joined, a + b) & W_KEEP) != 0;
}

/*
 * The name after a word for a school, club, home or shelter at i:
 * "Gymnasium Haganum", "basisschool De Regenboog", "opvang Het Anker".
 * After a capitalised article the name may be a word ("De Brug"). Not a
 * language or place: "op school Nederlands" is a subject. Its last token,
 * or 0.
 */
static size_t
pii_name_after_kind(const struct pii_ctx *c, size_t i)
{
	static const char *const club[] = { "vv", "sv", "fc", "hv", "kv", "hc", "rkvv", "hvv", "rksv",
	    "vvv", "svv", "mhc", "zpc" };
	size_t j = i + 1, end;
	int art = 0, low = 0, clubk = pii_fold_in(c, i, club, NELEM(club));

	if (pii_free_word(c, j) && pii_gap(c, j, GAP_SPACE) && (c->c_tok[j].tk_flags & W_ARTICLE)) {
		art = c->c_tok[j].tk_cap && !pii_all_caps(c, j);
		low = !c->c_tok[j].tk_cap && (pii_fold_is(c, j, "de") || pii_fold_is(c, j, "het"));
		j++;
	} else {
		low = clubk;
	}
	/* in lower case: "woongroep de linde", "vv laakkwartier"; one word in no list */
	if (low && pii_free_word(c, j) && pii_gap(c, j, GAP_SPACE) && !c->c_tok[j].tk_cap &&
	    c->c_tok[j].tk_flen >= 3 && !(c->c_tok[j].tk_flags & (W_NOT_NAME | W_STREET | W_RESIDE)))
		return j;
	/* a place after a capitalised kind names it: "Huisartsenpraktijk Bouwlust", "Lyceum Ypenburg" */
	if (!pii_free_word(c, j) || !pii_gap(c, j, GAP_SPACE) || !c->c_tok[j].tk_cap ||
	    (c->c_tok[j].tk_flags & W_MONTH) || ((c->c_tok[j].tk_flags & W_KEEP) && !clubk &&
	    !(art && pii_gap(c, j + 1, GAP_SPACE) && pii_cap_word(c, j + 1)) &&
	    (art || !c->c_tok[i].tk_cap || c->c_tok[i].tk_sstart || pii_all_caps(c, i) ||
	    (c->c_tok[j].tk_flags & W_ARTICLE))) || ((c->c_tok[j].tk_flags & W_COMMON) && !art) ||
	    ((art || pii_all_caps(c, i)) && pii_all_caps(c, j)) || (j == i + 1 && pii_pair_kept(c, i)))
		return 0;
	end = j;
	/* a club's name may end in a word: "SV Escamp Stars", "FC Transvaal United" */
	while (pii_free_word(c, end + 1) && pii_gap(c, end + 1, GAP_SPACE) &&
	    c->c_tok[end + 1].tk_cap && !(c->c_tok[end + 1].tk_flags & W_MONTH) &&
	    (clubk || !(c->c_tok[end + 1].tk_flags & W_COMMON)))
		end++;
	return end;
}

/*
 * A capitalised article inside a sentence, after a preposition, starts the
 * name of a place where someone can be found: "mijn maatje van De Brug",
 * "I sleep at Het Anker". Not a place from keep.txt ("naar De Lier") nor a
 * street ("op De Dreef 12", "ik woon op De Dreef"). Its last token, or 0.
 */
static size_t
pii_article_name(const struct pii_ctx *c, size_t i)
{
	static const char *const prep[] = { "van", "bij", "naar", "op", "in", "via", "uit", "voor",
	    "met", "from", "at", "to", "with", "of", "for" };
	size_t j = i + 1, end;

	if (!(c->c_tok[i].tk_flags & W_ARTICLE) || !c->c_tok[i].tk_cap || c->c_tok[i].tk_sstart ||
	    pii_all_caps(c, i) || i == 0 || !pii_gap(c, i, GAP_SPACE) || !pii_word(c, i - 1) ||
	    c->c_tok[i - 1].tk_cap || !pii_fold_in(c, i - 1, prep, NELEM(prep)) ||
	    pii_fold_is(c, i, "een") || pii_fold_is(c, i, "den"))
		return 0;
	if (!pii_free_word(c, j) || !pii_gap(c, j, GAP_SPACE) || !c->c_tok[j].tk_cap ||
	    pii_all_caps(c, j) || (c->c_tok[j].tk_flags & (W_KEEP | W_MONTH | W_TITLE | W_STREET)))
		return 0;
	end = j;
	while (pii_free_word(c, end + 1) && pii_gap(c, end + 1, GAP_SPACE) && c->c_tok[end + 1].tk_cap &&
	    !pii_all_caps(c, end + 1) && !(c->c_tok[end + 1].tk_flags & (W_MONTH | W_KEEP | W_TITLE)))
		end++;
	if (pii_house_number(c, end + 1) != 0)
		return 0;
	/* "van De Brug" is a place's name; "ik woon op De Dreef" a street. */
	if (((c->c_tok[end].tk_flags & (W_STREET_SUF | W_STREET_GEN)) ||
	    pii_has_suffix(c->c_pl, c->c_fold + c->c_tok[end].tk_fold, c->c_tok[end].tk_flen, 1)) &&
	    (pii_fold_is(c, i - 1, "op") || pii_fold_is(c, i - 1, "aan") || pii_reside_before(c, i)))
		return 0;
	return end;
}

/*
 * Before the addresses: a home or shelter's name that looks like a street
 * ("care home De Vlinderhof on ..."), with no house number after it; the
 * name of a station or stop, which is a place ("station Centrum-West").
 */
static void
pii_rule_kind_names(struct pii_ctx *c)
{
	static const char *const stop[] = { "station", "halte", "metrostation", "treinstation",
	    "tramhalte", "bushalte", "stop" };
	size_t i, end;

	for (i = 0; i < c->c_ntok; i++) {
		if (!pii_free_word(c, i))
			continue;
		if (pii_free_word(c, i + 1) && c->c_tok[i + 1].tk_cap && !c->c_tok[i].tk_cap &&
		    pii_fold_in(c, i, stop, NELEM(stop)) && pii_gap(c, i + 1, GAP_SPACE) &&
		    !(c->c_tok[i + 1].tk_flags & W_NAME)) {
			/* "station Centrum-West", "halte Brouwersgracht": a place */
			for (end = i + 1; pii_free_word(c, end + 1) && c->c_tok[end + 1].tk_cap &&
			    pii_gap(c, end + 1, GAP_SPACE) && end < i + 3; end++)
				;
			pii_label(c, i + 1, end, PII_KEEP);
			i = end;
		} else if ((c->c_tok[i].tk_flags & (W_INST_GEN | W_INST_SUF)) == W_INST_GEN &&
		    !pii_all_caps(c, i) && (end = pii_name_after_kind(c, i)) != 0 &&
		    pii_house_number(c, end + 1) == 0) {
			pii_label(c, i + 1, end, PII_NAAM);
			i = end;
		} else if ((end = pii_article_name(c, i)) != 0) {
			pii_label(c, i, end, PII_NAAM);
			i = end;
		}
	}
}

/* Schools and institutions: "Grotiuscollege", "Segbroek College", "basisschool De Regenboog". */
static int	pii_adjective_ending(const struct pii_ctx *, size_t);

/* Token i ends with a possessive 's ("Mia's school"). */
static int
pii_possessive(const struct pii_ctx *c, size_t i)
{
	const unsigned char *t = (const unsigned char *)c->c_text;
	size_t s = c->c_tok[i].tk_start, e = c->c_tok[i].tk_end;

	return e - s >= 3 && (t[e - 1] == 's' || t[e - 1] == 'S') && (t[e - 2] == '\'' ||
	    (e - s >= 5 && t[e - 2] == 0x99 && t[e - 3] == 0x80 && t[e - 4] == 0xe2));
}

/*
 * A school's name in lower case: up to three words in no list (a place
 * may be one: "het segbroek college") between "het", "de" or "the" (or
 * "go to", "ga naar", "attend") and "college", "lyceum", "gymnasium" or
 * "international school" ("op het zandvliet college", "i go to duinoord
 * international school"); not an adjective ("het nieuwe lyceum", "de
 * christelijke college"). The first word of the name, or i for none.
 */
static size_t
pii_school_lower(const struct pii_ctx *c, size_t i)
{
	static const char *const kind[] = { "college", "lyceum", "gymnasium" };
	static const char *const go[] = { "go", "goes", "went", "going", "gaat", "ga", "ging" };
	static const char *const attend[] = { "attend", "attends", "attended", "attending" };
	size_t first = i, n, top = i;
	const char *f;

	if (!c->c_tok[i].tk_cap && i > 0 && pii_fold_is(c, i, "school") && pii_gap(c, i, GAP_SPACE) &&
	    pii_free_word(c, i - 1) && !c->c_tok[i - 1].tk_cap && pii_fold_is(c, i - 1, "international"))
		first = top = i - 1;	/* "duinoord international school" */
	else if (c->c_tok[i].tk_cap || !pii_fold_in(c, i, kind, NELEM(kind)))
		return i;
	while (first > 0 && top - first < 3 && pii_gap(c, first, GAP_SPACE) && pii_free_word(c, first - 1) &&
	    !c->c_tok[first - 1].tk_cap &&
	    !(c->c_tok[first - 1].tk_flags & ((W_NOT_NAME & ~W_KEEP) | W_STREET))) {
		f = c->c_fold + c->c_tok[first - 1].tk_fold;
		n = c->c_tok[first - 1].tk_flen;
		if (n < 3 || f[n - 1] == 'e' || pii_adjective_ending(c, first - 1))
			break;
		first--;
	}
	if (first == top || first == 0 || !pii_gap(c, first, GAP_SPACE) || !pii_word(c, first - 1) ||
	    pii_fold_is(c, first - 1, "een") || pii_fold_is(c, first - 1, "a"))
		return i;
	/* after an article, "go to", "ga naar" or "attend": "i go to duinoord college" */
	if ((c->c_tok[first - 1].tk_flags & W_ARTICLE) || pii_fold_in(c, first - 1, attend, NELEM(attend)) ||
	    ((pii_fold_is(c, first - 1, "to") || pii_fold_is(c, first - 1, "naar")) && first >= 2 &&
	    pii_fold_in(c, first - 2, go, NELEM(go))))
		return first;
	return i;
}

/*
 * "Korean school", "de Poolse school": a kept word that ends like a
 * language or a people before "school" in lower case is a kind of
 * school, no school's name.
 */
static int
pii_language_school(const struct pii_ctx *c, size_t i)
{
	const struct pii_tok *tk;
	char last;

	if (i == 0 || c->c_tok[i].tk_cap || !pii_fold_is(c, i, "school") ||
	    !(c->c_tok[i - 1].tk_flags & W_KEEP) ||
	    (i > 1 && pii_gap(c, i - 1, GAP_SPACE) && pii_cap_word(c, i - 2)))
		return 0;
	tk = &c->c_tok[i - 1];
	/* a language's or a people's ending (Poolse, Korean, Turkish, Duits), not a place's (Segbroek) */
	last = c->c_fold[tk->tk_fold + tk->tk_flen - 1];
	return last == 'e' || last == 'n' || last == 'h' || last == 's';
}

/* A place's adjective with a capital: "Haagse", "Delftse", "Westlandse" (not "Turkse"). */
static int
pii_place_adjective(const struct pii_ctx *c, size_t i)
{
	static const char *const place[] = { "haagse", "delftse", "leidse", "westlandse",
	    "rotterdamse", "amsterdamse", "zoetermeerse", "rijswijkse", "wassenaarse", "voorburgse",
	    "utrechtse", "scheveningse", "loosduinse", "pijnackerse", "naaldwijkse", "haags",
	    "delfts", "westlands", "rijswijks" };

	return pii_free_word(c, i) && c->c_tok[i].tk_cap && !c->c_tok[i].tk_sstart &&
	    pii_fold_in(c, i, place, NELEM(place));
}

/*
 * Places and brands of several capitalised words: the words written
 * together are in keep.txt ("Burger King": "burgerking", "Martin Luther
 * King"), or the first is a place's adjective ("het Haagse Bos", "de
 * Delftse Hout"; a school's name after one is found before this). The
 * words are kept.
 */
static int	pii_after_ik_ben(const struct pii_ctx *, size_t);

/* A capital letter alone (free, or kept as one of a list), no initial with its full stop. */
static int
pii_lone_capital(const struct pii_ctx *c, size_t i)
{
	return pii_word(c, i) && (c->c_tok[i].tk_label == 0 || c->c_tok[i].tk_label == PII_KEEP + 1) &&
	    c->c_tok[i].tk_flen == 1 && c->c_tok[i].tk_cap && c->c_text[c->c_tok[i].tk_end] != '.' &&
	    c->c_fold[c->c_tok[i].tk_fold] != 'i';	/* "R and I": the pronoun */
}

/*
 * A capital letter in a list of such letters, a diploma's, a vitamin's or
 * a plan's: "A, B en C", "vitamine C en D", "plan A of B".
 */
static int
pii_letter_list(const struct pii_ctx *c, size_t i)
{
	static const char *const join[] = { "en", "and", "of", "or", "&" };

	if (!pii_lone_capital(c, i))
		return 0;
	if ((i + 1 < c->c_ntok && pii_lone_capital(c, i + 1) && pii_gap(c, i + 1, " \t,/") &&
	    !pii_gap(c, i + 1, GAP_SPACE)) || (i > 0 && pii_lone_capital(c, i - 1) &&
	    pii_gap(c, i, " \t,/") && !pii_gap(c, i, GAP_SPACE)))
		return 1;
	return (i + 2 < c->c_ntok && pii_fold_in(c, i + 1, join, NELEM(join)) &&
	    pii_lone_capital(c, i + 2)) || (i >= 2 && pii_fold_in(c, i - 1, join, NELEM(join)) &&
	    pii_lone_capital(c, i - 2));
}

/*
 * The run of capital letters first..last stays: they run in order ("A, B
 * en C", "vitamine C en D"), and are no initials of people ("J, K en L de
 * Vries", "met J en K", "M en S pesten mij": a person's context before, a
 * capitalised word, a prefix, a surname or a verb for a person after).
 */
static int
pii_letters_kept(const struct pii_ctx *c, size_t first, size_t last)
{
	size_t q, prev = first;

	if ((pii_word(c, last + 1) && pii_gap(c, last + 1, GAP_NAME) && (c->c_tok[last + 1].tk_cap ||
	    (c->c_tok[last + 1].tk_flags & (W_PREFIX | W_SUR | W_NAME_VERB)))) ||
	    pii_context(c, first, W_TRIG_END) || pii_context(c, first, W_REL_END) ||
	    pii_context(c, first, W_WREL_END))
		return 0;
	for (q = first + 1; q <= last; q++) {
		if (!pii_lone_capital(c, q))
			continue;
		if (c->c_fold[c->c_tok[q].tk_fold] != c->c_fold[c->c_tok[prev].tk_fold] + 1)
			return 0;
		prev = q;
	}
	return 1;
}

static void
pii_rule_kept_phrases(struct pii_ctx *c)
{
	char joined[PII_WORD_MAX];
	size_t i, k, n, first, last;
	int pfx;

	for (i = 0; i < c->c_ntok; i++) {
		if (!pii_letter_list(c, i))
			continue;
		first = i;
		for (last = i; last + 1 < c->c_ntok && (pii_letter_list(c, last + 1) ||
		    (pii_word(c, last + 1) && !pii_lone_capital(c, last + 1) && last + 2 < c->c_ntok &&
		    pii_letter_list(c, last + 2))); last++)
			;
		while (last > first && !pii_lone_capital(c, last))
			last--;
		i = last;
		if (pii_letters_kept(c, first, last))
			pii_label(c, first, last, PII_KEEP);
	}
	for (i = 0; i + 1 < c->c_ntok; i++) {
		/* a size, not an initial: "maat M", "size L" */
		if (i > 0 && pii_free_word(c, i) && c->c_tok[i].tk_flen == 1 && pii_gap(c, i, GAP_SPACE) &&
		    strchr("sml", c->c_fold[c->c_tok[i].tk_fold]) != NULL && c->c_text[c->c_tok[i].tk_end] != '.' &&
		    (pii_fold_is(c, i - 1, "maat") || pii_fold_is(c, i - 1, "size"))) {
			pii_label(c, i, i, PII_KEEP);
			continue;
		}
		if (!pii_free_word(c, i) || !c->c_tok[i].tk_cap || pii_all_caps(c, i) ||
		    pii_context(c, i, W_TRIG_END) || pii_context(c, i, W_REL_END) ||
		    (pii_context(c, i, W_WREL_END) && !pii_fold_is(c, i - 1, "van")) || pii_after_ik_ben(c, i))
			continue;	/* "mijn naam is", "mijn vriendin", "met", "ik ben": a person */
		n = 0;
		pfx = 0;
		for (k = i; k < c->c_ntok && k - i < PII_KEPT_PHRASE_WORDS; k++) {
			/* capitalised words, and a prefix between them ("Reinier de Graaf"; "V-Bucks", "Jack & Jones") */
			if (n + c->c_tok[k].tk_flen > sizeof(joined) || (k > i && (!pii_free_word(c, k) ||
			    (!c->c_tok[k].tk_cap && !((c->c_tok[k].tk_flags & W_PREFIX) &&
			    k + 1 < c->c_ntok && c->c_tok[k + 1].tk_cap)) || !pii_gap(c, k, " \t-&") ||
			    /* a first name and an initial: "Noor D." is no "noord" */
			    (c->c_tok[k].tk_flen == 1 && (c->c_tok[i].tk_flags & (W_FIRST | W_FIRST_AMB))))))
				break;
			if (k > i && !c->c_tok[k].tk_cap)
				pfx = 1;
			memcpy(joined + n, c->c_fold + c->c_tok[k].tk_fold, c->c_tok[k].tk_flen);
			n += c->c_tok[k].tk_flen;
			if (k > i && (pii_lookup(c->c_pl, joined, n) & W_KEEP) && !(pfx && (c->c_tok[i].tk_flags &
			    (W_FIRST | W_FIRST_AMB)) && !(i > 0 && (c->c_tok[i - 1].tk_flags & W_ARTICLE)))) {
				pii_label(c, i, k, PII_KEEP);
				i = k;
				break;
			}
		}
		/* not a name of its own: "De Haagse Veste", "Haagse Hawks Basketball" */
		if (c->c_tok[i].tk_label == 0 && pii_place_adjective(c, i) && pii_free_word(c, i + 1) &&
		    c->c_tok[i + 1].tk_cap && pii_gap(c, i + 1, GAP_SPACE) && !pii_all_caps(c, i + 1) &&
		    !(c->c_tok[i + 1].tk_flags & (W_FIRST | W_FIRST_AMB | W_SUR)) &&
		    pii_word(c, i - 1) && !c->c_tok[i - 1].tk_cap &&
		    !(pii_word(c, i + 2) && c->c_tok[i + 2].tk_cap && pii_gap(c, i + 2, GAP_SPACE)))
			pii_label(c, i + 1, i + 1, PII_KEEP);
	}
}

/*
 * A user name with no mark of one (no @, digit or underscore), named by
 * the words around it, in lower case or with a capital inside ("I only
 * know him as ghostyy", "die zichzelf CoachDennis noemt", "mijn vriend
 * kaasjebolletje van roblox", "a guy stormrider from the minecraft
 * server"); a capitalised word there is left to the names ("calls himself
 * Jay").
 */
static const char *const pii_online_person[] = { "vriend", "vriendin", "friend", "guy", "girl", "boy",
    "gast", "jongen", "meisje", "man", "iemand", "someone", "player", "speler", "gamer", "dude",
    "kerel", "vent", "mattie", "maat", "homie", "buddy", "teammate", "teamgenoot" };

static int	pii_verb_ending(const struct pii_ctx *, size_t);
static int	pii_clause_end(const struct pii_ctx *, size_t);

/*
 * The word ends like a form of a verb or an adjective, Dutch or English
 * ("hacked", "blowing", "private", "gehackt", "verwijderd", "prachtig"),
 * so it is no user name ("kimmy", "roosjeturnt", "lievelief" and
 * "crystal" may be one: not every ending of pii_adjective_ending).
 */
static int
pii_word_form_ending(const struct pii_ctx *c, size_t i)
{
	static const char *const e[] = { "ed", "ing", "ig", "lijk", "isch", "baar", "loos", "zaam",
	    "ful", "ous", "ive", "less", "ate", "ble" };
	static const char *const participle[] = { "ge", "be", "ver", "ont" };
	const char *f = c->c_fold + c->c_tok[i].tk_fold;
	size_t n = c->c_tok[i].tk_flen, k;

	for (k = 0; k < NELEM(participle) && (f[n - 1] == 't' || f[n - 1] == 'd'); k++)
		if (n > strlen(participle[k]) + 2 && strncmp(f, participle[k], strlen(participle[k])) == 0)
			return 1;	/* "gehackt", "verwijderd" */
	return pii_ends_in(c, i, e, NELEM(e), 2);
}

/*
 * A clause starts at token k: the last character before it that is no
 * space is a comma, a semicolon, a bar, an opening bracket, a dash or a
 * new line ("06-12345678, insta: ..."; what the first pass found may lie
 * between the tokens).
 */
static int
pii_clause_mark_before(const struct pii_ctx *c, size_t k)
{
	size_t p = c->c_tok[k].tk_start, lo = k > 0 ? c->c_tok[k - 1].tk_end : 0;

	while (p > lo && (c->c_text[p - 1] == ' ' || c->c_text[p - 1] == '\t'))
		p--;
	return p > lo && strchr(",;\n|(-", c->c_text[p - 1]) != NULL;
}

/*
 * Word i is in no list (the marks in allowed aside), not a dictated word,
 * and does not end in "en" or "jes" (an infinitive, a plural or a
 * diminutive): a user name may be such a word.
 */
static int
pii_unlisted_plain(const struct pii_ctx *c, size_t i, uint32_t allowed)
{
	static const char *const plain[] = { "en", "jes" };

	return c->c_tok[i].tk_flags == 0 && (c->c_tok[i].tk_marks & ~allowed) == 0 &&
	    !c->c_tok[i].tk_spoken && !pii_ends_in(c, i, plain, NELEM(plain), 2);
}

/*
 * "her snap is kimmiebos", "mijn tiktok: lievelief" (not "mijn game is
 * ..."): its owner and a platform, "is" or a colon, and a word of five
 * letters or more that does not end like a verb's or an adjective's form
 * ("my snap is hacked", "mijn insta is privé"), with nothing between them.
 * Without an owner, an account's platform as a label where a clause
 * starts (also after a comma over what the first pass found, or after
 * "op", "on" or "via"), a colon and such a word in no list, with a
 * capital too ("..., insta: bramlaatuit", "volg me op insta: Bramlaatuit"),
 * not a Dutch infinitive, plural or diminutive ("snap: streamen",
 * "tiktok: dansjes") and not a game ("Minecraft: survival"). With an
 * owner and an account's platform (not a game's, a video site's) and
 * nothing between, such a word in no list, in lower case, that ends the
 * clause and is no plural or diminutive ("her snap femkevl and ..."; not
 * "my insta followers", "my discord server").
 */
static int
pii_handle_owned(const struct pii_ctx *c, size_t i)
{
	static const char *const owner[] = { "mijn", "my", "zijn", "his", "haar", "her", "hun", "their",
	    "mn", "zn", "je", "jouw", "your", "ur" };
	static const char *const account[] = { "insta", "instagram", "snap", "snapchat", "tiktok",
	    "twitter", "discord", "telegram", "psn", "steam", "xbox" };	/* of pii_platform_words */
	static const char *const via[] = { "op", "on", "via" };	/* "volg me op insta: ..." */
	size_t k = i - 1;
	int colon = 0;

	if (i < 1 || c->c_tok[i].tk_flen < 5 || !((c->c_tok[i - 1].tk_marks & M_PLATFORM) ||
	    (i >= 2 && (c->c_tok[i - 2].tk_marks & M_PLATFORM))) || pii_word_form_ending(c, i))
		return 0;	/* a platform's name is one or two words before it (read below) */
	if (i >= 2 && pii_fold_in(c, k, pii_is_words, NELEM(pii_is_words)) && pii_gap(c, i, GAP_SPACE) &&
	    pii_gap(c, k, GAP_SPACE))
		k--;
	else if (i >= 2 && pii_gap(c, i, GAP_SPACE) && pii_gap(c, k, GAP_SPACE) &&
	    pii_fold_in(c, k, account, NELEM(account)) &&
	    pii_fold_in(c, k - 1, owner, NELEM(owner)) && pii_unlisted_plain(c, i, 0) &&
	    !c->c_tok[i].tk_cap && pii_clause_end(c, i) && !pii_verb_ending(c, i))
		return 1;	/* "her snap femkevl and ...": an owner, an account's platform, a word in no list ending the clause */
	else if (!pii_gap(c, i, GAP_CONTEXT) || memchr(c->c_text + c->c_tok[k].tk_end, ':',
	    c->c_tok[i].tk_start - c->c_tok[k].tk_end) == NULL)
		return 0;	/* "my snap streak" */
	else
		colon = 1;
	if (!pii_word(c, k) || !(c->c_tok[k].tk_marks & M_PLATFORM))
		return 0;
	if (k > 0 && pii_fold_in(c, k - 1, owner, NELEM(owner)) && pii_gap(c, k, GAP_SPACE))
		return 1;
	return colon && pii_unlisted_plain(c, i, M_FILLER | M_PLATFORM) && !pii_all_caps(c, i) &&
	    pii_fold_in(c, k, account, NELEM(account)) &&
	    (k == 0 || c->c_tok[k].tk_sstart || pii_clause_mark_before(c, k) ||
	    (pii_fold_in(c, k - 1, via, NELEM(via)) && pii_gap(c, k, GAP_SPACE)));
}

/* Words that label a user name: "username: lunarfox", "ign is lunarfox". */
static const char *const pii_handle_labels[] = { "username", "usernames", "gebruikersnaam", "gamertag",
    "gamertags", "ign", "accountnaam", "inlognaam", "gamernaam", "spelersnaam", "screenname" };

/* A form's or a platform's label for a name: "Naam: ...", "minecraft naam: ...". */
static const char *const pii_name_labels[] = { "naam", "name", "nickname", "bijnaam" };

/* The gap before token i is a colon or "=" with spaces around it or none: "Naam: Lunarfox". */
static int
pii_colon_gap(const struct pii_ctx *c, size_t i)
{
	size_t s, e;

	if (i == 0 || i >= c->c_ntok)
		return 0;
	s = c->c_tok[i - 1].tk_end;
	e = c->c_tok[i].tk_start;
	if (e - s < 1 || (e - s == 1 && c->c_text[s] == ' ') || !pii_gap(c, i, " \t:="))
		return 0;	/* most words: one space before them */
	return memchr(c->c_text + s, ':', e - s) != NULL || memchr(c->c_text + s, '=', e - s) != NULL;
}

/*
 * A label for a user name before token i, with a colon or "is" between:
 * "username: lunarfox", "ign is lunarfox", "gamertag = ..."; "naam" or
 * "name" after a platform's name too ("minecraft naam: lunarfox",
 * "discord name is lunarfox").
 */
static int
pii_handle_labelled(const struct pii_ctx *c, size_t i)
{
	size_t k = i - 1;

	if (i == 0)
		return 0;
	if (pii_fold_in(c, k, pii_is_words, NELEM(pii_is_words))) {
		if (i < 2 || !pii_gap(c, i, GAP_SPACE) || !pii_gap(c, k, GAP_SPACE))
			return 0;
		k--;
	} else if (!pii_colon_gap(c, i)) {
		return 0;
	}
	if (pii_fold_in(c, k, pii_handle_labels, NELEM(pii_handle_labels)))
		return 1;
	return k > 0 && pii_fold_in(c, k, pii_name_labels, NELEM(pii_name_labels)) &&
	    (c->c_tok[k - 1].tk_marks & M_PLATFORM) && pii_gap(c, k, GAP_SPACE);
}

static int
pii_handle_named_before(const struct pii_ctx *c, size_t i)
{
	static const char *const know[] = { "know", "knew", "known", "ken", "kende", "kennen", "kenden" };
	static const char *const obj[] = { "him", "her", "them", "hem", "haar", "ze", "hen", "hun" };
	static const char *const as[] = { "as", "als" };
	static const char *const calls[] = { "noemt", "noemde", "noemen", "calls", "called" };
	static const char *const self[] = { "zichzelf", "himself", "herself", "themselves", "themself" };

	if (i >= 3 && pii_fold_in(c, i - 1, as, NELEM(as)) && pii_fold_in(c, i - 2, obj, NELEM(obj)) &&
	    pii_fold_in(c, i - 3, know, NELEM(know)))
		return 1;
	if (pii_handle_owned(c, i))
		return 1;
	/* "noemt zichzelf X", "die zichzelf X noemt" */
	return i >= 2 && pii_fold_in(c, i - 1, self, NELEM(self)) && (pii_fold_in(c, i - 2, calls,
	    NELEM(calls)) || pii_fold_in(c, i + 1, calls, NELEM(calls)));
}

static int
pii_handle_named_after(const struct pii_ctx *c, size_t i)
{
	static const char *const from[] = { "van", "from", "op", "on", "uit" };
	static const char *const articles[] = { "de", "the", "het" };
	size_t k = i + 1;

	if (i == 0 || !pii_fold_in(c, i - 1, pii_online_person, NELEM(pii_online_person)) ||
	    !pii_fold_in(c, k, from, NELEM(from)))
		return 0;
	k++;
	if (pii_fold_in(c, k, articles, NELEM(articles)))
		k++;
	return pii_fold_in(c, k, pii_platform_words, NELEM(pii_platform_words));
}

/* The word ends like a Dutch verb in the past (-te, -de): "zette", "speelde". */
static int
pii_past_ending(const struct pii_ctx *c, size_t i)
{
	const char *f = c->c_fold + c->c_tok[i].tk_fold;
	size_t n = c->c_tok[i].tk_flen;

	return n > 3 && f[n - 1] == 'e' && (f[n - 2] == 't' || f[n - 2] == 'd');
}

/* In lower case, or with a capital after its first letter: "ghostyy", "CoachDennis". */
static int
pii_handle_case(const struct pii_ctx *c, size_t i)
{
	const struct pii_tok *tk = &c->c_tok[i];
	size_t k;

	if (!tk->tk_cap)
		return 1;
	for (k = tk->tk_start + 1; k + 1 < tk->tk_end; k++)
		if (c->c_text[k] >= 'A' && c->c_text[k] <= 'Z' && c->c_text[k + 1] >= 'a' &&
		    c->c_text[k + 1] <= 'z')
			return 1;
	return 0;
}

/*
 * Names written in pieces, labelled before the rules for names read the
 * pieces as initials or words:
 * - letters with "@" or "$" for an a or an s between them: "R@y@n",
 *   "B@kker", "Ch@rlotte", a name from the lists once read;
 * - three letters or more one by one, between dots or spaces ("S.a.n.n.e",
 *   "N O O R", "r o b"), read from the run's start: a name from the lists
 *   once joined, a prefix and a surname ("d e g r a a f"), or four letters
 *   or more that make no word after "ik heet", "ik ben", a relation;
 * - a capital, two stars or more and a few letters after "ik heet", "ik
 *   ben", a relation: "ze heet S***e" (not "K**t dag").
 */
static size_t
pii_at_name(const struct pii_ctx *c, size_t i)
{
	char joined[PII_WORD_MAX];
	size_t j, n = 0, end = i;
	uint32_t fl;

	if (i + 1 >= c->c_ntok || c->c_tok[i + 1].tk_start != c->c_tok[i].tk_end + 1 ||
	    (c->c_text[c->c_tok[i].tk_end] != '@' && c->c_text[c->c_tok[i].tk_end] != '$'))
		return i;	/* no "@" or "$" joins the next word: most words end here */
	for (j = i; j < c->c_ntok && pii_free_word(c, j); j++) {
		if (j > i && (c->c_tok[j].tk_start != c->c_tok[j - 1].tk_end + 1 ||
		    (c->c_text[c->c_tok[j - 1].tk_end] != '@' && c->c_text[c->c_tok[j - 1].tk_end] != '$')))
			break;
		if (n + c->c_tok[j].tk_flen + 1 > sizeof(joined))
			return i;
		if (j > i)
			joined[n++] = c->c_text[c->c_tok[j - 1].tk_end] == '@' ? 'a' : 's';
		memcpy(joined + n, c->c_fold + c->c_tok[j].tk_fold, c->c_tok[j].tk_flen);
		n += c->c_tok[j].tk_flen;
		end = j;
	}
	if (end == i)
		return i;
	fl = pii_lookup(c->c_pl, joined, n);
	return (fl & W_NAME) && !(fl & (W_COMMON | W_KEEP)) ? end : i;
}

static size_t
pii_letters_name(const struct pii_ctx *c, size_t i)
{
	char joined[PII_WORD_MAX];
	size_t j, n = 0;
	char sep = 0, g;
	uint32_t fl;

	if (i >= c->c_ntok || c->c_tok[i].tk_flen != 1)
		return i;	/* a run of letters starts with one */
	if (i > 0 && c->c_tok[i - 1].tk_kind == TK_WORD && c->c_tok[i - 1].tk_flen == 1 &&
	    c->c_tok[i].tk_start == c->c_tok[i - 1].tk_end + 1 &&
	    (c->c_text[c->c_tok[i - 1].tk_end] == '.' || c->c_text[c->c_tok[i - 1].tk_end] == ' '))
		return i;	/* inside a run of letters: the run is read from its start */
	for (j = i; j < c->c_ntok && n < sizeof(joined) && pii_free_word(c, j) && c->c_tok[j].tk_flen == 1 &&
	    a_alpha((unsigned char)c->c_fold[c->c_tok[j].tk_fold]); j++) {
		if (j > i) {
			if (c->c_tok[j].tk_start != c->c_tok[j - 1].tk_end + 1)
				break;
			g = c->c_text[c->c_tok[j - 1].tk_end];
			if ((g != '.' && g != ' ') || (sep != 0 && g != sep))
				break;
			sep = g;
		}
		joined[n++] = c->c_fold[c->c_tok[j].tk_fold];
	}
	if (n < 3)
		return i;
	fl = pii_lookup(c->c_pl, joined, n);
	if (((fl & W_NAME) && !(fl & (W_COMMON | W_KEEP))) || (!(fl & (W_COMMON | W_KEEP)) && n >= 4 &&
	    (pii_context(c, i, W_TRIG_END) || pii_context(c, i, W_REL_END) || pii_after_ik_ben(c, i))))
		return j - 1;
	/* a prefix spelled before a surname: "d e g r a a f", "v a n d i j k" */
	for (size_t k = 1; k + 3 <= n; k++) {
		uint32_t pf = pii_lookup(c->c_pl, joined, k), sf = pii_lookup(c->c_pl, joined + k, n - k);
		if ((pf & W_PREFIX) && (sf & (W_SUR | W_SUR_AMB)) && !(sf & W_COMMON))
			return j - 1;
	}
	return i;
}

static void
pii_rule_disguised_names(struct pii_ctx *c)
{
	size_t i, e, k;

	for (i = 0; i < c->c_ntok; i++) {
		if (!pii_free_word(c, i))
			continue;
		if ((e = pii_at_name(c, i)) != i || (e = pii_letters_name(c, i)) != i) {
			pii_label(c, i, e, PII_NAAM);
			i = e;
			continue;
		}
		/* "ze heet S***e" (not a swear word: "K**t dag") */
		k = c->c_tok[i].tk_end;
		if (c->c_tok[i].tk_cap && c->c_tok[i].tk_flen <= 2 && pii_free_word(c, i + 1) &&
		    (pii_context(c, i, W_TRIG_END) || pii_context(c, i, W_REL_END) || pii_after_ik_ben(c, i)) &&
		    !c->c_tok[i + 1].tk_cap && c->c_tok[i + 1].tk_flen <= 3 &&
		    c->c_tok[i + 1].tk_start - k >= 2 && strspn(c->c_text + k, "*") == c->c_tok[i + 1].tk_start - k) {
			pii_label(c, i, i + 1, PII_NAAM);
			i++;
		}
	}
}

/* Prefixes and a surname from the lists after i: "ik ken hem als sem de jong" is a name. */
static int
pii_surname_follows(const struct pii_ctx *c, size_t i)
{
	size_t m;

	if (!pii_word(c, i + 1) || !(c->c_tok[i + 1].tk_flags & W_PREFIX))
		return 0;
	m = pii_skip_prefixes(c, i + 1);
	return m > i + 1 && pii_word(c, m) && (c->c_tok[m].tk_flags & (W_SUR | W_SUR_AMB));
}

/*
 * Word i is the value of a label for a user name (pii_handle_labelled),
 * in any case, a name from the lists too, whatever it ends like
 * ("username: Lunarfox", "ign: roos", "gamertag: darkknight"); after "is"
 * only a word that ends the clause and does not read as an adjective's or
 * a participle's form ("username is verplicht", "mijn gamertag is
 * grappig", "ign is short for ...").
 */
static int
pii_handle_label_value(const struct pii_ctx *c, size_t i)
{
	/* what a form or a player says of a user name, not one (common words are turned away first) */
	static const char *const state[] = { "incorrect", "correct", "hidden", "broken", "forgotten",
	    "invalid", "different", "required", "test", "nothing", "short", "long", "private", "public",
	    "blocked", "deleted", "hacked", "verdwenen", "verlopen", "kort", "lang", "hetzelfde",
	    "ongeldig", "bezet", "geblokkeerd", "verplicht" };

	if (!pii_handle_labelled(c, i) ||
	    (c->c_tok[i].tk_flags & (W_COMMON | W_KEEP | W_MONTH | W_ARTICLE | W_PREFIX | W_TITLE)) ||
	    pii_fold_in(c, i, state, NELEM(state)))
		return 0;
	return pii_colon_gap(c, i) || (pii_clause_end(c, i) && !pii_word_form_ending(c, i));
}

static void
pii_rule_handle_frames(struct pii_ctx *c)
{
	size_t i;

	for (i = 1; i < c->c_ntok; i++)
		if (pii_free_word(c, i) && c->c_tok[i].tk_flen >= 3 && pii_handle_label_value(c, i)) {
			pii_label(c, i, i, PII_HANDLE);
			/* a name of two words after a label and a colon: "facebook naam: tamsyn vreede" */
			if (pii_colon_gap(c, i) && pii_free_word(c, i + 1) && pii_gap(c, i + 1, GAP_SPACE) &&
			    c->c_tok[i + 1].tk_flags == 0 && !pii_verb_ending(c, i + 1) && pii_clause_end(c, i + 1))
				pii_label(c, i + 1, i + 1, PII_HANDLE);
		} else if (pii_free_word(c, i) && c->c_tok[i].tk_flen >= 3 &&
		    (pii_handle_case(c, i) || (c->c_tok[i].tk_cap && pii_handle_owned(c, i))) &&
		    !(c->c_tok[i].tk_flags & (W_KEEP | W_ARTICLE | W_PREFIX | W_TITLE | W_MONTH | W_FIRST |
		    W_FIRST_AMB | W_SUR | W_SUR_AMB)) &&
		    !pii_surname_follows(c, i) &&
		    !(c->c_tok[i].tk_flags & W_COMMON) && (pii_handle_named_before(c, i) ||
		    (!pii_verb_ending(c, i) && !pii_past_ending(c, i) && pii_handle_named_after(c, i))))
			pii_label(c, i, i, PII_HANDLE);
}

/* Prefixes that are also prepositions opening a sentence: "Op de ...", "In het ...". */
static const char *const pii_prep_prefix[] = { "op", "in" };

/* "St. Mary's", "Saint Patrick's": a saint's name before word i. */
static int
pii_saint_before(const struct pii_ctx *c, size_t i)
{
	static const char *const saint[] = { "st", "saint", "sint", "ste" };

	return i > 0 && c->c_tok[i].tk_cap && pii_gap(c, i, GAP_TITLE) && pii_free_word(c, i - 1) &&
	    c->c_tok[i - 1].tk_cap && pii_fold_in(c, i - 1, saint, NELEM(saint));
}

/*
 * A primary school named after a class: "groep 3 van de Zonnewijzer", "in
 * groep 7 op De Regenboog": the name's capitalised words.
 */
static void
pii_rule_group_school(struct pii_ctx *c)
{
	size_t i, k, first;

	for (i = 0; i + 3 < c->c_ntok; i++) {
		if (!pii_fold_is(c, i, "groep") || c->c_tok[i + 1].tk_kind != TK_NUM ||
		    c->c_tok[i + 1].tk_num < 1 || c->c_tok[i + 1].tk_num > 8 ||
		    !(pii_fold_is(c, i + 2, "van") || pii_fold_is(c, i + 2, "op")))
			continue;
		k = i + 3;
		if ((c->c_tok[k].tk_flags & W_ARTICLE) && !c->c_tok[k].tk_cap)
			k++;
		first = k;
		while (k < c->c_ntok && k - first < 3 && pii_free_word(c, k) && c->c_tok[k].tk_cap &&
		    !pii_all_caps(c, k) && pii_gap(c, k, GAP_SPACE) && !(c->c_tok[k].tk_flags & (W_KEEP | W_MONTH)))
			k++;
		if (k > first)
			pii_label(c, first, k - 1, PII_NAAM);
	}
}

static void
pii_rule_institutions(struct pii_ctx *c)
{
	size_t i, k, first, end;
	uint32_t f;
	int school, sx, titled;

	pii_rule_group_school(c);
	for (i = 0; i < c->c_ntok; i++) {
		if (!pii_free_word(c, i))
			continue;
		f = c->c_tok[i].tk_flags;
		school = (f & (W_INST_SUF | W_INST_GEN)) != 0;
		sx = school || (f & (W_COMMON | W_KEEP)) ? 0 :
		    pii_has_suffix(c->c_pl, c->c_fold + c->c_tok[i].tk_fold, c->c_tok[i].tk_flen, 0);
		/* "...school" compounds are mostly kinds of school (sportschool): a name only with a capital. */
		if (sx != 0 && (c->c_tok[i].tk_cap || strcmp(c->c_pl->pl_suf[sx - 1].ps_text, "school") != 0)) {
			first = pii_extend_left_caps(c, i, 0);
			/* "het Haagse Zorgcollege": a place's adjective after an article is the name's */
			if (first == i && c->c_tok[i].tk_cap && first >= 2 && pii_gap(c, first, GAP_SPACE) &&
			    pii_place_adjective(c, first - 1) && pii_gap(c, first - 1, GAP_SPACE) &&
			    pii_free_word(c, first - 2) && (c->c_tok[first - 2].tk_flags & W_ARTICLE))
				first--;
			pii_label(c, first, i, PII_NAAM);
			continue;
		}
		if (!school)
			continue;
		/* in lower case: "op het maerlant lyceum", "het edith stein college" */
		if ((end = pii_school_lower(c, i)) != i) {
			pii_label(c, end, i, PII_NAAM);
			if ((end = pii_name_after_kind(c, i)) != 0) {
				pii_label(c, i + 1, end, PII_NAAM);
				i = end;
			}
			continue;
		}
		/* "de Zwaluwen hockeyclub": a capitalised word between an article and a club */
		if ((f & (W_INST_GEN | W_INST_SUF)) == W_INST_GEN && i >= 2 && pii_gap(c, i, GAP_SPACE) &&
		    pii_cap_word(c, i - 1) && !c->c_tok[i - 1].tk_sstart && !pii_all_caps(c, i - 1) &&
		    !(c->c_tok[i - 1].tk_flags & W_NOT_NAME) && pii_gap(c, i - 1, GAP_SPACE) &&
		    pii_free_word(c, i - 2) && (c->c_tok[i - 2].tk_flags & W_ARTICLE) &&
		    !c->c_tok[i - 2].tk_cap)
			pii_label(c, i - 1, i - 1, PII_NAAM);
		if ((end = pii_name_after_kind(c, i)) != 0) {
			first = (f & W_INST_SUF) && c->c_tok[i].tk_cap ? i : i + 1;
			/* "het Christelijk Gymnasium Sorghvliet", "Haags Montessori Lyceum X" */
			while (first == i && first > 0 && !c->c_tok[first].tk_sstart &&
			    pii_gap(c, first, GAP_SPACE) && pii_free_word(c, first - 1) &&
			    c->c_tok[first - 1].tk_cap && !pii_all_caps(c, first - 1) &&
			    !(c->c_tok[first - 1].tk_flags & (W_ARTICLE | W_MONTH | W_TITLE | W_PREFIX)))
				i = --first;
			pii_label(c, first, end, PII_NAAM);
			i = end;
			continue;
		}
		/*
		 * The name before it: "Segbroek College", "Rijswijks Lyceum"; with
		 * both words capitalised inside a sentence also a word: "de Vrije
		 * School", "het Nieuwe Lyceum". Not before a word for a kind of
		 * school ("de Haagse Hogeschool": thousands of students, like a
		 * town).
		 */
		titled = c->c_tok[i].tk_cap && !c->c_tok[i].tk_sstart && i > 0 &&
		    !c->c_tok[i - 1].tk_sstart && !pii_all_caps(c, i);
		if ((f & W_INST_SUF) && pii_gap(c, i, GAP_SPACE) && i > 0 &&
		    pii_free_word(c, i - 1) && c->c_tok[i - 1].tk_cap &&
		    (!pii_possessive(c, i - 1) || pii_saint_before(c, i - 1)) &&
		    !(c->c_tok[i - 1].tk_flags & (W_MONTH | W_ARTICLE)) &&
		    !(c->c_tok[i - 1].tk_flen == 1 && pii_fold_is(c, i - 1, "n")) &&	/* "VAN N ZIEKENHUIS" */
		    (!(c->c_tok[i - 1].tk_flags & W_COMMON) || titled) &&
		    !(c->c_tok[i - 1].tk_sstart && (c->c_tok[i - 1].tk_flags & W_KEEP) == 0 &&
		    !c->c_tok[i].tk_cap) && !pii_language_school(c, i)) {
			first = i - 1;
			while (first > 0 && pii_gap(c, first, GAP_SPACE) && pii_free_word(c, first - 1) &&
			    ((c->c_tok[first - 1].tk_cap && !(c->c_tok[first - 1].tk_flags & (W_COMMON | W_ARTICLE)) &&
			    !(c->c_tok[first - 1].tk_sstart && pii_fold_in(c, first - 1, pii_prep_prefix,
			    NELEM(pii_prep_prefix)))) ||
			    ((c->c_tok[first - 1].tk_flags & W_PREFIX) && first > 1 && c->c_tok[first - 2].tk_cap &&
			    !pii_fold_is(c, first - 1, "op"))))
				first--;	/* not "in H4A op Duinrand Lyceum" */
			/* "Op de Johan de Witt College": the school's name starts at "Johan" */
			while (first + 1 < i && !c->c_tok[first].tk_cap && (c->c_tok[first].tk_flags & W_PREFIX))
				first++;
			/* "St. Mary's College" */
			if (pii_saint_before(c, first))
				first--;
			end = pii_school_of(c, i);
			pii_label(c, first, end, PII_NAAM);
			i = end;
		}
		/* "a group home called De Ankerplaats", "het Sint Bavo College heet ..." */
		k = i + 1;
		if (pii_word(c, k) && pii_fold_is(c, k, "die") && pii_word(c, k + 1))
			k++;
		if (pii_word(c, k) && pii_gap(c, k, GAP_SPACE) && pii_fold_in(c, k, pii_called, NELEM(pii_called)) &&
		    (end = pii_name_after_kind(c, k)) != 0) {
			pii_label(c, k + 1, end, PII_NAAM);
			i = end;
		}
	}
}

/*
 * A surname after "van der": capitalised, even when also a word ("Meer",
 * "Wit"), not a place, unless "ter", "ten", "der" or "den" comes right
 * before it, which no place takes ("ter Laak", "van den Haag").
 */
/*
 * A capitalised word in no list of names that starts an organisation's
 * name: "voor" and a kept word after it ("mevrouw Öztürk van de Raad voor
 * de Kinderbescherming").
 */
static int
pii_org_word(const struct pii_ctx *c, size_t m)
{
	static const char *const pii_for[] = { "voor", "for" };

	return !(c->c_tok[m].tk_flags & (W_SUR | W_SUR_AMB | W_FIRST)) &&
	    pii_fold_in(c, m + 1, pii_for, NELEM(pii_for)) && pii_word(c, m + 2) &&
	    ((c->c_tok[m + 2].tk_flags & W_KEEP) || (pii_word(c, m + 3) &&
	    (c->c_tok[m + 2].tk_flags & W_ARTICLE) && (c->c_tok[m + 3].tk_flags & W_KEEP)));
}

static int
pii_after_prefix(const struct pii_ctx *c, size_t m)
{
	/* "coach Rachid van HVV Duinvogels": a club or school is no surname */
	if (!pii_free_word(c, m) || !c->c_tok[m].tk_cap ||
	    (c->c_tok[m].tk_flags & (W_MONTH | W_TITLE | W_PREFIX | W_INST_GEN)))
		return 0;
	if (pii_org_word(c, m))
		return 0;
	if (!(c->c_tok[m].tk_flags & W_KEEP))
		return 1;
	return m > 1 && pii_word(c, m - 1) && !c->c_tok[m - 1].tk_cap && pii_word(c, m - 2) &&
	    c->c_tok[m - 2].tk_cap && (pii_fold_is(c, m - 1, "ter") || pii_fold_is(c, m - 1, "ten") ||
	    pii_fold_is(c, m - 1, "der") || pii_fold_is(c, m - 1, "den"));
}

/* The first token after the prefixes (at most three) from j on: "van der Meer" -> "Meer". */
static size_t
pii_skip_prefixes(const struct pii_ctx *c, size_t j)
{
	size_t k = j;

	while (k - j < 3 && pii_free_word(c, k) && (c->c_tok[k].tk_flags & W_PREFIX) &&
	    pii_gap(c, k + 1, GAP_NAME))
		k++;
	return k;
}

/* A lower-case verb after "het", "te", "'t": "dat Lindsay het doorvertelt". */
static int
pii_verb_after_het(const struct pii_ctx *c, size_t m)
{
	const char *f = c->c_fold + c->c_tok[m].tk_fold;
	size_t n = c->c_tok[m].tk_flen;

	if (c->c_tok[m].tk_cap || m == 0 || !(pii_fold_is(c, m - 1, "het") || pii_fold_is(c, m - 1, "te") ||
	    pii_fold_is(c, m - 1, "t")))
		return 0;
	return f[n - 1] == 't' || f[n - 1] == 'd' || (n > 2 && f[n - 2] == 'e' && f[n - 1] == 'n');
}

static int	pii_month_context(const struct pii_ctx *, size_t);

/*
 * A capitalised month at k that is a name's next part ("Lin Mei"): not
 * used as a month (no word for a time before it, no number after it).
 */
static int
pii_month_in_name(const struct pii_ctx *c, size_t k)
{
	return (c->c_tok[k].tk_flags & W_MONTH) && c->c_tok[k].tk_cap && !pii_all_caps(c, k) &&
	    !c->c_tok[k].tk_sstart && !pii_month_context(c, k) &&
	    !(k + 1 < c->c_ntok && c->c_tok[k + 1].tk_kind != TK_WORD);
}

/*
 * A name given as one's own ("mijn naam is", "ik heet", "ik ben"): after
 * a first name from the lists, a place or a word kept elsewhere is its
 * surname, with a capital ("Mijn naam is Tom Holland") or in lower case
 * at the end of the clause ("ik heet femke bol en ik ben 15").
 */
static int
pii_named_surname(const struct pii_ctx *c, size_t j, size_t k)
{
	static const char *const then[] = { "en", "and", "ik", "i", "uit", "from", "maar", "but" };
	uint32_t fk = c->c_tok[k].tk_flags;

	if (!(c->c_tok[j].tk_flags & W_FIRST) || (c->c_tok[j].tk_flags & W_COMMON) ||
	    (fk & (W_COMMON | W_MONTH | W_PREFIX | W_TITLE | W_ARTICLE)) || c->c_tok[k].tk_sstart ||
	    !(pii_context(c, j, W_TRIG_END) || pii_after_ik_ben(c, j)))
		return 0;
	if (c->c_tok[k].tk_cap)
		return !pii_all_caps(c, k) || pii_all_caps(c, j);
	return k + 1 >= c->c_ntok || !pii_gap(c, k + 1, GAP_SPACE) ||
	    c->c_tok[k + 1].tk_kind != TK_WORD || pii_fold_in(c, k + 1, then, NELEM(then));
}

/* Token m (or "Sint" and the word after it) has a school's or institution's ending: "Stanislascollege", "Sint-Olafcollege". */
static int
pii_school_word_at(const struct pii_ctx *c, size_t m)
{
	const struct pii_tok *tk = &c->c_tok[m];

	if (!tk->tk_cap)
		return 0;
	if ((pii_fold_is(c, m, "sint") || pii_fold_is(c, m, "st")) && m + 1 < c->c_ntok && pii_word(c, m + 1))
		tk = &c->c_tok[++m];
	return (tk->tk_flags & W_INST_SUF) != 0 ||
	    (!(tk->tk_flags & W_INST_GEN) && pii_has_suffix(c->c_pl, c->c_fold + tk->tk_fold, tk->tk_flen, 0));
}

/* The last token of a name that starts at j: surnames, prefixes, capitalised words after it. */
static size_t
pii_extend_name(const struct pii_ctx *c, size_t j)
{
	size_t end = j, k, m;
	uint32_t fk;
	int initial;

	for (;;) {
		k = end + 1;
		/* after an initial also its full stop: "dr. S. Oduya" */
		initial = pii_free_word(c, k) && !pii_gap(c, k, GAP_NAME) && c->c_tok[end].tk_flen == 1 &&
		    c->c_tok[end].tk_cap && pii_gap(c, k, ". ") && c->c_tok[k].tk_cap;
		if (!pii_free_word(c, k) || !(pii_gap(c, k, GAP_NAME) || initial))
			break;
		fk = c->c_tok[k].tk_flags;
		/* "Tjon A Fong", "Lie A Kwie": a capital letter alone between two parts */
		if (c->c_tok[k].tk_flen == 1 && c->c_tok[k].tk_cap && pii_gap(c, k + 1, GAP_NAME) &&
		    pii_cap_word(c, k + 1) && !(c->c_tok[k + 1].tk_flags & W_NOT_NAME) && !pii_all_caps(c, k + 1)) {
			end = k + 1;
			continue;
		}
		if ((fk & W_PREFIX) && !(fk & W_FIRST)) {
			m = k;
			while (pii_free_word(c, m) && (c->c_tok[m].tk_flags & W_PREFIX) && m - k < 3 &&
			    pii_gap(c, m, GAP_NAME))
				m++;
			/* "op de" before a word in no list is a place ("kiki op de kermis"): a surname only from the lists */
			if (pii_fold_is(c, k, "op") && pii_free_word(c, m) && !c->c_tok[m].tk_cap &&
			    !(c->c_tok[m].tk_flags & (W_SUR | W_SUR_AMB)))
				break;
			/*
			 * "in", "in het", "in the" before a word in no surname list is a
			 * place ("merel in het Zeeheldenkwartier", "in The Hague"); "in 't"
			 * and "in den" start surnames ("in 't Veld")
			 */
			if (pii_fold_is(c, k, "in") && (m == k + 1 || (m == k + 2 && (pii_fold_is(c, k + 1, "het") ||
			    pii_fold_is(c, k + 1, "the") || pii_fold_is(c, k + 1, "de")))) &&
			    pii_free_word(c, m) && c->c_tok[m].tk_caller != 1 &&
			    !(c->c_tok[m].tk_flags & (W_SUR | W_SUR_AMB)))
				break;
			/* "Jayden van het Stanislascollege": the school is a name of its own ("Johan de Witt-college" is one name) */
			if (pii_fold_is(c, k, "van") && pii_free_word(c, m) && pii_school_word_at(c, m))
				break;
			if (pii_free_word(c, m) && pii_gap(c, m, GAP_NAME) && c->c_tok[m].tk_caller != 1 &&
			    ((c->c_tok[m].tk_flags & (W_SUR | W_SUR_AMB)) || pii_after_prefix(c, m) ||
			    (!(c->c_tok[m].tk_flags & (W_COMMON | W_KEEP | W_MONTH | W_PREFIX | W_INST_GEN)) &&
			    !pii_verb_after_het(c, m) && !pii_org_word(c, m) && (c->c_tok[m].tk_cap ||
			    (!c->c_tok[j].tk_cap && !c->c_tok[end].tk_cap && !pii_common_compound(c, m)))))) {
				end = m;
				continue;
			}
			if (pii_free_word(c, m) && c->c_tok[m].tk_caller == 1) {
				end = m;
				continue;
			}
			break;
		}
		/* "Jurgen jr", "Quinten jr." */
		if (pii_fold_is(c, k, "jr") || pii_fold_is(c, k, "junior") || pii_fold_is(c, k, "sr")) {
			end = k;
			break;
		}
		if (c->c_tok[k].tk_caller == 1 ||
		    ((fk & (W_SUR | W_FIRST)) && !(fk & (W_COMMON | W_KEEP)) &&
		    (c->c_tok[k].tk_cap || !(fk & (W_SUR_AMB | W_FIRST_AMB)))) ||
		    ((fk & W_SUR_AMB) && c->c_tok[k].tk_cap) ||
		    /*
		     * in lower case a surname that may be a word: after a first name
		     * that is none, ending the clause (a reply: "olivia brown"), or
		     * after "ik heet", "ik ben" ("ik ben femke bol en ...")
		     */
		    ((fk & (W_SUR | W_SUR_AMB)) && end == j && !c->c_tok[k].tk_cap && !c->c_tok[j].tk_cap &&
		    (((c->c_tok[j].tk_flags & W_FIRST) && !(c->c_tok[j].tk_flags & (W_FIRST_AMB | W_COMMON)) &&
		    !pii_gap(c, k + 1, GAP_SPACE)) || pii_context(c, j, W_TRIG_END) || pii_after_ik_ben(c, j))) ||
		    (pii_cap_word(c, k) && (!c->c_tok[k].tk_sstart || initial) &&
		    !(fk & (W_STREET_SUF | W_INST_SUF))) || pii_month_in_name(c, k) ||
		    (end == j && pii_named_surname(c, j, k))) {
			end = k;
			continue;
		}
		break;
	}
	return end;
}

/* Prefixes right before a surname at i: the first of them, or i. */
static size_t
pii_prefixes_before(const struct pii_ctx *c, size_t i)
{
	size_t first = i;

	while (first > 0 && i - first < 3 && pii_gap(c, first, GAP_NAME) &&
	    pii_free_word(c, first - 1) && (c->c_tok[first - 1].tk_flags & W_PREFIX))
		first--;
	return first;
}

/*
 * After "van de", a lower-case word in no surname list that ends like a
 * department, a service or a desk ("van de administratie", "van de
 * leerlingenzorg"): no surname after a title ("mevrouw van de wetering"
 * is one).
 */
static int
pii_office_word(const struct pii_ctx *c, size_t j)
{
	static const char *const office[] = { "tie", "sie", "zorg", "heid", "teit", "schap", "balie",
	    "dienst", "kamer", "maak", "raad" };

	return j >= 2 && pii_fold_is(c, j - 2, "van") && pii_fold_is(c, j - 1, "de") &&
	    !c->c_tok[j].tk_cap && !(c->c_tok[j].tk_flags & (W_SUR | W_SUR_AMB)) &&
	    pii_ends_in(c, j, office, NELEM(office), 2);
}

/* The word can start a name after a title or "ik heet". */
static int
pii_name_start(const struct pii_ctx *c, size_t j)
{
	uint32_t f;
	size_t first = j;

	while (pii_free_word(c, j) && (c->c_tok[j].tk_flags & W_PREFIX) && pii_free_word(c, j + 1) &&
	    pii_gap(c, j + 1, GAP_NAME))
		j++;
	if (!pii_free_word(c, j) || (j > first && pii_office_word(c, j)))
		return 0;
	f = c->c_tok[j].tk_flags;
	if (f & (W_KEEP | W_MONTH | W_TITLE))
		return 0;
	if ((f & W_NAME_VERB) && !(f & W_NAME) && !c->c_tok[j].tk_caller)
		return 0;	/* "die me mevrouw noemde" */
	/* a word with its capital after prefixes is a surname, also a word: "meneer Van der Meer" */
	return c->c_tok[j].tk_caller || (f & W_NAME) || !(f & W_COMMON) ||
	    (j > first && c->c_tok[j].tk_cap && !pii_all_caps(c, j));
}

/* Written in capitals only ("GGD", "HELP"): its capital says nothing. */
static int
pii_all_caps(const struct pii_ctx *c, size_t i)
{
	const struct pii_tok *tk = &c->c_tok[i];
	unsigned char b;

	if (tk->tk_end - tk->tk_start < 2)
		return 0;
	b = (unsigned char)c->c_text[tk->tk_start + 1];
	return b >= 'A' && b <= 'Z';
}

/*
 * After a title, a capitalised word that is also a common word is a
 * surname: "mevrouw Zeker", "meneer Vos" (not one in capitals, a place, a
 * month or a word that starts a sentence).
 */
static int
pii_title_word_name(const struct pii_ctx *c, size_t j)
{
	return pii_free_word(c, j) && c->c_tok[j].tk_cap && !c->c_tok[j].tk_sstart &&
	    !pii_all_caps(c, j) && c->c_tok[j].tk_flen > 1 &&
	    !(c->c_tok[j].tk_flags & (W_KEEP | W_MONTH | W_TITLE | W_ARTICLE | W_PREFIX));
}

/* A person close to someone, after "zijn", "haar" or "'s" ("Roos haar vader", "Lente's boyfriend"). */
static const char *const pii_kin[] = { "vader", "moeder", "pa", "ma", "papa", "mama", "ouders", "broer",
    "broertje", "zus", "zusje", "opa", "oma", "oom", "tante", "neef", "nicht", "vriend", "vriendin",
    "vriendje", "ex", "dochter", "zoon", "stiefvader", "stiefmoeder", "dad", "mum", "mom", "father",
    "mother", "parents", "brother", "sister", "boyfriend", "girlfriend", "friend", "uncle", "aunt",
    "grandma", "grandpa", "nan", "stepdad", "stepmom", "stepmum", "cousin", "bf", "gf", "pleegvader",
    "pleegmoeder", "pleegouders", "voogd", "stiefpa", "stiefma", "guardian", "vrienden",
    "vriendinnen", "friends", "broers", "zussen", "brothers", "sisters", "cousins" };

/*
 * The capitalised word at i continues a name after the capitalised word
 * before it: a run of listed names and prefixes ("Roos" and "Bakker" are
 * one name in "bel Roos Bakker", and so are "Van" and "Dijk"), a listed
 * surname ("Orlando Bakker"), a name's second word right after a relation
 * ("mijn vader Orlando Fortez").
 */
static int
pii_caps_name_run(const struct pii_ctx *c, size_t i)
{
	uint32_t prev;

	if (i == 0 || c->c_tok[i - 1].tk_kind != TK_WORD || !c->c_tok[i - 1].tk_cap ||
	    !pii_gap(c, i, GAP_SPACE) || pii_all_caps(c, i))
		return 0;
	prev = c->c_tok[i - 1].tk_flags;
	/* a listed surname after any capitalised word, and a name right after a relation */
	return ((prev & (W_NAME | W_PREFIX)) && (c->c_tok[i].tk_flags & (W_NAME | W_PREFIX))) ||
	    (c->c_tok[i].tk_flags & (W_SUR | W_SUR_AMB)) || pii_context(c, i - 1, W_REL_END) ||
	    (i >= 2 && pii_gap(c, i - 1, " \t,") && pii_fold_in(c, i - 2, pii_kin, NELEM(pii_kin)));
}

/*
 * 1 when capitals in the text mark names: of the words that do not start a
 * sentence, at most half are capitalised ("I" and "I'm" not counted), or
 * only one. A run of listed names and prefixes counts once ("Van Dijk").
 * Text Written In Title Case or in capitals does not qualify.
 */
static int
pii_caps_mark_names(const struct pii_ctx *c)
{
	size_t i, words = 0, caps = 0;

	for (i = 0; i < c->c_ntok; i++) {
		if (c->c_tok[i].tk_kind != TK_WORD || c->c_tok[i].tk_sstart)
			continue;
		if (c->c_text[c->c_tok[i].tk_start] == 'I' && (c->c_tok[i].tk_flen == 1 ||
		    c->c_fold[c->c_tok[i].tk_fold + 1] == '\''))
			continue;	/* "I", "I'm" */
		if (c->c_tok[i].tk_cap && pii_caps_name_run(c, i))
			continue;
		words++;
		if (c->c_tok[i].tk_cap)
			caps++;
	}
	return caps < 2 || caps * 2 <= words;
}

/* The word before i says a place or a thing follows: "in", "naar", "uit", "op", an article. */
static int
pii_place_before(const struct pii_ctx *c, size_t i)
{
	static const char *const w[] = { "in", "naar", "uit", "op", "vanuit", "richting", "from", "at", "into" };
	static const char *const ask[] = { "vraag", "vragen", "vraagt", "vroeg", "vroegen" };
	static const char *const go[] = { "go", "goes", "went", "going", "moved", "move", "moving" };
	static const char *const trip[] = { "trip", "flight", "holiday", "vacation" };
	static const char *const our[] = { "a", "the", "our", "my", "class", "school", "on", "family" };
	size_t k;

	if (i == 0 || !pii_word(c, i - 1))
		return 0;
	/* "je moet vragen naar Joke": a person */
	if (i >= 2 && pii_fold_is(c, i - 1, "naar") && pii_fold_in(c, i - 2, ask, NELEM(ask)))
		return 0;
	if (c->c_tok[i - 1].tk_flags & W_ARTICLE)
		return 1;
	for (k = 0; k < NELEM(w); k++)
		if (pii_fold_is(c, i - 1, w[k]))
			return 1;
	/* "go to", "went to", "a trip to": a place or a school */
	if (!pii_fold_is(c, i - 1, "to") || i < 2 || !pii_word(c, i - 2))
		return 0;
	/* "our class trip to", "on holiday to"; not "have a safe trip to Kaylani" */
	if (pii_fold_in(c, i - 2, trip, NELEM(trip)))
		return i >= 3 && pii_word(c, i - 3) && pii_fold_in(c, i - 3, our, NELEM(our));
	return pii_fold_in(c, i - 2, go, NELEM(go));
}

/* "ik ben" or "I'm" right before i. */
static int
pii_after_ik_ben(const struct pii_ctx *c, size_t i)
{
	if (i >= 1 && pii_word(c, i - 1) && pii_gap(c, i, GAP_SPACE) &&
	    (pii_fold_is(c, i - 1, "i'm") || pii_fold_is(c, i - 1, "im")))
		return 1;
	return i >= 2 && pii_word(c, i - 1) && pii_word(c, i - 2) && pii_gap(c, i, GAP_SPACE) &&
	    pii_gap(c, i - 1, GAP_SPACE) && ((pii_fold_is(c, i - 1, "ben") && pii_fold_is(c, i - 2, "ik")) ||
	    (pii_fold_is(c, i - 1, "am") && pii_fold_is(c, i - 2, "i")));
}

/* The word i ends a clause: the text ends, punctuation follows, or "en", "maar", "uit". */
static int
pii_clause_end(const struct pii_ctx *c, size_t i)
{
	static const char *const next[] = { "en", "and", "maar", "uit", "from", "trouwens", "btw", "hoor",
	    "again", "here" };

	if (i + 1 >= c->c_ntok || !pii_gap(c, i + 1, GAP_SPACE))
		return 1;
	return pii_fold_in(c, i + 1, next, NELEM(next));
}

/*
 * A verb that says what a person did (name_verbs.txt) comes right after i;
 * with aux, also "is", "heeft", "en" and the like, and any lower-case
 * word ending like a verb.
 */
static int
pii_verb_after(const struct pii_ctx *c, size_t i, int aux)
{
	static const char *const w[] = { "is", "was", "heeft", "had", "en", "wil", "gaat", "ging", "moet",
	    "kan", "zit", "komt", "kwam", "doet", "deed", "and", "has", "wants" };
	size_t k;

	if (!pii_free_word(c, i + 1) || !pii_gap(c, i + 1, GAP_SPACE) || c->c_tok[i + 1].tk_cap)
		return 0;
	if (c->c_tok[i + 1].tk_flags & W_NAME_VERB)
		return 1;
	for (k = 0; aux && k < NELEM(w); k++)
		if (pii_fold_is(c, i + 1, w[k]))
			return 1;
	/* "mijn zus tamsin snijdt": a verb in the third person */
	return aux && !(c->c_tok[i + 1].tk_flags & (W_NAME | W_PREFIX)) && c->c_tok[i + 1].tk_flen > 2 &&
	    c->c_fold[c->c_tok[i + 1].tk_fold + c->c_tok[i + 1].tk_flen - 1] == 't';
}

/*
 * "van", "uit" or "from", one or two lower-case words and a verb of
 * name_verbs.txt after i: "Djaïr van voetbal zegt", "Ilias uit mijn klas
 * stuurt".
 */
static int
pii_verb_after_van(const struct pii_ctx *c, size_t i)
{
	static const char *const from[] = { "van", "uit", "from" };
	size_t k;

	if (!pii_word(c, i + 1) || !pii_gap(c, i + 1, GAP_SPACE) || c->c_tok[i + 1].tk_cap ||
	    !pii_fold_in(c, i + 1, from, NELEM(from)))
		return 0;
	for (k = i + 2; k <= i + 3; k++) {
		if (!pii_free_word(c, k) || !pii_gap(c, k, GAP_SPACE) || c->c_tok[k].tk_cap ||
		    (c->c_tok[k].tk_flags & W_NAME))
			return 0;
		if (pii_verb_after(c, k, 0))
			return 1;
	}
	return 0;
}

/* The word ends like a Dutch verb or participle (-t, -d, -en) or an English one (-ing, -ed). */
static int
pii_verb_ending(const struct pii_ctx *c, size_t i)
{
	const char *f = c->c_fold + c->c_tok[i].tk_fold;
	size_t n = c->c_tok[i].tk_flen;

	return f[n - 1] == 't' || f[n - 1] == 'd' || (n > 2 && f[n - 2] == 'e' && f[n - 1] == 'n') ||
	    (n > 3 && memcmp(f + n - 3, "ing", 3) == 0);
}

/* The folded word at i ends in one of the endings, with at least minstem letters before it. */
static int
pii_ends_in(const struct pii_ctx *c, size_t i, const char *const *endings, size_t nendings, size_t minstem)
{
	const char *f = c->c_fold + c->c_tok[i].tk_fold;
	size_t n = c->c_tok[i].tk_flen, k, l;

	for (k = 0; k < nendings; k++) {
		l = strlen(endings[k]);
		if (n >= l + minstem && memcmp(f + n - l, endings[k], l) == 0)
			return 1;
	}
	return 0;
}

/* The word ends like a Dutch or English adjective: -ig, -lijk, -isch, -baar, -loos, -y, ... */
static int
pii_adjective_ending(const struct pii_ctx *c, size_t i)
{
	static const char *const e[] = { "ig", "lijk", "isch", "baar", "loos", "zaam", "aal", "ief", "eel",
	    "y", "ful", "ous", "ive", "ic", "al", "less", "ed", "ish" };

	return pii_ends_in(c, i, e, NELEM(e), 2);
}

/*
 * A compound of a common word: it ends in one of four letters or more
 * ("wijkteam"), or an intensifier comes before one ("doodmoe", "superblij").
 */
static int
pii_common_compound(const struct pii_ctx *c, size_t i)
{
	static const char *const pre[] = { "dood", "doods", "super", "mega", "kei", "hyper", "over", "zwaar" };
	const char *f = c->c_fold + c->c_tok[i].tk_fold;
	size_t n = c->c_tok[i].tk_flen, k, l;

	for (k = 3; k + 4 <= n; k++)
		if (pii_lookup(c->c_pl, f + k, n - k) & W_COMMON)
			return 1;
	for (k = 0; k < NELEM(pre); k++) {
		l = strlen(pre[k]);
		if (n > l + 1 && memcmp(f, pre[k], l) == 0 && (pii_lookup(c->c_pl, f + l, n - l) & W_COMMON))
			return 1;
	}
	return 0;
}

/* A name right before i, then "en", "and", "of" or a comma: "sanne, luuk en mees". */
static int
pii_in_name_list(const struct pii_ctx *c, size_t i)
{
	if (i >= 1 && c->c_tok[i - 1].tk_label == PII_NAAM + 1 && pii_gap(c, i, " \t,") &&
	    !pii_gap(c, i, GAP_SPACE))
		return 1;
	return i >= 2 && c->c_tok[i - 2].tk_label == PII_NAAM + 1 && pii_word(c, i - 1) &&
	    pii_gap(c, i, GAP_SPACE) && pii_gap(c, i - 1, " \t,") &&
	    (pii_fold_is(c, i - 1, "en") || pii_fold_is(c, i - 1, "and") || pii_fold_is(c, i - 1, "of"));
}

/*
 * The word at k is first in a sentence, unlisted, a noun in "-ing" of
 * PII_ING_NOUN letters or more: no first name ("Doorverwijzing van J.
 * Pattinama"; "Irving de Jong", "Sterling" are names).
 */
static int
pii_sstart_form_word(const struct pii_ctx *c, size_t k)
{
	static const char *const ing[] = { "ing" };

	return c->c_tok[k].tk_sstart && !(c->c_tok[k].tk_flags & W_NAME) &&
	    c->c_tok[k].tk_flen >= PII_ING_NOUN && pii_ends_in(c, k, ing, 1, 0);
}

/* A capitalised word that can be part of a name on its left: no list word, not in capitals. */
static int	pii_profession(const struct pii_ctx *, size_t);

static int
pii_left_name_word(const struct pii_ctx *c, size_t k)
{
	return pii_cap_word(c, k) && !(c->c_tok[k].tk_flags & W_NOT_NAME) && !pii_all_caps(c, k) &&
	    !pii_sstart_form_word(c, k) && !((c->c_tok[k].tk_flags & W_NAME) == 0 && pii_profession(c, k));
}

/* Words before a month: "in mei", "since June", "eind april". */
static const char *const pii_month_before[] = { "in", "op", "sinds", "eind", "begin", "half", "bijna",
    "midden", "pas",
    "medio", "tot", "vanaf", "voor", "na", "of", "en", "and", "since", "until", "till", "van",
    "on", "by", "early", "late", "end", "mid", "next", "last", "this", "volgende", "vorige", "deze" };

/* Is the month word at i used as a month here (after such a word or a number)? */
static int
pii_month_context(const struct pii_ctx *c, size_t i)
{
	return i > 0 && pii_gap(c, i, " \t") && (pii_fold_in(c, i - 1, pii_month_before,
	    NELEM(pii_month_before)) || c->c_tok[i - 1].tk_kind != TK_WORD);
}

/*
 * Label a name from first to end, with the capitalised words right before
 * it that can be part of a name ("Priscilla Kromodimedjo").
 */
static void
pii_label_name(struct pii_ctx *c, size_t first, size_t end)
{
	size_t k;

	for (;;) {
		if (first > 0 && pii_gap(c, first, GAP_NAME) && pii_left_name_word(c, first - 1)) {
			first--;
			continue;
		}
		/*
		 * A month that is a first name, before a name of two words
		 * ("Mei Ling Chen", "April Jones"); not after a number or a
		 * word that goes with a month ("3 mei", "in mei").
		 */
		if (first > 0 && end > first && pii_gap(c, first, GAP_SPACE) &&
		    pii_free_word(c, first - 1) && c->c_tok[first - 1].tk_cap &&
		    (c->c_tok[first - 1].tk_flags & W_MONTH) && !pii_all_caps(c, first - 1) &&
		    (first == 1 || c->c_tok[first - 2].tk_kind == TK_WORD) &&
		    !(first >= 2 && pii_month_context(c, first - 1))) {
			first--;
			continue;
		}
		/* "Gerjan van der" before "Plas" */
		k = first;
		while (k > 0 && first - k < 3 && pii_gap(c, k, GAP_NAME) && pii_free_word(c, k - 1) &&
		    (c->c_tok[k - 1].tk_flags & W_PREFIX) && !c->c_tok[k - 1].tk_cap)
			k--;
		if (k < first && k > 0 && pii_gap(c, k, GAP_NAME) && pii_left_name_word(c, k - 1) &&
		    c->c_tok[first].tk_cap) {
			first = k - 1;
			continue;
		}
		/*
		 * "de familie van der Knaap", "buurman ter Horst": two prefixes, or
		 * "van", "ter", "ten", before a surname (not "moeder van Sem")
		 */
		if (k < first && c->c_tok[first].tk_cap && !pii_all_caps(c, first) &&
		    !(c->c_tok[first].tk_flags & (W_FIRST | W_FIRST_AMB)) &&
		    (first - k >= 2 || ((c->c_tok[first].tk_flags & (W_SUR | W_SUR_AMB)) &&
		    (pii_fold_is(c, k, "van") || pii_fold_is(c, k, "ter") || pii_fold_is(c, k, "ten") ||
		    pii_fold_is(c, k, "vd")))))
			first = k;
		break;
	}
	pii_label(c, first, end, PII_NAAM);
}

/*
 * A word in lower case (the caller's: a listed first name or surname),
 * prefixes and a surname from the lists, all in lower case, with no word
 * after it in the clause: "mees van dijk", "roos de vries" as a reply.
 */
static int
pii_lower_full_name(const struct pii_ctx *c, size_t i)
{
	size_t m;

	if (c->c_tok[i].tk_cap || !pii_free_word(c, i + 1) || c->c_tok[i + 1].tk_cap ||
	    !(c->c_tok[i + 1].tk_flags & W_PREFIX) || !pii_gap(c, i + 1, GAP_SPACE))
		return 0;
	m = pii_skip_prefixes(c, i + 1);
	return m > i + 1 && pii_free_word(c, m) && !c->c_tok[m].tk_cap &&
	    (c->c_tok[m].tk_flags & (W_SUR | W_SUR_AMB)) && !pii_gap(c, m + 1, GAP_SPACE);
}

/*
 * Token i is a first name from the lists (also one that is also a word) and
 * the next a surname from the lists, both with a capital and not in
 * capitals, with a space between: "Mark Bakker", "Roos Visser" (not a
 * word in no list: "Mark Rutte" is found by the capitals rule).
 */
static int
pii_cap_full_name(const struct pii_ctx *c, size_t i)
{
	const struct pii_tok *a = &c->c_tok[i], *b;

	if (i + 1 >= c->c_ntok || !a->tk_cap || pii_all_caps(c, i) || !(a->tk_flags & (W_FIRST | W_FIRST_AMB)) ||
	    (a->tk_flags & (W_KEEP | W_MONTH | W_TITLE | W_PREFIX | W_ARTICLE)) || !pii_free_word(c, i + 1) ||
	    !pii_gap(c, i + 1, GAP_SPACE))
		return 0;
	b = &c->c_tok[i + 1];
	return b->tk_cap && !pii_all_caps(c, i + 1) && (b->tk_flags & (W_SUR | W_SUR_AMB)) &&
	    !(b->tk_flags & (W_KEEP | W_MONTH | W_TITLE | W_PREFIX | W_ARTICLE));
}

/*
 * Is the listed first name or surname at i (flags f, cap: capitalised and
 * capitals mark names; strong/weak: a relation word before it) a name
 * here? Not after an article ("de Jong" may be, "het Bos" is not).
 */
static int
pii_listed_is_name(struct pii_ctx *c, size_t i, int cap, int strong, int weak)
{
	static const char *const has[] = { "heeft", "has" };
	uint32_t f = c->c_tok[i].tk_flags;
	int art, next_name;

	if ((f & W_MONTH) && !strong && pii_month_context(c, i))
		return 0;	/* "exams in June", not "my sister June" */

	art = i > 0 && pii_word(c, i - 1) && pii_gap(c, i, GAP_SPACE) &&
	    (c->c_tok[i - 1].tk_flags & W_ARTICLE) &&
	    !((f & (W_SUR | W_SUR_AMB)) && cap && (c->c_tok[i - 1].tk_flags & W_PREFIX));
	/* a surname after it, not after a lower-case word that is only a surname: "mijn baas Yusuf Demir" */
	next_name = pii_free_word(c, i + 1) && pii_gap(c, i + 1, GAP_SPACE) &&
	    (c->c_tok[i].tk_cap || (f & (W_FIRST | W_FIRST_AMB))) &&
	    (((c->c_tok[i + 1].tk_flags & W_SUR) &&
	    !(c->c_tok[i + 1].tk_flags & (W_COMMON | W_SUR_AMB))) ||
	    ((c->c_tok[i + 1].tk_flags & W_PREFIX) && pii_after_prefix(c, pii_skip_prefixes(c, i + 1)) &&
	    /* not a common word in lower case before "op": "verliefd ben op Mats" */
	    (cap || !(f & W_COMMON) || !pii_fold_is(c, i + 1, "op"))));
	/* "my aunt till sunday": "till" in lower case after a relation only before a verb */
	if (strong && !cap && pii_fold_is(c, i, "till") && !pii_verb_after(c, i, 1))
		strong = 0;
	return !art && ((cap && !c->c_tok[i].tk_sstart) || (strong && (cap || !(f & W_COMMON))) ||
	    /* a first name and a surname, both with a capital, also where capitals mark no names: "Mark Bakker" */
	    pii_cap_full_name(c, i) ||
	    /* after a relation, with a capital also in a short message: "my coach Ben Fox" */
	    (strong && c->c_tok[i].tk_cap && !c->c_tok[i].tk_sstart && !pii_all_caps(c, i) &&
	    (f & (W_FIRST | W_FIRST_AMB))) ||
	    next_name || pii_lower_full_name(c, i) ||
	    /* in lower case first in a sentence before a verb: "jay heeft een foto doorgestuurd" */
	    (!c->c_tok[i].tk_cap && c->c_tok[i].tk_sstart && (f & W_FIRST_AMB) && !(f & (W_COMMON | W_MONTH)) &&
	    (pii_verb_after(c, i, 0) || pii_fold_in(c, i + 1, has, NELEM(has)))) || (weak && cap) || ((f & W_FIRST_AMB) && !(f & W_COMMON) &&
	    (pii_in_name_list(c, i) || (pii_after_ik_ben(c, i) && pii_clause_end(c, i)))) ||
	    ((f & (W_SUR | W_SUR_AMB)) && cap && pii_prefixes_before(c, i) < i));
}

/* A word that ends like a job: "ik ben jeugdbeschermer", "pleegzorgwerker", "verpleegkundige". */
static int
pii_profession(const struct pii_ctx *c, size_t i)
{
	static const char *const end[] = { "werker", "beschermer", "kundige", "verlener", "begeleider",
	    "consulent", "therapeut", "docent", "leraar", "lerares", "arts", "coach", "ouder", "worker",
	    "manager", "adviseur", "regisseur", "mentor", "trainer", "student", "stagiair", "stagiaire",
	    "leider", "leidster", "leader", "gevende", "eigenaar", "collega", "chef", "buddy", "bediende",
	    "baas", "boss" };

	return pii_ends_in(c, i, end, NELEM(end), 0);
}

/*
 * A job in no list of first names or surnames ("baas", a surname that is
 * also a word, is one): "baas zegt", "boss pays me late" start with no
 * name; "Aarts zegt" does.
 */
static int
pii_job_not_name(const struct pii_ctx *c, size_t i)
{
	return pii_profession(c, i) && !(c->c_tok[i].tk_flags & (W_FIRST | W_SUR));
}

/*
 * A word in no list after "ik ben" or "I'm" that ends a clause and
 * does not end like a verb or an adjective ("ik ben naima", "ik ben
 * jaivano, 15"); what people are ("moe", "trans") is in common.txt.
 */
static int
pii_unlisted_after_ik_ben(struct pii_ctx *c, size_t i)
{
	return c->c_tok[i].tk_flen >= 3 && pii_after_ik_ben(c, i) && !pii_profession(c, i) &&
	    pii_clause_end(c, i) && !pii_verb_ending(c, i) && !pii_adjective_ending(c, i) &&
	    !pii_common_compound(c, i);
}

/*
 * A word in no list right before a verb that follows people: at the
 * start of a sentence with a capital ("Zorvan heeft het gezegd"), or
 * after "mijn vriendin" when it does not end like a verb ("mijn
 * vriendin zorvan zegt"; at the end of a clause: "mijn vriend zorvan").
 */
static int
pii_unlisted_before_verb(struct pii_ctx *c, size_t i, int cap, int strong)
{
	return !pii_all_caps(c, i) && c->c_tok[i].tk_flen >= 3 &&
	    ((cap && c->c_tok[i].tk_sstart && !pii_profession(c, i) && pii_verb_after(c, i, 0)) ||
	    (strong && !cap && !pii_verb_ending(c, i) && (pii_verb_after(c, i, 1) ||
	    pii_clause_end(c, i))));
}

/*
 * A word joined by hyphens whose every part is a place, a language or a
 * nationality: "Turkish-Dutch", "Marokkaans-Nederlands", "Syrisch-Koerdisch".
 */
static int
pii_kept_parts(const struct pii_ctx *c, size_t i)
{
	const char *w = &c->c_fold[c->c_tok[i].tk_fold], *p = w, *dash;
	size_t n = c->c_tok[i].tk_flen;

	if (memchr(w, '-', n) == NULL)
		return 0;
	while ((dash = memchr(p, '-', n - (size_t)(p - w))) != NULL) {
		if (dash == p || !(pii_lookup(c->c_pl, p, (size_t)(dash - p)) & W_KEEP))
			return 0;
		p = dash + 1;
	}
	return p < w + n && (pii_lookup(c->c_pl, p, n - (size_t)(p - w)) & W_KEEP);
}

/* Right after "ben", "is", "I'm", "am", "are": what someone is, not who. */
static int
pii_after_be(const struct pii_ctx *c, size_t i)
{
	static const char *const be[] = { "ben", "is", "zijn", "was", "i'm", "im", "am", "are", "were" };

	return i > 0 && pii_word(c, i - 1) && pii_fold_in(c, i - 1, be, NELEM(be));
}

/*
 * An unknown capitalised word after "met", "mijn vriendin" (related); or
 * inside a sentence of text whose capitals mark names, not after "in",
 * "naar" or an article (a place or a thing: "naar Parijs", "op het
 * Dalton"), nor right after a number (a menu item, "113 Zelfmoordpreventie"),
 * nor a letter alone ("vitamine D", "plan B": an initial is read by
 * pii_rule_initials and after a title or a name).
 */
static int
pii_unknown_capital(struct pii_ctx *c, size_t i, int caps, int related)
{
	return !pii_all_caps(c, i) && !(pii_kept_parts(c, i) && (!related || pii_after_be(c, i))) && (related ||
	    (caps && c->c_tok[i].tk_flen > 1 && !c->c_tok[i].tk_sstart && !pii_place_before(c, i) &&
	    !(i > 0 && c->c_tok[i - 1].tk_kind != TK_WORD && pii_gap(c, i, GAP_SPACE))));
}

/*
 * "meneer de groot", "mevrouw van dijk": after the title at i, prefixes in
 * lower case (not "het") and a surname; the surname's token, or 0. After
 * "op" or "in" only a surname of the lists ("juf op het zwembad").
 */
static size_t
pii_title_lower_surname(const struct pii_ctx *c, size_t i)
{
	static const char *const surname_only[] = { "der", "den" };
	size_t end, k;

	if (!pii_gap(c, i + 1, GAP_TITLE) || !pii_free_word(c, i + 1) || c->c_tok[i + 1].tk_cap ||
	    !(c->c_tok[i + 1].tk_flags & W_PREFIX) || pii_fold_is(c, i + 1, "het") ||
	    (end = pii_skip_prefixes(c, i + 1)) == i + 1 || !pii_free_word(c, end) ||
	    !pii_gap(c, end, GAP_NAME))
		return 0;
	if (c->c_tok[end].tk_flags & (W_SUR | W_SUR_AMB))
		return end;
	/* "juf op het praktijkonderwijs", "meester in de klas": a place, unless a surname of the lists */
	if (pii_fold_is(c, i + 1, "op") || pii_fold_is(c, i + 1, "in"))
		return 0;
	/* "mevrouw van der meer": after der or den any word is a surname ("meneer ten eerste" is none) */
	for (k = i + 1; k < end; k++)
		if (pii_fold_in(c, k, surname_only, NELEM(surname_only)))
			return !(c->c_tok[end].tk_flags & W_KEEP) ? end : 0;
	/*
	 * not "de mevrouw van de administratie", "meneer van de leerlingenzorg";
	 * after an article a word in no surname list is where the person is from
	 * ("de mevrouw van de schuldhulp")
	 */
	if (i > 0 && pii_word(c, i - 1) && (c->c_tok[i - 1].tk_flags & W_ARTICLE) && pii_gap(c, i, GAP_SPACE))
		return 0;
	return !(c->c_tok[end].tk_flags & W_NOT_NAME) && !pii_office_word(c, end) ? end : 0;
}

/*
 * "wijkagent de boer", "mentor van dijk", "agent de jong": after a relation
 * (relations.txt) or a role of the police and the law, the prefixes at i in
 * lower case and a surname of the lists; the surname's token, or 0 ("mijn
 * broer van school", "mijn zusje op slot", "mijn vriend van de bakker" are
 * none).
 */
static size_t
pii_rel_lower_surname(const struct pii_ctx *c, size_t i)
{
	static const char *const role[] = { "agent", "politieagent", "rechercheur", "advocaat", "agente" };
	size_t end;

	if (i == 0 || !(c->c_tok[i].tk_flags & W_PREFIX) ||
	    !(pii_context(c, i, W_REL_END) || (pii_word(c, i - 1) && pii_fold_in(c, i - 1, role, NELEM(role)))) ||
	    pii_fold_is(c, i, "op") || pii_fold_is(c, i, "in") ||
	    (end = pii_title_lower_surname(c, i - 1)) == 0 || (c->c_tok[end].tk_flags & W_KEEP))
		return 0;
	if (end == i + 2 && pii_fold_is(c, i, "van") && (pii_fold_is(c, i + 1, "de") || pii_fold_is(c, i + 1, "het")))
		return 0;	/* "mijn vriend van de bakker": where from */
	return (c->c_tok[end].tk_flags & (W_SUR | W_SUR_AMB)) || pii_fold_is(c, end - 1, "der") ||
	    pii_fold_is(c, end - 1, "den") ? end : 0;
}

/*
 * "juf op het praktijkonderwijs", "meester in de klas": after the title at
 * i, "op" or "in" in lower case up to a lower-case word in no surname list
 * at end is a place ("meneer In 't Veld" is a name).
 */
static int
pii_title_place(const struct pii_ctx *c, size_t i, size_t end)
{
	return (pii_fold_is(c, i + 1, "op") || pii_fold_is(c, i + 1, "in")) && !c->c_tok[i + 1].tk_cap &&
	    !c->c_tok[end].tk_cap && !(c->c_tok[end].tk_flags & (W_SUR | W_SUR_AMB));
}

/*
 * "i already miss sleeping in": "miss" in lower case before a lower-case
 * word in no list is the verb, not the title, after a pronoun or an
 * adverb or before a word in -ing ("my teacher miss okafor" stays a title).
 */
static int
pii_miss_verb(const struct pii_ctx *c, size_t i)
{
	static const char *const before[] = { "i", "we", "you", "u", "they", "he", "she",
	    "already", "still", "really", "so", "just", "gonna", "will", "would", "dont",
	    "don't", "cant", "can't", "to", "ill", "i'll", "def", "lowkey", "kinda" };
	const struct pii_tok *n = &c->c_tok[i + 1];

	if (!pii_fold_is(c, i, "miss") || c->c_tok[i].tk_cap || n->tk_cap ||
	    (n->tk_flags & W_NAME) || n->tk_caller)
		return 0;
	return (i > 0 && pii_fold_in(c, i - 1, before, NELEM(before))) ||
	    (n->tk_flen > 4 && memcmp(c->c_fold + n->tk_fold + n->tk_flen - 3, "ing", 3) == 0);
}

/*
 * A title used as a word for a role: the verb "miss" (pii_miss_verb), or
 * after an article or a possessive before a verb in lower case ("the
 * doctor said", "the school doctor said", "de dokter zei", "mijn juf
 * wil"; not "de dokter hermans"; "said" is a verb here, not the name).
 */
static int
pii_title_no_name(const struct pii_ctx *c, size_t i)
{
	static const char *const the[] = { "the", "de", "het", "a", "an", "een", "my", "mijn", "mn",
	    "your", "je", "jouw", "our", "onze", "ons", "his", "her", "zijn", "haar", "their", "hun",
	    "school" };
	static const char *const verb[] = { "zei", "zegt", "wil", "gaf", "geeft", "vroeg", "vraagt",
	    "said", "says", "told", "asked", "gave", "gives", "wants", "thinks", "denkt", "is", "was",
	    "has", "had", "heeft", "kan", "can", "moet", "must", "will", "would", "zou", "gaat", "goes",
	    "keeps", "made", "maakte", "let", "liet", "tells", "vindt", "vond" };
	const struct pii_tok *n = &c->c_tok[i + 1];

	if (pii_miss_verb(c, i))
		return 1;
	return i > 0 && pii_fold_in(c, i - 1, the, NELEM(the)) && !n->tk_cap && !n->tk_caller &&
	    (pii_fold_in(c, i + 1, verb, NELEM(verb)) || (!(n->tk_flags & W_NAME) &&
	    pii_verb_ending(c, i + 1))) &&
	    !(pii_word(c, i + 2) && pii_gap(c, i + 2, GAP_SPACE) && (pii_fold_in(c, i + 2, verb,
	    NELEM(verb)) || (c->c_tok[i + 2].tk_flags & W_NAME_VERB)));
}

/*
 * "called", "named" or "genaamd" right before i, after a word for a chat,
 * a song, a film or a book, gives the name of a thing, not of a person:
 * "a group chat called ugly people", "een liedje genaamd" (not a word from
 * the name lists, nor after a word for a person: "een jongen in de
 * groepsapp genaamd quincyvano").
 */
static int
pii_thing_called(const struct pii_ctx *c, size_t i)
{
	static const char *const thing[] = { "chat", "groupchat", "groepsapp", "groepschat", "film",
	    "movie", "serie", "series", "show", "boek", "book", "song", "liedje", "nummer", "podcast",
	    "video", "filmpje" };
	static const char *const called[] = { "called", "named", "genaamd" };
	size_t k;

	if (i < 2 || (c->c_tok[i].tk_flags & (W_FIRST | W_FIRST_AMB | W_SUR | W_SUR_AMB)) ||
	    !pii_fold_in(c, i - 1, called, NELEM(called)) || !pii_fold_in(c, i - 2, thing, NELEM(thing)))
		return 0;
	/* "een jongen in de groepsapp genaamd quincyvano" is a person */
	for (k = i - 2; k > 0 && i - 2 - k < 4; k--)
		if (pii_fold_in(c, k - 1, pii_online_person, NELEM(pii_online_person)))
			return 0;
	return 1;
}

/* What people are called to hurt them, after "call me", "noemen me": no name. */
static const char *const pii_insults[] = { "fat", "ugly", "stupid", "dumb", "weird", "lazy", "gay",
    "slut", "whore", "loser", "crazy", "psycho", "annoying", "useless", "worthless", "fake",
    "short", "skinny", "emo", "nerd", "freak", "fatso", "pig", "cow", "dik", "lelijk", "dom",
    "raar", "slet", "hoer", "gek", "mongool", "homo", "lesbo", "vetzak", "dikzak", "sukkel",
    "kneus", "zielig", "nep", "bitch", "trut", "kut", "mislukt", "mislukkeling" };

/*
 * A name after a trigger ("ik heet", "mijn naam is"): a word that may
 * start a name, or any capitalised word but a place, a month, a title or
 * an article ("mijn naam is Lente Bakker": a capital makes even a word a
 * name); not an insult in lower case ("they call me fat").
 */
static int
pii_after_trigger(const struct pii_ctx *c, size_t i, int cap)
{
	uint32_t f = c->c_tok[i].tk_flags;

	if (!pii_context(c, i, W_TRIG_END))
		return 0;	/* read from the token: most words end here */
	if (!cap && f == 0 && pii_adjective_ending(c, i) &&
	    c->c_fold[c->c_tok[i].tk_fold + c->c_tok[i].tk_flen - 1] != 'y')
		return 0;	/* "noemt me waardeloos"; "noem me maar shorty" is a name */
	if (!cap && pii_thing_called(c, i))
		return 0;	/* "a group chat called ugly people" */
	if (!cap && c->c_tok[i].tk_spoken && !(f & (W_FIRST | W_FIRST_AMB | W_SUR)))
		return 0;	/* "I called one one three" */
	if (!cap && !(f & (W_FIRST | W_FIRST_AMB | W_SUR)) && pii_fold_in(c, i, pii_insults, NELEM(pii_insults)))
		return 0;	/* "they call me fat", "ze noemen me dik" */
	return !(f & W_PREFIX) && (pii_name_start(c, i) ||
	    (cap && !(f & (W_KEEP | W_MONTH | W_TITLE | W_ARTICLE)) && pii_gap(c, i, GAP_SPACE)));
}

/*
 * A surname with its prefixes after "achternaam (is)", "surname (is)":
 * "mijn achternaam is van der meer", whatever the last word is. Its last
 * token, or 0.
 */
static size_t
pii_surname_after_trigger(const struct pii_ctx *c, size_t i)
{
	static const char *const said[] = { "achternaam", "surname", "familienaam" };
	size_t k = i - 1, end;

	if (!(c->c_tok[i].tk_flags & W_PREFIX) || !pii_context(c, i, W_TRIG_END))
		return 0;
	if (k > 0 && (pii_fold_is(c, k, "is") || pii_fold_is(c, k, "was")))
		k--;
	else if (pii_gap(c, i, GAP_SPACE))
		return 0;	/* "een andere achternaam te dragen"; "achternaam: van dijk" */
	if (!pii_word(c, k) || !pii_fold_in(c, k, said, NELEM(said)))
		return 0;
	end = pii_skip_prefixes(c, i);
	if (end == i || end >= c->c_ntok || !pii_free_word(c, end) || !pii_gap(c, end, GAP_NAME) ||
	    (c->c_tok[end].tk_flags & (W_PREFIX | W_KEEP)))
		return 0;
	return pii_extend_name(c, end);
}

/*
 * A capitalised word after the role a file or a referral gives the young
 * person: "cliënt Storm Brouwer", "leerling Jade Bos", "patient Hope
 * Bakker" (in lower case it is no name: "een leerling zelf").
 */
static int
pii_role_before(const struct pii_ctx *c, size_t i)
{
	static const char *const role[] = { "client", "clienten", "leerling", "pupil", "patient",
	    "jongere", "deelnemer", "aanmelding" };

	return i > 0 && c->c_tok[i].tk_cap && !pii_all_caps(c, i) && pii_gap(c, i, GAP_SPACE) &&
	    pii_word(c, i - 1) && pii_fold_in(c, i - 1, role, NELEM(role));
}

/* Words "ben van" is the verb after: "omdat ik fan ben van Emma", "gek ben van". */
static const char *const pii_ben_after[] = { "fan", "gek", "dol", "trots", "zeker", "kwijt", "klaar",
    "af", "ik", "k" };

/*
 * The verb of "ik ben van het ...", "omdat ik fan ben van Emma", not the
 * name Ben (after a relation or a preposition it may be: "mijn vriend ben
 * van dijk", "ruzie met ben van dijk").
 */
static int
pii_verb_ben(const struct pii_ctx *c, size_t i, int cap, int strong)
{
	if (cap || i == 0)
		return 0;
	if ((c->c_tok[i].tk_flags & W_WREL_END) && pii_phrase_at(c, i, W_WREL_END) &&
	    (c->c_tok[i - 1].tk_flags & W_COMMON))
		return 1;
	/* after a word it is the verb of, not after a preposition: "met ben van dijk" is a name */
	return !strong && pii_fold_is(c, i, "ben") && i + 1 < c->c_ntok && pii_fold_is(c, i + 1, "van") &&
	    pii_fold_in(c, i - 1, pii_ben_after, NELEM(pii_ben_after));
}

static int	pii_name_noun(const struct pii_ctx *, size_t);

static void
pii_rule_names(struct pii_ctx *c)
{
	size_t i, first, end;
	uint32_t f;
	int cap, amb, strong, weak, caps;

	caps = pii_caps_mark_names(c);
	for (i = 0; i < c->c_ntok; i++) {
		if (!pii_free_word(c, i))
			continue;
		f = c->c_tok[i].tk_flags;
		cap = c->c_tok[i].tk_cap && !pii_all_caps(c, i) && caps;
		if (c->c_tok[i].tk_caller == 2 && ((cap && !c->c_tok[i].tk_sstart) ||
		    pii_context(c, i, W_TRIG_END) || pii_context(c, i, W_REL_END) ||
		    pii_context(c, i, W_WREL_END))) {
			end = pii_extend_name(c, i);
			pii_label_name(c, i, end);
			i = end;
			continue;
		}
		if (c->c_tok[i].tk_caller == 1) {
			first = (f & (W_SUR | W_SUR_AMB)) ? pii_prefixes_before(c, i) : i;
			end = pii_extend_name(c, i);
			pii_label_name(c, first, end);
			i = end;
			continue;
		}
		if (f & W_KEEP)
			continue;
		/* Two capitalised words with prefixes between: "Mireille de Ruiter", even first in a sentence. */
		if (cap && !(f & W_NOT_NAME) && (end = pii_skip_prefixes(c, i + 1)) > i + 1 &&
		    !pii_sstart_form_word(c, i) && pii_gap(c, i + 1, GAP_NAME) && !c->c_tok[i + 1].tk_cap && pii_after_prefix(c, end) &&
		    !(c->c_tok[end].tk_flags & W_NOT_NAME) && !pii_all_caps(c, end)) {
			end = pii_extend_name(c, end);
			pii_label_name(c, i, end);
			i = end;
			continue;
		}
		if (((f & W_TITLE) && (end = pii_title_lower_surname(c, i)) != 0) ||
		    (end = pii_rel_lower_surname(c, i)) != 0) {
			end = pii_extend_name(c, end);
			pii_label_name(c, i, end);
			i = end;
			continue;
		}
		if ((f & W_TITLE) && pii_gap(c, i + 1, GAP_TITLE) &&
		    (pii_name_start(c, i + 1) || pii_title_word_name(c, i + 1)) && !pii_title_no_name(c, i)) {
			end = pii_extend_name(c, i + 1);
			if ((end == i + 1 && (c->c_tok[i + 1].tk_flags & W_PREFIX)) || pii_title_place(c, i, end))
				continue;
			pii_label_name(c, i, end);
			i = end;
			continue;
		}
		if ((end = pii_surname_after_trigger(c, i)) != 0 || pii_after_trigger(c, i, cap)) {
			end = end != 0 ? end : pii_extend_name(c, i);
			pii_label_name(c, i, end);
			i = end;
			continue;
		}
		amb = (f & (W_FIRST_AMB | W_SUR_AMB | W_COMMON)) != 0;
		if (!amb && pii_name_noun(c, i))
			continue;
		if ((f & (W_FIRST | W_SUR)) && !amb) {
			first = (f & W_SUR) && !(f & W_FIRST) ? pii_prefixes_before(c, i) : i;
			end = pii_extend_name(c, i);
			pii_label_name(c, first, end);
			i = end;
			continue;
		}
		strong = pii_context(c, i, W_REL_END) || pii_role_before(c, i);
		weak = pii_context(c, i, W_WREL_END);
		if (pii_verb_ben(c, i, cap, strong))
			continue;
		if (f & (W_FIRST_AMB | W_SUR_AMB | W_FIRST | W_SUR)) {
			if (pii_listed_is_name(c, i, cap, strong, weak)) {
				first = (f & (W_SUR | W_SUR_AMB)) && !(f & (W_FIRST | W_FIRST_AMB)) ?
				    pii_prefixes_before(c, i) : i;
				end = pii_extend_name(c, i);
				pii_label_name(c, first, end);
				i = end;
			}
			continue;
		}
		if (f == 0 && !cap && pii_unlisted_after_ik_ben(c, i)) {
			pii_label_name(c, i, i);
			continue;
		}
		if (f == 0 && pii_unlisted_before_verb(c, i, cap, strong)) {
			end = pii_extend_name(c, i);
			pii_label_name(c, i, end);
			i = end;
			continue;
		}
		if (cap && !(f & W_NOT_NAME) && pii_unknown_capital(c, i, caps, strong || weak)) {
			end = pii_extend_name(c, i);
			pii_label_name(c, i, end);
			i = end;
		}
	}
}


/*
 * Word i could be a name that context alone tells: a first name that is
 * also a word ("roos", "storm"), or a word of three letters or more in no
 * list that ends like no verb or adjective ("jurensley").
 */
/* The writer's own words: "Storm en ik", "ik, jessy, mo en roshni". */
static const char *const pii_self[] = { "ik", "i", "me", "mij" };

/* Token i may be a name by its context (after a phrase, in a list of names): not a filler, in no list but a name's. */
static int
pii_context_name(const struct pii_ctx *c, size_t i)
{
	uint32_t f;

	if (!pii_free_word(c, i) || pii_all_caps(c, i) || (c->c_tok[i].tk_marks & M_FILLER))
		return 0;
	f = c->c_tok[i].tk_flags;
	if (f & (W_KEEP | W_MONTH | W_TITLE | W_PREFIX | W_ARTICLE | W_REL_END | W_NAME_VERB))
		return 0;
	if (f & W_NAME)
		return 1;
	return f == 0 && c->c_tok[i].tk_flen >= 3 && !pii_verb_ending(c, i) &&
	    !pii_common_compound(c, i) && !pii_office_word(c, i);	/* "die jongen van de selectie zn snap" */
}


/*
 * A capitalised word first in a sentence, then "zijn" or "haar" and a
 * person close to it or what is a person's own: "Said zijn broer", "Roos
 * haar vader", "Roos haar insta", also with "en" between ("Sohrab en zijn
 * zus") (a thing's "zijn" is no person: "Vakanties zijn leuk").
 */
static int
pii_full_possessive(const struct pii_ctx *c, size_t i)
{
	static const char *const poss[] = { "zijn", "haar" };
	/* "Roos haar insta", "Said zijn nummer" */
	static const char *const own[] = { "nummer", "telefoon", "adres", "huis", "kamer", "account",
	    "story" };
	uint32_t f = c->c_tok[i].tk_flags;
	size_t j = i;

	/* "Sohrab en zijn zus Farida": "en" between */
	if (i + 3 < c->c_ntok && pii_fold_is(c, i + 1, "en") && pii_gap(c, i + 1, GAP_SPACE) &&
	    pii_fold_in(c, i + 2, poss, NELEM(poss)))
		i++;
	return i + 2 < c->c_ntok && c->c_tok[j].tk_cap && c->c_tok[j].tk_sstart && !pii_all_caps(c, j) &&
	    ((f & W_NAME) || (f == 0 && c->c_tok[j].tk_flen >= 3 && !pii_verb_ending(c, j))) &&
	    pii_fold_in(c, i + 1, poss, NELEM(poss)) && pii_gap(c, i + 1, GAP_SPACE) &&
	    pii_word(c, i + 2) && pii_gap(c, i + 2, GAP_SPACE) && (pii_fold_in(c, i + 2, pii_kin,
	    NELEM(pii_kin)) || ((f & W_NAME) && pii_fold_in(c, i + 2, own, NELEM(own))) ||
	    pii_fold_in(c, i + 2, pii_platform_words, NELEM(pii_platform_words) - 3));
}

/*
 * "Storm heeft mijn nummer", "Fem wil niet": a verb that follows a
 * person after a first name that is also a word, first in a sentence
 * with a capital. Not "is", "gaat", "komt": "Storm is voorbij", "Summer
 * is coming".
 */
static int
pii_aux_after(const struct pii_ctx *c, size_t i)
{
	static const char *const aux[] = { "heeft", "had", "wil", "wilde", "moet", "zit", "zat", "deed",
	    "krijgt", "kreeg", "mag", "mocht", "has", "wants", "keeps", "kept", "gets", "got" };

	return i + 1 < c->c_ntok && pii_gap(c, i + 1, GAP_SPACE) && !c->c_tok[i + 1].tk_cap &&
	    pii_fold_in(c, i + 1, aux, NELEM(aux));
}

/*
 * "X is mijn zusje", "Jade is mijn beste vriendin", "Storm is my little
 * sister": after "is" or "was", "my" or "mijn", at most one word of age
 * or closeness, then a person close to the writer.
 */
static int
pii_is_my_relation(const struct pii_ctx *c, size_t i, const char *const *mine, size_t nmine)
{
	static const char *const adj[] = { "beste", "best", "little", "kleine", "klein", "grote", "big",
	    "older", "younger", "oudere", "jongere", "oudste", "jongste", "lieve", "twin", "new", "nieuwe",
	    "oldest", "youngest", "baby", "half" };
	size_t r = i + 3;

	if (r >= c->c_ntok || !(pii_fold_is(c, i + 1, "is") || pii_fold_is(c, i + 1, "was")) ||
	    !pii_fold_in(c, i + 2, mine, nmine) || !pii_gap(c, i + 1, GAP_SPACE) || !pii_gap(c, i + 2, GAP_SPACE))
		return 0;
	if (pii_fold_in(c, r, adj, NELEM(adj)) && r + 1 < c->c_ntok && pii_gap(c, r + 1, GAP_SPACE))
		r++;
	return pii_gap(c, r, GAP_SPACE) && ((c->c_tok[r].tk_flags & W_REL_END) ||
	    pii_fold_in(c, r, pii_kin, NELEM(pii_kin)));
}

/*
 * Token i is someone the writer is staying with: "bij roos thuis"; a verb
 * for staying (and a word for now), "bij" and the word ending the clause:
 * "slaap bij kenley", "ben nu bij jaimy".
 */
static int
pii_staying_with(const struct pii_ctx *c, size_t i)
{
	static const char *const stay[] = { "ben", "zit", "slaap", "sliep", "logeer", "blijf", "sta", "was",
	    "woon", "lig", "chill" };
	static const char *const now[] = { "nu", "net", "nog", "even", "ff", "effe", "weer", "al" };

	if (i == 0 || !pii_word(c, i - 1) || !pii_fold_is(c, i - 1, "bij") || !pii_gap(c, i, GAP_SPACE))
		return 0;
	if (i + 1 < c->c_ntok && pii_fold_is(c, i + 1, "thuis") && pii_gap(c, i + 1, GAP_SPACE))
		return 1;
	return i > 1 && pii_word(c, i - 2) && pii_gap(c, i - 1, GAP_SPACE) && pii_clause_end(c, i) &&
	    (pii_fold_in(c, i - 2, stay, NELEM(stay)) || (i > 2 && pii_fold_in(c, i - 2, now, NELEM(now)) &&
	    pii_word(c, i - 3) && pii_fold_in(c, i - 3, stay, NELEM(stay))));
}

/*
 * Names that only the words around them tell, in lower case as young
 * people write: first in a sentence before a verb that follows people
 * ("jurensley zei", "Storm zegt"); "X is mijn zusje"; "bij X thuis"; "it's
 * (me) X again", "it's me again, X"; "met bo en mees"; "tegen X gezegd",
 * "een date met X".
 */
/*
 * "Abdullah hier.", "hoi, Xandra here", "Xandra hier van groep 8": a name
 * from the lists, or a word in no list with a capital that reads as no
 * role or verb and opens no such message ("Buschauffeur hier", "Kijk
 * hier", "Noodgeval hier"), first in a message or after a greeting, then
 * "hier" ending the clause or before "met", "van", "uit".
 */
static int
pii_name_here(const struct pii_ctx *c, size_t i)
{
	static const char *const here[] = { "hier", "here" };
	static const char *const hey[] = { "hoi", "hey", "hi", "hallo", "hello", "hee", "yo", "goedemorgen",
	    "goedemiddag", "goedenavond" };

	static const char *const role[] = { "er", "eur", "our", "ist", "ent", "ant", "or", "ster", "ouder",
	    "genoot", "coach" };	/* "Buschauffeur hier", "Neighbour here", "Ouder hier" */

	static const char *const then[] = { "met", "van", "uit", "with", "from" };	/* "Xandra hier van groep 8" */
	/* words that open such a message and name no one (read here only: a surname may be such a word) */
	static const char *const not_name[] = { "kijk", "klik", "stop", "eng", "herrie", "lawaai",
	    "noodgeval", "click", "sign", "donate", "newbie", "gezellig", "oppas", "typ", "idem",
	    "zelf", "hoezo", "huh", "hmm", "dank", "druk", "rustig", "koud", "warm", "stil", "saai" };
	int greeted = i == 1 && pii_fold_in(c, 0, hey, NELEM(hey)), listed = (c->c_tok[i].tk_flags & W_NAME) != 0;

	if (!(i == 0 || greeted) || i + 1 >= c->c_ntok || !pii_gap(c, i + 1, GAP_SPACE) ||
	    !pii_fold_in(c, i + 1, here, NELEM(here)) || !(pii_clause_end(c, i + 1) ||
	    (pii_gap(c, i + 2, GAP_SPACE) && pii_fold_in(c, i + 2, then, NELEM(then)))))
		return 0;
	/* a word in no list with a capital that reads as no role and (without a greeting) no verb */
	return listed || (c->c_tok[i].tk_cap && !pii_ends_in(c, i, role, NELEM(role), 2) &&
	    !pii_fold_in(c, i, not_name, NELEM(not_name)) && (greeted || !pii_verb_ending(c, i)));
}

/*
 * A name after a form's or a profile's label and a colon ("Naam: Jorvik
 * Tamberg", "name: tamsyn vreede, age 14", "NAAM: TAMSYN", "Naam: Job";
 * not a team's, a product's or a pet's name, not "naam: onbekend"): up to
 * PII_FORM_NAME_WORDS words in no list of words or listed as names, to a
 * punctuation mark or the next field's label, with or without its colon.
 * Its last token, or 0.
 */
static size_t
pii_form_name(const struct pii_ctx *c, size_t i)
{
	static const char *const thing[] = { "team", "product", "app", "file", "bestand", "server",
	    "groep", "group", "kanaal", "channel", "game", "spel", "project", "bedrijf", "company",
	    "straat", "street", "hond", "kat", "dog", "cat", "pet", "huisdier", "band", "clan", "guild",
	    "bot", "domain", "domein" };
	static const char *const field[] = { "age", "leeftijd", "klas", "groep", "class", "grade", "tel",
	    "nr", "geboren", "born", "woonplaats", "adres", "address", "email", "mail", "telefoon", "phone",
	    "dob", "gender", "geslacht", "school", "city", "stad" };
	uint32_t f;
	size_t end;

	if (i == 0 || !pii_free_word(c, i) || !pii_colon_gap(c, i) ||
	    !pii_fold_in(c, i - 1, pii_name_labels, NELEM(pii_name_labels)))
		return 0;
	f = c->c_tok[i].tk_flags;
	if ((!(f & W_NAME) && (f & (W_COMMON | W_KEEP | W_MONTH | W_ARTICLE | W_TITLE))) ||
	    (c->c_tok[i].tk_marks & M_FILLER) ||
	    (i >= 2 && pii_gap(c, i - 1, GAP_SPACE) && pii_fold_in(c, i - 2, thing, NELEM(thing))))
		return 0;	/* a name from the lists that is also a word stays one: "Naam: Job" */
	end = pii_extend_name(c, i);
	for (; end + 1 < c->c_ntok && end + 1 - i < PII_FORM_NAME_WORDS && pii_free_word(c, end + 1) &&
	    pii_gap(c, end + 1, GAP_NAME) && !pii_colon_gap(c, end + 2); end++) {
		f = c->c_tok[end + 1].tk_flags;
		if (f & (W_SUR | W_SUR_AMB))
			continue;	/* "naam: xandra smit" */
		if ((f & (W_COMMON | W_KEEP | W_MONTH)) || pii_verb_ending(c, end + 1) ||
		    pii_fold_in(c, end + 1, field, NELEM(field)))
			break;	/* "name: xandra vreede age 14": the next field's label */
	}
	return end;
}

/* What a child calls a parent: no name before "zn" or "d'r" ("pap zn nummer", "mam d'r auto"). */
static int
pii_parent_word(const struct pii_ctx *c, size_t i)
{
	static const char *const parent[] = { "pap", "paps", "mam", "mams", "pa", "ma", "papa", "mama",
	    "pappie", "mammie" };

	return pii_fold_in(c, i, parent, NELEM(parent));
}

static void
pii_rule_name_context(struct pii_ctx *c)
{
	static const char *const mine[] = { "mn", "mijn", "m", "me", "my" };
	static const char *const again[] = { "again", "here", "weer", "hier", "trouwens", "btw" };
	static const char *const its[] = { "its", "it's" };
	static const char *const poss[] = { "d'r", "dr", "z'n", "zn" };
	static const char *const with[] = { "met", "with", "tegen" };
	static const char *const and[] = { "en", "and", "&" };
	static const char *const hey[] = { "bro", "omg", "hoi", "hey", "hi", "yo", "nou", "so", "dus" };
	static const char *const told[] = { "gezegd", "gezegt", "verteld", "said", "told", "gevraagd",
	    "asked", "geappt", "gebeld", "texted" };
	static const char *const date[] = { "date", "afspraak", "afgesproken", "gedate", "daten",
	    "chillen", "gechilld", "dating" };
	size_t i, e, n = c->c_ntok;

	for (i = 0; i < n; i++) {
		if (pii_free_word(c, i) && pii_full_possessive(c, i)) {
			pii_label(c, i, i, PII_NAAM);	/* "Roos haar vader", "Said zijn broer" */
			continue;
		}
		if ((e = pii_form_name(c, i)) != 0) {
			pii_label(c, i, e, PII_NAAM);	/* a form's "Naam: Jorvik Tamberg" */
			i = e;
			continue;
		}
		if (!pii_context_name(c, i) || (!(c->c_tok[i].tk_flags & W_NAME) && pii_profession(c, i)))
			continue;	/* a job is no name: "teamleider heet Dennis" */
		if (i + 2 < n && pii_fold_in(c, i + 1, poss, NELEM(poss)) && pii_gap(c, i + 1, GAP_SPACE) &&
		    pii_word(c, i + 2) && pii_gap(c, i + 2, GAP_SPACE) && !pii_parent_word(c, i)) {
			pii_label(c, i, i, PII_NAAM);	/* "bo d'r vader", "dean z'n broer"; not "pap zn nummer" */
			continue;
		}
		/* "die Bakker van wiskunde", "die Jansen zegt": a listed name after "die" */
		if (i > 0 && c->c_tok[i].tk_cap && !c->c_tok[i].tk_sstart && (c->c_tok[i].tk_flags & W_NAME) &&
		    pii_word(c, i - 1) && pii_fold_is(c, i - 1, "die") && pii_gap(c, i, GAP_SPACE) &&
		    (pii_verb_after(c, i, 0) || (pii_word(c, i + 1) && pii_gap(c, i + 1, GAP_SPACE) &&
		    (pii_fold_is(c, i + 1, "van") || pii_fold_is(c, i + 1, "uit"))))) {
			pii_label(c, i, i, PII_NAAM);
			continue;
		}
		if (c->c_tok[i].tk_sstart && !pii_job_not_name(c, i) && (pii_verb_after(c, i, 0) || pii_verb_after_van(c, i) ||
		    ((c->c_tok[i].tk_flags & W_FIRST) && !(c->c_tok[i].tk_flags & W_COMMON) &&
		    pii_verb_after(c, i, 1)) ||
		    ((c->c_tok[i].tk_flags & W_FIRST_AMB) && c->c_tok[i].tk_cap && pii_aux_after(c, i)) ||
		    pii_is_my_relation(c, i, mine, NELEM(mine)))) {
			pii_label(c, i, i, PII_NAAM);
			continue;
		}
		if (pii_staying_with(c, i) || pii_name_here(c, i)) {
			pii_label(c, i, i, PII_NAAM);
			continue;
		}
		if (i > 0 && pii_gap(c, i, GAP_SPACE) && (pii_fold_in(c, i - 1, its, NELEM(its)) ||
		    (i > 1 && pii_fold_is(c, i - 1, "me") && pii_fold_in(c, i - 2, its, NELEM(its)))) &&
		    (pii_fold_in(c, i + 1, again, NELEM(again)) || ((i + 1 >= n ||
		    !pii_gap(c, i + 1, GAP_SPACE)) && (c->c_tok[i].tk_cap || i <= 3 ||
		    (c->c_tok[i].tk_flags & W_NAME))))) {
			/*
			 * "it's X again"; "it's X." with a capital, a listed name, or
			 * as the message begins ("hey its kaya"), not "and it's deep".
			 */
			pii_label(c, i, i, PII_NAAM);
			continue;
		}
		if (i > 2 && pii_fold_in(c, i - 1, again, NELEM(again)) && pii_gap(c, i, " \t,") &&
		    pii_fold_is(c, i - 2, "me") && pii_fold_in(c, i - 3, its, NELEM(its)) &&
		    (i + 1 >= n || !pii_gap(c, i + 1, GAP_SPACE))) {
			pii_label(c, i, i, PII_NAAM);
			continue;
		}
		if (i > 0 && i + 2 < n && pii_fold_in(c, i - 1, with, NELEM(with)) &&
		    pii_fold_in(c, i + 1, and, NELEM(and)) && (c->c_tok[i].tk_flags & (W_FIRST | W_FIRST_AMB)) &&
		    pii_free_word(c, i + 2) && (c->c_tok[i + 2].tk_flags & (W_FIRST | W_FIRST_AMB)) &&
		    pii_gap(c, i, GAP_SPACE) && pii_gap(c, i + 1, GAP_SPACE) && pii_gap(c, i + 2, GAP_SPACE)) {
			pii_label(c, i, i, PII_NAAM);
			pii_label(c, i + 2, i + 2, PII_NAAM);
			i += 2;
			continue;
		}
		/* "Storm en ik", "Grace and me"; "ik en dex", "bo and i" */
		if ((i + 2 < n && pii_fold_in(c, i + 1, and, NELEM(and)) && pii_gap(c, i + 1, GAP_SPACE) &&
		    pii_gap(c, i + 2, GAP_SPACE) && pii_fold_in(c, i + 2, pii_self, NELEM(pii_self)) &&
		    (c->c_tok[i].tk_sstart || (i > 0 && !pii_gap(c, i, GAP_SPACE)))) ||
		    (i > 1 && pii_fold_in(c, i - 1, and, NELEM(and)) && pii_gap(c, i, GAP_SPACE) &&
		    pii_gap(c, i - 1, GAP_SPACE) && pii_fold_in(c, i - 2, pii_self, NELEM(pii_self)) &&
		    (c->c_tok[i - 2].tk_sstart || (i > 2 && pii_fold_in(c, i - 3, hey, NELEM(hey)))))) {
			pii_label(c, i, i, PII_NAAM);
			continue;
		}
		if (i > 0 && i + 1 < n && pii_gap(c, i, GAP_SPACE) && pii_gap(c, i + 1, GAP_SPACE) &&
		    pii_fold_is(c, i - 1, "tegen") && pii_fold_in(c, i + 1, told, NELEM(told))) {
			pii_label(c, i, i, PII_NAAM);
			continue;
		}
		if (i > 1 && pii_gap(c, i, GAP_SPACE) && pii_fold_in(c, i - 1, with, NELEM(with)) &&
		    pii_fold_in(c, i - 2, date, NELEM(date))) {
			pii_label(c, i, i, PII_NAAM);
			continue;
		}
	}
}

/*
 * The rest of a full name: a capitalised word between two names ("Wang
 * Mei Ling"); a word in no list after a first name or before a surname,
 * in the same case ("priya jagroep", "lama haddad").
 */
static void
pii_rule_full_names(struct pii_ctx *c)
{
	static const char *const obj[] = { "me", "mij", "us", "ons", "him", "hem", "her", "haar",
	    "them", "hen", "you", "je", "jou" };
	size_t i, n = c->c_ntok;

	for (i = 1; i + 1 < n; i++)
		if (c->c_tok[i - 1].tk_label == PII_NAAM + 1 && c->c_tok[i + 1].tk_label == PII_NAAM + 1 &&
		    pii_free_word(c, i) && c->c_tok[i].tk_cap && !pii_all_caps(c, i) &&
		    !(c->c_tok[i].tk_flags & (W_NOT_NAME & ~W_MONTH)) && pii_gap(c, i, GAP_SPACE) &&
		    pii_gap(c, i + 1, GAP_SPACE))
			pii_label(c, i, i, PII_NAAM);
	/* A word in no list next to a first name or a surname. */
	for (i = 0; i + 1 < n; i++) {
		const struct pii_tok *a = &c->c_tok[i], *b = &c->c_tok[i + 1];

		/* Both in lower case or both with a capital: "priya jagroep", not "Zeynep join". */
		if (!pii_gap(c, i + 1, GAP_SPACE) || a->tk_cap != b->tk_cap ||
		    (a->tk_label != PII_NAAM + 1 && b->tk_label != PII_NAAM + 1) ||
		    pii_fold_in(c, i, pii_fillers, NELEM(pii_fillers)) ||
		    pii_fold_in(c, i + 1, pii_fillers, NELEM(pii_fillers)))
			continue;
		if (a->tk_label == PII_NAAM + 1 && (a->tk_flags & (W_FIRST | W_FIRST_AMB)) &&
		    pii_free_word(c, i + 1) && b->tk_flags == 0 && b->tk_flen >= 4 &&
		    !pii_verb_ending(c, i + 1) && !pii_adjective_ending(c, i + 1) &&
		    c->c_fold[b->tk_fold + b->tk_flen - 1] != 's' &&	/* "Gary hits me" */
		    !(b->tk_flen > 3 && c->c_fold[b->tk_fold + b->tk_flen - 1] == 'e' &&
		    (c->c_fold[b->tk_fold + b->tk_flen - 2] == 'd' ||
		    c->c_fold[b->tk_fold + b->tk_flen - 2] == 't')) &&	/* "emma danste" */
		    !pii_common_compound(c, i + 1) && (i + 2 >= n || !pii_gap(c, i + 2, GAP_SPACE) ||
		    ((c->c_tok[i + 2].tk_flags & (W_COMMON | W_NAME_VERB)) &&
		    !pii_fold_in(c, i + 2, obj, NELEM(obj)))))
			pii_label(c, i + 1, i + 1, PII_NAAM);
		else if (b->tk_label == PII_NAAM + 1 && (b->tk_flags & W_SUR) &&
		    !(b->tk_flags & W_SUR_AMB) && pii_free_word(c, i) && a->tk_flags == 0 &&
		    a->tk_flen >= 3 && !pii_common_compound(c, i))
			pii_label(c, i, i, PII_NAAM);
		/* A surname that is also a word after a first name, both in lower case: "jesse kok". */
		else if (a->tk_label == PII_NAAM + 1 && !a->tk_cap && (a->tk_flags & W_FIRST) &&
		    !(a->tk_flags & W_FIRST_AMB) && pii_free_word(c, i + 1) &&
		    (b->tk_flags & W_SUR_AMB) && !(b->tk_flags & (W_KEEP | W_MONTH)))
			pii_label(c, i + 1, i + 1, PII_NAAM);
	}
}

static int	pii_context_name(const struct pii_ctx *, size_t);

/*
 * Words before a listed name with "en", "and", "&" or a comma between are
 * names too when they could be one: "Damian en Joel", "mees en gijs".
 * Right to left, so that "Kyle, Ryan and Tom" is read whole.
 */
static void
pii_rule_name_lists(struct pii_ctx *c)
{
	size_t i, j;
	uint32_t f;
	int caps = pii_caps_mark_names(c);

	for (i = c->c_ntok; i-- > 0; ) {
		if (!pii_free_word(c, i))
			continue;
		f = c->c_tok[i].tk_flags;
		/* "ik, jessy, mo en roshni": a word in no list inside a list with commas */
		if (!((c->c_tok[i].tk_cap && caps && !pii_all_caps(c, i) && !(f & W_NOT_NAME)) ||
		    ((f & W_FIRST_AMB) && (!(f & W_COMMON) || (c->c_tok[i].tk_cap && !pii_all_caps(c, i)))) ||
		    (f == 0 && pii_gap(c, i, " \t,") && !pii_gap(c, i, GAP_SPACE) && pii_context_name(c, i) &&
		    (c->c_tok[i - 1].tk_label == PII_NAAM + 1 || pii_fold_in(c, i - 1, pii_self, NELEM(pii_self))))))
			continue;
		j = i + 1;
		if (pii_word(c, j) && pii_gap(c, j, GAP_SPACE) && (pii_fold_is(c, j, "en") ||
		    pii_fold_is(c, j, "and")) && j + 1 < c->c_ntok && pii_gap(c, j + 1, GAP_SPACE) &&
		    c->c_tok[j + 1].tk_label == PII_NAAM + 1)
			pii_label(c, i, i, PII_NAAM);
		else if (j < c->c_ntok && c->c_tok[j].tk_label == PII_NAAM + 1 && pii_gap(c, j, " \t,&") &&
		    !pii_gap(c, j, GAP_SPACE))
			pii_label(c, i, i, PII_NAAM);
	}
}

/*
 * Initials: a capital letter and a dot before a surname or a name ("tnv
 * K. Bakker", "J. de Vries", "groet, P.Visser") make one name; a word in
 * no name list only at the end of a clause ("vitamine D. Daarna ging ik"
 * stays).
 */
/*
 * An initial where a name is expected: first in the clause, or after a
 * title or a word a name follows ("met", "namens", "groet", "tav").
 */
static int
pii_initial_lead(const struct pii_ctx *c, size_t i)
{
	static const char *const lead[] = { "aan", "met", "door", "naar", "voor", "van", "bij",
	    "namens", "naast", "en", "of", "op", "tav", "cc", "groet", "groeten", "groetjes", "is",
	    "heet", "to", "from", "with", "by", "and", "dear", "nu", "contactpersoon", "afzender" };

	return i == 0 || !pii_word(c, i - 1) || !pii_gap(c, i, GAP_SPACE) ||
	    pii_fold_in(c, i - 1, lead, NELEM(lead)) || (c->c_tok[i - 1].tk_flags & W_TITLE);
}

static void
pii_rule_initials(struct pii_ctx *c)
{
	size_t i, j, m, end;
	uint32_t f, mf;

	for (i = 0; i + 1 < c->c_ntok; i++) {
		if (!pii_word(c, i) || c->c_tok[i].tk_flen != 1 || !c->c_tok[i].tk_cap ||
		    c->c_text[c->c_tok[i].tk_end] != '.' ||
		    (c->c_tok[i].tk_label != 0 && c->c_tok[i].tk_label != PII_NAAM + 1))
			continue;
		j = i + 1;
		if (!pii_word(c, j) || !pii_gap(c, j, GAP_TITLE))
			continue;
		if (c->c_tok[j].tk_label == PII_NAAM + 1) {
			pii_label(c, i, i, PII_NAAM);
			continue;
		}
		/* "D.J. Rozendaal", "A.B. de Wit": the next initial goes on from here */
		if (pii_free_word(c, j) && c->c_tok[j].tk_flen == 1 && c->c_tok[j].tk_cap &&
		    c->c_text[c->c_tok[j].tk_end] == '.' && pii_word(c, j + 1) &&
		    (c->c_tok[j + 1].tk_cap || ((c->c_tok[j + 1].tk_flags & W_PREFIX) &&
		    (m = pii_skip_prefixes(c, j + 1)) > j + 1 && pii_word(c, m) && c->c_tok[m].tk_cap))) {
			pii_label(c, i, i, PII_NAAM);
			continue;
		}
		f = c->c_tok[j].tk_flags;
		/* "R. de Groot": a prefix in lower case */
		if (!pii_free_word(c, j) || (!c->c_tok[j].tk_cap && !(f & W_PREFIX)) || pii_all_caps(c, j))
			continue;
		m = j;
		if (f & W_PREFIX) {
			m = pii_skip_prefixes(c, j);
			/* a surname in no list found already: "E. van Ruijven" */
			if (m > j && pii_word(c, m) && c->c_tok[m].tk_label == PII_NAAM + 1 && c->c_tok[m].tk_cap &&
			    !c->c_tok[j].tk_cap && pii_initial_lead(c, i)) {
				pii_label(c, i, m, PII_NAAM);
				continue;
			}
			if (m == j || !pii_free_word(c, m) || pii_all_caps(c, m))
				continue;
			/*
			 * "R. de Groot"; a word of a list with its capital after a
			 * prefix in lower case where a name is expected: "met J. van
			 * der Meer" (not "vitamine D. Van de Kruidvat", "Pier D. van
			 * Schiphol")
			 */
			mf = c->c_tok[m].tk_flags;
			if ((mf & (W_COMMON | W_KEEP | W_MONTH)) && !(c->c_tok[m].tk_cap && ((mf & (W_SUR | W_SUR_AMB)) ||
			    (!(mf & W_KEEP) && !c->c_tok[j].tk_cap && pii_initial_lead(c, i)))))
				continue;
		} else if (!(f & (W_SUR | W_SUR_AMB | W_FIRST))) {
			/*
			 * A word in no name list: at the end of a clause ("tnv K.
			 * Kromodimedjo"), or after a word a name follows ("een pakket
			 * voor R. Sabajo bij ons").
			 */
			if ((f & (W_NOT_NAME | W_COMMON)) || (c->c_text[c->c_tok[j].tk_end] != '\0' &&
			    strchr(".,!?;:)", c->c_text[c->c_tok[j].tk_end]) == NULL &&
			    !(i > 0 && pii_word(c, i - 1) && pii_initial_lead(c, i))))
				continue;
		}
		end = pii_extend_name(c, m);
		pii_label(c, i, end, PII_NAAM);
		i = end;
	}
}

/*
 * "Storm hier", "Kees hier!", "ana hier": a first name, then "hier" and
 * the end of a clause, at the start of a message or after a greeting, is
 * who writes.
 */
static void
pii_rule_name_here(struct pii_ctx *c)
{
	static const char *const greet[] = { "hoi", "hey", "hallo", "hi", "hello", "hoii", "hee",
	    "goedemorgen", "goedemiddag", "goedenavond", "yo", "salaam", "salam", "moi" };
	size_t i, e;

	for (i = 0; i + 1 < c->c_ntok; i++) {
		/* In lower case only a name that is no word: "ana hier". */
		if (!pii_free_word(c, i) || !(c->c_tok[i].tk_flags & (W_FIRST | W_FIRST_AMB)) ||
		    (!c->c_tok[i].tk_cap && (c->c_tok[i].tk_flags & (W_FIRST_AMB | W_NOT_NAME))) ||
		    !pii_fold_is(c, i + 1, "hier") || !pii_gap(c, i + 1, GAP_SPACE))
			continue;
		if (i > 0 && !pii_fold_in(c, i - 1, greet, NELEM(greet)))
			continue;
		e = c->c_tok[i + 1].tk_end;
		if (c->c_text[e] != '\0' && strchr(".,!:;", c->c_text[e]) == NULL)
			continue;
		pii_label(c, i, i, PII_NAAM);
	}
}

/*
 * Names in a frame: a name that is also a word after a nickname's "lil"
 * ("lil jay", "lil storm"; the "lil" stays in the text), a first name that
 * signs a message after its last sentence, and "the Wijngaarde family".
 */
/* "x", "xx", "xxx", "xo": kisses after a signature. */
static int
pii_kiss(const struct pii_ctx *c, size_t i)
{
	const char *f = c->c_fold + c->c_tok[i].tk_fold;
	size_t n = c->c_tok[i].tk_flen, k;

	if (!pii_word(c, i) || n > 4 || !pii_gap(c, i, GAP_SPACE))
		return 0;
	if (n == 2 && f[0] == 'x' && f[1] == 'o')
		return 1;
	for (k = 0; k < n; k++)
		if (f[k] != 'x')
			return 0;
	return 1;
}

/*
 * "Kenji, 15, here", "Mees | 15 | Wateringen": a capitalised word first in
 * the message, in no list of words, then a comma or a bar and an age. The name's token, or 0 when none.
 */
static int
pii_name_age_intro(const struct pii_ctx *c)
{
	const struct pii_tok *a;

	if (c->c_ntok < 3 || !pii_free_word(c, 0) || !c->c_tok[0].tk_cap || pii_all_caps(c, 0) ||
	    (c->c_tok[0].tk_flags & (W_NOT_NAME & ~W_FIRST_AMB)) || c->c_tok[0].tk_flen < 2)
		return 0;
	a = &c->c_tok[1];
	if (a->tk_kind != TK_NUM || a->tk_num < 8 || a->tk_num > 30 || a->tk_ndig != 2 ||
	    (c->c_text[c->c_tok[0].tk_end] != ',' && strncmp(c->c_text + c->c_tok[0].tk_end, " |", 2) != 0))
		return 0;
	return 1;
}

/* Some word of the text is in lower case: capitals do not cover it all. */
static int
pii_has_lower_word(const struct pii_ctx *c)
{
	size_t i, words = 0, lower = 0;

	for (i = 0; i < c->c_ntok; i++) {
		if (!pii_word(c, i) || c->c_tok[i].tk_flen < 2)
			continue;
		words++;
		if (!c->c_tok[i].tk_cap)
			lower++;
	}
	return lower * 2 >= words && lower > 0;
}

/* "Mei's dad": a month that is also a first name, with a possessive (no month has a dad). */
static int
pii_month_possessive(const struct pii_ctx *c, size_t i)
{
	const struct pii_tok *tk = &c->c_tok[i];
	const char *f = c->c_fold + tk->tk_fold;
	size_t n = tk->tk_flen;

	return pii_free_word(c, i) && tk->tk_cap && !pii_all_caps(c, i) && n >= 4 && f[n - 1] == 's' &&
	    f[n - 2] == '\'' && (pii_lookup(c->c_pl, f, n - 2) & (W_MONTH | W_FIRST | W_FIRST_AMB)) > W_MONTH &&
	    (pii_lookup(c->c_pl, f, n - 2) & W_MONTH);
}

/* The word before "'s" may be a name: a listed name, or in no list but not a person close ("Mum's"). */
static int
pii_kin_base(const struct pii_ctx *c, const char *f, size_t n)
{
	uint32_t w = pii_lookup(c->c_pl, f, n);
	size_t k;

	if (w & (W_KEEP | W_MONTH | W_TITLE | W_ARTICLE | W_REL_END | W_WREL_END))
		return 0;
	for (k = 0; k < NELEM(pii_kin); k++)
		if (strlen(pii_kin[k]) == n && memcmp(pii_kin[k], f, n) == 0)
			return 0;
	return (w & W_NAME) || !(w & W_COMMON);
}

/*
 * "Lente's boyfriend", "Storm's mum": a capitalised word with "'s" before
 * a person close to it is a name, even one that is also a word; not a
 * place or a faith ("Holland's", "God's").
 */
static int
pii_kin_possessive(const struct pii_ctx *c, size_t i)
{
	const struct pii_tok *tk = &c->c_tok[i];
	const char *f = c->c_fold + tk->tk_fold;
	size_t n = tk->tk_flen;

	return pii_free_word(c, i) && tk->tk_cap && !pii_all_caps(c, i) && n >= 4 && pii_possessive(c, i) &&
	    f[n - 2] == '\'' && i + 1 < c->c_ntok && pii_gap(c, i + 1, GAP_SPACE) &&
	    pii_fold_in(c, i + 1, pii_kin, NELEM(pii_kin)) &&
	    pii_kin_base(c, f, n - 2);
}

/* A capitalised word in no list with "'s", after "at", "bij", "naar", "from": a person's home. */
static int
pii_possessive_home(const struct pii_ctx *c, size_t i)
{
	static const char *const at[] = { "at", "bij", "naar", "from", "to", "van" };
	const struct pii_tok *tk = &c->c_tok[i];
	const char *f = c->c_fold + tk->tk_fold;
	size_t n = tk->tk_flen;
	char joined[64];

	if (!tk->tk_cap || tk->tk_sstart || pii_all_caps(c, i) || n < 4 || n > sizeof(joined) ||
	    f[n - 1] != 's' || f[n - 2] != '\'' || (tk->tk_flags & W_NOT_NAME) ||
	    c->c_tok[i - 1].tk_cap || !pii_fold_in(c, i - 1, at, NELEM(at)))
		return 0;
	/* Not a shop or a word: "McDonald's" (keep.txt has "mcdonalds"). */
	memcpy(joined, f, n - 2);
	joined[n - 2] = 's';
	return !(pii_lookup(c->c_pl, f, n - 2) & W_NOT_NAME) &&
	    !(pii_lookup(c->c_pl, joined, n - 1) & W_NOT_NAME);
}

/*
 * A speaker's name at the start of a line of a pasted chat: a capitalised
 * word, first in the message or after "/", "|" or a line break, then ": ".
 * No word from the lists ("Vraag:", "Mama:", "PS:"). With me 1, the writer
 * as a speaker instead: "ik:", "me:"; with me 2, a first name in lower
 * case, also after a colon ("copied: bo: where r u").
 */
static int
pii_speaker(const struct pii_ctx *c, size_t i, int me)
{
	const struct pii_tok *tk = &c->c_tok[i];
	size_t p = tk->tk_start, e = tk->tk_end, q;

	if (c->c_text[e] != ':' || !pii_word(c, i) || (tk->tk_label != 0 && tk->tk_label != PII_NAAM + 1) || (c->c_text[e + 1] != ' ' && c->c_text[e + 1] != '\0'))
		return 0;
	if (me == 1) {
		if (!pii_fold_is(c, i, "ik") && !pii_fold_is(c, i, "me") && !pii_fold_is(c, i, "i"))
			return 0;
	} else if (me == 2) {
		/* a speaker in lower case: a first name, or a word in no list */
		if (tk->tk_cap || tk->tk_flen < 2 || (tk->tk_flags & W_NOT_NAME) ||
		    !(tk->tk_flags & (W_FIRST | W_FIRST_AMB)))
			return 0;
	} else if (!tk->tk_cap || pii_all_caps(c, i) || tk->tk_flen < 2 ||
	    (tk->tk_flags & (W_NOT_NAME & ~(W_TRIG_END | W_REL_END | W_WREL_END)))) {
		return 0;
	}
	q = i > 0 ? c->c_tok[i - 1].tk_end : 0;
	while (p > q && (c->c_text[p - 1] == ' ' || c->c_text[p - 1] == '\t'))
		p--;
	if (!(p == 0 || (i == 0 && p == q)) &&
	    c->c_text[p - 1] != '/' && c->c_text[p - 1] != '|' && c->c_text[p - 1] != '\n' &&
	    c->c_text[p - 1] != ']' && !(me != 1 && c->c_text[p - 1] == ':'))
		return 0;
	if (me == 1)
		return 1;
	/* Not a heading before the first speaker: "Groepsapp: Roos: waar ben je" */
	if (i + 1 < c->c_ntok && c->c_text[c->c_tok[i + 1].tk_end] == ':')
		return 0;
	/* What follows is said, not a form's value ("Leeftijd: 16"): two words or more. */
	for (q = i + 1; q < c->c_ntok && q < i + 3 && pii_word(c, q); q++)
		for (p = c->c_tok[q - 1].tk_end; p < c->c_tok[q].tk_start; p++)
			if (c->c_text[p] == '/' || c->c_text[p] == '|' || c->c_text[p] == '\n')
				return 0;
	return q >= i + 3;
}

/*
 * "Hope from my class", "Dragan uit mijn klas", "JB van mijn werk": a
 * capitalised word first in a sentence before a group the writer belongs
 * to is a person (a name that is also a word or a month, or in no list).
 */
static int
pii_from_my_group(const struct pii_ctx *c, size_t i)
{
	static const char *const from[] = { "from", "uit", "van", "in", "at", "of" };
	static const char *const my[] = { "my", "mijn", "mn", "m'n", "our", "onze", "ons" };
	static const char *const group[] = { "class", "klas", "team", "school", "work", "werk", "job",
	    "grade", "year", "jaar", "group", "groep", "street", "straat", "buurt", "flat", "club",
	    "church", "kerk", "moskee", "mosque", "gym", "building", "class's", "squad", "mentorgroep",
	    "opleiding", "stage", "internship", "course", "cursus", "band", "choir", "koor", "voetbal",
	    "football", "hockey", "basketbal", "basketball", "training", "dans", "dance", "zwemles",
	    "judo", "boxing", "boksen", "scouting", "bso", "buurthuis", "jeugdclub", "youth" };
	static const char *const the[] = { "de", "het", "the" };
	uint32_t f = c->c_tok[i].tk_flags;
	size_t g = i + 3;

	if (!c->c_tok[i].tk_sstart || !c->c_tok[i].tk_cap || i + 3 > c->c_ntok ||
	    (f & (W_KEEP | W_TITLE | W_PREFIX | W_ARTICLE | W_REL_END | W_WREL_END)) ||
	    ((f & W_MONTH) && !(f & (W_FIRST | W_FIRST_AMB))) ||	/* "June from my class" */
	    ((f & W_COMMON) && !(f & (W_FIRST | W_FIRST_AMB))) ||
	    (pii_all_caps(c, i) && !pii_has_lower_word(c)) ||
	    c->c_tok[i].tk_flen < 2 || !pii_gap(c, i + 1, GAP_SPACE) || !pii_gap(c, i + 2, GAP_SPACE) ||
	    !pii_fold_in(c, i + 1, from, NELEM(from)))
		return 0;
	/* "Bakker van gym", "Brouwer van de voetbal": without "my", a name from the lists */
	if (!pii_fold_in(c, i + 2, my, NELEM(my))) {
		if (!(f & W_NAME))
			return 0;
		g = pii_fold_in(c, i + 2, the, NELEM(the)) ? i + 3 : i + 2;
	}
	return g < c->c_ntok && pii_word(c, g) && pii_gap(c, g, GAP_SPACE) && pii_fold_in(c, g, group, NELEM(group));
}

/*
 * A capitalised word before a bracket that says who it is: "Jojo (mijn
 * beste vriendin, ...)", "Moes (eigenlijk Mustafa)", "Kay (real name ...)".
 */
static int
pii_bracket_person(const struct pii_ctx *c, size_t i)
{
	static const char *const who[] = { "eigenlijk", "echte", "echt", "real", "aka", "actually",
	    "alias", "officieel", "full" };
	static const char *const mine[] = { "mijn", "mn", "my", "onze", "our" };
	static const char *const adj[] = { "beste", "best", "oudere", "jongere", "older", "younger",
	    "kleine", "little", "grote", "big" };
	size_t e = c->c_tok[i].tk_end, r;
	uint32_t f = c->c_tok[i].tk_flags;

	while (c->c_text[e] == ' ')
		e++;
	if (c->c_text[e] != '(' || i + 1 >= c->c_ntok || !c->c_tok[i].tk_cap || pii_all_caps(c, i) ||
	    c->c_tok[i].tk_flen < 2 || ((f & W_NOT_NAME) && !(f & W_NAME)))
		return 0;
	if (pii_fold_in(c, i + 1, who, NELEM(who)))
		return 1;
	if (!pii_fold_in(c, i + 1, mine, NELEM(mine)) || i + 2 >= c->c_ntok)
		return 0;
	r = i + 2;
	if (pii_fold_in(c, r, adj, NELEM(adj)) && r + 1 < c->c_ntok)
		r++;
	return (c->c_tok[r].tk_flags & W_REL_END) || pii_fold_in(c, r, pii_kin, NELEM(pii_kin));
}

static void
pii_rule_name_frames(struct pii_ctx *c)
{
	size_t i, e, nspeak = 0, nlow;
	uint32_t f;
	int has_colon = strchr(c->c_text, ':') != NULL, has_quote = strchr(c->c_text, '\'') != NULL;

	if (pii_name_age_intro(c))
		pii_label(c, 0, 0, PII_NAAM);
	for (i = 0; i < c->c_ntok && has_quote; i++)
		if (pii_month_possessive(c, i) || pii_kin_possessive(c, i))
			pii_label(c, i, i, PII_NAAM);
	/* A chat pasted as "Jay: waar ben je / Lulu: bij de tram": the speakers. */
	for (i = 0; i < c->c_ntok && has_colon; i++)
		if (pii_speaker(c, i, 0) || pii_speaker(c, i, 1))
			nspeak++;
	for (i = 0; i < c->c_ntok && nspeak > 0; i++)
		if (c->c_tok[i].tk_label == 0 && pii_speaker(c, i, 0) &&
		    ((c->c_tok[i].tk_flags & W_NAME) || nspeak >= 2))
			pii_label(c, i, i, PII_NAAM);
	/* "bo: where r u / lena: at the station": speakers in lower case, two lines or more */
	for (i = 0, nlow = 0; i < c->c_ntok && has_colon; i++)
		if (pii_speaker(c, i, 2))
			nlow++;
	for (i = 0; i < c->c_ntok && nlow > 0 && nlow + nspeak >= 2; i++)
		if (c->c_tok[i].tk_label == 0 && pii_speaker(c, i, 2))
			pii_label(c, i, i, PII_NAAM);
	/* "MEHARI TESFAYE - klas 4" in a text that is not all capitals: the name's other part */
	for (i = 1; i < c->c_ntok; i++)
		if (c->c_tok[i].tk_label == PII_NAAM + 1 && pii_all_caps(c, i) &&
		    pii_free_word(c, i - 1) && pii_all_caps(c, i - 1) && pii_gap(c, i, GAP_SPACE) &&
		    !(c->c_tok[i - 1].tk_flags & W_NOT_NAME) && c->c_tok[i - 1].tk_flen >= 3 &&
		    pii_has_lower_word(c))
			pii_label(c, i - 1, i - 1, PII_NAAM);

	for (i = 0; i < c->c_ntok; i++)
		if (pii_free_word(c, i) && (pii_from_my_group(c, i) || pii_bracket_person(c, i)))
			pii_label(c, i, i, PII_NAAM);
	for (i = 1; i < c->c_ntok; i++) {
		if (!pii_word(c, i - 1) || !pii_free_word(c, i))
			continue;
		f = c->c_tok[i].tk_flags;
		/* "... tot volgende week! Storm", "... add me. Sky x": a first name alone after the last sentence signs it. */
		if ((i + 1 == c->c_ntok || (i + 2 == c->c_ntok && pii_kiss(c, i + 1))) && i >= 3 &&
		    c->c_tok[i].tk_cap && !pii_all_caps(c, i) &&
		    (f & (W_FIRST | W_FIRST_AMB)) && !(f & (W_COMMON | W_KEEP)) &&
		    pii_gap(c, i, " .!\n") && !pii_gap(c, i, GAP_SPACE)) {
			e = c->c_tok[c->c_ntok - 1].tk_end;
			if (c->c_text[e + strspn(c->c_text + e, " .!\n")] == '\0')
				pii_label(c, i, i, PII_NAAM);
			continue;
		}
		if (!pii_gap(c, i, GAP_SPACE))
			continue;
		/* "im sleeping at Kenley's", "ik slaap bij Jerrel's": someone's home */
		if (pii_possessive_home(c, i)) {
			pii_label(c, i, i, PII_NAAM);
			continue;
		}
		/* "lil storm", "lil b", "lil dre": a name, a letter or a word in no list after "lil" */
		if (pii_fold_is(c, i - 1, "lil") && (((f & (W_FIRST | W_FIRST_AMB)) &&
		    !(f & (W_COMMON | W_KEEP))) || c->c_tok[i].tk_flen == 1 || f == 0)) {
			pii_label(c, i, pii_extend_name(c, i), PII_NAAM);
			continue;
		}
		if (i + 1 < c->c_ntok && pii_fold_is(c, i - 1, "the") && pii_cap_word(c, i) &&
		    !(f & W_NOT_NAME) && !pii_all_caps(c, i) && pii_fold_is(c, i + 1, "family") &&
		    pii_gap(c, i + 1, GAP_SPACE))
			pii_label(c, i, i, PII_NAAM);
	}
}

/* The caller's known names, folded: words of two or more letters, not "de" or "juf". */
struct pii_known {
	char	kn_buf[PII_NAME_WORDS_MAX * 16];
	size_t	kn_off[PII_NAME_WORDS_MAX];
	size_t	kn_len[PII_NAME_WORDS_MAX];
	uint8_t	kn_weak[PII_NAME_WORDS_MAX];	/* also a common word: needs context */
	size_t	kn_n, kn_used;
};

static void
pii_known_add(const struct pii_lists *pl, struct pii_known *kn, const char *s, size_t n)
{
	char fold[PII_WORD_MAX * 2];
	size_t fl, k;
	uint32_t f;

	if (n > PII_WORD_MAX || kn->kn_n == PII_NAME_WORDS_MAX)
		return;
	fl = pii_fold_text(s, n, fold);
	if (fl < 2 || kn->kn_used + fl > sizeof(kn->kn_buf))
		return;
	f = pii_lookup(pl, fold, fl);
	if ((f & (W_KEEP | W_ARTICLE | W_TITLE | W_MONTH)) || ((f & W_PREFIX) && !(f & W_NAME)))
		return;
	for (k = 0; k < kn->kn_n; k++)
		if (kn->kn_len[k] == fl && memcmp(kn->kn_buf + kn->kn_off[k], fold, fl) == 0)
			return;
	memcpy(kn->kn_buf + kn->kn_used, fold, fl);
	kn->kn_off[kn->kn_n] = kn->kn_used;
	kn->kn_len[kn->kn_n] = fl;
	kn->kn_weak[kn->kn_n] = (f & W_COMMON) != 0;
	kn->kn_used += fl;
	kn->kn_n++;
}

static void
pii_known_load(const struct pii_lists *pl, struct pii_known *kn, const char *const *names,
    size_t nnames)
{
	const unsigned char *u;
	size_t i, p, s, n, l;
	long cp;

	kn->kn_n = kn->kn_used = 0;
	for (i = 0; i < nnames && i < PII_NAMES_MAX; i++) {
		if (names[i] == NULL)
			continue;
		u = (const unsigned char *)names[i];
		n = strlen(names[i]);
		p = 0;
		while (p < n) {
			l = pii_utf8_next(u + p, n - p, &cp);
			if (!pii_is_letter(cp)) {
				p += l;
				continue;
			}
			s = p;
			while (p < n) {
				l = pii_utf8_next(u + p, n - p, &cp);
				if (!pii_is_letter(cp))
					break;
				p += l;
			}
			pii_known_add(pl, kn, names[i] + s, p - s);
		}
	}
}

/* 1: one of the known names; 2: one that is also a common word ("Ben"); 0: not. */
static int
pii_known_has(const struct pii_known *kn, const char *f, size_t n)
{
	size_t k;

	for (k = 0; k < kn->kn_n; k++)
		if (kn->kn_len[k] == n && memcmp(kn->kn_buf + kn->kn_off[k], f, n) == 0)
			return kn->kn_weak[k] ? 2 : 1;
	return 0;
}

/*
 * A pet form of a first name from the lists: "kimmie", "sannie", "lotje",
 * "fleurtje" (the name, a doubled last letter, then -ie, -je or -tje; or
 * the name's last "e" as "ie").
 * W_FIRST when the name is a first name that is no word, else 0.
 */
static uint32_t
pii_pet_name(const struct pii_lists *pl, const char *f, size_t n)
{
	size_t cut[4], nc = 0, k, l;
	uint32_t pf;
	char e[PII_WORD_MAX];

	if (n < 5 || f[n - 1] != 'e' || (f[n - 2] != 'i' && f[n - 2] != 'j'))
		return 0;
	if (f[n - 2] == 'j' && f[n - 3] == 't')
		cut[nc++] = n - 3;
	cut[nc++] = n - 2;
	if (f[n - 3] == f[n - 4])
		cut[nc++] = n - 3;
	for (k = 0; k < nc; k++) {
		l = cut[k];
		if (l < 3)
			continue;
		pf = pii_lookup(pl, f, l);
		if ((pf & W_FIRST) && !(pf & (W_FIRST_AMB | W_SUR_AMB | W_COMMON | W_KEEP)))
			return W_FIRST;
	}
	/* "sannie", "lottie": Sanne, Lotte (never "-je": "busje" is no Buse) */
	if (f[n - 2] == 'i' && n - 1 <= sizeof(e)) {
		memcpy(e, f, n - 2);
		e[n - 2] = 'e';
		pf = pii_lookup(pl, e, n - 1);
		if ((pf & W_FIRST) && !(pf & (W_FIRST_AMB | W_SUR_AMB | W_COMMON | W_KEEP)))
			return W_FIRST;
	}
	return 0;
}

/*
 * Flags of a folded word; a possessive ("sanne's", "sannes") and the parts
 * of "jan-willem" count.
 */
static void
pii_tok_lookup(const struct pii_lists *pl, const struct pii_known *kn, struct pii_tok *tk,
    const char *f, const char *raw, size_t rawlen)
{
	size_t n = tk->tk_flen, s, k;
	const char *h;
	uint32_t pf;
	long ch = 0;

	tk->tk_marks = 0;
	if (n > PII_WORD_MAX)
		return;
	tk->tk_flags = pii_lookup_all(pl, f, n);
	tk->tk_marks = (uint8_t)(tk->tk_flags >> M_SHIFT);
	tk->tk_flags &= ~W_MARKS;
	tk->tk_spoken = (tk->tk_flags & W_SPOKEN) != 0;
	tk->tk_flags &= ~W_SPOKEN;
	tk->tk_caller = (uint8_t)pii_known_has(kn, f, n);
	if (tk->tk_flags == 0 && n > 3 && f[n - 2] == '\'' && f[n - 1] == 's') {
		tk->tk_flags = pii_lookup(pl, f, n - 2) & (W_NAME | W_KEEP | W_COMMON);	/* "she's" */
		if (tk->tk_caller == 0)
			tk->tk_caller = (uint8_t)pii_known_has(kn, f, n - 2);
	}
	/*
	 * The Dutch possessive without an apostrophe ("jaydens moeder",
	 * "Sannes fiets"): a word in no list that is a first name that is no
	 * word, and an s.
	 */
	if (tk->tk_flags == 0 && n > 3 && f[n - 1] == 's') {
		pf = pii_lookup(pl, f, n - 1);
		if ((pf & W_FIRST) && !(pf & (W_FIRST_AMB | W_SUR_AMB | W_COMMON | W_KEEP)))
			tk->tk_flags = W_FIRST;
	}
	if (tk->tk_flags == 0)
		tk->tk_flags = pii_pet_name(pl, f, n);
	if (tk->tk_flags != 0 || memchr(f, '-', n) == NULL)
		return;
	/* "al-Hassani", "el-Idrissi": a prefix joined to a capitalised part is a surname */
	k = (size_t)((const char *)memchr(f, '-', n) - f);
	if (k > 0 && k + 1 < n && (pii_lookup(pl, f, k) & W_PREFIX)) {
		h = memchr(raw, '-', rawlen);
		if (h != NULL && (size_t)(h + 1 - raw) < rawlen)
			util_utf8_next((const unsigned char *)h + 1, rawlen - (size_t)(h + 1 - raw), &ch);
		if (pii_is_upper(ch)) {
			tk->tk_flags = W_SUR;
			return;
		}
	}
	for (s = 0, k = 0; k <= n; k++) {
		if (k < n && f[k] != '-')
			continue;
		if (k > s) {
			pf = pii_lookup(pl, f + s, k - s);
			if ((pf & (W_FIRST | W_SUR)) && !(pf & (W_FIRST_AMB | W_SUR_AMB | W_COMMON)))
				tk->tk_flags |= pf & (W_FIRST | W_SUR);
			if (tk->tk_caller == 0)
				tk->tk_caller = (uint8_t)pii_known_has(kn, f + s, k - s);
		}
		s = k + 1;
	}
	/*
	 * "V-number", "zorg-afspraak": a common word in lower case after the
	 * last hyphen; "A-level", "T-shirt", "X-ray": one letter and a word in
	 * lower case; "Wmo-ondersteuning", "Halt-medewerker": a kept word
	 * before the hyphen, or a long word in no list in lower case after it.
	 */
	for (k = rawlen; k > 0 && raw[k - 1] != '-'; k--)
		;
	for (s = n; s > 0 && f[s - 1] != '-'; s--)
		;
	if (!(tk->tk_flags & W_NAME) && k > 0 && k < rawlen && s > 0 && s < n && raw[k] >= 'a' &&
	    raw[k] <= 'z' && (k == 2 || (pii_lookup(pl, f + s, n - s) & W_COMMON) ||
	    (raw[0] >= 'A' && raw[0] <= 'Z' &&
	    !(pii_lookup(pl, f, (size_t)((const char *)memchr(f, '-', n) - f)) & W_PREFIX) &&
	    (n - s >= PII_HYPHEN_WORD ||
	    (pii_lookup(pl, f, (size_t)((const char *)memchr(f, '-', n) - f)) & W_KEEP)))))
		tk->tk_flags |= W_COMMON;
}

/*
 * Split the text outside the first pass's spans into words and numbers
 * (letters and digits; a hyphen or apostrophe between letters joins).
 * Returns the number of tokens.
 */
/*
 * A kept span of one to four digits ("112", "113"), with up to two letters
 * right after it ("112b"), as a number token labelled PII_KEEP: a house
 * number may take it ("Laan van Meerdervoort 112b"), nothing else does.
 * 1 when tk is made (its fold appended at *fo), else 0.
 */
static int
pii_help_token(const char *t, size_t n, const struct pii_span *sp, struct pii_tok *tk, char *fold,
    size_t *fo)
{
	size_t s = sp->sp_start, e = sp->sp_end, q;

	if (e - s < 1 || e - s > 4)
		return 0;
	for (q = s; q < e; q++)
		if (!a_digit((unsigned char)t[q]))
			return 0;
	while (q < n && q - e < 2 && a_alpha((unsigned char)t[q]))
		q++;
	if (q < n && (a_alnum((unsigned char)t[q]) || (unsigned char)t[q] >= 0x80))
		q = e;
	memset(tk, 0, sizeof(*tk));
	tk->tk_start = (uint32_t)s;
	tk->tk_end = (uint32_t)q;
	tk->tk_kind = q > e ? TK_NUMSUF : TK_NUM;
	tk->tk_ndig = (uint8_t)(e - s);
	for (size_t k = s; k < e; k++)
		tk->tk_num = (uint16_t)(tk->tk_num * 10 + (t[k] - '0'));
	tk->tk_fold = (uint32_t)*fo;
	for (size_t k = s; k < q; k++)
		fold[(*fo)++] = (char)(t[k] | (a_alpha((unsigned char)t[k]) ? 0x20 : 0));
	tk->tk_flen = (uint32_t)(q - s);
	tk->tk_label = PII_KEEP + 1;
	tk->tk_help = 1;
	return 1;
}

/*
 * The fold f of n bytes with runs of three letters or more made one letter
 * long (keep 1) or two (keep 2), into out: "jaaaaydennn" -> "jayden". Its
 * length.
 */
static size_t
pii_unstretch(const char *f, size_t n, int keep, char *out)
{
	size_t i, run, o = 0;

	for (i = 0; i < n; i += run) {
		for (run = 1; i + run < n && f[i + run] == f[i]; run++)
			;
		if (run >= 3 && a_alpha((unsigned char)f[i])) {
			memset(out + o, f[i], (size_t)keep);
			o += (size_t)keep;
		} else {
			memcpy(out + o, f + i, run);
			o += run;
		}
	}
	return o;
}

/*
 * A name from the lists disguised in one token: leetspeak ("J4yden",
 * "5tefan", "B0ris", "P1eters": 0 1 3 4 5 7 read as o i e a s t, no other
 * digit) or letters stretched ("Jaaaaydennn", "Saaaanneee"). The token
 * becomes that name's word: fold f rewritten (never longer), flags looked
 * up again. A word that is also a name only when stretched or leet is
 * read only if it is no common word, and a stretched one only with a
 * capital and if it is no word at all, read either way ("Jaaaa", "Noooo"
 * and "julllie" stay).
 */
static void
pii_tok_undisguise(const struct pii_lists *pl, const struct pii_known *kn, struct pii_tok *tk, char *f,
    const char *raw, size_t rawlen)
{
	static const char leet_from[] = "013457", leet_to[] = "oieast";
	char buf[PII_WORD_MAX], one[PII_WORD_MAX], two[PII_WORD_MAX];
	const char *cand[3];
	size_t n = tk->tk_flen, i, len[3], k;
	const char *d;
	uint32_t fl, ok;
	int leet = 0;

	if (n < 4 || n > PII_WORD_MAX)
		return;
	for (i = 0; i < n; i++) {
		buf[i] = f[i];
		if (a_digit((unsigned char)f[i])) {
			if ((d = strchr(leet_from, f[i])) == NULL)
				return;
			buf[i] = leet_to[d - leet_from];
			leet = 1;
		} else if (!a_alpha((unsigned char)f[i])) {
			return;
		}
	}
	if (!leet && !tk->tk_cap)
		return;
	len[1] = pii_unstretch(buf, n, 1, one);
	if (!leet && len[1] == n)
		return;	/* nothing stretched */
	len[2] = pii_unstretch(buf, n, 2, two);
	/* stretched, only when neither reading is a word: "julllie" is "jullie" */
	if (!leet && ((pii_lookup(pl, one, len[1]) | pii_lookup(pl, two, len[2])) & (W_COMMON | W_KEEP)))
		return;
	cand[0] = buf, len[0] = n, cand[1] = one, cand[2] = two;
	ok = leet ? W_NAME : (W_FIRST | W_SUR);
	for (k = leet ? 0 : 1; k < 3; k++) {
		fl = pii_lookup(pl, cand[k], len[k]);
		if ((fl & ok) && !(fl & (W_COMMON | W_KEEP | (leet ? 0 : W_FIRST_AMB | W_SUR_AMB)))) {
			memcpy(f, cand[k], len[k]);
			tk->tk_flen = (uint32_t)len[k];
			tk->tk_kind = TK_WORD;
			pii_tok_lookup(pl, kn, tk, f, raw, rawlen);
			return;
		}
	}
}

static size_t
pii_tokenise(const struct pii_lists *pl, const struct pii_known *kn, const char *t, size_t n,
    const struct pii_spans *ss, struct pii_tok *tok, char *fold)
{
	const unsigned char *u = (const unsigned char *)t;
	size_t p = 0, si = 0, nt = 0, fo = 0, s, q, l, l2, k;
	long cp, cp2;
	int brk = 1, letters, digits, ldig, prev_letter;
	struct pii_tok *tk;

	while (p < n) {
		if (si < ss->ss_n && p >= ss->ss_v[si].sp_start) {
			if (p == ss->ss_v[si].sp_start && ss->ss_v[si].sp_type == PII_KEEP &&
			    nt < n / 2 + 2 && pii_help_token(t, n, &ss->ss_v[si], &tok[nt], fold, &fo)) {
				p = tok[nt++].tk_end;
				brk = 0;
			} else if (p < ss->ss_v[si].sp_end) {
				p = ss->ss_v[si].sp_end;
			}
			si++;
			continue;
		}
		l = pii_utf8_next(u + p, n - p, &cp);
		if (!pii_is_letter(cp) && !pii_is_digit(cp)) {
			if (cp == '.' || cp == '!' || cp == '?' || cp == '\n' || cp == '\r' || cp == ':' ||
			    cp == ';' || cp == -1 || cp >= 0x80)
				brk = 1;
			p += l;
			continue;
		}
		s = q = p;
		letters = digits = ldig = 0;
		prev_letter = 0;
		while (q < n && !(si < ss->ss_n && q >= ss->ss_v[si].sp_start)) {
			l = pii_utf8_next(u + q, n - q, &cp);
			if (pii_is_letter(cp)) {
				letters++;
				prev_letter = 1;
			} else if (pii_is_digit(cp)) {
				if (letters == 0)
					ldig++;
				digits++;
				prev_letter = 0;
			} else if ((cp == '-' || pii_is_apostrophe(cp)) && prev_letter && q + l < n) {
				l2 = pii_utf8_next(u + q + l, n - q - l, &cp2);
				if (!pii_is_letter(cp2) ||
				    (si < ss->ss_n && q + l >= ss->ss_v[si].sp_start))
					break;
				q += l + l2;
				letters++;
				continue;
			} else {
				break;
			}
			q += l;
		}
		tk = &tok[nt++];
		memset(tk, 0, sizeof(*tk));
		tk->tk_start = (uint32_t)s;
		tk->tk_end = (uint32_t)q;
		tk->tk_sstart = (uint8_t)brk;
		brk = 0;
		pii_utf8_next(u + s, n - s, &cp);
		tk->tk_cap = (uint8_t)pii_is_upper(cp);
		tk->tk_fold = (uint32_t)fo;
		tk->tk_flen = (uint32_t)pii_fold_text(t + s, q - s, fold + fo);
		if (digits == 0)
			tk->tk_kind = TK_WORD;
		else if (letters == 0)
			tk->tk_kind = TK_NUM;
		else if (ldig == digits && letters <= 4)
			tk->tk_kind = TK_NUMSUF;
		else
			tk->tk_kind = TK_MIXED;
		if (tk->tk_kind == TK_NUM || tk->tk_kind == TK_NUMSUF) {
			tk->tk_ndig = (uint8_t)(ldig > 255 ? 255 : ldig);
			for (k = 0; k < (size_t)ldig && k < 4; k++)
				tk->tk_num = (uint16_t)(tk->tk_num * 10 + (t[s + k] - '0'));
			if (ldig > 4)
				tk->tk_num = 9999;
		}
		if (tk->tk_kind == TK_WORD)
			pii_tok_lookup(pl, kn, tk, fold + fo, t + s, q - s);
		if (tk->tk_kind == TK_MIXED || (tk->tk_kind == TK_WORD && tk->tk_flags == 0 && !tk->tk_caller))
			pii_tok_undisguise(pl, kn, tk, fold + fo, t + s, q - s);
		fo += tk->tk_flen;
		p = q;
	}
	return nt;
}

/*
 * Where a span that ends with token j ends: a name's possessive stays in
 * the text ("Hamza's mum" -> "[NAAM]'s mum").
 */
static int	pii_lower_name_s(const struct pii_ctx *, size_t);

static size_t
pii_span_end(const struct pii_ctx *c, size_t j, int type)
{
	const unsigned char *t = (const unsigned char *)c->c_text;
	size_t s = c->c_tok[j].tk_start, e = c->c_tok[j].tk_end;

	if (type == PII_NAAM && e - s == 2 && t[e] == '.' && (strncasecmp((const char *)t + s, "jr", 2) == 0 ||
	    strncasecmp((const char *)t + s, "sr", 2) == 0))
		return e + 1;	/* "Quinten jr." */
	if (type == PII_NAAM && e - s == 1 && t[e] == '.' && t[s] >= 'A' && t[s] <= 'Z' && s >= 2 &&
	    t[s - 1] == '.' && t[s - 2] >= 'A' && t[s - 2] <= 'Z')
		return e + 1;	/* "A.K." ends with its initial's full stop */
	if (type == PII_NAAM && e - s == 1 && t[e] == '.' && t[s] >= 'A' && t[s] <= 'Z' && j > 0 &&
	    s >= 1 && t[s - 1] == ' ' && c->c_tok[j - 1].tk_label == PII_NAAM + 1 &&
	    !(t[e + 1] == ' ' && t[e + 2] >= 'A' && t[e + 2] <= 'Z'))
		return e + 1;	/* "Mo E.", "meneer van D.": a surname's initial and its full stop */
	if (type != PII_NAAM || e - s < 4 || (t[e - 1] != 's' && t[e - 1] != 'S'))
		return e;
	if (t[e - 2] == '\'')
		return e - 2;
	if (pii_lower_name_s(c, j))
		return e - 1;	/* "robins vader" -> "[NAAM]s vader" */
	if (e - s >= 6 && t[e - 4] == 0xe2 && t[e - 3] == 0x80 && t[e - 2] == 0x99)
		return e - 4;	/* U+2019 */
	return e;
}

/*
 * A name spelled letter by letter after it: "daan de graaf d e g r a a f",
 * "olivia brown b r o w n". The words the letters spell (one to three,
 * right before them) and the letters are one name.
 */
static void
pii_rule_spelled_name(struct pii_ctx *c)
{
	char letters[PII_WORD_MAX], words[PII_WORD_MAX];
	size_t i, j, k, nl, nw, w;

	for (i = 1; i < c->c_ntok; i++) {
		for (j = i, nl = 0; j < c->c_ntok && nl < sizeof(letters) && pii_free_word(c, j) &&
		    c->c_tok[j].tk_flen == 1 && a_alpha((unsigned char)c->c_fold[c->c_tok[j].tk_fold]) &&
		    (j == i || pii_gap(c, j, GAP_SPACE)); j++)
			letters[nl++] = c->c_fold[c->c_tok[j].tk_fold];
		if (nl < 3 || !pii_gap(c, i, GAP_SPACE)) {
			i = j > i ? j - 1 : i;
			continue;
		}
		/* the words before, read backwards, until they spell as many letters */
		for (k = i, nw = 0, w = 0; k > 0 && w < 3 && nw < nl && pii_word(c, k - 1) &&
		    (k == i || pii_gap(c, k, GAP_SPACE)); k--, w++) {
			if (nw + c->c_tok[k - 1].tk_flen > nl)
				break;
			memmove(words + c->c_tok[k - 1].tk_flen, words, nw);
			memcpy(words, c->c_fold + c->c_tok[k - 1].tk_fold, c->c_tok[k - 1].tk_flen);
			nw += c->c_tok[k - 1].tk_flen;
		}
		if (nw == nl && memcmp(words, letters, nl) == 0)
			pii_label(c, k, j - 1, PII_NAAM);
		i = j - 1;
	}
}

/*
 * A person whose birthday it is, first in a sentence: "Destiny is jarig",
 * "Roos was jarig", "Storm wordt 16" (not "Zij is jarig").
 */
static void
pii_rule_birthday_frame(struct pii_ctx *c)
{
	static const char *const be[] = { "is", "was", "wordt", "werd" };
	size_t i;
	uint32_t f;

	for (i = 0; i + 2 < c->c_ntok; i++) {
		f = c->c_tok[i].tk_flags;
		if (!pii_free_word(c, i) || !c->c_tok[i].tk_sstart || pii_all_caps(c, i) ||
		    c->c_tok[i].tk_flen < 2 || !pii_gap(c, i + 1, GAP_SPACE) ||
		    !pii_fold_in(c, i + 1, be, NELEM(be)) || !pii_gap(c, i + 2, GAP_SPACE))
			continue;
		/* in lower case only a listed first name, a month too: "june is jarig" */
		if (!c->c_tok[i].tk_cap) {
			if ((f & (W_FIRST | W_FIRST_AMB)) && !(f & (W_KEEP | W_TITLE | W_ARTICLE)) &&
			    pii_fold_is(c, i + 2, "jarig"))
				pii_label(c, i, i, PII_NAAM);
			continue;
		}
		if (!(f == 0 || (f & (W_FIRST | W_FIRST_AMB | W_SUR | W_SUR_AMB))) ||
		    (f & (W_KEEP | W_MONTH | W_TITLE | W_ARTICLE)))
			continue;
		if (pii_fold_is(c, i + 2, "jarig") || (c->c_tok[i + 2].tk_kind == TK_NUM &&
		    c->c_tok[i + 2].tk_ndig <= 2 && pii_fold_in(c, i + 1, be + 2, 2)))
			pii_label(c, i, i, PII_NAAM);
	}
}

/*
 * A person by the frame around a capitalised word: a possessive before a
 * relative or friend ("Ama's sister", "Jayden's mum"), and a name first in
 * a sentence put beside "my" ("Madison, my best friend, told everyone").
 */
/* Words that put the subject after the verb ("lucky had ik", "lucky kwam de bus"): no subject before it. */
static const char *const pii_after_verb_subject[] = { "ik", "k", "je", "jij", "ie", "hij", "ze",
    "zij", "we", "wij", "jullie", "u", "niemand", "iedereen", "iemand", "men", "het", "er", "de",
    "een", "n", "mn", "mijn", "die", "dat" };	/* the first 16 are pronouns */

/*
 * Words from the first-name lists that start a sentence as words, without
 * an article: "storm komt eraan", "lucky had ik mn jas mee" (luckily),
 * "bob mag niet drinken" (the sober driver), flowers, birds and virtues.
 */
static const char *const pii_bare_words[] = { "storm", "max", "lot", "floor", "art", "lucky",
    "bob", "luis", "summer", "sky", "marina", "panna", "merel", "mees", "roos", "rose", "iris",
    "jasmine", "violet", "ivy", "holly", "hope", "faith", "amber", "jade", "daisy", "poppy",
    "olive", "willow", "hazel", "berry", "ruby", "bloem" };

/*
 * Two first names that are no ordinary words, first in a sentence, before
 * a verb of more than one person: "hunter en mason zitten bij mij in de
 * klas", "bo en mees gaan uit elkaar". 1 when it labelled them.
 */
static int
pii_pair_doing(struct pii_ctx *c, size_t i)
{
	static const char *const do_[] = { "zitten", "zaten", "gaan", "gingen", "komen", "kwamen",
	    "hebben", "hadden", "wonen", "woonden", "willen", "wilden", "doen", "deden", "pesten",
	    "pestten", "lachen", "lachten", "appen", "appten", "spelen", "speelden", "moeten", "mogen",
	    "kunnen", "zeggen", "zeiden", "vinden", "vonden", "weten", "praten", "liegen", "logeren",
	    "maken", "maakten", "lived", "said" };
	size_t b = i + 2, k;

	if (!pii_fold_in(c, i + 3, do_, NELEM(do_)) ||
	    pii_fold_in(c, i + 4, pii_after_verb_subject, NELEM(pii_after_verb_subject)))
		return 0;	/* "roos en iris hebben we geplant" */
	for (k = i; k <= b; k += 2)
		if (!pii_free_word(c, k) || c->c_tok[k].tk_cap || c->c_tok[k].tk_flen < 2 ||
		    pii_fold_in(c, k, pii_bare_words, NELEM(pii_bare_words)) ||
		    !(c->c_tok[k].tk_flags & (W_FIRST | W_FIRST_AMB)) || (c->c_tok[k].tk_flags & (W_COMMON |
		    W_KEEP | W_MONTH | W_TITLE | W_ARTICLE | W_PREFIX)))
			return 0;
	pii_label(c, i, i, PII_NAAM);
	pii_label(c, b, b, PII_NAAM);
	return 1;
}

/*
 * Two people first in a sentence and a word for them together: "ray en
 * dawn zijn mijn pleegouders", "grace en faith zijn een tweeling", "Roos
 * and Storm are my sisters". Both are names when neither is a word that
 * is no name; 1 when it labelled them.
 */
static int
pii_pair_of_people(struct pii_ctx *c, size_t i)
{
	static const char *const and[] = { "en", "and", "&" };
	static const char *const are[] = { "zijn", "are", "waren", "were" };
	static const char *const mine[] = { "mijn", "mn", "onze", "my", "our", "een", "a", "de", "the" };
	static const char *const close[] = { "beste", "best", "lieve", "oudere", "jongere", "kleine",
	    "grote", "older", "younger", "little", "big", "nieuwe", "new" };
	static const char *const group[] = { "ouders", "pleegouders", "stiefouders", "grootouders",
	    "zussen", "zusjes", "broers", "broertjes", "vriendinnen", "vrienden", "nichtjes", "neefjes",
	    "nichten", "neven", "buren", "huisgenoten", "klasgenoten", "tweeling", "parents", "sisters",
	    "brothers", "friends", "cousins", "twins", "neighbours", "neighbors", "roommates",
	    "classmates", "foster", "stepparents", "grandparents", "teamgenoten", "teamgenootjes",
	    "collegas", "collega's", "exen", "nichten", "teammates", "besties" };
	size_t b = i + 2, r = i + 4, k;

	if (r >= c->c_ntok || !c->c_tok[i].tk_sstart || !pii_fold_in(c, i + 1, and, NELEM(and)))
		return 0;
	if (!pii_fold_in(c, i + 3, are, NELEM(are)))
		return pii_pair_doing(c, i);
	for (k = i + 1; k <= r; k++)
		if (!pii_gap(c, k, GAP_SPACE))
			return 0;
	if (pii_fold_in(c, r, mine, NELEM(mine)) && r + 1 < c->c_ntok && pii_gap(c, r + 1, GAP_SPACE))
		r++;
	if (pii_fold_in(c, r, close, NELEM(close)) && r + 1 < c->c_ntok && pii_gap(c, r + 1, GAP_SPACE))
		r++;
	if (!pii_fold_in(c, r, group, NELEM(group)))
		return 0;
	for (k = i; k <= b; k += 2)
		if (!pii_free_word(c, k) || (c->c_tok[k].tk_flags & (W_KEEP | W_MONTH | W_TITLE | W_ARTICLE |
		    W_PREFIX)) || ((c->c_tok[k].tk_flags & W_COMMON) && !(c->c_tok[k].tk_flags & W_NAME)) ||
		    c->c_tok[k].tk_flen < 2)
			return 0;
	pii_label(c, i, i, PII_NAAM);
	pii_label(c, b, b, PII_NAAM);
	return 1;
}

/* A word at i that may stand for a person in a frame: a name from the lists or a word in no list. */
static int
pii_frame_name_word(const struct pii_ctx *c, size_t i)
{
	uint32_t f;

	if (i >= c->c_ntok || !pii_free_word(c, i) || c->c_tok[i].tk_flen < 2 || pii_all_caps(c, i))
		return 0;
	f = c->c_tok[i].tk_flags;
	if (f & (W_KEEP | W_TITLE | W_ARTICLE | W_PREFIX | W_REL_END | W_TRIG_END))
		return 0;
	return (f & W_NAME) || !(f & (W_COMMON | W_MONTH));
}

/*
 * Frames only a person fits, for a name that is also a word, in any case:
 * "india is zo gemeen tegen me", "heb je storm nog gesproken?", "hoop dat
 * roos snel beter wordt", "jade wil dat ik kom" (first in a sentence).
 */
static void
pii_person_word_frames(struct pii_ctx *c)
{
	static const char *const adv[] = { "zo", "echt", "heel", "super", "erg", "so", "really", "very",
	    "altijd", "always", "steeds", "nog", "best", "wel" };
	static const char *const how[] = { "gemeen", "lief", "aardig", "bot", "vals", "naar", "mean",
	    "nice", "rude", "kind", "sweet", "gemenig", "onaardig" };
	static const char *const to[] = { "tegen", "to", "voor" };
	static const char *const obj[] = { "me", "mij", "ons", "us" };
	static const char *const seen[] = { "gesproken", "gezien", "gehoord", "geappt", "gebeld",
	    "gesnapt", "gevraagd", "ontmoet" };
	static const char *const better[] = { "beter", "better" };
	static const char *const wants[] = { "wil", "wilde", "wants", "wanted" };
	static const char *const that[] = { "dat", "me", "that" };
	size_t i, k, n = c->c_ntok;

	for (i = 0; i < n; i++) {
		if (!pii_frame_name_word(c, i))
			continue;
		k = i + 1;
		/* "X is (zo) gemeen tegen me" */
		if (c->c_tok[i].tk_sstart && k + 3 < n && (pii_fold_is(c, k, "is") || pii_fold_is(c, k, "was"))) {
			k++;
			if (pii_fold_in(c, k, adv, NELEM(adv)))
				k++;
			if (k + 2 < n && pii_fold_in(c, k, how, NELEM(how)) && pii_fold_in(c, k + 1, to, NELEM(to)) &&
			    pii_fold_in(c, k + 2, obj, NELEM(obj))) {
				pii_label(c, i, i, PII_NAAM);
				continue;
			}
		}
		/* "heb je X nog gesproken" */
		if (i >= 2 && pii_fold_is(c, i - 2, "heb") && pii_fold_is(c, i - 1, "je") && i + 1 < n &&
		    (pii_fold_in(c, i + 1, seen, NELEM(seen)) || (i + 2 < n && (pii_fold_is(c, i + 1, "nog") ||
		    pii_fold_is(c, i + 1, "al") || pii_fold_is(c, i + 1, "ooit")) &&
		    pii_fold_in(c, i + 2, seen, NELEM(seen))))) {
			pii_label(c, i, i, PII_NAAM);
			continue;
		}
		/* The two frames below take only names from the lists ("dat iedern beter af is", "boss wants"). */
		if (!(c->c_tok[i].tk_flags & W_NAME))
			continue;
		/* "dat X snel beter wordt" */
		if (i >= 1 && pii_fold_is(c, i - 1, "dat") && i + 2 < n && !pii_fold_is(c, i + 2, "af") &&
		    (pii_fold_in(c, i + 1, better,
		    NELEM(better)) || (pii_fold_is(c, i + 1, "snel") && pii_fold_in(c, i + 2, better,
		    NELEM(better))))) {
			pii_label(c, i, i, PII_NAAM);
			continue;
		}
		/* "jade wil dat ik kom", first in a sentence */
		if (c->c_tok[i].tk_sstart && i + 3 < n && pii_fold_in(c, i + 1, wants, NELEM(wants)) &&
		    pii_fold_in(c, i + 2, that, NELEM(that)) && (pii_fold_is(c, i + 3, "ik") ||
		    pii_fold_is(c, i + 3, "i") || pii_fold_is(c, i + 3, "we") || pii_fold_is(c, i + 3, "to")))
			pii_label(c, i, i, PII_NAAM);
	}
}

/*
 * Words from the first-name lists that are words after a preposition too
 * ("met ernst", "op tuba", "bij storm"), on top of pii_bare_words.
 */
static const char *const pii_prep_words[] = { "ernst", "tuba", "till", "harm", "els", "helen",
    "aster", "ember", "pascal", "sunny", "trinity", "lieve", "lien", "linde", "gul", "rim",
    "hind", "eden", "valentine", "valentijn", "beau", "sep", "art", "elke", "ander",
    /* a shop, a drug, a disorder, a status, a faith, words */
    "dirk", "nada", "lila", "beren", "dex", "ana", "ama", "marjolein", "florin", "iman" };

/* Verbs of one person after a name first in a sentence: "bo komt morgen". */
static const char *const pii_one_does[] = { "komt", "kwam", "gaat", "ging", "zegt", "zei", "heeft",
    "wil", "wilde", "appt", "appte", "belt", "belde", "woont", "zit", "zat", "ligt", "lag", "moet",
    "mag", "vindt", "vond", "weet", "stuurt", "stuurde", "pest", "pestte", "liegt", "loog", "doet",
    "deed", "reageert" };
/* And after "X mn broer": "Bo mn zusje is jarig". */
static const char *const pii_one_does_more[] = { "is", "was", "kan", "kon", "vroeg", "speelt",
    "wordt", "blijft", "says" };

/*
 * "bas van de afwas blijft me snappen", "mark op de kassa zegt": a first
 * name first in a sentence (or after "en", "maar", "want", "omdat"), then
 * "van", "uit", "bij", "op", "in" or "achter", a place of work, school or
 * sport, and a verb of a person (of name_verbs.txt; with "van" or "uit"
 * after a name in lower case, any verb). Not "bas van de speaker doet
 * het niet", "mark van de toets was slecht": no place of work.
 */
static int
pii_name_at_place(struct pii_ctx *c, size_t i)
{
	static const char *const lead[] = { "en", "maar", "want", "omdat", "toen", "echt", "lol", "dus" };
	static const char *const at[] = { "van", "uit", "bij", "op", "in", "achter" };
	static const char *const owner[] = { "de", "het", "'t", "mn", "mijn", "m'n", "ons", "onze" };
	static const char *const place[] = { "afwas", "kassa", "keuken", "bar", "bediening", "magazijn",
	    "bezorging", "frituur", "terras", "vriezers", "ploeg", "team", "klas", "werk", "school",
	    "stage", "bijbaan", "bijbaantje", "balie", "receptie", "vloer", "zaak", "winkel", "zaal",
	    "grill", "kantine", "kantoor", "voetbal", "hockey", "training", "club", "opleiding", "groep",
	    "nachtdienst", "avonddienst", "ochtenddienst", "dienst", "shift", "bakkerij", "slagerij",
	    "vulploeg", "vakkenvullers", "kassameiden", "bezorgers", "snackbar", "restaurant", "hotel" };
	size_t k = i + 1, m = i + 2, n = c->c_ntok;
	int lower_lead, core;

	if (!(c->c_tok[i].tk_sstart || (!c->c_tok[i].tk_cap && i > 0 && pii_fold_in(c, i - 1, lead,
	    NELEM(lead)))) || k + 2 >= n || !pii_gap(c, k, GAP_SPACE) || !pii_fold_in(c, k, at, NELEM(at)))
		return 0;
	lower_lead = c->c_tok[i].tk_sstart || (i > 0 && (pii_fold_is(c, i - 1, "en") || pii_fold_is(c, i - 1, "maar")));
	core = !c->c_tok[i].tk_cap && (pii_fold_is(c, k, "van") || pii_fold_is(c, k, "uit")) && lower_lead;
	if (m < n && pii_fold_in(c, m, owner, NELEM(owner)))
		m++;
	return m + 1 < n && pii_free_word(c, m) && pii_gap(c, m, GAP_SPACE) && !c->c_tok[m].tk_cap &&
	    pii_fold_in(c, m, place, NELEM(place)) && (pii_verb_after(c, m, 0) || (core && pii_verb_after(c, m, 1)));
}

/*
 * A listed first name that a frame in lower case makes a person: first in
 * a sentence (where a capital says nothing) before a verb of one person,
 * when it is no ordinary word
 * ("bo komt morgen", "hunter's mail is"; not "lucky had ik"), before a
 * word for its relation in brackets ("storm (mn broer)", "lief (zo heet
 * ze echt)"), after "ze heet" even when it is a month ("heet april"; not
 * "hoe heet april in het engels").
 */
static int
pii_lower_name_frame(struct pii_ctx *c, size_t i)
{
	static const char *const own[] = { "mail", "email", "nummer", "insta", "snap", "snapchat",
	    "tiktok", "account", "adres", "moeder", "vader", "ouders", "broer", "zus", "mum", "mom",
	    "dad", "number", "phone", "sister", "brother" };
	static const char *const rel[] = { "broer", "broertje", "zus", "zusje", "vriend", "vriendin",
	    "neef", "nicht", "nichtje", "neefje", "buurman", "buurvrouw", "ex", "mentor", "brother",
	    "sister", "friend", "cousin", "bf", "gf", "stiefbroer", "stiefzus", "halfbroer", "halfzus",
	    "bro", "sis", "bestie" };
	static const char *const my[] = { "mn", "mijn", "m'n", "my", "me" };
	static const char *const rel2[] = { "collega", "zwager", "schoonzus", "opa", "oma", "oom",
	    "tante", "klasgenoot", "teamgenoot", "huisgenoot", "vriendje", "vriendinnetje", "buurjongen",
	    "buurmeisje", "tweelingzus", "tweelingbroer", "pleegbroer", "pleegzus", "coach", "trainer" };
	static const char *const she[] = { "ze", "hij", "zij", "she", "he" };
	static const char *const det[] = { "die", "dat", "deze", "ons", "onze", "mn", "mijn", "m'n",
	    "that", "my", "zo'n", "een", "n" };
	uint32_t f = c->c_tok[i].tk_flags;
	size_t k = i + 1, n = c->c_ntok;
	int listed = (f & (W_FIRST | W_FIRST_AMB)) && !(f & (W_KEEP | W_TITLE | W_ARTICLE | W_PREFIX));
	int amb = listed && !(f & (W_COMMON | W_MONTH)) && !pii_fold_in(c, i, pii_bare_words,
	    NELEM(pii_bare_words));

	if (i > 0 && ((c->c_tok[i - 1].tk_flags & W_ARTICLE) || pii_fold_in(c, i - 1, det, NELEM(det))))
		return 0;
	/* with its capital, not a word after a preposition: "Valentijn komt eraan", "Harm komt bij" */
	if (amb && c->c_tok[i].tk_sstart && k < n && pii_gap(c, k, GAP_SPACE) && (!c->c_tok[i].tk_cap ||
	    !pii_fold_in(c, i, pii_prep_words, NELEM(pii_prep_words))) &&
	    ((!pii_possessive(c, i) && pii_fold_in(c, k, pii_one_does, NELEM(pii_one_does)) &&
	    !(pii_gap(c, k + 1, GAP_SPACE) && pii_fold_in(c, k + 1, pii_after_verb_subject,
	    NELEM(pii_after_verb_subject)))) ||
	    (pii_possessive(c, i) && pii_fold_in(c, k, own, NELEM(own)))))
		return 1;
	/* "storm (mn broer)", "lief (zo heet ze echt)" */
	if (listed && !(f & W_MONTH) && k + 1 < n && pii_gap(c, k, " (") &&
	    c->c_text[c->c_tok[k].tk_start - 1] == '(') {
		if (pii_fold_in(c, k, my, NELEM(my)))
			k++;
		if (k < n && pii_fold_in(c, k, rel, NELEM(rel)) && c->c_text[c->c_tok[k].tk_end] == ')')
			return 1;
		if (k + 2 < n && pii_fold_is(c, k, "zo") && pii_fold_is(c, k + 1, "heet") &&
		    pii_fold_in(c, k + 2, she, NELEM(she)) && (c->c_text[c->c_tok[k + 2].tk_end] == ')' ||
		    (k + 3 < n && pii_fold_is(c, k + 3, "echt") && strchr(")!", c->c_text[c->c_tok[k + 3].tk_end]) != NULL &&
		    c->c_text[c->c_tok[k + 3].tk_end] != '\0')))
			return 1;
	}
	/*
	 * "Bas mn stiefbroer komt", "Bo mn zusje is jarig": first in a
	 * sentence, no ordinary word ("hoop mn broer komt"), then whose it is
	 * and a verb of one person
	 */
	if (amb && c->c_tok[i].tk_sstart && k + 2 < n && pii_gap(c, k, GAP_SPACE) &&
	    pii_gap(c, k + 1, GAP_SPACE) && pii_gap(c, k + 2, GAP_SPACE) && pii_fold_in(c, k, my, NELEM(my)) &&
	    (pii_fold_in(c, k + 1, rel, NELEM(rel)) || pii_fold_in(c, k + 1, rel2, NELEM(rel2))) &&
	    (pii_fold_in(c, k + 2, pii_one_does, NELEM(pii_one_does)) ||
	    pii_fold_in(c, k + 2, pii_one_does_more, NELEM(pii_one_does_more))))
		return 1;
	if (amb && pii_name_at_place(c, i))
		return 1;
	/* "ze heet april": a month after a person's "heet" is a name when it is a first name too */
	return i > 1 && (f & W_MONTH) && listed && pii_gap(c, i, GAP_SPACE) &&
	    (pii_fold_is(c, i - 1, "heet") || pii_fold_is(c, i - 1, "heette")) &&
	    !pii_fold_is(c, i - 2, "hoe") && !pii_fold_is(c, i - 2, "wat") &&
	    !(i + 1 < n && (pii_fold_is(c, i + 1, "in") || pii_fold_is(c, i + 1, "op")));
}

/*
 * English and Dutch frames around a listed first name in lower case that
 * is also a word: "will you tell will that", "said said he was sorry",
 * "in april zag ik april weer", "river zn insta is".
 */
static int
pii_lower_name_frame_words(struct pii_ctx *c, size_t i)
{
	static const char *const tell[] = { "tell", "told", "ask", "asked", "text", "texted" };
	static const char *const that[] = { "that", "if", "i", "im", "i'm", "we" };
	static const char *const said[] = { "said", "told", "asked", "texted", "says" };
	static const char *const who[] = { "he", "she", "i", "that", "me", "him", "her", "they", "we",
	    "it", "im", "i'm", "us", "you", "u" };
	static const char *const saw[] = { "zag", "zie", "sprak", "spreek", "mis", "miste" };
	static const char *const again[] = { "weer", "nog", "niet", "nooit", "vandaag", "gisteren",
	    "morgen", "al", "pas", "laatst" };
	static const char *const zn[] = { "zn", "z'n", "d'r", "dr" };
	static const char *const acct[] = { "insta", "snap", "snapchat", "tiktok", "nummer", "mail",
	    "account", "telefoon", "moeder", "vader", "ouders" };
	uint32_t f = c->c_tok[i].tk_flags;
	size_t n = c->c_ntok;
	int first = (f & (W_FIRST | W_FIRST_AMB)) && !(f & (W_MONTH | W_KEEP | W_TITLE | W_ARTICLE));

	if (!(f & (W_FIRST | W_FIRST_AMB)))
		return 0;
	/* "tell will that": a word that is also a verb only before "that" or "if" ("ask can i") */
	if (first && i >= 1 && i + 1 < n && !pii_fold_is(c, i, "lies") && pii_fold_in(c, i - 1, tell,
	    NELEM(tell)) && (f & W_COMMON ? pii_fold_is(c, i + 1, "that") || pii_fold_is(c, i + 1, "if") :
	    pii_fold_in(c, i + 1, that, NELEM(that))))
		return 1;
	if (first && c->c_tok[i].tk_sstart && i + 2 < n && pii_fold_in(c, i + 1, said, NELEM(said)) &&
	    pii_fold_in(c, i + 2, who, NELEM(who)))
		return 1;
	/* "zag ik roos weer"; a month only after "zag" or "sprak" and before "weer" */
	if (i >= 2 && i + 1 < n && !(f & W_COMMON) && pii_fold_is(c, i - 1, "ik") &&
	    pii_fold_in(c, i - 2, saw, NELEM(saw)) && pii_fold_in(c, i + 1, again, NELEM(again)) &&
	    (first || ((f & W_MONTH) && pii_fold_is(c, i + 1, "weer") && (pii_fold_is(c, i - 2, "zag") ||
	    pii_fold_is(c, i - 2, "sprak")))))
		return 1;
	return first && c->c_tok[i].tk_sstart && i + 2 < n && pii_fold_in(c, i + 1, zn, NELEM(zn)) &&
	    pii_fold_in(c, i + 2, acct, NELEM(acct));
}

/*
 * A first name that is no ordinary word and a surname that may be one,
 * first in a sentence, before what they are to the writer: "merel bakker
 * is mijn mentor", "bo de wit was mn juf". The name's last token, or i.
 */
static size_t
pii_lower_full_name_is(const struct pii_ctx *c, size_t i)
{
	static const char *const be[] = { "is", "was" };
	static const char *const my[] = { "mijn", "mn", "m'n", "onze", "my", "our" };
	uint32_t f = c->c_tok[i].tk_flags;
	size_t k = i + 1, n = c->c_ntok;

	if (!c->c_tok[i].tk_sstart || !(f & (W_FIRST | W_FIRST_AMB)) || (f & (W_COMMON | W_MONTH)))
		return i;
	while (k < n && pii_free_word(c, k) && (c->c_tok[k].tk_flags & W_PREFIX) && k - i < 3)
		k++;
	if (k + 3 >= n || !pii_free_word(c, k) || !(c->c_tok[k].tk_flags & (W_SUR | W_SUR_AMB)) ||
	    (c->c_tok[k].tk_flags & (W_KEEP | W_MONTH | W_TITLE)) ||
	    !pii_fold_in(c, k + 1, be, NELEM(be)) || !pii_fold_in(c, k + 2, my, NELEM(my)))
		return i;
	if (pii_fold_is(c, k + 3, "beste") && k + 4 < n)
		return pii_phrase_at(c, k + 4, W_REL_END) ? k : i;
	return pii_phrase_at(c, k + 3, W_REL_END) ? k : i;
}

/* Words said before a name in chat: "echt waar bill je bent", "omg sky de boer", "i swear will is". */
static const char *const pii_chat_lead[] = { "waar", "echt", "bro", "joh", "hey", "hee", "ey",
    "ja", "nee", "ok", "oke", "okay", "haha", "lol", "omg", "sorry", "wollah", "serieus", "swear",
    "dus", "man", "mattie", "maat", "gozer", "bruh", "wtf", "pff", "ugh", "yo" };

/* Words for what someone is to the writer, after a name and "haar", "zijn" or "'s". */
static const char *const pii_kin_words[] = { "vader", "moeder", "ouders", "broer", "broertje",
    "zus", "zusje", "vriend", "vriendin", "vriendje", "tante", "oom", "opa", "oma", "neef", "nicht",
    "pa", "ma", "papa", "mama", "stiefvader", "stiefmoeder", "ex", "mentor", "familie", "huis",
    "nummer", "insta", "snap", "mail", "dad", "mom", "mum", "brother", "sister", "friend" };

/* Second words of a term whose first word is a first name: "penny board", "ray ban", "ted talks". */
static const char *const pii_name_then_term[] = { "board", "boards", "ban", "bans", "talks", "talk",
    "pins", "jr", "blue", "tracing", "period", "views", "culture", "jars", "nevada", "borealis",
    "square", "down", "cleanup", "voering", "x", "pin", "jeans", "sox", "view", "eyes", "pants",
    "violet", "z" };

/* Dutch words of every day among the first names: "hoop je bent snel beter", "lente is zo raar". */
static const char *const pii_everyday_words[] = { "hoop", "lief", "lente", "ander", "ben" };

/* More words for a relative or a friend: "ocean is mn nichtje". */
static const char *const pii_kin_more[] = { "nichtje", "neefje", "stiefbroer", "stiefzus",
    "halfbroer", "halfzus", "schoonzus", "teamgenoot", "klasgenoot", "collega", "bestie",
    "bff", "crush", "date", "vriendje", "pleegouders", "pleegmoeder", "pleegvader", "trainer",
    "stiefvader", "stiefmoeder", "baas", "chef", "manager", "teamleider", "shiftleader",
    "leidinggevende", "buddy", "stagebegeleider", "begeleider", "werkgever", "mentor", "coach" };

/* An adjective between "haar" or "zijn" and a relative: "dean haar oudere zus". */
static const char *const pii_kin_adj[] = { "oudere", "jongere", "kleine", "grote", "nieuwe",
    "beste", "echte", "eigen" };

/* Verbs only a person does, after a name first in a sentence: "said zei dat", "hope vroeg of". */
static const char *const pii_person_verbs[] = { "zei", "zegt", "vroeg", "vraagt", "appte", "appt",
    "belde", "belt", "wilde", "stuurde", "stuurt", "loog", "liegt", "snapte", "reageerde",
    "reageert", "huilde", "huilt", "lachte", "schreeuwde", "beloofde", "vertelde", "vertelt",
    "zeiden", "vroegen", "appten", "schold", "scheldt", "duwde", "pestte", "dreigde", "dreigt",
    "chanteerde", "chanteert", "sloeg", "schopte", "blokkeerde" };


/*
 * A first name from the lists in lower case, named by the words around
 * it in chat: after a preposition of a person ("bij sky", "met jay",
 * "vraag het aan grace", "wat vind jij van dean"), after "verliefd op",
 * "ken jij", "uitgemaakt met", "tegen X dat" (any such name), before
 * "haar vader", "zijn moeder" or "'s tante" (any such name), before a
 * verb only a person does, first in a sentence ("june zei", "said zei
 * dat", "hope vroeg of").
 */
static int
pii_lower_name_context(struct pii_ctx *c, size_t i)
{
	static const char *const prep[] = { "met", "bij", "aan", "tegen", "voor", "van", "naar",
	    "zonder", "over" };
	static const char *const strong[] = { "verliefd", "crush", "gek", "uitgemaakt", "verkering",
	    "gezoend", "ruzie", "ken", "kent", "kende", "sorry" };
	static const char *const his[] = { "haar", "zijn", "zn", "z'n", "d'r", "dr" };
	uint32_t f = c->c_tok[i].tk_flags;
	size_t n = c->c_ntok, k;
	int plain = !(f & (W_COMMON | W_MONTH)) && !pii_fold_in(c, i, pii_bare_words,
	    NELEM(pii_bare_words)) && !pii_fold_in(c, i, pii_prep_words, NELEM(pii_prep_words));

	if (c->c_tok[i].tk_cap || (f & (W_KEEP | W_TITLE | W_ARTICLE | W_PREFIX)))
		return 0;
	if (i > 0 && pii_gap(c, i, GAP_SPACE)) {
		/* "met jay", "bij sky en haar moeder"; any name after "verliefd op", "ken jij", "tegen X dat" */
		if (plain && pii_fold_in(c, i - 1, prep, NELEM(prep)) &&
		    !(i + 1 < n && pii_word(c, i + 1) && (c->c_tok[i + 1].tk_flags & W_STREET_SUF)) &&
		    !pii_fold_in(c, i + 1, pii_name_then_term, NELEM(pii_name_then_term)))
			return 1;
		if (i >= 2 && (pii_fold_is(c, i - 1, "op") || pii_fold_is(c, i - 1, "met") ||
		    pii_fold_is(c, i - 1, "jij") || pii_fold_is(c, i - 1, "je")) &&
		    pii_fold_in(c, i - 2, strong, NELEM(strong)) &&
		    !pii_fold_in(c, i, pii_prep_words, NELEM(pii_prep_words)) &&
		    !((pii_fold_is(c, i - 2, "gek") || pii_fold_is(c, i - 2, "crush")) && ((f & (W_COMMON | W_MONTH)) ||
		    pii_fold_in(c, i, pii_bare_words, NELEM(pii_bare_words)))))
			return 1;
		if (pii_fold_is(c, i - 1, "ken") && !(f & W_COMMON) &&
		    !pii_fold_in(c, i, pii_prep_words, NELEM(pii_prep_words)) &&
		    !pii_fold_in(c, i, pii_bare_words, NELEM(pii_bare_words)))
			return 1;
		if (i + 1 < n && pii_fold_is(c, i - 1, "tegen") && (pii_fold_is(c, i + 1, "dat") ||
		    pii_fold_is(c, i + 1, "om")))
			return 1;
	}
	/* "rose haar vader", "dean zijn halfbroer", "dean haar oudere zus", "storm's tante" */
	k = i + 2 < n && pii_fold_in(c, i + 2, pii_kin_adj, NELEM(pii_kin_adj)) ? i + 3 : i + 2;
	if (k < n && !(i > 0 && (c->c_tok[i - 1].tk_flags & W_ARTICLE)) &&
	    !(f & (W_COMMON | W_MONTH)) && pii_gap(c, i + 1, GAP_SPACE) &&
	    pii_fold_in(c, i + 1, his, NELEM(his)) && (pii_fold_in(c, k, pii_kin_words,
	    NELEM(pii_kin_words)) || pii_fold_in(c, k, pii_kin_more, NELEM(pii_kin_more))))
		return 1;
	if (pii_possessive(c, i) && i + 1 < n && pii_fold_in(c, i + 1, pii_kin_words, NELEM(pii_kin_words)))
		return 1;
	/* "june zei", "said zei dat hij", "hope vroeg of" */
	return (c->c_tok[i].tk_sstart || (i > 0 && pii_fold_in(c, i - 1, pii_chat_lead, NELEM(pii_chat_lead)))) &&
	    i + 1 < n && pii_gap(c, i + 1, GAP_SPACE) &&
	    pii_fold_in(c, i + 1, pii_person_verbs, NELEM(pii_person_verbs)) &&
	    !pii_fold_in(c, i + 2, pii_after_verb_subject, 16);	/* the pronouns: "zei dat" is no subject */
}

/* The writer as an object: "zit bij mij", "die mij steeds appt". */
static const char *const pii_me_us[] = { "mij", "me", "ons" };

/*
 * More frames of a first name from the lists in chat: "X zit bij mij op
 * voetbal", "die jongen (pim)", "echt waar bill je bent", "mark van mn
 * bijbaan", "i swear will is zo fake", "zei bo al dat", "bij sky en haar
 * moeder".
 */
static int
pii_lower_name_chat(struct pii_ctx *c, size_t i)
{
	static const char *const sit[] = { "zit", "zat", "zitten", "zaten" };
	static const char *const owner[] = { "mn", "mijn", "m'n", "je", "jouw", "zn", "z'n", "haar",
	    "ons", "onze", "die", "deze", "dat", "hun" };
	static const char *const who[] = { "jongen", "meisje", "gast", "vriend", "vriendin", "man",
	    "vrouw", "leraar", "docent", "trainer", "coach", "buurman", "buurvrouw", "ex", "neef",
	    "nicht", "broer", "zus", "collega", "klasgenoot", "jongen", "chick", "guy", "girl" };
	static const char *const you[] = { "je", "jij", "u" };
	static const char *const are[] = { "bent", "was", "doet", "hebt", "moet", "kan", "mag", "zei", "zegt" };
	static const char *const where[] = { "bijbaan", "bijbaantje", "werk", "school", "klas", "team",
	    "voetbal", "dansen", "club", "stage", "sport", "training", "hockey", "basketbal", "gym" };
	static const char *const how[] = { "fake", "irritant", "vals", "gemeen", "chagrijnig",
	    "jaloers", "raar", "vaag", "nep", "toxic", "kinderachtig", "arrogant", "zwanger",
	    "verliefd" };
	static const char *const adv[] = { "zo", "echt", "super", "heel", "zooo", "zoo", "egt" };
	static const char *const then[] = { "al", "ook", "nog", "gewoon", "gwn", "echt", "net", "toen",
	    "gisteren", "gister", "tegen", "dat", "letterlijk" };
	static const char *const mate_does[] = { "is", "was", "heeft", "zit", "zat", "zei", "komt",
	    "kwam", "gaat", "ging" };
	static const char *const ask[] = { "waar", "ben", "wat", "hoe", "kom", "waarom", "heb", "kan",
	    "wil", "ga", "where", "are", "what" };
	uint32_t f = c->c_tok[i].tk_flags;
	size_t n = c->c_ntok;
	int lead = c->c_tok[i].tk_sstart || (i > 0 && pii_fold_in(c, i - 1, pii_chat_lead, NELEM(pii_chat_lead)));
	int plain = !(f & (W_COMMON | W_MONTH)) && !pii_fold_in(c, i, pii_bare_words, NELEM(pii_bare_words));

	if (c->c_tok[i].tk_cap || (f & (W_KEEP | W_TITLE | W_ARTICLE | W_PREFIX)) ||
	    (i > 0 && (c->c_tok[i - 1].tk_flags & W_ARTICLE)))
		return 0;
	if (i + 2 < n && !(i > 0 && pii_fold_in(c, i - 1, owner, NELEM(owner))) &&
	    pii_fold_in(c, i + 1, sit, NELEM(sit)) && pii_fold_is(c, i + 2, "bij") &&
	    pii_fold_in(c, i + 3, pii_me_us, NELEM(pii_me_us)))
		return 1;	/* "lief zit bij mij op voetbal" */
	if (lead && !(f & W_MONTH) && i + 3 < n && (pii_fold_is(c, i + 1, "is") || pii_fold_is(c, i + 1, "was")) &&
	    (pii_fold_is(c, i + 2, "mn") || pii_fold_is(c, i + 2, "mijn") || pii_fold_is(c, i + 2, "m'n")) &&
	    (pii_phrase_at(c, i + 3, W_REL_END) || pii_fold_in(c, i + 3, pii_kin_words, NELEM(pii_kin_words)) ||
	    pii_fold_in(c, i + 3, pii_kin_more, NELEM(pii_kin_more)) || (i + 4 < n && pii_fold_is(c, i + 3, "beste") &&
	    pii_phrase_at(c, i + 4, W_REL_END))))
		return 1;	/* "ocean is mn nichtje" */
	/* "mattie said is weer opgepakt" */
	if (i > 0 && (pii_fold_is(c, i - 1, "mattie") || pii_fold_is(c, i - 1, "maat") ||
	    pii_fold_is(c, i - 1, "gozer") || pii_fold_is(c, i - 1, "bro")) && !(f & W_MONTH) && i + 1 < n && pii_fold_in(c, i + 1, mate_does,
	    NELEM(mate_does)))
		return 1;
	/* "mees!! waar ben je nou", first in the message */
	if (i == 0 && c->c_text[c->c_tok[i].tk_end] == '!' &&
	    i + 1 < n && pii_fold_in(c, i + 1, ask, NELEM(ask)))
		return 1;
	if (i >= 2 && c->c_text[c->c_tok[i].tk_start - 1] == '(' && c->c_text[c->c_tok[i].tk_end] == ')' &&
	    pii_fold_in(c, i - 1, who, NELEM(who)))
		return 1;	/* "die jongen (pim)" */
	if (lead && !(f & (W_MONTH | W_COMMON)) && i + 2 < n && pii_fold_in(c, i + 1, you, NELEM(you)) &&
	    pii_fold_in(c, i + 2, are, NELEM(are)))
		return 1;	/* "echt waar bill je bent zo irritant" */
	if (c->c_tok[i].tk_sstart && !(f & W_MONTH) && i + 3 < n && (pii_fold_is(c, i + 1, "van") ||
	    pii_fold_is(c, i + 1, "uit")) && (pii_fold_is(c, i + 2, "mn") || pii_fold_is(c, i + 2, "mijn")) &&
	    pii_fold_in(c, i + 3, where, NELEM(where)))
		return 1;	/* "mark van mn bijbaan" */
	/* "sinds ze met can is": who someone is going out with */
	if (i >= 2 && i + 1 < n && pii_fold_is(c, i - 1, "met") && (pii_fold_is(c, i - 2, "ze") ||
	    pii_fold_is(c, i - 2, "hij") || pii_fold_is(c, i - 2, "zij")) && !(f & W_MONTH) &&
	    (pii_fold_is(c, i + 1, "is") || pii_fold_is(c, i + 1, "was")))
		return 1;
	/* "i swear will is zo fake", "april doet zo raar" (a month does nothing) */
	if (lead && (!(f & W_MONTH) || (i + 1 < n && pii_fold_is(c, i + 1, "doet"))) &&
	    !pii_fold_in(c, i, pii_everyday_words, NELEM(pii_everyday_words)) &&
	    !pii_fold_in(c, i, pii_bare_words, NELEM(pii_bare_words)) &&
	    i + 2 < n && (pii_fold_is(c, i + 1, "is") || pii_fold_is(c, i + 1, "doet")) &&
	    (pii_fold_in(c, i + 2, how, NELEM(how)) || (i + 3 < n && pii_fold_in(c, i + 2, adv, NELEM(adv)) &&
	    pii_fold_in(c, i + 3, how, NELEM(how)))))
		return 1;
	if (plain && i > 0 && i + 1 < n && pii_fold_in(c, i - 1, pii_person_verbs, NELEM(pii_person_verbs)) &&
	    pii_fold_in(c, i + 1, then, NELEM(then)))
		return 1;	/* "in april zei bo al dat" */
	/* "bij sky en haar moeder" */
	return i > 0 && i + 3 < n && (pii_fold_is(c, i - 1, "bij") || pii_fold_is(c, i - 1, "met")) &&
	    !(f & W_MONTH) && pii_fold_is(c, i + 1, "en") && (pii_fold_is(c, i + 2, "haar") ||
	    pii_fold_is(c, i + 2, "zijn") || pii_fold_is(c, i + 2, "zn")) &&
	    pii_fold_in(c, i + 3, pii_kin_words, NELEM(pii_kin_words));
}

/*
 * Three or more first names from the lists first in a sentence, the last
 * after "en", before a verb of more than one person: "amber ruby en angel
 * stonden te lachen" (three names are no list of colours before such a
 * verb, or "zitten allemaal": "mark, roos, storm en bo zitten allemaal in
 * de groepsapp"). The last name's token, or i.
 */
static size_t
pii_lower_name_list(const struct pii_ctx *c, size_t i)
{
	static const char *const do_[] = { "lachten", "lachen", "gingen", "gaan", "kwamen", "komen",
	    "zeiden", "pesten", "pestten", "appten", "wilden", "deden", "logeren", "roddelen", "negeren",
	    "negeerden", "haten", "blokkeerden", "bedreigen", "slaan", "sloegen" };
	static const char *const stood[] = { "stonden", "zaten", "staan", "zitten" };
	static const char *const sat[] = { "zitten", "zaten" };
	static const char *const all[] = { "allemaal", "samen" };
	static const char *const to_do[] = { "lachen", "kijken", "roddelen", "praten", "schreeuwen",
	    "wachten", "fluisteren", "filmen", "appen" };
	size_t k, names = 0;
	uint32_t f;

	if (!c->c_tok[i].tk_sstart)
		return i;
	for (k = i; k < c->c_ntok; k++) {
		f = c->c_tok[k].tk_flags;
		if (pii_fold_is(c, k, "en") && names >= 2 && k + 2 < c->c_ntok && pii_gap(c, k, GAP_SPACE)) {
			f = c->c_tok[k + 1].tk_flags;
			return pii_free_word(c, k + 1) && !c->c_tok[k + 1].tk_cap && (f & (W_FIRST | W_FIRST_AMB)) &&
			    !(f & (W_KEEP | W_TITLE | W_ARTICLE | W_PREFIX | W_MONTH)) &&
			    (pii_fold_in(c, k + 2, do_, NELEM(do_)) || (k + 3 < c->c_ntok &&
			    pii_fold_in(c, k + 2, sat, NELEM(sat)) && pii_fold_in(c, k + 3, all, NELEM(all))) ||
			    (k + 4 < c->c_ntok && pii_fold_in(c, k + 2, stood, NELEM(stood)) &&
			    pii_fold_is(c, k + 3, "te") && pii_fold_in(c, k + 4, to_do, NELEM(to_do)))) ? k + 1 : i;
		}
		if (!pii_free_word(c, k) || c->c_tok[k].tk_cap || !(f & (W_FIRST | W_FIRST_AMB)) ||
		    (f & (W_KEEP | W_TITLE | W_ARTICLE | W_PREFIX | W_MONTH)) ||
		    (k > i && !pii_gap(c, k, GAP_SPACE) && !pii_gap(c, k, ", ")))
			return i;
		names++;
	}
	return i;
}

/*
 * Frames of what the writer did with a person, for a first name from the
 * lists in lower case: "ik zit bij river in de klas", "naar roos toe",
 * "met storm afgesproken", "ruzie gehad met june", "ik mis bo zo erg",
 * "ik heb dean geblokt".
 */
static int
pii_lower_name_done(struct pii_ctx *c, size_t i)
{
	static const char *const sit[] = { "zit", "zat", "zitten", "zaten" };
	static const char *const class_[] = { "de", "mn", "mijn", "klas", "groep", "team" };
	static const char *const met_did[] = { "afgesproken", "gedate", "gezoend", "gechat",
	    "geappt", "gebeld", "gebroken", "uitgemaakt" };
	static const char *const fight[] = { "ruzie", "verkering", "contact", "seks", "sex" };
	static const char *const miss[] = { "mis", "miste", "vertrouw", "vertrouwde", "haat", "blokkeer" };
	static const char *const then_adv[] = { "zo", "echt", "nog", "niet", "nie", "heel", "super",
	    "meer", "erg", "egt" };
	static const char *const done_to[] = { "geblokt", "geblokkeerd", "verteld", "gevraagd",
	    "gezegd", "geappt", "gebeld", "gezoend", "ontmoet", "gedumpt", "ontvolgd", "gesnapt" };
	uint32_t f = c->c_tok[i].tk_flags;
	size_t n = c->c_ntok;
	int plain = !(f & (W_COMMON | W_MONTH)) && !pii_fold_in(c, i, pii_bare_words, NELEM(pii_bare_words));

	if (c->c_tok[i].tk_cap || (f & (W_KEEP | W_TITLE | W_ARTICLE | W_PREFIX)))
		return 0;
	if (i > 0 && pii_fold_is(c, i - 1, "bij") && i + 2 < n && pii_fold_is(c, i + 1, "in") &&
	    pii_fold_in(c, i + 2, class_, NELEM(class_)) && i >= 2 && pii_fold_in(c, i - 2, sit, NELEM(sit)))
		return 1;
	if (i > 0 && pii_fold_is(c, i - 1, "naar") && i + 1 < n && pii_fold_is(c, i + 1, "toe") && !(f & W_MONTH))
		return 1;
	if (i > 0 && pii_fold_is(c, i - 1, "met") && i + 1 < n && pii_fold_in(c, i + 1, met_did, NELEM(met_did)) &&
	    !(f & W_MONTH))
		return 1;
	if (i >= 3 && pii_fold_is(c, i - 1, "met") && pii_fold_is(c, i - 2, "gehad") &&
	    pii_fold_in(c, i - 3, fight, NELEM(fight)))
		return 1;
	/* "ik mis bo zo erg", "ik vertrouw sky niet meer", "ik heb dean geblokt" */
	if (plain && i >= 2 && pii_fold_in(c, i - 1, miss, NELEM(miss)) && (pii_fold_is(c, i - 2, "ik") ||
	    pii_fold_is(c, i - 2, "k")) && i + 1 < n && pii_fold_in(c, i + 1, then_adv, NELEM(then_adv)))
		return 1;
	if (plain && i >= 2 && (pii_fold_is(c, i - 1, "heb") || pii_fold_is(c, i - 1, "had")) &&
	    (pii_fold_is(c, i - 2, "ik") || pii_fold_is(c, i - 2, "k")) && i + 1 < n &&
	    pii_fold_in(c, i + 1, done_to, NELEM(done_to)))
		return 1;
	return 0;
}

/*
 * A first name and a surname from the lists, both in lower case, first in
 * a sentence or after a word said before a name, before a verb of one
 * person: "bas vos heeft fotos ...", "omg sky de boer zit ...". The
 * surname's last token, or i.
 */
static size_t
pii_lower_full_name_does(const struct pii_ctx *c, size_t i)
{
	static const char *const does[] = { "heeft", "zit", "zat", "komt", "kwam", "gaat", "ging",
	    "zei", "zegt", "wil", "appt", "appte", "belde", "stuurde", "doet", "deed", "pest",
	    "pestte", "sloeg", "slaat", "schopte", "dreigt", "dreigde" };
	uint32_t f = c->c_tok[i].tk_flags;
	size_t k = i + 1, n = c->c_ntok;

	if (!(c->c_tok[i].tk_sstart || (i > 0 && pii_fold_in(c, i - 1, pii_chat_lead, NELEM(pii_chat_lead)))) ||
	    c->c_tok[i].tk_cap || (f & (W_MONTH | W_KEEP | W_COMMON)) ||
	    pii_fold_in(c, i, pii_prep_words, NELEM(pii_prep_words)))
		return i;
	while (k < n && pii_free_word(c, k) && (c->c_tok[k].tk_flags & W_PREFIX) && k - i < 3)
		k++;
	if (k + 1 >= n || !pii_free_word(c, k) || !(c->c_tok[k].tk_flags & (W_SUR | W_SUR_AMB)) ||
	    (c->c_tok[k].tk_flags & (W_KEEP | W_MONTH | W_TITLE)) || c->c_tok[k].tk_cap ||
	    !pii_fold_in(c, k + 1, does, NELEM(does)) ||
	    pii_fold_in(c, k + 2, pii_after_verb_subject, 16))
		return i;
	return k;
}

/*
 * A first name from the lists beside a name found, joined by "en":
 * "[mees] en pim uit 3b", "pim en [mees]".
 */
static void
pii_lower_name_joined(struct pii_ctx *c)
{
	static const char *const and[] = { "en", "and", "&" };
	uint32_t f;

	for (size_t i = 0; i < c->c_ntok; i++) {
		f = c->c_tok[i].tk_flags;
		if (!pii_free_word(c, i) || c->c_tok[i].tk_cap || !(f & (W_FIRST | W_FIRST_AMB)) ||
		    (f & (W_COMMON | W_MONTH | W_KEEP | W_TITLE | W_ARTICLE | W_PREFIX)) ||
		    c->c_tok[i].tk_flen < 2 || strchr("'\"", c->c_text[c->c_tok[i].tk_start - (i > 0)]) != NULL ||
		    pii_fold_in(c, i, pii_bare_words, NELEM(pii_bare_words)))
			continue;	/* not a word in quotes ("tussen 'ana' en 'mia'"), a colour or a flower */
		if ((i >= 2 && pii_fold_in(c, i - 1, and, NELEM(and)) && c->c_tok[i - 2].tk_label == PII_NAAM + 1 &&
		    pii_word(c, i - 2)) || (i + 2 < c->c_ntok && pii_fold_in(c, i + 1, and, NELEM(and)) &&
		    c->c_tok[i + 2].tk_label == PII_NAAM + 1 && pii_word(c, i + 2)))
			pii_label(c, i, i, PII_NAAM);
	}
}

/*
 * "robins vader", "pims broer": a first name from the lists with an "s"
 * for whose, before a word for a relative. The name without its "s".
 */
static int
pii_lower_name_s(const struct pii_ctx *c, size_t i)
{
	const char *w = c->c_fold + c->c_tok[i].tk_fold;
	size_t l = c->c_tok[i].tk_flen;
	uint32_t f;

	static const char *const own[] = { "verjaardag", "feestje", "tiktok", "kamer", "fiets",
	    "telefoon" };

	static const char *const before[] = { "de", "het", "een", "die", "deze", "dat", "in", "door",
	    "naar", "bij", "iemand", "the", "a" };
	static const char *const subject[] = { "ik", "k", "je", "jij", "we", "wij", "hij", "ze" };

	/*
	 * "pims broer"; "bos verjaardag" also for a name that is a word,
	 * before what only a person has (not "het bos fiets ik", "iemand
	 * anders telefoon", "die meis verjaardag")
	 */
	if (!pii_word(c, i) || l < 3 || w[l - 1] != 's' || c->c_tok[i].tk_cap ||
	    !((c->c_tok[i].tk_flags == 0 && l >= 4 && pii_fold_in(c, i + 1, pii_kin_words, NELEM(pii_kin_words))) ||
	    (!(c->c_tok[i].tk_flags & (W_KEEP | W_MONTH | W_COMMON)) && pii_fold_in(c, i + 1, own, NELEM(own)) &&
	    !(i > 0 && pii_fold_in(c, i - 1, before, NELEM(before))) &&
	    !(i + 2 < c->c_ntok && pii_fold_in(c, i + 2, subject, NELEM(subject))))))
		return 0;
	f = pii_lookup(c->c_pl, w, l - 1);
	return (f & (W_FIRST | W_FIRST_AMB)) && !(f & (W_KEEP | W_TITLE | W_ARTICLE | W_PREFIX));
}

/* Words for whose a thing is, before a word that is then no name again: "mijn lief", "elke dag". */
static const char *const pii_owner_words[] = { "mijn", "mn", "m'n", "jouw", "zn", "z'n", "zijn", "haar",
    "onze", "ons", "hun", "jullie", "my", "your", "his", "her", "our", "their", "geen", "no", "elke",
    "iedere", "every", "zo'n", "te", "zo", "heel", "nog", "meer", "self", "phone", "x", "happy" };

/*
 * Frames of asking a person in chat, for a first name from the lists in
 * lower case: "app can ff", "vraag sky even", "kan june je ff appen",
 * "gaan april en ik" (not after "in", "op", "eind" for a month).
 */
static int
pii_lower_name_ask(struct pii_ctx *c, size_t i)
{
	static const char *const ask[] = { "app", "bel", "vraag", "dm", "sms", "tag", "text" };
	static const char *const soon[] = { "ff", "even", "effe", "ffe", "eens", "maar" };
	static const char *const can[] = { "kan", "kon", "wil", "mag", "moet", "zal" };
	static const char *const you[] = { "je", "jou", "me", "mij", "ons" };
	static const char *const me[] = { "ik", "k", "mij", "me" };
	static const char *const det[] = { "the", "this", "that", "your", "my", "de", "het", "die", "deze",
	    "mijn", "mn", "je", "jouw" };
	static const char *const my_verb[] = { "heb", "ben", "moet", "kan", "wil", "zit", "zing", "speel",
	    "weet", "vind", "had", "was", "mag", "voel", "denk", "snap", "hoop", "ga" };
	size_t n = c->c_ntok;
	uint32_t f = c->c_tok[i].tk_flags;

	if (i + 1 >= n || !pii_gap(c, i + 1, GAP_SPACE) || (f & (W_KEEP | W_TITLE | W_ARTICLE | W_PREFIX)))
		return 0;
	/* not after "the app", "your text": a noun */
	if (i > 0 && pii_gap(c, i, GAP_SPACE) && pii_fold_in(c, i - 1, ask, NELEM(ask)) &&
	    pii_fold_in(c, i + 1, soon, NELEM(soon)) && !(i > 1 && pii_fold_in(c, i - 2, det, NELEM(det))))
		return 1;
	if (i > 0 && pii_gap(c, i, GAP_SPACE) && pii_fold_in(c, i - 1, can, NELEM(can)) && i + 2 < n &&
	    pii_fold_in(c, i + 1, you, NELEM(you)) && (pii_fold_in(c, i + 2, soon, NELEM(soon)) ||
	    pii_verb_ending(c, i + 2)))
		return 1;
	/* "gaan april en ik naar", not "het is april en ik heb", "ik speel bas en ik zing" */
	return i + 2 < n && pii_fold_is(c, i + 1, "en") && pii_gap(c, i + 2, GAP_SPACE) &&
	    pii_fold_in(c, i + 2, me, NELEM(me)) && !pii_month_context(c, i) &&
	    !(i + 3 < n && pii_fold_in(c, i + 3, my_verb, NELEM(my_verb))) &&
	    !(i > 0 && (pii_fold_is(c, i - 1, "is") || pii_fold_is(c, i - 1, "speel") ||
	    pii_fold_is(c, i - 1, "speelt"))) &&
	    !pii_fold_in(c, i, pii_everyday_words, NELEM(pii_everyday_words)) && !(f & W_COMMON) &&
	    !pii_fold_in(c, i, pii_bare_words, NELEM(pii_bare_words)) &&
	    !pii_fold_in(c, i, pii_prep_words, NELEM(pii_prep_words)) &&
	    !(i > 0 && ((c->c_tok[i - 1].tk_flags & W_ARTICLE) || pii_fold_in(c, i - 1, pii_owner_words,
	    NELEM(pii_owner_words))));
}

/* A class at school ("4havo", "3b"), not a year ("1967"). */
static int
pii_class_code(const struct pii_ctx *c, size_t k)
{
	const char *w = &c->c_fold[c->c_tok[k].tk_fold];
	size_t n = c->c_tok[k].tk_flen;

	return n >= 2 && n <= 6 && w[0] >= '1' && w[0] <= '6' && isalpha((unsigned char)w[n - 1]);
}

/* What only a person does to someone after "heeft me": "geblokt", "gebeld". */
static const char *const pii_person_done[] = { "geblokt", "geblokkeerd", "gedumpt", "gebeld", "geappt",
    "gezoend", "gekust", "ontvolgd", "gestalkt", "gechanteerd" };
/* And what a month or a feeling may do too: "april heeft me bedrogen" (with the weather). */
static const char *const pii_person_hurt[] = { "bedrogen", "verraden", "uitgescholden", "geslagen",
    "gepest", "genegeerd", "uitgelachen", "belogen" };

/* After "heeft me": a past participle ("geblokt", "verraden"); after a month's name, one of a person. */
static int
pii_participle(const struct pii_ctx *c, size_t k, int month)
{
	static const char *const pre[] = { "ge", "ver", "ont", "uit" };
	const char *w = &c->c_fold[c->c_tok[k].tk_fold];
	size_t m = c->c_tok[k].tk_flen, p;
	char last = w[m - 1];

	if (month)
		return pii_fold_in(c, k, pii_person_done, NELEM(pii_person_done)) ||
		    pii_fold_in(c, k, pii_person_hurt, NELEM(pii_person_hurt)) || pii_fold_is(c, k, "bedreigd");
	for (p = 0; p < NELEM(pre); p++)
		if (m > strlen(pre[p]) + 3 && strncmp(w, pre[p], strlen(pre[p])) == 0 &&
		    (last == 'd' || last == 't' || last == 'n'))
			return 1;
	return 0;
}

/*
 * A listed first name, also one that is a word or a month, in any case
 * first in a clause (a sentence, or after "dat", "want", "omdat", "maar",
 * "en") before what only a person does: "heeft (me) uitgemaakt/geblokt",
 * "doet alsof", "wil niet meer met me praten" ("april heeft uitgemaakt
 * met ...", "zei dat will haar heeft geblokt", "angel doet alsof").
 */
static int
pii_clause_name_frame(const struct pii_ctx *c, size_t i)
{
	static const char *const lead[] = { "dat", "want", "omdat", "maar", "en" };
	static const char *const obj[] = { "me", "mij", "haar", "hem", "ons", "jou", "je" };
	static const char *const who[] = { "ze", "hij", "zij" };
	static const char *const talk[] = { "praten", "afspreken", "chillen", "omgaan", "spreken", "appen" };
	size_t n = c->c_ntok, k = i + 1;
	uint32_t f = c->c_tok[i].tk_flags;
	int word = (f & (W_COMMON | W_MONTH)) || pii_fold_in(c, i, pii_bare_words, NELEM(pii_bare_words)) ||
	    pii_fold_in(c, i, pii_everyday_words, NELEM(pii_everyday_words)) ||
	    pii_fold_in(c, i, pii_prep_words, NELEM(pii_prep_words));

	if (!(c->c_tok[i].tk_sstart || (i > 0 && pii_gap(c, i, GAP_SPACE) && pii_fold_in(c, i - 1, lead,
	    NELEM(lead)))) || k + 2 >= n || !pii_gap(c, k, GAP_SPACE) || !pii_gap(c, k + 1, GAP_SPACE) ||
	    !pii_gap(c, k + 2, GAP_SPACE) || pii_possessive(c, i) || pii_all_caps(c, i) ||
	    (f & (W_KEEP | W_TITLE | W_ARTICLE | W_PREFIX)))
		return 0;
	/* "angel doet alsof ze me niet kent": not "april doet alsof het zomer is" */
	if ((pii_fold_is(c, k, "doet") || pii_fold_is(c, k, "deed")) && pii_fold_is(c, k + 1, "alsof"))
		return k + 3 < n && pii_fold_in(c, k + 2, who, NELEM(who)) && pii_fold_in(c, k + 3, obj, NELEM(obj));
	/* "wil niet meer met me praten", not for a word ("storm wil niet meer met me wandelen") */
	if (pii_fold_is(c, k, "wil"))
		return !word && k + 5 < n && pii_fold_is(c, k + 1, "niet") && pii_fold_is(c, k + 2, "meer") &&
		    pii_fold_is(c, k + 3, "met") && pii_fold_in(c, k + 4, obj, NELEM(obj)) &&
		    pii_fold_in(c, k + 5, talk, NELEM(talk));
	/* "will haar heeft geblokt" after "dat": the object first */
	if (pii_fold_in(c, k, obj, NELEM(obj)))
		return (pii_fold_is(c, k + 1, "heeft") || pii_fold_is(c, k + 1, "had")) &&
		    (pii_fold_in(c, k + 2, pii_person_done, NELEM(pii_person_done)) ||
		    (!word && pii_fold_in(c, k + 2, pii_person_hurt, NELEM(pii_person_hurt))));
	if (!pii_fold_is(c, k, "heeft") && !pii_fold_is(c, k, "had"))
		return 0;
	/* "april heeft uitgemaakt met": not "mei heeft uitgemaakt dat het koud blijft" */
	if (pii_fold_is(c, k + 1, "uitgemaakt"))
		return pii_fold_is(c, k + 2, "met");
	if (pii_fold_in(c, k + 1, obj, NELEM(obj)))
		k++;
	return pii_fold_in(c, k + 1, pii_person_done, NELEM(pii_person_done)) ||
	    (!word && pii_fold_in(c, k + 1, pii_person_hurt, NELEM(pii_person_hurt)));
}

/*
 * The English of the frame below: a listed first name first in a sentence
 * with its capital, even one that is also a word or a month, before what
 * only a person does: "April told everyone", "Will texted me", "Hope
 * blocked me", "May and I are", "June is my best friend". Not "May I
 * ask", "Will you", "Storm blocked the road", "April is my favourite month".
 */
static int
pii_start_name_frame_en(const struct pii_ctx *c, size_t i)
{
	static const char *const said[] = { "told", "tells", "texted", "texts", "said", "says", "asked",
	    "promised", "admitted", "confessed", "lied", "cheated", "whispered", "yelled", "screamed",
	    "snitched", "messaged", "dmd" };
	static const char *const did[] = { "blocked", "called", "invited", "dumped", "kissed", "slapped",
	    "punched", "threatened", "ghosted", "unfollowed", "hit", "pushed", "hugged", "bullied" };
	static const char *const obj[] = { "me", "him", "her" };
	static const char *const how[] = { "hard", "like", "when", "so", "too", "harder" };
	static const char *const we[] = { "are", "were", "have", "had", "went", "used", "got", "broke",
	    "met", "live", "play", "hang", "fight", "fought" };
	static const char *const rel[] = { "friend", "bestie", "bff", "sister", "brother", "cousin",
	    "girlfriend", "boyfriend", "gf", "bf", "ex", "neighbour", "neighbor", "classmate",
	    "stepsister", "stepbrother", "roommate", "crush", "partner" };
	static const char *const best[] = { "best", "closest", "oldest", "little", "big", "older", "younger" };
	size_t n = c->c_ntok, k = i + 1;

	if (k >= n || !pii_gap(c, k, GAP_SPACE))
		return 0;
	if (pii_fold_in(c, k, said, NELEM(said)))
		return 1;
	if (k + 1 >= n || !pii_gap(c, k + 1, GAP_SPACE))
		return 0;
	/* not "April hit me hard", "Summer hit me like a truck" */
	if (pii_fold_in(c, k, did, NELEM(did)))
		return pii_fold_in(c, k + 1, obj, NELEM(obj)) && !(k + 2 < n && pii_word(c, k + 2) &&
		    pii_fold_in(c, k + 2, how, NELEM(how)));
	if (k + 2 >= n || !pii_gap(c, k + 2, GAP_SPACE))
		return 0;
	if (pii_fold_is(c, k, "and"))
		return pii_fold_is(c, k + 1, "i") && pii_fold_in(c, k + 2, we, NELEM(we));
	if (!pii_fold_is(c, k, "is") || !pii_fold_is(c, k + 1, "my"))
		return 0;
	if (pii_fold_in(c, k + 2, best, NELEM(best)))
		return k + 3 < n && pii_gap(c, k + 3, GAP_SPACE) && pii_fold_in(c, k + 3, rel, NELEM(rel));
	return pii_fold_in(c, k + 2, rel, NELEM(rel));
}

/*
 * A listed first name first in a sentence with its capital, even one that
 * is also a word or a month, in a frame only a person fits: "Will uit
 * Engeland woont", "Hope uit Ghana is mijn vriendin", "Storm uit 3b zegt",
 * "May en ik zijn", "June en April zijn", "April heeft me geblokt", "Roos
 * is ontslagen". Not "Storm uit Noorwegen komt morgen", "Jade uit China is
 * duur", "April en Mei zijn", "Sky is verhuisd naar een ander kanaal",
 * "Hope het lukt", "Will je me bellen".
 */
static int
pii_start_name_frame(const struct pii_ctx *c, size_t i)
{
	static const char *const we_do[] = { "zijn", "waren", "hebben", "hadden", "gaan", "gingen",
	    "komen", "kwamen", "zitten", "zaten", "kennen", "wonen", "spelen", "deden", "willen", "mogen",
	    "moeten", "kunnen" };
	static const char *const be[] = { "is", "was", "wordt", "werd" };
	static const char *const state[] = { "ontslagen", "geschorst", "zwanger", "opgepakt",
	    "gearresteerd", "jarig", "getrouwd", "gescheiden", "geslaagd", "bevallen", "verliefd",
	    "ongesteld", "weggestuurd", "verkracht", "aangerand", "mishandeld", "gepest", "bedreigd",
	    "uitgescholden", "gedumpt" };
	static const char *const mine[] = { "mijn", "mn", "m'n", "onze", "ons", "een" };
	static const char *const visit[] = { "logeren", "langs", "spelen", "ook", "bij" };
	static const char *const group[] = { "klas", "groep", "team", "mentorklas", "mentorgroep" };
	size_t n = c->c_ntok, k = i + 1;
	uint32_t f = c->c_tok[i].tk_flags;

	if (!c->c_tok[i].tk_sstart || !c->c_tok[i].tk_cap || pii_possessive(c, i) ||
	    (f & (W_KEEP | W_TITLE | W_ARTICLE | W_PREFIX)))
		return 0;
	if (pii_start_name_frame_en(c, i))
		return 1;
	if (k + 1 >= n || !pii_gap(c, k, GAP_SPACE) || !pii_gap(c, k + 1, GAP_SPACE))
		return 0;
	/* "is ontslagen" may end the message */
	if (pii_fold_in(c, k, be, NELEM(be)))
		return pii_fold_in(c, k + 1, state, NELEM(state));
	if (k + 2 >= n || !pii_gap(c, k + 2, GAP_SPACE))
		return 0;
	/*
	 * "uit" and a class, then a verb of one person; or a place with its
	 * capital, then a verb only a person does, "is mijn", "komt logeren"
	 * (a storm comes, a stone is)
	 */
	if (pii_fold_is(c, k, "uit")) {
		if (c->c_tok[k + 1].tk_sstart)
			return 0;
		if (pii_class_code(c, k + 1))
			return pii_fold_in(c, k + 2, pii_one_does, NELEM(pii_one_does)) ||
			    pii_fold_in(c, k + 2, pii_one_does_more, NELEM(pii_one_does_more)) ||
			    (c->c_tok[k + 2].tk_flags & W_NAME_VERB);
		if (!c->c_tok[k + 1].tk_cap || k + 3 >= n || !pii_gap(c, k + 3, GAP_SPACE))
			return 0;
		if (c->c_tok[k + 2].tk_flags & W_NAME_VERB)
			return 1;
		if (pii_fold_is(c, k + 2, "is") || pii_fold_is(c, k + 2, "was"))
			return pii_fold_in(c, k + 3, mine, NELEM(mine)) && !pii_fold_is(c, k + 3, "een");
		return (pii_fold_is(c, k + 2, "komt") || pii_fold_is(c, k + 2, "kwam")) &&
		    pii_fold_in(c, k + 3, visit, NELEM(visit));
	}
	/* "Mei zit bij mij in de klas", "Storm zat naast me": where a person sits */
	if (pii_fold_is(c, k, "zit") || pii_fold_is(c, k, "zat")) {
		if (pii_fold_is(c, k + 1, "naast"))
			return pii_fold_in(c, k + 2, pii_me_us, NELEM(pii_me_us));
		if (pii_fold_is(c, k + 1, "in"))
			return (pii_fold_is(c, k + 2, "mijn") || pii_fold_is(c, k + 2, "mn") ||
			    pii_fold_is(c, k + 2, "onze")) && k + 3 < n && pii_fold_in(c, k + 3, group, NELEM(group));
		return pii_fold_is(c, k + 1, "bij") && pii_fold_in(c, k + 2, pii_me_us, NELEM(pii_me_us)) &&
		    k + 5 < n && pii_fold_is(c, k + 3, "in") && pii_fold_is(c, k + 4, "de") &&
		    pii_fold_in(c, k + 5, group, NELEM(group));
	}
	/* "May en ik zijn", "June en April zijn": not two months ("April en Mei zijn") */
	if (pii_fold_is(c, k, "en"))
		return (pii_fold_is(c, k + 1, "ik") || (c->c_tok[k + 1].tk_cap && !pii_all_caps(c, k + 1) &&
		    (c->c_tok[k + 1].tk_flags & (W_FIRST | W_FIRST_AMB)) &&
		    !(c->c_tok[k + 1].tk_flags & (W_KEEP | W_TITLE | W_ARTICLE | W_PREFIX)) &&
		    !((f & W_MONTH) && (c->c_tok[k + 1].tk_flags & W_MONTH)))) &&
		    pii_fold_in(c, k + 2, we_do, NELEM(we_do));
	/* "April heeft me geblokt": a month's name only with what a person did */
	return (pii_fold_is(c, k, "heeft") || pii_fold_is(c, k, "had")) &&
	    (pii_fold_is(c, k + 1, "me") || pii_fold_is(c, k + 1, "mij")) &&
	    pii_participle(c, k + 2, (f & W_MONTH) != 0);
}

/*
 * A first name that is also a city, after "in", "te" or "uit": the city
 * ("mijn oma woont in Sofia", "born in Florence"; not "a text from Sofia").
 */
static int
pii_city_name(const struct pii_ctx *c, size_t i)
{
	static const char *const city[] = { "sofia", "victoria", "florence", "sydney",
	    "georgia", "charlotte", "santiago", "chelsea", "austin", "brooklyn", "savannah", "paris",
	    "valencia", "alexandria", "medina", "lourdes", "adelaide", "vienna", "verona", "siena",
	    "orlando", "houston", "dallas", "lima", "roma" };
	static const char *const in[] = { "in", "te", "uit" };

	return i > 0 && pii_gap(c, i, GAP_SPACE) && pii_fold_in(c, i - 1, in, NELEM(in)) &&
	    pii_fold_in(c, i, city, NELEM(city));
}

/*
 * "de noor in onze klas", "een jack gekocht", "bij de zara": in lower case
 * after "de" or "een", a first name that is also a noun is the noun;
 * not before a name, a prefix, a street, "en", "uit" or what a person does
 * ("de noor pest me", "de noor van dijk", "de noor uit mijn klas"), nor
 * after a relation or "met". Also a city's name (pii_city_name).
 */
static int
pii_name_noun(const struct pii_ctx *c, size_t i)
{
	static const char *const noun[] = { "noor", "jack", "jet", "puck", "mercedes", "zara", "ferry",
	    "harley", "isis", "kees" };
	size_t k = i + 1;

	if (pii_city_name(c, i))
		return 1;
	if (c->c_tok[i].tk_cap || i == 0 || c->c_tok[i - 1].tk_cap || !pii_gap(c, i, GAP_SPACE) ||
	    !(pii_fold_is(c, i - 1, "de") || pii_fold_is(c, i - 1, "een")) ||
	    !pii_fold_in(c, i, noun, NELEM(noun)) || pii_context(c, i - 1, W_REL_END) ||
	    (i >= 2 && pii_fold_is(c, i - 2, "met")))
		return 0;
	return !(k < c->c_ntok && ((c->c_tok[k].tk_flags & (W_NAME | W_NAME_VERB)) ||
	    ((c->c_tok[k].tk_flags & W_PREFIX) && !pii_fold_in(c, k, pii_prep_prefix, NELEM(pii_prep_prefix))) ||
	    pii_fold_is(c, k, "en") || pii_fold_is(c, k, "uit") || c->c_text[c->c_tok[i].tk_end] == '-' ||
	    pii_has_suffix(c->c_pl, c->c_fold + c->c_tok[k].tk_fold, c->c_tok[k].tk_flen, 1)));
}

/* 1 when a clause ends after token i: the message ends, or a mark of .,!?;: or an emoji follows before the next word. */
static int
pii_clause_end_after(const struct pii_ctx *c, size_t i)
{
	size_t k, end = i + 1 < c->c_ntok ? c->c_tok[i + 1].tk_start : strlen(c->c_text);

	if (i + 1 >= c->c_ntok)
		return 1;
	for (k = c->c_tok[i].tk_end; k < end; k++)
		if (strchr(".,!?;:", c->c_text[k]) != NULL || (unsigned char)c->c_text[k] >= 0xf0)
			return 1;	/* punctuation, or an emoji (four bytes in UTF-8) */
	return 0;
}

/*
 * Two listed first names first in a clause, also names that are words,
 * before what people do together: "storm en jade pesten me", "may en will
 * komen ook naar de groep". Not two months ("mei en juni zijn"). a is the
 * first name's token.
 */
static int
pii_lower_name_pair(const struct pii_ctx *c, size_t a)
{
	static const char *const lead[] = { "dat", "want", "omdat", "maar", "toen", "nu" };
	static const char *const they_do[] = { "pesten", "plagen", "slaan", "schoppen", "zeggen", "zeiden",
	    "lachen", "negeren", "appen", "bellen", "haten", "stalken", "bedreigen", "roddelen", "chillen",
	    "wonen", "spelen", "kennen", "sturen", "stuurden", "pestten", "sloegen" };
	static const char *const samen_do[] = { "zijn", "waren", "gaan", "gingen", "zoenen", "chillen",
	    "wonen", "spelen", "lachen", "pesten", "daten" };
	static const char *const come[] = { "komen", "kwamen", "gaan", "gingen" };
	static const char *const along[] = { "ook", "mee", "langs", "bij", "naar", "logeren" };
	size_t n = c->c_ntok, b = a + 2, v = a + 3;
	uint32_t fa, fb;

	if (v >= n || c->c_tok[a].tk_cap || c->c_tok[b].tk_cap || !pii_fold_is(c, a + 1, "en") ||
	    !pii_gap(c, a + 1, GAP_SPACE) || !pii_gap(c, b, GAP_SPACE) || !pii_gap(c, v, GAP_SPACE) ||
	    !(c->c_tok[a].tk_sstart || (a > 0 && pii_gap(c, a, GAP_SPACE) &&
	    (pii_fold_in(c, a - 1, lead, NELEM(lead)) || pii_fold_in(c, a - 1, pii_chat_lead, NELEM(pii_chat_lead))))))
		return 0;
	fa = c->c_tok[a].tk_flags;
	fb = c->c_tok[b].tk_flags;
	if (!(fa & (W_FIRST | W_FIRST_AMB)) || !(fb & (W_FIRST | W_FIRST_AMB)) ||
	    ((fa & W_MONTH) && (fb & W_MONTH)) || ((fa | fb) & (W_KEEP | W_TITLE | W_ARTICLE | W_PREFIX)))
		return 0;
	if (pii_fold_in(c, v, they_do, NELEM(they_do)))
		return 1;
	/* "dat will en sky samen zijn 🙄" (not "roos en iris samen zijn mooi") */
	if (pii_fold_is(c, v, "samen") && v + 1 < n && pii_fold_in(c, v + 1, samen_do, NELEM(samen_do)) &&
	    (!pii_fold_is(c, v + 1, "zijn") || pii_clause_end_after(c, v + 1)))
		return 1;
	return pii_fold_in(c, v, come, NELEM(come)) && v + 1 < n && pii_fold_in(c, v + 1, along, NELEM(along));
}

/*
 * More frames of a listed first name in lower case: a pair ("storm en
 * jade pesten me"); "die dirk die mij steeds appt"; before how a person feels ("but may is scared of
 * him", "will was jaloers"); after "ik ben" before an age ("ik ben jade 16
 * jaar"); after a relation before what a person does ("mn vriendin hoop
 * zegt").
 */
static int
pii_lower_name_more(const struct pii_ctx *c, size_t i)
{
	/* the first eleven only a person is; the rest also a month, in a manner of speaking */
	static const char *const feel[] = { "scared", "afraid", "mad", "angry", "jealous", "pregnant",
	    "bang", "boos", "jaloers", "zwanger", "verliefd", "upset", "verdrietig", "depressed",
	    "depressief" };
	static const char *const sent[] = { "dms", "texts", "messages", "posts", "likes", "calls", "snaps" };
	static const char *const be[] = { "is", "was" };
	size_t n = c->c_ntok;

	if (c->c_tok[i].tk_cap || (c->c_tok[i].tk_flags & (W_KEEP | W_TITLE | W_ARTICLE | W_PREFIX)))
		return 0;
	if (pii_lower_name_pair(c, i) || (i >= 2 && pii_lower_name_pair(c, i - 2)))
		return 1;
	/* "wie is die dirk die mij steeds appt": between two "die", before what a person does to me */
	if (i > 0 && i + 3 < n && pii_fold_is(c, i - 1, "die") && pii_fold_is(c, i + 1, "die") &&
	    pii_fold_in(c, i + 2, pii_me_us, NELEM(pii_me_us)) && ((c->c_tok[i + 3].tk_flags & W_NAME_VERB) ||
	    (i + 4 < n && (c->c_tok[i + 4].tk_flags & W_NAME_VERB))))
		return 1;
	if (i > 0 && (c->c_tok[i - 1].tk_flags & W_ARTICLE))
		return 0;
	if (i + 2 < n && pii_gap(c, i + 1, GAP_SPACE) && pii_gap(c, i + 2, GAP_SPACE) &&
	    pii_fold_in(c, i + 1, be, NELEM(be)) && pii_fold_in(c, i + 2, feel,
	    (c->c_tok[i].tk_flags & W_MONTH) ? 11 : NELEM(feel)))
		return 1;
	/* "ik ben jade 16 jaar", "im may, 15" */
	if (i + 1 < n && c->c_tok[i + 1].tk_kind == TK_NUM && c->c_tok[i + 1].tk_num >= 10 &&
	    c->c_tok[i + 1].tk_num <= 25 && ((i >= 2 && pii_fold_is(c, i - 2, "ik") &&
	    pii_fold_is(c, i - 1, "ben")) || (i >= 1 && (pii_fold_is(c, i - 1, "im") || pii_fold_is(c, i - 1, "i'm")))))
		return 1;
	/* not "my friend will dms me" */
	return i + 1 < n && pii_gap(c, i + 1, GAP_SPACE) && pii_context(c, i, W_REL_END) &&
	    (c->c_tok[i + 1].tk_flags & W_NAME_VERB) != 0 && !pii_fold_in(c, i + 1, sent, NELEM(sent));
}

/* Tokens a and b fold to the same word. */
static int
pii_same_fold(const struct pii_ctx *c, size_t a, size_t b)
{
	return c->c_tok[a].tk_flen == c->c_tok[b].tk_flen &&
	    memcmp(c->c_fold + c->c_tok[a].tk_fold, c->c_fold + c->c_tok[b].tk_fold, c->c_tok[a].tk_flen) == 0;
}

/* What only a person does, in English, after a name in a clause: "and mark laughed at me". */
static const char *const pii_person_verbs_en[] = { "laughed", "texted", "told", "said", "asked",
    "blocked", "kissed", "lied", "yelled", "screamed", "replied", "dumped", "cheated", "ghosted",
    "punched", "threatened", "bullied", "dmd", "dm'd", "unfollowed", "slapped" };

/*
 * After "and", "but", "that" (and the like) in English: a listed first name
 * before what only a person does ("and mark laughed at me"), or before a
 * verb that needs a person after it ("but will keeps texting me", "and may
 * pushed me"; not "that storm kept me awake", "that mark says nothing").
 */
static int
pii_lower_name_en_verb(const struct pii_ctx *c, size_t i)
{
	static const char *const clause[] = { "and", "but", "cause", "because", "bc", "cuz", "then",
	    "that", "when", "if", "so" };
	static const char *const keeps[] = { "keeps", "kept" };
	static const char *const keeps_ing[] = { "texting", "calling", "asking", "messaging", "following",
	    "bullying", "stalking", "staring", "touching", "sending", "posting", "dming", "snapping" };
	static const char *const says[] = { "says", "tells" };
	static const char *const says_to[] = { "i", "that", "me", "to", "we", "he", "she", "everyone" };
	static const char *const did[] = { "pushed", "called", "hates", "hated", "sends", "snapped", "posted" };
	static const char *const whom[] = { "me", "him", "her", "us", "my" };
	size_t n = c->c_ntok;

	if (i == 0 || i + 1 >= n || !pii_gap(c, i, GAP_SPACE) || !pii_gap(c, i + 1, GAP_SPACE) ||
	    !pii_fold_in(c, i - 1, clause, NELEM(clause)))
		return 0;
	if (pii_fold_in(c, i + 1, pii_person_verbs_en, NELEM(pii_person_verbs_en)))
		return 1;
	if (pii_fold_is(c, i - 1, "that") || i + 2 >= n)
		return 0;
	return (pii_fold_in(c, i + 1, keeps, NELEM(keeps)) && pii_fold_in(c, i + 2, keeps_ing, NELEM(keeps_ing))) ||
	    (pii_fold_in(c, i + 1, says, NELEM(says)) && pii_fold_in(c, i + 2, says_to, NELEM(says_to))) ||
	    (pii_fold_in(c, i + 1, did, NELEM(did)) && pii_fold_in(c, i + 2, whom, NELEM(whom)));
}

/*
 * The same word twice, one of them the name: "will will not stop", "may
 * may come over" (a modal doubled first in a sentence: the first is the
 * name); "i hope hope is okay" (after "i hope", before a verb of another
 * person: the second).
 */
static int
pii_lower_name_doubled(const struct pii_ctx *c, size_t i)
{
	static const char *const modal_name[] = { "will", "may", "can" };
	static const char *const not_after[] = { "i", "you", "we", "he", "she", "they", "it", "be",
	    "ik", "je", "jij", "ze", "hij", "me" };
	static const char *const hope[] = { "hope", "hoop" };
	static const char *const subj[] = { "i", "we", "ik", "wij" };
	static const char *const other_verb[] = { "is", "was", "gets", "comes", "has", "heeft", "komt",
	    "gaat", "wordt", "doet", "goes", "isnt", "wasnt", "hasnt" };
	size_t n = c->c_ntok;

	if (i + 2 < n && pii_gap(c, i + 1, GAP_SPACE) && !c->c_tok[i + 1].tk_cap && pii_same_fold(c, i, i + 1) &&
	    pii_fold_in(c, i, modal_name, NELEM(modal_name)) && !pii_same_fold(c, i, i + 2) &&
	    !pii_fold_in(c, i + 2, not_after, NELEM(not_after)) &&
	    (c->c_tok[i].tk_sstart || pii_fold_in(c, i - 1, pii_chat_lead, NELEM(pii_chat_lead))))
		return 1;
	return i >= 2 && i + 1 < n && pii_gap(c, i, GAP_SPACE) && pii_same_fold(c, i - 1, i) &&
	    pii_fold_in(c, i, hope, NELEM(hope)) && pii_fold_in(c, i - 2, subj, NELEM(subj)) &&
	    pii_fold_in(c, i + 1, other_verb, NELEM(other_verb));
}

/*
 * After a relation or a parent ("mn moeder els", "my ex jade and i"):
 * at the end of a clause, not a modal ("my dad will."), not a word for
 * love, hope or lies ("ik heb mijn moeder lief", "my dad lies."), not
 * after "heb", "vind", "geef" before the relation; before "and" and a
 * pronoun only a name that is no modal.
 */
static int
pii_lower_name_after_kin(const struct pii_ctx *c, size_t i)
{
	static const char *const then_who[] = { "i", "idk", "ik", "we", "she", "he", "they", "ze", "zij",
	    "hij", "now", "nu", "me" };
	static const char *const modal[] = { "will", "may", "can", "might", "must" };
	static const char *const parent[] = { "moeder", "vader", "mama", "papa", "mam", "pap", "mom",
	    "mum", "dad", "mother", "father", "stiefmoeder", "stiefvader", "stepmom", "stepdad" };
	static const char *const word[] = { "lief", "lieve", "hoop", "hope", "lies", "liefs" };
	static const char *const have[] = { "heb", "heeft", "hebben", "had", "hebt", "vind", "vond",
	    "vindt", "geef", "gaf", "geeft", "have", "has", "give", "gave" };
	size_t n = c->c_ntok, k;

	if (!(pii_context(c, i, W_REL_END) || (i >= 2 && pii_gap(c, i, GAP_SPACE) &&
	    pii_fold_in(c, i - 1, parent, NELEM(parent)) && pii_fold_in(c, i - 2, pii_owner_words,
	    NELEM(pii_owner_words)))) || pii_fold_in(c, i, pii_person_verbs_en, NELEM(pii_person_verbs_en)) ||
	    pii_fold_in(c, i, pii_person_verbs, NELEM(pii_person_verbs)) || pii_fold_in(c, i, word, NELEM(word)) ||
	    pii_fold_in(c, i, modal, NELEM(modal)))
		return 0;
	for (k = i >= 5 ? i - 5 : 0; k + 1 < i; k++)
		if (pii_fold_in(c, k, have, NELEM(have)))
			return 0;
	return pii_clause_end_after(c, i) || (i + 2 < n && (pii_fold_is(c, i + 1, "and") ||
	    pii_fold_is(c, i + 1, "en")) && pii_fold_in(c, i + 2, then_who, NELEM(then_who)));
}

/*
 * A gift for a person: "een roos getekend voor roos omdat ze" (an article
 * or owner two to four words before "voor", a pronoun after "omdat"); "met
 * hope zoenen"; "ruzie over sky" at the end of a clause or before "en",
 * "met", "want". Never "met hoop", never a month.
 */
static int
pii_lower_name_prep(const struct pii_ctx *c, size_t i)
{
	static const char *const why[] = { "omdat", "want", "zodat" };
	static const char *const who[] = { "ze", "zij", "hij", "die", "ik", "jij", "je" };
	static const char *const gift[] = { "een", "de", "het", "mijn", "mn" };
	static const char *const together[] = { "zoenen", "zoende", "praten", "afspreken", "chillen",
	    "daten", "appen", "gezoend", "gepraat", "afgesproken" };
	static const char *const after_fight[] = { "en", "and", "met", "want", "omdat", "maar", "die" };
	static const char *const not_name[] = { "max", "elke", "nada", "hoop" };
	size_t n = c->c_ntok, k;

	if (i == 0 || !pii_gap(c, i, GAP_SPACE) || (c->c_tok[i].tk_flags & W_MONTH) ||
	    pii_fold_in(c, i, not_name, NELEM(not_name)))
		return 0;
	if (i + 2 < n && pii_fold_is(c, i - 1, "voor") && pii_fold_in(c, i + 1, why, NELEM(why)) &&
	    pii_fold_in(c, i + 2, who, NELEM(who)))
		for (k = i >= 5 ? i - 5 : 0; k + 2 < i; k++)	/* two to four words before "voor" */
			if (pii_fold_in(c, k, gift, NELEM(gift)))
				return 1;
	if (i + 1 < n && pii_fold_is(c, i - 1, "met") && pii_fold_in(c, i + 1, together, NELEM(together)))
		return 1;
	return i >= 2 && pii_fold_is(c, i - 1, "over") && pii_fold_is(c, i - 2, "ruzie") &&
	    (pii_clause_end_after(c, i) || (i + 1 < n && pii_fold_in(c, i + 1, after_fight, NELEM(after_fight))));
}

/*
 * Chat frames of a listed first name in lower case that is also a word:
 * doubled (pii_lower_name_doubled), "sky is mijn naam" (not "... naam
 * niet", "... name for"), after a relation (pii_lower_name_after_kin),
 * before an English verb of a person (pii_lower_name_en_verb), after
 * "voor", "met" or "ruzie over" (pii_lower_name_prep).
 */
static int
pii_lower_name_twice(const struct pii_ctx *c, size_t i)
{
	static const char *const naam_not[] = { "niet", "not", "for", "voor", "van", "of" };
	size_t n = c->c_ntok;
	uint32_t f = c->c_tok[i].tk_flags;

	if (c->c_tok[i].tk_cap || (f & (W_KEEP | W_TITLE | W_ARTICLE | W_PREFIX)))
		return 0;
	if (pii_lower_name_doubled(c, i))
		return 1;
	if (i + 3 < n && pii_fold_is(c, i + 1, "is") && (pii_fold_is(c, i + 2, "mijn") ||
	    pii_fold_is(c, i + 2, "mn") || pii_fold_is(c, i + 2, "my")) &&
	    (pii_fold_is(c, i + 3, "naam") || pii_fold_is(c, i + 3, "name")) &&
	    !(i + 4 < n && pii_fold_in(c, i + 4, naam_not, NELEM(naam_not))))
		return 1;
	if (i > 0 && (c->c_tok[i - 1].tk_flags & W_ARTICLE))
		return 0;
	return pii_lower_name_after_kin(c, i) || pii_lower_name_en_verb(c, i) || pii_lower_name_prep(c, i);
}

/*
 * "Can is weer niet op school": the Turkish name before a Dutch verb (no
 * English "can" stands there); "ik vroeg aan storm of hij": any listed
 * first name between "vroeg aan" and "of" and a pronoun; a bio's name
 * before "|" and an age ("ayla | 15 | dh").
 */
static int
pii_name_can_asked(const struct pii_ctx *c, size_t i)
{
	static const char *const nl_verb[] = { "is", "was", "heeft", "had", "komt", "kwam", "gaat",
	    "ging", "zegt", "zei", "wil", "wou", "zit", "zat", "doet", "deed", "belt", "appt", "en" };
	static const char *const ask[] = { "vroeg", "vraag", "vragen", "gevraagd", "vraagt" };
	static const char *const who[] = { "hij", "zij", "ze", "die" };
	size_t n = c->c_ntok;

	if (pii_fold_is(c, i, "can") && i + 1 < n && pii_gap(c, i + 1, GAP_SPACE) &&
	    pii_fold_in(c, i + 1, nl_verb, NELEM(nl_verb)) && !(i > 0 && (c->c_tok[i - 1].tk_flags & W_ARTICLE)))
		return 1;
	/* a bio: "ayla | 15 | dh" */
	if (i + 1 < n && c->c_tok[i + 1].tk_kind == TK_NUM && c->c_tok[i + 1].tk_num >= 10 &&
	    c->c_tok[i + 1].tk_num <= 25 && pii_gap(c, i + 1, " |") && !pii_gap(c, i + 1, GAP_SPACE) &&
	    !(c->c_tok[i].tk_flags & W_MONTH))
		return 1;
	return i >= 2 && i + 2 < n && pii_fold_is(c, i - 1, "aan") && pii_fold_in(c, i - 2, ask, NELEM(ask)) &&
	    pii_fold_is(c, i + 1, "of") && pii_fold_in(c, i + 2, who, NELEM(who)) && !(c->c_tok[i].tk_flags & W_MONTH);
}

static void
pii_lower_name_frames(struct pii_ctx *c)
{
	size_t e;

	for (size_t i = 0; i < c->c_ntok; i++) {
		/* every frame here is for a first name from the lists */
		if (!(c->c_tok[i].tk_flags & (W_FIRST | W_FIRST_AMB)) || !pii_free_word(c, i) ||
		    c->c_tok[i].tk_flen < 2 || pii_all_caps(c, i))
			continue;
		if ((e = pii_lower_name_list(c, i)) > i) {
			for (size_t k = i; k <= e; k++)
				if (!pii_fold_is(c, k, "en"))
					pii_label(c, k, k, PII_NAAM);
			i = e;
		} else if ((e = pii_lower_full_name_is(c, i)) > i || (e = pii_lower_full_name_does(c, i)) > i)
			pii_label(c, i, e, PII_NAAM);
		else if (pii_lower_name_frame(c, i) || pii_lower_name_frame_words(c, i) ||
		    pii_lower_name_context(c, i) || pii_lower_name_chat(c, i) || pii_lower_name_done(c, i) ||
		    (!c->c_tok[i].tk_cap && pii_lower_name_ask(c, i)) || pii_clause_name_frame(c, i) ||
		    pii_lower_name_more(c, i) || pii_lower_name_twice(c, i) || pii_name_can_asked(c, i))
			pii_label(c, i, i, PII_NAAM);
		else if (pii_start_name_frame(c, i)) {
			pii_label(c, i, i, PII_NAAM);
			if (pii_fold_is(c, i + 1, "en") && !pii_fold_is(c, i + 2, "ik") && pii_free_word(c, i + 2))
				pii_label(c, i + 2, i + 2, PII_NAAM);	/* "June en April zijn" */
		}
	}
	for (size_t i = 0; i + 1 < c->c_ntok; i++)
		if (pii_free_word(c, i) && pii_lower_name_s(c, i))
			pii_label(c, i, i, PII_NAAM);
	pii_lower_name_joined(c);
}

static void
pii_rule_person_frames(struct pii_ctx *c)
{
	static const char *const rel[] = { "sister", "brother", "mum", "mom", "mother", "dad",
	    "father", "friend", "friends", "boyfriend", "girlfriend", "bf", "gf", "cousin", "aunt",
	    "uncle", "parents", "family", "stepdad", "stepmom", "grandma", "grandpa", "nan", "baby",
	    "son", "daughter", "ex", "moeder", "vader", "zus", "zusje", "broer", "broertje", "vriend",
	    "vriendin", "vriendje", "ouders", "oom", "tante", "neef", "nicht", "oma", "opa", "mama",
	    "papa", "stiefvader", "stiefmoeder", "familie" };
	static const char *const my[] = { "my", "mijn", "mn", "our", "onze" };
	const char *t = c->c_text;
	size_t i, s, e;
	uint32_t f;

	pii_person_word_frames(c);
	pii_lower_name_frames(c);
	for (i = 0; i + 1 < c->c_ntok; i++) {
		if (pii_word(c, i) && pii_pair_of_people(c, i))
			continue;
		if (!pii_free_word(c, i) || !c->c_tok[i].tk_cap || pii_all_caps(c, i) || !pii_word(c, i + 1))
			continue;
		f = c->c_tok[i].tk_flags;
		if ((f & (W_KEEP | W_MONTH | W_TITLE | W_PREFIX | W_ARTICLE)) ||
		    ((f & W_NOT_NAME) && !(f & (W_FIRST | W_FIRST_AMB | W_SUR | W_SUR_AMB))))
			continue;
		s = c->c_tok[i].tk_start;
		e = c->c_tok[i].tk_end;
		if (e - s >= 4 && pii_gap(c, i + 1, GAP_SPACE) && (t[e - 1] == 's' || t[e - 1] == 'S') && (t[e - 2] == '\'' ||
		    (t[e - 2] == '\x99' && t[e - 3] == '\x80' && t[e - 4] == '\xe2')) &&
		    pii_fold_in(c, i + 1, rel, NELEM(rel))) {
			pii_label(c, i, i, PII_NAAM);
			continue;
		}
		if (c->c_tok[i].tk_sstart && t[e] == ',' && pii_gap(c, i + 1, ", ") &&
		    (f & (W_FIRST | W_FIRST_AMB | W_SUR)) &&
		    pii_fold_in(c, i + 1, my, NELEM(my)))
			pii_label(c, i, i, PII_NAAM);
	}
}

/*
 * The article at a is the one a name found before began with, at b: a
 * surname's own article ("Frank 't Hart ... 't Hart komt", "de Boer").
 */
static int
pii_same_article(const struct pii_ctx *c, size_t a, size_t b)
{
	return b < a && c->c_tok[b].tk_label == PII_NAAM + 1 && pii_same_fold(c, a, b);
}

/*
 * A name found in the message stands for that person wherever the same
 * word comes again, in any case ("Jayden: ... / Dami: jayden pls answer").
 * Only names that are no word (first names and surnames that are in no
 * list of words, and words in no list at all), of three letters or more.
 */

/* An English verb's object after the word: "mark my words", "will the ...". */
static const char *const pii_en_object[] = { "my", "your", "the", "a", "an", "it", "this", "that",
    "his", "her", "our", "their", "me", "you", "him", "them", "us" };
/* Verbs a person is the object of before it: "give bo my charger", "tell jay the truth". */
static const char *const pii_en_give[] = { "give", "gave", "tell", "told", "send", "sent", "show",
    "showed", "ask", "asked", "buy", "bought", "owe", "text", "texted" };

/*
 * A word the same as a first name found in the message is that name
 * again, in lower case too ("bo komt morgen ... ik heb bo al gezegd"),
 * but not after an article, an owner, a word of degree or a number ("de
 * storm", "mijn lief", "self harm", "te leen", "3 bas") or "a", "an" or
 * "een" and one more word ("a bad mark"; "de stomme mark" is the name), nor before the
 * rest of a term ("ray tracing", "levi jeans") or an English object
 * unless a verb gives it one ("mark my words", but "give bo my charger").
 */
static int
pii_same_name_slot(struct pii_ctx *c, size_t i)
{
	size_t n = c->c_ntok;
	int next = i + 1 < n && pii_word(c, i + 1) && pii_gap(c, i + 1, GAP_SPACE);

	if (i > 0 && ((c->c_tok[i - 1].tk_flags & W_ARTICLE) || pii_fold_in(c, i - 1, pii_owner_words,
	    NELEM(pii_owner_words)) || c->c_tok[i - 1].tk_kind == TK_NUM))
		return 0;
	/* "a bad mark", "een grote storm": "a", "an" or "een" and one word before it */
	if (i > 1 && (pii_fold_is(c, i - 2, "a") || pii_fold_is(c, i - 2, "an") || pii_fold_is(c, i - 2, "een")) &&
	    !(c->c_tok[i - 1].tk_flags & W_NAME) && pii_gap(c, i, GAP_SPACE) && pii_gap(c, i - 1, GAP_SPACE))
		return 0;
	if (next && (pii_fold_in(c, i + 1, pii_name_then_term, NELEM(pii_name_then_term)) ||
	    (pii_fold_in(c, i + 1, pii_en_object, NELEM(pii_en_object)) &&
	    !(i > 0 && pii_fold_in(c, i - 1, pii_en_give, NELEM(pii_en_give))))))
		return 0;
	return 1;
}

/*
 * Whether a name that is also a word stands as a name first in a sentence,
 * where its capital says nothing: before a verb (a word ending in d or t,
 * a past tense in -de or -te, a verb of one person), "en", a word of time,
 * punctuation or nothing; not before a number, a noun, an object or "het"
 * ("Sunny weer vandaag", "Max 2 uur", "Lucky me", "Hoop het lukt").
 */
static int
pii_same_name_start(const struct pii_ctx *c, size_t i)
{
	static const char *const did[] = { "zei", "zag", "kwam", "ging", "lag", "nam", "gaf", "kreeg",
	    "bleef", "liep", "riep", "sliep", "schreef", "vroeg", "kon", "wou", "zou", "mag", "kan", "zal",
	    "wil", "en", "ook", "is", "was", "morgen", "gisteren", "vandaag", "straks", "vanavond", "and",
	    "also", "can", "ran", "saw", "came", "went", "gave", "took", "has", "says", "goes", "does",
	    "gets", "wants" };
	static const char *const no[] = { "het", "wat", "dat", "tot", "met", "uit", "niet", "want", "it",
	    "that", "what", "but", "just", "at", "out" };
	size_t k = i + 1, m;
	const char *w;

	if (k >= c->c_ntok || !pii_gap(c, k, GAP_SPACE) || pii_possessive(c, i))
		return 1;
	if (!pii_word(c, k) || c->c_tok[k].tk_cap || pii_fold_in(c, k, no, NELEM(no)))
		return 0;
	w = &c->c_fold[c->c_tok[k].tk_fold];
	m = c->c_tok[k].tk_flen;
	return (m > 1 && (w[m - 1] == 'd' || w[m - 1] == 't')) ||
	    (m > 3 && w[m - 1] == 'e' && (w[m - 2] == 'd' || w[m - 2] == 't')) ||
	    (c->c_tok[k].tk_flags & W_NAME_VERB) || pii_fold_in(c, k, did, NELEM(did));
}

static void
pii_rule_same_name(struct pii_ctx *c)
{
	size_t i, j, n = 0;
	size_t found[PII_SAME_NAMES_MAX];
	uint8_t amb[PII_SAME_NAMES_MAX];
	uint32_t f;

	for (i = 0; i < c->c_ntok && n < PII_SAME_NAMES_MAX; i++) {
		f = c->c_tok[i].tk_flags;
		if (c->c_tok[i].tk_label != PII_NAAM + 1 || !pii_word(c, i) || c->c_tok[i].tk_flen < 2 ||
		    (f & (W_NOT_NAME & ~W_COMMON)) || ((f & W_COMMON) && !(f & (W_FIRST_AMB | W_SUR_AMB))))
			continue;
		/*
		 * A name that is also a word ("Bo", "Storm") or short is found again
		 * only with its capital and no article before it: "Storm: ... / Storm".
		 */
		amb[n] = (f & (W_FIRST_AMB | W_SUR_AMB | W_COMMON)) || c->c_tok[i].tk_flen < 3;
		/*
		 * Once found, it is found again in lower case too where a person
		 * stands ("bo komt morgen ... ik heb bo al gezegd";
		 * pii_same_name_slot), when it is no word of a list, of every
		 * day or after a preposition ("will", "hoop", "storm", "faith",
		 * "ernst", "harm", "elke").
		 */
		if (amb[n] && !(f & (W_COMMON | W_MONTH)) &&
		    !pii_fold_in(c, i, pii_bare_words, NELEM(pii_bare_words)) &&
		    !pii_fold_in(c, i, pii_everyday_words, NELEM(pii_everyday_words)) &&
		    !pii_fold_in(c, i, pii_prep_words, NELEM(pii_prep_words)))
			amb[n] = 2;
		found[n++] = i;
	}
	for (i = 0; i < c->c_ntok && n > 0; i++) {
		if (!pii_free_word(c, i))
			continue;
		for (j = 0; j < n; j++) {
			/* the length and the first letter tell most words apart, before the rest is asked */
			if (c->c_tok[i].tk_flen != c->c_tok[found[j]].tk_flen ||
			    c->c_fold[c->c_tok[i].tk_fold] != c->c_fold[c->c_tok[found[j]].tk_fold])
				continue;
			if (amb[j] == 2 && !c->c_tok[i].tk_cap) {
				if (pii_same_fold(c, i, found[j]) && pii_same_name_slot(c, i)) {
					pii_label(c, i, i, PII_NAAM);
					break;
				}
				continue;
			}
			if (amb[j] && (!c->c_tok[i].tk_cap || pii_all_caps(c, i) ||
			    (i > 0 && (c->c_tok[i - 1].tk_flags & W_ARTICLE) &&
			    !pii_same_article(c, i - 1, found[j] - 1))))
				continue;
			/*
			 * First in a sentence the capital says nothing: a name that is
			 * also a word is found again there only before a verb, "en" or
			 * punctuation ("Sunny weer vandaag", "Max 2 uur", "Lucky me").
			 */
			if (amb[j] && c->c_tok[i].tk_sstart && !pii_same_name_start(c, i))
				continue;
			if (pii_same_fold(c, i, found[j])) {
				if (i > 0 && (c->c_tok[i - 1].tk_flags & W_ARTICLE) && pii_free_word(c, i - 1) &&
				    pii_gap(c, i, GAP_SPACE) && pii_same_article(c, i - 1, found[j] - 1))
					pii_label(c, i - 1, i, PII_NAAM);	/* "'t Hart" again */
				else
					pii_label(c, i, i, PII_NAAM);
				break;
			}
		}
	}
}

/*
 * A pet's name after its kind ("our cat Pixel", "mijn hond Bobby") is no
 * person's, unless it is a first name: "Pets stay unless they have a
 * person's name".
 */
static void
pii_rule_pets(struct pii_ctx *c)
{
	static const char *const pet[] = { "cat", "dog", "kitten", "puppy", "hamster", "rabbit", "bunny",
	    "parrot", "horse", "pony", "kat", "poes", "hond", "hondje", "konijn", "cavia", "parkiet",
	    "paard", "pony", "katje", "kater" };
	size_t i, j, k;

	for (i = 1; i < c->c_ntok; i++) {
		if (c->c_tok[i].tk_label != PII_NAAM + 1)
			continue;	/* the rule takes back only a name found before */
		/* "our cat Pixel", "our dog is called Biscuit", "mijn hond heet Bobbie" */
		k = i - 1;
		if (k > 0 && pii_fold_in(c, k, pii_called, NELEM(pii_called)) && pii_word(c, k)) {
			k--;
			if (k > 0 && pii_fold_is(c, k, "is"))
				k--;
		}
		if (c->c_tok[i].tk_label == PII_NAAM + 1 && pii_word(c, i) && pii_word(c, k) &&
		    c->c_tok[k].tk_label == 0 && pii_gap(c, i, " ,") &&
		    pii_fold_in(c, k, pet, NELEM(pet)) &&
		    !(c->c_tok[i].tk_flags & (W_FIRST | W_FIRST_AMB | W_SUR | W_SUR_AMB)) &&
		    !c->c_tok[i].tk_caller && (i + 1 == c->c_ntok || c->c_tok[i + 1].tk_label != PII_NAAM + 1 ||
		    !pii_gap(c, i + 1, GAP_SPACE))) {
			c->c_tok[i].tk_label = 0;
			/* and the pet's name wherever else it stands alone: "Biscuit is the only one" */
			for (j = 0; j < c->c_ntok; j++)
				if (j != i && c->c_tok[j].tk_label == PII_NAAM + 1 && pii_word(c, j) &&
				    !c->c_tok[j].tk_caller && pii_same_fold(c, j, i) &&
				    (j == 0 || c->c_tok[j - 1].tk_label != PII_NAAM + 1) &&
				    (j + 1 == c->c_ntok || c->c_tok[j + 1].tk_label != PII_NAAM + 1))
					c->c_tok[j].tk_label = 0;
		}
	}
}

/*
 * A capitalised month that is also a first name right before a name is
 * part of it: "Mei Ling en ik", "June Bakker" (not after a number or a
 * preposition: "op 3 Mei", "in Mei").
 */
static void
pii_rule_month_first_name(struct pii_ctx *c)
{
	static const char *const before[] = { "eind", "einde", "begin", "half", "midden", "medio",
	    "sinds", "vanaf", "tot", "per", "end", "early", "late", "mid", "since", "until", "from" };
	size_t i;

	for (i = 0; i + 1 < c->c_ntok; i++) {
		if (!pii_free_word(c, i) || !c->c_tok[i].tk_cap || pii_all_caps(c, i) ||
		    (c->c_tok[i].tk_flags & (W_MONTH | W_FIRST_AMB)) != (W_MONTH | W_FIRST_AMB) ||
		    c->c_tok[i + 1].tk_label != PII_NAAM + 1 || !pii_gap(c, i + 1, GAP_SPACE))
			continue;
		if (i > 0 && pii_gap(c, i, GAP_SPACE) && (c->c_tok[i - 1].tk_kind == TK_NUM ||
		    (pii_word(c, i - 1) && ((!c->c_tok[i - 1].tk_cap && (c->c_tok[i - 1].tk_flags & W_COMMON)) ||
		    pii_fold_in(c, i - 1, before, NELEM(before))))))
			continue;
		pii_label(c, i, i, PII_NAAM);
	}
}

/*
 * A capitalised prefix right before a surname that is a name already
 * belongs to it: "Von Arnim, the German boy", "the family is called Van
 * Houten-Lemaire" (not before a first name alone: "Van Sanne hoorde ik");
 * so does a title.
 */
static void
pii_rule_prefix_before(struct pii_ctx *c)
{
	size_t i;
	uint32_t f;

	for (i = c->c_ntok; i-- > 1;) {
		if (c->c_tok[i].tk_label != PII_NAAM + 1 || !pii_gap(c, i, GAP_SPACE))
			continue;
		f = c->c_tok[i].tk_flags;
		if ((f & W_FIRST) && !(f & (W_SUR | W_SUR_AMB)))
			continue;
		if (c->c_tok[i - 1].tk_label == 0 && pii_word(c, i - 1) && c->c_tok[i - 1].tk_cap &&
		    (c->c_tok[i - 1].tk_flags & W_PREFIX) && !(c->c_tok[i - 1].tk_flags & W_KEEP) &&
		    !pii_all_caps(c, i - 1))
			pii_label(c, i - 1, i - 1, PII_NAAM);
	}
	/*
	 * A title before a name another rule found goes with it, and so do the
	 * titles before that one: "is mevrouw [Bakker]", "mevr. [Yilmaz]",
	 * "mw. drs. [A.B. de Wit]", "heer/[mevrouw Celik]".
	 */
	for (i = c->c_ntok; i-- > 1;)
		if (c->c_tok[i].tk_label == PII_NAAM + 1 && c->c_tok[i - 1].tk_label == 0 &&
		    pii_word(c, i - 1) && (c->c_tok[i - 1].tk_flags & W_TITLE) &&
		    pii_gap(c, i, GAP_TITLES))
			pii_label(c, i - 1, i - 1, PII_NAAM);
}

/*
 * A first name in lower case right before a street (or before its lower-case
 * prefixes) belongs to the street after a preposition ("op", "aan", "in",
 * "naar", "to", "on", ...) or an article, after a comma, or first in the
 * text: "op paul krugerlaan 220b", "op johan de wittlaan 14", "bij mijn
 * vader, paul krugerlaan 23".
 */
static void
pii_rule_street_first_name(struct pii_ctx *c)
{
	static const char *const before[] = { "op", "aan", "in", "naar", "de", "het", "on", "at", "the",
	    "to", "uit", "van" };
	size_t i;
	uint32_t f;

	size_t k;

	for (i = 1; i < c->c_ntok; i++) {
		if (c->c_tok[i].tk_label != PII_ADRES + 1 || c->c_tok[i - 1].tk_label != 0 ||
		    !pii_gap(c, i, GAP_SPACE))
			continue;
		/* "johan de wittlaan 14": prefixes in lower case between */
		for (k = i - 1; k > 0 && pii_free_word(c, k) && !c->c_tok[k].tk_cap &&
		    (c->c_tok[k].tk_flags & W_PREFIX) && !pii_fold_is(c, k, "op") && pii_gap(c, k, GAP_SPACE) &&
		    k + 3 > i; k--)
			;
		if (!pii_word(c, k) || c->c_tok[k].tk_label != 0 || c->c_tok[k].tk_cap)
			continue;
		f = c->c_tok[k].tk_flags;
		if (!(f & (W_FIRST | W_FIRST_AMB)) || (f & (W_COMMON | W_KEEP)))
			continue;
		/* also first in the text or after a comma: "bij mijn vader, paul krugerlaan 23" */
		if (k == 0 || (!pii_gap(c, k, GAP_SPACE) && pii_gap(c, k, ", ")) ||
		    (pii_gap(c, k, GAP_SPACE) && pii_word(c, k - 1) && pii_fold_in(c, k - 1, before, NELEM(before))))
			pii_label(c, k, i - 1, PII_ADRES);
	}
}

/* Labelled tokens next to each other become one span each. */
/*
 * A full stop before token i ends a sentence, unless the token before it is
 * an initial or a title ("J. de Vries", "dr. Visser"): "de moeder van
 * Noah. Noah's vader" is two names.
 */
static int
pii_sentence_between(const struct pii_ctx *c, size_t i)
{
	size_t k;

	for (k = c->c_tok[i - 1].tk_end; k < c->c_tok[i].tk_start; k++)
		if (c->c_text[k] == '.')
			return c->c_tok[i - 1].tk_flen > 2 && !(c->c_tok[i - 1].tk_flags & W_TITLE);
	return 0;
}

static void
pii_label_spans(const struct pii_ctx *c, struct pii_spans *out)
{
	size_t i = 0, j;
	int lab;
	const char *join;

	while (i < c->c_ntok) {
		lab = c->c_tok[i].tk_label;
		if (lab == 0 || lab - 1 == PII_KEEP) {
			i++;
			continue;
		}
		join = lab - 1 == PII_NAAM ? GAP_NAME GAP_TITLE "@$*" : lab - 1 == PII_DATUM ? GAP_DATE "-/" :
		    GAP_NAME ",.";
		j = i;
		while (j + 1 < c->c_ntok && c->c_tok[j + 1].tk_label == lab &&
		    (pii_gap(c, j + 1, join) || (lab - 1 == PII_NAAM &&
		    (c->c_tok[j].tk_flags & W_TITLE) && pii_gap(c, j + 1, GAP_TITLES))) &&
		    !(lab - 1 == PII_NAAM && pii_sentence_between(c, j + 1)))
			j++;
		pii_span_add(out, c->c_tok[i].tk_start, pii_span_end(c, j, lab - 1), lab - 1);
		i = j + 1;
	}
}

char *
pii_scrub(const struct pii_lists *pl, const char *text, const char *const *names, size_t nnames,
    struct pii_counts *counts)
{
	struct pii_spans a = { NULL, 0, 0 }, b = { NULL, 0, 0 };
	struct pii_known kn;
	struct pii_ctx c;
	struct pii_tok *tok = NULL, tok_short[PII_SHORT_BYTES / 2 + 2];
	char *fold = NULL, *out = NULL, fold_short[PII_SHORT_BYTES + 1];
	const struct pii_span *sp;
	size_t n, ia, ib, p, o, outlen, pl_len;
	int birth = -1;

	if (counts != NULL)
		memset(counts, 0, sizeof(*counts));
	n = strlen(text);
	if (n > PII_TEXT_MAX_BYTES)
		return NULL;
	pii_known_load(pl, &kn, names, names != NULL ? nnames : 0);
	pii_pass_chars(pl, text, n, &a);

	if (n <= PII_SHORT_BYTES) {
		tok = tok_short;
		fold = fold_short;
	} else {
		tok = xmalloc((n / 2 + 2) * sizeof(*tok));
		fold = xmalloc(n + 1);
	}
	c.c_pl = pl;
	c.c_text = text;
	c.c_fold = fold;
	c.c_tok = tok;
	c.c_birth = &birth;
	c.c_ntok = pii_tokenise(pl, &kn, text, n, &a, tok, fold);
	pii_context_mark(&c);
	c.c_appt = pii_may_hold_date(&c) && pii_appointment_scan(&c);
	pii_rule_dates(&c);
	pii_rule_spoken(&c);
	pii_rule_spelled_digits(&c);
	pii_rule_id_numbers(&c);
	pii_rule_kind_names(&c);
	pii_rule_addresses(&c);
	pii_join_number_street(&c);
	pii_rule_street_first_name(&c);
	pii_rule_institutions(&c);
	pii_rule_kept_phrases(&c);
	pii_rule_disguised_names(&c);
	pii_rule_handle_frames(&c);
	pii_rule_names(&c);
	pii_rule_name_context(&c);
	pii_rule_full_names(&c);
	pii_rule_name_lists(&c);
	pii_rule_initials(&c);
	pii_rule_name_here(&c);
	pii_rule_name_frames(&c);
	pii_rule_person_frames(&c);
	pii_rule_birthday_frame(&c);
	pii_rule_prefix_before(&c);
	pii_rule_month_first_name(&c);
	pii_rule_pets(&c);
	pii_rule_same_name(&c);
	pii_rule_spelled_name(&c);
	pii_label_spans(&c, &b);

	/* Two sorted lists of spans that do not overlap: merge them into the result. */
	outlen = n + 1;
	for (ia = 0; ia < a.ss_n; ia++)
		if (a.ss_v[ia].sp_type != PII_KEEP)
			outlen += strlen(pii_placeholders[a.ss_v[ia].sp_type]);
	for (ib = 0; ib < b.ss_n; ib++)
		outlen += strlen(pii_placeholders[b.ss_v[ib].sp_type]);
	out = xmalloc(outlen);
	p = o = ia = ib = 0;
	for (;;) {
		if (ia < a.ss_n && (ib == b.ss_n || a.ss_v[ia].sp_start <= b.ss_v[ib].sp_start))
			sp = &a.ss_v[ia++];
		else if (ib < b.ss_n)
			sp = &b.ss_v[ib++];
		else
			break;
		if (sp->sp_type == PII_KEEP || sp->sp_start < p)
			continue;
		memcpy(out + o, text + p, sp->sp_start - p);
		o += sp->sp_start - p;
		pl_len = strlen(pii_placeholders[sp->sp_type]);
		memcpy(out + o, pii_placeholders[sp->sp_type], pl_len);
		o += pl_len;
		p = sp->sp_end;
		if (counts != NULL)
			counts->pc_n[sp->sp_type]++;
	}
	memcpy(out + o, text + p, n - p);
	o += n - p;
	out[o] = '\0';
	free(a.ss_v);
	free(b.ss_v);
	if (tok != tok_short) {
		free(tok);
		free(fold);
	}
	return out;
}
