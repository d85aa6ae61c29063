#ifndef ARTICLEWATCH_CMALLOCTUNING_H
#define ARTICLEWATCH_CMALLOCTUNING_H
// glibc malloc settings for the long-running daemon (mallopt and malloc_trim are in <malloc.h>, which
// Swift's Glibc module does not expose). See DaemonMallocSettings.swift for why and how they were measured.

/// Arenas: two, for two cores' worth of analysis threads (glibc's default allows 8 per core).
#define AW_MALLOC_ARENAS 2
/// mmap and trim threshold: blocks of 128 KiB and more are mapped on their own and unmapped when freed.
#define AW_MALLOC_THRESHOLD_BYTES 131072

/// Caps malloc at `arenas` arenas and fixes the mmap and trim thresholds at `threshold_bytes` (which also
/// turns off glibc's dynamic mmap threshold). Returns 1 when glibc accepted every setting, 0 otherwise
/// (other C libraries: nothing is changed and 0 is returned). The arena cap only holds if it is set
/// before a second thread allocates (glibc fixes its arena limit then), so the process also applies the
/// values above from a constructor, before main.
int aw_malloc_tune(int arenas, int threshold_bytes);

/// Hands free pages inside malloc's arenas back to the kernel (malloc_trim(0)); 1 if any were released.
int aw_malloc_trim(void);

#endif
