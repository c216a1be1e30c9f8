/*
 * notify.c — readiness, reload and stop messages for systemd (sd_notify).
 *
 * The unit (lib/systemd/system/praatpaal.service) says Type=notify: systemd
 * counts the daemon as started once READY=1 arrives, which serve.c sends
 * after HTTP listens and privileges are dropped — so `systemctl start`
 * returns when webhooks can be acknowledged, and units ordered after it
 * find it ready. libsystemd is optional at build time (pkg-config).
 */
#include <stdio.h>
#include <stdlib.h>

#ifdef HAVE_SYSTEMD
#include <systemd/sd-daemon.h>
#endif

#include "log.h"
#include "notify.h"

#define NOTIFY_STATUS_MAX	256	/* bytes of a READY=1 message with its STATUS= */

#ifdef HAVE_SYSTEMD
static void
notify_send(const char *msg)
{
	int rc = sd_notify(0, msg);

	if (rc < 0)
		log_warn("notify failed message=\"%s\" errno=%d", msg, -rc);
}
#endif

void
notify_init(void)
{
#ifndef HAVE_SYSTEMD
	if (getenv("NOTIFY_SOCKET") != NULL)
		log_warn("notify unavailable: built without libsystemd, so readiness is not "
		    "reported: rebuild with libsystemd-dev installed, or use Type=simple");
#endif
}

void
notify_ready(const char *status)
{
#ifdef HAVE_SYSTEMD
	char msg[NOTIFY_STATUS_MAX];

	snprintf(msg, sizeof(msg), "READY=1\nSTATUS=%s", status != NULL ? status : "serving");
	notify_send(msg);
#else
	(void)status;
#endif
}

void
notify_reloading(void)
{
#ifdef HAVE_SYSTEMD
	notify_send("RELOADING=1");
#endif
}

void
notify_stopping(void)
{
#ifdef HAVE_SYSTEMD
	notify_send("STOPPING=1");
#endif
}
