/*
 * app.h — the daemon's runtime context: the configuration and every
 * running subsystem, created by serve.c in a fixed order and handed to
 * each subsystem (HTTP handlers reach it through their daemon closure).
 *
 * Nothing here changes after start-up except through the subsystems' own
 * locked or atomic state, so the struct itself needs no lock.
 */
#ifndef APP_H
#define APP_H

struct config;
struct db_pool;
struct ingest;
struct workers;
struct sender;
struct http_server;
struct dialogue;
struct events;
struct api;
struct console_jobs;
struct privacy_jobs;
struct research;
struct web_site;

struct app {
	const struct config	*ap_cfg;
	struct db_pool		*ap_pool;	/* short requests: /readyz */
	struct dialogue		*ap_dialogue;	/* flows, lexicon, hours (SIGHUP reloads) */
	struct ingest		*ap_ingest;	/* webhook group commit */
	struct workers		*ap_workers;	/* conversation processing */
	struct sender		*ap_sender;	/* outbox sender */
	struct http_server	*ap_http;
	struct events		*ap_events;	/* the console's live events (GET /api/v1/events) */
	struct api		*ap_api;	/* console data: canned responses, texts (SIGHUP reloads) */
	struct console_jobs	*ap_jobs;	/* the console's periodic jobs */
	struct privacy_jobs	*ap_privacy;	/* sweeper, erasures, retention (privacy.h) */
	struct research		*ap_research;	/* the research copy job */
	struct web_site		*ap_web;	/* the console's files (web.h) */
};

#endif
