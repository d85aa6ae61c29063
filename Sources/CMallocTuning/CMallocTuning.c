#include "CMallocTuning.h"

#include <stdlib.h>  // defines __GLIBC__ on glibc

#if defined(__GLIBC__)
#include <malloc.h>

int aw_malloc_tune(int arenas, int threshold_bytes) {
    int ok = mallopt(M_ARENA_MAX, arenas);
    ok &= mallopt(M_MMAP_THRESHOLD, threshold_bytes);
    ok &= mallopt(M_TRIM_THRESHOLD, threshold_bytes);
    return ok ? 1 : 0;
}

int aw_malloc_trim(void) { return malloc_trim(0); }

/// Before main and before any thread: glibc computes its arena limit when the first extra arena is made
/// (measured: set from Swift in `run`, the cap came too late and the daemon still had five arenas).
__attribute__((constructor)) static void aw_malloc_tune_at_start(void) {
    (void)aw_malloc_tune(AW_MALLOC_ARENAS, AW_MALLOC_THRESHOLD_BYTES);
}
#else
int aw_malloc_tune(int arenas, int threshold_bytes) {
    (void)arenas;
    (void)threshold_bytes;
    return 0;
}

int aw_malloc_trim(void) { return 0; }
#endif
