#ifndef ARTICLEWATCH_CSHA256_H
#define ARTICLEWATCH_CSHA256_H
// SHA-256's block function on the x86-64 SHA extensions (SHA-NI): every article's id is the digest of its
// bytes, and these instructions do in ~3 instructions a byte what portable code needs ~60 for. The Swift side
// keeps the portable code for processors without them.

#include <stddef.h>
#include <stdint.h>

/// 1 when this processor has the SHA extensions (and SSE4.1/SSSE3, which the block function also uses), else 0.
int aw_sha256_hardware_available(void);

/// Runs `blocks` 64-byte blocks of `data` through the compression function, updating `state` (a, b, … h).
/// Call only when aw_sha256_hardware_available() returned 1.
void aw_sha256_hardware_blocks(uint32_t state[8], const uint8_t *data, size_t blocks);

#endif
