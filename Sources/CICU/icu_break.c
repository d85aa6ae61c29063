#include "icu_break.h"
#include <stddef.h>
#include <unicode/ubrk.h>

void *cicu_break_open(int32_t words, const char *locale, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    UBreakIterator *iterator = ubrk_open(words ? UBRK_WORD : UBRK_SENTENCE, locale, NULL, 0, &code);
    *status = (int32_t)code;
    return U_FAILURE(code) ? NULL : (void *)iterator;
}

int32_t cicu_break_set_text(void *iterator, const uint16_t *text, int32_t length) {
    UErrorCode code = U_ZERO_ERROR;
    ubrk_setText((UBreakIterator *)iterator, (const UChar *)text, length, &code);
    return (int32_t)code;
}

int32_t cicu_break_next(void *iterator) { return ubrk_next((UBreakIterator *)iterator); }

void cicu_break_close(void *iterator) { ubrk_close((UBreakIterator *)iterator); }
