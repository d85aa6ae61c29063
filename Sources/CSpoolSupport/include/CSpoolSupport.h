#ifndef ARTICLEWATCH_CSPOOLSUPPORT_H
#define ARTICLEWATCH_CSPOOLSUPPORT_H
// Linux calls Swift's Glibc module does not expose (they need _GNU_SOURCE).

/// renameat2(2) with RENAME_NOREPLACE on paths: fails with EEXIST instead of replacing `to`.
int aw_rename_noreplace(const char *from, const char *to);

#endif
