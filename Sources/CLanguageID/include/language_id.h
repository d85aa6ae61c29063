#ifndef ARTICLEWATCH_LANGUAGE_ID_H
#define ARTICLEWATCH_LANGUAGE_ID_H
// A C face for CLD2 (Compact Language Detector 2, Debian libcld2), whose API is C++.
#ifdef __cplusplus
extern "C" {
#endif

/// The best language for UTF-8 plain text, as CLD2 reports it.
typedef struct {
    char code[16];      ///< ISO 639-1 code where one exists ("en"), "un" when unknown.
    int percent;        ///< Share of the text's bytes in that language (0…100).
    double normalizedScore; ///< CLD2's score relative to typical text of that language (about 1 is normal).
    int isReliable;     ///< CLD2's own reliability verdict (1 or 0).
    int textBytes;      ///< Bytes of letters CLD2 actually scored.
} aw_language_result;

/// Detects the language of `length` bytes of UTF-8 text. Invalid UTF-8 yields "un".
aw_language_result aw_detect_language(const char *utf8, int length);

#ifdef __cplusplus
}
#endif
#endif
