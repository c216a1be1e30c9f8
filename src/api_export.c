/*
 * api_export.c — GET /api/v1/export?what=&format=&from=&to=: a research
 * export (export.h) for the researcher and admin roles, streamed as a
 * callback response. The export reads over its own connection (not the
 * pool's: a long download must not hold one), in keyset batches, so the
 * daemon's memory stays flat however large it is. The audit row is
 * written before the first byte.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>
#include <microhttpd.h>

#include "api.h"
#include "app.h"
#include "config.h"
#include "db.h"
#include "export.h"
#include "log.h"
#include "metrics.h"
#include "praatpaal.h"
#include "request.h"
#include "store_console.h"

struct api_export {
	PGconn		*ae_conn;
	struct export	*ae_ex;
	struct buf	 ae_out;	/* the part being sent */
	size_t		 ae_off;	/* bytes of it sent */
	int		 ae_done;
};

static void
api_export_free(void *cls)
{
	struct api_export *ae = cls;

	export_close(ae->ae_ex);
	if (ae->ae_conn != NULL)
		db_close(ae->ae_conn);
	buf_free(&ae->ae_out);
	free(ae);
}

static ssize_t
api_export_read(void *cls, uint64_t pos, char *out, size_t max)
{
	struct api_export *ae = cls;
	char err[256];
	size_t n;

	(void)pos;
	while (ae->ae_off == ae->ae_out.len) {
		if (ae->ae_done)
			return MHD_CONTENT_READER_END_OF_STREAM;
		buf_reset(&ae->ae_out);
		ae->ae_off = 0;
		if (export_next(ae->ae_ex, &ae->ae_out, &ae->ae_done, err, sizeof(err)) == -1) {
			log_error("export_failed error=\"%s\"", err);
			return MHD_CONTENT_READER_END_WITH_ERROR;
		}
	}
	n = ae->ae_out.len - ae->ae_off;
	if (n > max)
		n = max;
	memcpy(out, ae->ae_out.data + ae->ae_off, n);
	ae->ae_off += n;
	return (ssize_t)n;
}

enum MHD_Result
api_get_export(struct api_call *c)
{
	const struct config *cfg = c->ac_app->ap_cfg;
	struct export_opts o;
	struct api_export *ae;
	struct MHD_Response *resp;
	enum MHD_Result ret;
	char err[256], *detail;
	int csv;

	memset(&o, 0, sizeof(o));
	o.eo_what = request_query(c->ac_rq, "what");
	o.eo_format = request_query(c->ac_rq, "format");
	o.eo_from = request_query(c->ac_rq, "from");
	o.eo_to = request_query(c->ac_rq, "to");
	o.eo_k = cfg->k_anonymity;
	o.eo_unit = cfg->research_time_unit;
	if (o.eo_format == NULL)
		o.eo_format = "jsonl";
	if (export_check(&o, err, sizeof(err)) == -1)
		return api_reply_error(c, MHD_HTTP_BAD_REQUEST, err);
	csv = strcmp(o.eo_format, "csv") == 0;
	detail = export_audit_detail(&o, NULL, "api");
	if (db_audit_add(c->ac_conn, c->ac_staff.si_id, "export", 0, NULL, detail, err,
	    sizeof(err)) == -1) {
		free(detail);
		return api_reply_db(c, "export audit", err);
	}
	free(detail);
	ae = xcalloc(1, sizeof(*ae));
	buf_init(&ae->ae_out, 0);
	if ((ae->ae_conn = db_connect_as(cfg->db_url, "praatpaal export", err,
	    sizeof(err))) == NULL || (ae->ae_ex = export_open(ae->ae_conn, &o, err,
	    sizeof(err))) == NULL) {
		api_export_free(ae);
		return api_reply_db(c, "export", err);
	}
	resp = MHD_create_response_from_callback(MHD_SIZE_UNKNOWN, EXPORT_STREAM_CHUNK,
	    api_export_read, ae, api_export_free);
	if (resp == NULL) {
		api_export_free(ae);
		return api_reply_error(c, MHD_HTTP_INTERNAL_SERVER_ERROR, "internal error");
	}
	if (MHD_add_response_header(resp, MHD_HTTP_HEADER_CONTENT_TYPE, csv ?
	    "text/csv; charset=utf-8; header=present" : "application/x-ndjson") != MHD_YES ||
	    MHD_add_response_header(resp, MHD_HTTP_HEADER_CACHE_CONTROL, "no-store") != MHD_YES ||
	    MHD_add_response_header(resp, MHD_HTTP_HEADER_CONTENT_DISPOSITION, csv ?
	    "attachment; filename=\"export.csv\"" : "attachment; filename=\"export.jsonl\"") !=
	    MHD_YES) {
		MHD_destroy_response(resp);	/* frees the export */
		return MHD_NO;
	}
	ret = request_reply_response(c->ac_rq, MHD_HTTP_OK, resp);
	MHD_destroy_response(resp);
	return ret;
}
