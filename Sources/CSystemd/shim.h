#ifndef ARTICLEWATCH_CSYSTEMD_SHIM_H
#define ARTICLEWATCH_CSYSTEMD_SHIM_H
// Location fields are added by the Swift caller from #fileID/#line/#function.
#define SD_JOURNAL_SUPPRESS_LOCATION 1
#include <sys/uio.h>
#include <syslog.h>
#include <systemd/sd-daemon.h>
#include <systemd/sd-journal.h>
#endif
