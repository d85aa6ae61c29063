// ICU's break iterators (Debian libicu-dev), for `articlewatch-eval sentence-boundaries` only: the measured
// alternative to our SentenceSplitter (issue 4). Not linked by ArticleAnalysis or the daemon.
//
// Only plain C types cross this header. ICU's own headers stay inside icu_break.c: their types (UErrorCode …)
// share names with the newer ICU copy inside swift-foundation, and clang rejects the two differing definitions
// in one Swift module; ICU's versioned entry-point macros (ubrk_open → ubrk_open_72) are not importable either.
#pragma once
#include <stdint.h>

/// A sentence (words == 0) or word (words != 0) break iterator for `locale` ("en_US", "en@ss=standard"),
/// or NULL with ICU's error code in `status`. `status` > 0 is an error, < 0 a warning (e.g. a fallback locale).
void *cicu_break_open(int32_t words, const char *locale, int32_t *status);

/// Points the iterator at UTF-16 text (not copied: it must outlive the iteration). Returns ICU's error code.
int32_t cicu_break_set_text(void *iterator, const uint16_t *text, int32_t length);

/// The next boundary as a UTF-16 offset, or -1 (UBRK_DONE) after the last.
int32_t cicu_break_next(void *iterator);

void cicu_break_close(void *iterator);
