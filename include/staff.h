/*
 * staff.h — `praatpaal staff add|passwd|disable|enable|list|teams`
 * (src/staff.c): the console's accounts from the command line.
 */
#ifndef STAFF_H
#define STAFF_H

struct config;

/* Run `staff` with argv[0] "staff": the exit status (0, 1 refused or failed, 2 usage). */
int	staff_cmd(const struct config *, int argc, char **argv);

#endif
