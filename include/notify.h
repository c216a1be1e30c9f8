/*
 * notify.h — telling systemd how the daemon is doing (Type=notify).
 *
 * Built with libsystemd (pkg-config finds it: HAVE_SYSTEMD), these send
 * sd_notify(3) messages to $NOTIFY_SOCKET; without a service manager they
 * do nothing. Built without it, they do nothing, and notify_init warns
 * when a service manager waits for them (use Type=simple then).
 */
#ifndef NOTIFY_H
#define NOTIFY_H

/* At start: warn if NOTIFY_SOCKET is set but this build cannot answer it. */
void	notify_init(void);
/* READY=1 with a STATUS= line: the daemon serves requests. */
void	notify_ready(const char *status);
/* RELOADING=1: a SIGHUP reload started (notify_ready ends it). */
void	notify_reloading(void);
/* STOPPING=1: the daemon is stopping. */
void	notify_stopping(void);

#endif
