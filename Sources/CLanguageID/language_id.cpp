// Thin C shim over CLD2's C++ entry point: no state, no allocation beyond CLD2's own.
#include "language_id.h"
#include <cstdio>
#include <cld2/public/compact_lang_det.h>
#include <cld2/public/encodings.h>
#include <cstring>

namespace CLD2 {
const char *LanguageCode(Language lang);
}

extern "C" aw_language_result aw_detect_language(const char *utf8, int length) {
    aw_language_result result;
    std::memset(&result, 0, sizeof result);
    CLD2::Language languages[3];
    int percents[3];
    double scores[3];
    int textBytes = 0;
    bool reliable = false;
    int validPrefix = 0;
    CLD2::CLDHints hints = {nullptr, nullptr, CLD2::UNKNOWN_ENCODING, CLD2::UNKNOWN_LANGUAGE};
    CLD2::Language best = CLD2::ExtDetectLanguageSummaryCheckUTF8(
        utf8, length, true, &hints, 0, languages, percents, scores, nullptr, &textBytes, &reliable, &validPrefix);
    const char *code = CLD2::LanguageCode(best);
    std::strncpy(result.code, code ? code : "un", sizeof result.code - 1);
    result.percent = percents[0];
    result.normalizedScore = scores[0];
    result.isReliable = reliable ? 1 : 0;
    result.textBytes = textBytes;
    return result;
}
