/*
 * privdrop.h — running as the daemon's own user.
 *
 * Started as root, the daemon opens its sockets and reads its files first,
 * then becomes [daemon] user for good (groups, gid, uid, in that order).
 * Started as root without [daemon] user it keeps running as root but logs a
 * warning that names the fix.
 */
#ifndef PRIVDROP_H
#define PRIVDROP_H

#include <stddef.h>
#include "util.h"

/*
 * Become user (its uid, primary gid and supplementary groups) when running
 * as root; warn when running as root and user is NULL; nothing when not
 * root (a set user is then only checked against the current one, with a
 * warning when they differ). 0, or -1 with err filled (unknown user, a
 * failed call, or root regained after the drop).
 */
int	privdrop_to_user(const char *user, char *err, size_t errlen) WUR;

#endif
