/*
 * store.c — conversions every store needs between C values and the text
 * libpq sends and returns: ids as parameters, PostgreSQL array literals
 * (a whole batch in one parameter), and result cells. No SQL, no state.
 */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store.h"

const char *
store_idtext(struct idtext *t, int64_t v)
{
	snprintf(t->it_s, sizeof(t->it_s), "%lld", (long long)v);
	return t->it_s;
}

int
store_get_i64(PGresult *res, int row, int col, int64_t *out)
{
	long long	 v;

	if (PQgetisnull(res, row, col)) {
		*out = 0;
		return 0;
	}
	if (util_parse_ll(PQgetvalue(res, row, col), INT64_MIN, INT64_MAX, &v) == -1)
		return -1;
	*out = v;
	return 0;
}

char *
store_get_str(PGresult *res, int row, int col)
{
	if (PQgetisnull(res, row, col))
		return NULL;
	return xstrdup(PQgetvalue(res, row, col));
}

size_t
store_cmd_rows(PGresult *res)
{
	long long v = 0;

	return util_parse_ll(PQcmdTuples(res), 0, LLONG_MAX, &v) == 0 ? (size_t)v : 0;
}

void
store_array_text(struct buf *b, const char *v)
{
	if (b->len == 0 && buf_puts(b, "{") == -1)
		abort();
	if (b->len > 1 && buf_puts(b, ",") == -1)
		abort();
	if (v == NULL) {
		if (buf_puts(b, "NULL") == -1)
			abort();
		return;
	}
	if (buf_puts(b, "\"") == -1)
		abort();
	for (; *v != '\0'; v++)
		if (((*v == '"' || *v == '\\') && buf_puts(b, "\\") == -1) ||
		    buf_append(b, v, 1) == -1)
			abort();
	if (buf_puts(b, "\"") == -1)
		abort();
}

void
store_array_id(struct buf *b, int64_t v)
{
	if (buf_printf(b, "%s%lld", b->len == 0 ? "{" : ",", (long long)v) == -1)
		abort();
}

const char *
store_array_end(struct buf *b)
{
	if (buf_puts(b, b->len == 0 ? "{}" : "}") == -1)
		abort();
	return b->data;
}

void
store_id_array(struct buf *b, const int64_t *ids, size_t n)
{
	buf_reset(b);
	for (size_t i = 0; i < n; i++)
		store_array_id(b, ids[i]);
	(void)store_array_end(b);
}

int
store_id_array_parse(const char *s, struct idlist *l)
{
	long long	 v;
	char		*end;

	if (*s++ != '{')
		return -1;
	while (*s != '}') {
		errno = 0;
		v = strtoll(s, &end, 10);
		if (end == s || errno != 0 || (*end != ',' && *end != '}'))
			return -1;
		idlist_add(l, (int64_t)v);
		s = *end == ',' ? end + 1 : end;
	}
	return 0;
}
