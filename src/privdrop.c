/*
 * privdrop.c — giving up root once the sockets are open.
 *
 * serve.c calls privdrop_to_user after HTTP listens (ports below 1024 are
 * bound) and before any request is served. The process already has its
 * threads; glibc's setgroups/setgid/setuid apply to every thread of the
 * process (the setxid broadcast), so no thread keeps root. The drop is
 * checked: setuid(0) must fail afterwards.
 *
 * Files read later as the new user: the flows and the crisis lexicon (on
 * SIGHUP) — installed world-readable under /usr/share/praatpaal. Secrets
 * (*_file) are read at start as root and on reload as the user.
 */
#include <errno.h>
#include <grp.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "log.h"
#include "privdrop.h"

#define PRIVDROP_PWBUF_MAX	16384	/* bytes of getpwnam_r's buffer */

int
privdrop_to_user(const char *user, char *err, size_t errlen)
{
	struct passwd pw, *res = NULL;
	char *pwbuf = NULL;
	int rc;

	if (geteuid() != 0) {
		if (user != NULL) {
			struct passwd *cur = getpwuid(geteuid());

			if (cur == NULL || strcmp(cur->pw_name, user) != 0)
				log_warn("daemon not_root user=%s uid=%u: [daemon] user takes effect "
				    "only when started as root; running as uid %u", user,
				    (unsigned)geteuid(), (unsigned)geteuid());
		}
		return 0;
	}
	if (user == NULL) {
		log_warn("daemon running_as_root: set [daemon] user = praatpaal (or "
		    "PRAATPAAL_DAEMON_USER), or start it as that user (User= in the systemd unit)");
		return 0;
	}
	pwbuf = xmalloc(PRIVDROP_PWBUF_MAX);
	rc = getpwnam_r(user, &pw, pwbuf, PRIVDROP_PWBUF_MAX, &res);
	if (rc != 0 || res == NULL) {
		snprintf(err, errlen, "[daemon] user \"%s\": %s", user,
		    rc != 0 ? strerror(rc) : "no such user (create it: adduser --system "
		    "--group praatpaal)");
		goto fail;
	}
	if (pw.pw_uid == 0) {
		snprintf(err, errlen, "[daemon] user \"%s\" is root: name an unprivileged user",
		    user);
		goto fail;
	}
	if (initgroups(pw.pw_name, pw.pw_gid) == -1 || setgid(pw.pw_gid) == -1 ||
	    setuid(pw.pw_uid) == -1) {
		snprintf(err, errlen, "becoming user \"%s\": %s", user, strerror(errno));
		goto fail;
	}
	if (setuid(0) != -1 || geteuid() == 0) {
		snprintf(err, errlen, "becoming user \"%s\": root could be regained", user);
		goto fail;
	}
	log_info("daemon dropped_privileges user=%s uid=%u gid=%u", user, (unsigned)pw.pw_uid,
	    (unsigned)pw.pw_gid);
	free(pwbuf);
	return 0;
fail:
	free(pwbuf);
	return -1;
}
