/// Names the language of a text with CLD2 (Google's Compact Language Detector 2, Debian `libcld2`): a naive
/// Bayes classifier over character quadgrams, about 80 languages, a few microseconds per kilobyte, no state.
public enum LanguageIdentifier {
    /// CLD2 still reports a few withdrawn ISO 639-1 codes; these are their current forms.
    private static let currentCodes = ["iw": "he", "in": "id", "ji": "yi", "jw": "jv", "zh-Hant": "zh", "tl": "fil"]

    /// Texts shorter than this many UTF-8 bytes get no verdict: CLD2 needs a sentence or two to be reliable.
    public static let minimumBytes = 20
    /// Only the first 1 KiB is read: CLD2 costs about 270 instructions a byte (callgrind), and its language code
    /// from 1 KiB (even from 512 bytes) is the one from 2 KiB on all 1,686 texts of the seeds, the 181 benchmark
    /// pages, the 500 bench copies and 1,000 NYT snippets; the confidence moves on 9 non-English pages (±1–24
    /// points), none on English text. On the gettext messages of `make eval-language` nothing changes.
    public static let maximumBytes = 1024

    /// The first look reads only this many bytes: when CLD2 calls them English with its top share (99 %) and
    /// reliably, that is the verdict, at half the cost of the full look (CLD2 is ~270 instructions a byte).
    /// On every golden text longer than 512 bytes (5 seeds, 500 bench copies, 158 English benchmark pages)
    /// such a first look gives exactly the 1 KiB verdict, confidence included; any other first look (another
    /// language, a lower share: 9 of the 20 non-English pages move by 1–24 points at 512 bytes) is read
    /// again over `maximumBytes`, as before.
    static let quickLookBytes = 512

    /// Up to this many UTF-8 bytes are read for the prose second look: a results table can fill the first
    /// KiB with names and figures, and the prose after it settles the language.
    static let proseWindowBytes = 2048
    /// More bytes than `identify` ever reads of a text (the prose window and the byte after it): a longer
    /// text may be cut here (at a scalar's end) without changing the verdict.
    static let bytesRead = proseWindowBytes + 1

    /// The share of prose words that must be English function words before the second look may say English:
    /// English running text has about one in three, a standings header one in ten ("tabulate under played,
    /// won, drawn, lost, goals for, against, points"); a German or Indonesian paragraph almost none.
    static let englishFunctionWordShare = 0.1

    /// The best language and a confidence in 0…1: CLD2's share of the text in that language, halved when
    /// CLD2 itself calls the verdict unreliable. Nil when CLD2 cannot tell ("un").
    ///
    /// A verdict other than English gets a second look at the text's prose (`ProseSample`): names, figures
    /// and headline capitals make English wire copy look German or Indonesian to CLD2 ("Bayern Munich 2
    /// Borussia Moenchengladbach 0"), and the English-only stages would then skip the article. The verdict
    /// becomes English only when CLD2 calls the prose English and English function words back it; a real
    /// German or Indonesian article keeps its verdict, since its prose is German or Indonesian too.
    public static func identify(_ text: String) -> LanguageGuess? {
        guard let guess = firstLook(text) else { return nil }
        guard guess.code != "en" else { return guess }
        let prose = ProseSample(of: text, maximumBytes: proseWindowBytes)
        guard prose.englishFunctionWordCount > 0,
              Double(prose.englishFunctionWordCount) >= englishFunctionWordShare * Double(prose.wordCount),
              let second = detect(prose.text, maximumBytes: maximumBytes), second.code == "en"
        else { return guess }
        return second
    }

    /// CLD2's verdict on the first `quickLookBytes` when that settles it (a short text, or a sure English
    /// verdict), else on the first `maximumBytes`.
    static func firstLook(_ text: String) -> LanguageGuess? {
        let quick = detect(text, maximumBytes: quickLookBytes)
        if text.utf8.count <= quickLookBytes { return quick }  // the full look would read the same bytes
        if let quick, quick.code == "en", quick.confidence >= 0.99 { return quick }
        return detect(text, maximumBytes: maximumBytes)
    }

    /// CLD2's verdict alone on the first `maximumBytes` UTF-8 bytes of `text` (whole characters only).
    static func detect(_ text: String, maximumBytes: Int) -> LanguageGuess? {
        guard let verdict = CLD2Interop.detect(text, minimumBytes: minimumBytes, maximumBytes: maximumBytes) else { return nil }
        let code = verdict.code
        guard code != "un", !code.isEmpty else { return nil }
        var confidence = Double(verdict.percent) / 100
        if !verdict.isReliable { confidence /= 2 }
        return LanguageGuess(code: currentCodes[code] ?? code, confidence: (confidence * 100).rounded() / 100)
    }
}
