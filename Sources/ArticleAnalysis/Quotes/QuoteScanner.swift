/// Finds the quotes of one paragraph: pairs the marks over the paragraph (so a quote may run across
/// sentences), reads the attribution around each, resolves "he"/"she" to the last named speaker, flags
/// anonymous sourcing, and drops scare quotes (a few words with nobody saying them).
struct QuoteScanner {
    /// Quotes of at most this many words need an attribution; "a “marriage of convenience”" is not a quote.
    /// From the definition of scare quotes (1–3 words), checked on the five seed articles.
    static let scareQuoteMaximumWords = 3
    /// How far before or after a quote its attribution is looked for, in bytes.
    static let contextBytes = 240

    /// How far back in the paragraph a "he said" looks for the speaker's name: about three sentences, so a
    /// wall-of-text paragraph is not re-read for every quote in it.
    static let pronounLookbackBytes = 600

    private var tokens: [FactToken] = []
    /// The paragraph's fact tokens, made once from the token table when it has a quote, and one sentence's.
    private var paragraphTokens: [FactToken] = []
    private var sentenceTokens: [FactToken] = []
    /// The last paragraph's bytes and sentence starts, kept so each paragraph reuses their storage.
    private var paragraphBuffer: [UInt8] = []
    private var sentenceStartsBuffer: [Int] = []
    /// The speaker of a quote left open at the end of the last paragraph.
    private var continuedSpeaker: (speaker: String?, anonymous: Bool)?
    /// The last speaker with a name, for pronouns: carried across paragraphs.
    private(set) var lastNamedSpeaker: String?

    init() {}

    /// `sentences` are consecutive sentences of one paragraph, the first being `firstIndex` in the document;
    /// `table` holds their words.
    /// `cache`: the document's fact tokens, kept for the amount and date stages.
    mutating func scan(
        _ sentences: ArraySlice<Sentence>, table: TokenTable, firstIndex: Int, cache: inout FactTokenCache, into quotes: inout [Quote]
    ) {
        var paragraph: [UInt8] = []
        var sentenceStarts: [Int] = []
        swap(&paragraph, &paragraphBuffer)
        swap(&sentenceStarts, &sentenceStartsBuffer)
        paragraph.removeAll(keepingCapacity: true)
        sentenceStarts.removeAll(keepingCapacity: true)
        defer {
            swap(&paragraph, &paragraphBuffer)
            swap(&sentenceStarts, &sentenceStartsBuffer)
        }
        var previousEnd: Int?
        var joinedWithoutBlank = false
        for (offset, sentence) in sentences.enumerated() {
            // Rebuild the paragraph as written: sentences that touched in the text ("said.Feb.") stay joined.
            let touching = previousEnd == sentence.range.lowerBound && !sentence.range.isEmpty
            if !paragraph.isEmpty {
                if touching { joinedWithoutBlank = true } else { paragraph.append(0x20) }
            }
            previousEnd = sentence.range.upperBound
            sentenceStarts.append(paragraph.count)
            paragraph.append(contentsOf: table.sentences[firstIndex + offset].textBytes)
        }
        do {
            let bytes = paragraph.span
            // Short unpunctuated spans inside a sentence ("the “Responsible Statement” website") are names or
            // scare quotes: they are neither quotes nor boundaries between a quote and its attribution.
            var spans: [QuoteSpan] = []
            for span in QuoteMarkScanner.spans(in: bytes) where !isEmbedded(bytes, span) { spans.append(span) }
            if !spans.isEmpty {
                makeParagraphTokens(
                    bytes, table, firstIndex: firstIndex, sentenceStarts, joinedWithoutBlank: joinedWithoutBlank, cache: &cache)
            }
            // A paragraph that opens with a quote continues the previous paragraph's unclosed one (news style).
            var previousSpeaker = spans.first?.open == 0 ? continuedSpeaker : nil
            continuedSpeaker = nil
            for (position, span) in spans.enumerated() {
                let sentence = (sentenceStarts.lastIndex { $0 <= span.contentStart } ?? 0)
                let contentRange = trimmed(bytes, span.contentStart..<span.contentEnd)
                guard !contentRange.isEmpty else { continue }
                let content = text(bytes, contentRange)
                let words = wordCount(bytes, contentRange)
                let punctuation = finalPunctuation(bytes, span.contentStart..<span.contentEnd)

                let sentenceStart = sentenceStarts[sentenceStarts.lastIndex { $0 <= span.open } ?? 0]
                let previousClose = position > 0 ? spans[position - 1].close : 0
                let beforeRange = max(previousClose, sentenceStart, span.open - Self.contextBytes)..<span.open
                let nextOpen = position + 1 < spans.count ? spans[position + 1].open : bytes.count
                let afterRange = span.close..<min(nextOpen, span.close + Self.contextBytes)

                var attributed = false
                var speakerRange: Range<Int>?
                if span.isClosed, let range = attribution(bytes, afterRange, { Attribution.after($0, punctuation: punctuation) }) {
                    speakerRange = range
                } else if let range = attribution(bytes, beforeRange, Attribution.before) {
                    speakerRange = range
                }
                var speaker: String?
                var anonymous = false
                if let speakerRange {
                    attributed = true
                    (speaker, anonymous) = resolve(bytes, speakerRange, quoteStart: span.open)
                }
                if !attributed, words > Self.scareQuoteMaximumWords, let previous = previousSpeaker {
                    // “A,” he said. “B.” — a later quote in the same paragraph continues the same speaker.
                    (speaker, anonymous) = previous
                    attributed = true
                }
                if !anonymous, mentionsAnonymity(bytes, beforeRange.lowerBound..<afterRange.upperBound) { anonymous = true }
                // A title in quotes (“Takin’ It To the Streets,”) is never speech, even with a verb nearby; unattributed,
                // a few words are scare quotes; a quote never closed needs a speaker.
                if words > 1, isTitle(bytes, contentRange) { continue }
                if !attributed, words <= Self.scareQuoteMaximumWords || !span.isClosed { continue }
                if attributed { previousSpeaker = (speaker, anonymous) }
                if !span.isClosed, attributed { continuedSpeaker = (speaker, anonymous) }
                quotes.append(Quote(text: content, speaker: speaker, anonymous: anonymous, sentence: firstIndex + sentence))
            }
        }
    }

    /// The fact tokens of the whole paragraph (`bytes`): each sentence's from the token table, moved to its
    /// place in the paragraph. Sentences joined by a blank split there as in one text; sentences that touch
    /// ("said.Feb.") may form one run across the join, so such a paragraph is split by the fact rules whole.
    private mutating func makeParagraphTokens(
        _ bytes: Span<UInt8>, _ table: TokenTable, firstIndex: Int, _ sentenceStarts: [Int], joinedWithoutBlank: Bool,
        cache: inout FactTokenCache
    ) {
        paragraphTokens.removeAll(keepingCapacity: true)
        guard !joinedWithoutBlank else {
            FactTokenizer.append(bytes, 0..<bytes.count, into: &paragraphTokens)
            return
        }
        for (offset, start) in sentenceStarts.enumerated() {
            cache.factTokens(ofSentence: firstIndex + offset, in: table, into: &sentenceTokens)
            for var token in sentenceTokens {
                token.start += start
                token.end += start
                paragraphTokens.append(token)
            }
        }
    }

    /// A closed span of a few words or a title, not ending in punctuation and not followed by a comma.
    private mutating func isEmbedded(_ bytes: Span<UInt8>, _ span: QuoteSpan) -> Bool {
        guard span.isClosed, finalPunctuation(bytes, span.contentStart..<span.contentEnd) == nil else { return false }
        var next = span.close
        while next < bytes.count, bytes[next] == 0x20 { next += 1 }
        if next < bytes.count, bytes[next] == UInt8(ascii: ",") { return false }
        let content = trimmed(bytes, span.contentStart..<span.contentEnd)
        return wordCount(bytes, content) <= Self.scareQuoteMaximumWords || isTitle(bytes, content)
    }

    private mutating func attribution(
        _ bytes: Span<UInt8>, _ range: Range<Int>, _ find: ([FactToken]) -> Range<Int>?
    ) -> Range<Int>? {
        guard !range.isEmpty else { return nil }
        FactTokenWindow.tokens(bytes, paragraphTokens, range, into: &tokens)
        return find(tokens)
    }

    /// The speaker's name, with pronouns resolved and unnamed sources flagged.
    private mutating func resolve(_ bytes: Span<UInt8>, _ range: Range<Int>, quoteStart: Int) -> (String?, Bool) {
        FactTokenWindow.tokens(bytes, paragraphTokens, range, into: &tokens)
        let words = tokens.filter { $0.kind == .word }
        guard let first = words.first else { return (nil, false) }
        if words.count == 1, AttributionLexicon.personalPronouns.contains(first.key) {
            return (namedSpeaker(in: bytes, before: quoteStart) ?? lastNamedSpeaker, false)
        }
        if words.count == 1, AttributionLexicon.opaquePronouns.contains(first.key) { return (nil, false) }
        // "Fifty-one percent say that “…”": a poll's share of respondents is not a speaker.
        if words.contains(where: { PercentWords.all.contains($0.key) }) { return (nil, false) }
        let phrase = text(bytes, range)
        let anonymousNoun = words.lastIndex { AttributionLexicon.anonymousNouns.contains($0.key) }
            ?? (words.contains { AttributionLexicon.anonymousQualifiers.contains($0.key) }
                ? words.lastIndex { AttributionLexicon.anonymousPeople.contains($0.key) } : nil)
        // "one intelligence source" is anonymous; "a senior official, John Smith" ends in a name and is not.
        if let anonymousNoun, !words[(anonymousNoun + 1)...].contains(where: \.capitalized) { return (phrase, true) }
        // A name ends the phrase: "Russian President Vladimir Putin", "the 14th-ranked Schwartzman".
        if let last = words.last, last.capitalized { lastNamedSpeaker = phrase }
        return (phrase, false)
    }

    /// The nearest "Name said" / "said Name" / "Name, the company's chief, said" in the paragraph before a
    /// quote whose speaker is "he" or "she": indirect speech names the speaker as often as a quote does.
    private mutating func namedSpeaker(in bytes: Span<UInt8>, before end: Int) -> String? {
        let start = max(0, end - Self.pronounLookbackBytes)
        guard end > start else { return nil }
        FactTokenWindow.tokens(bytes, paragraphTokens, start..<end, into: &tokens)
        guard let range = Attribution.lastNamedSpeaker(in: tokens) else { return nil }
        return text(bytes, range)
    }

    private mutating func mentionsAnonymity(_ bytes: Span<UInt8>, _ range: Range<Int>) -> Bool {
        guard !range.isEmpty else { return false }
        // Only keys at least as long as the shortest anonymity word are looked up (a packed key of fewer
        // letters is a smaller number; other tokens' `.none` is 0).
        let anonymityWords = AttributionLexicon.anonymityWords
        let smallest = AttributionLexicon.smallestAnonymityKey
        return FactTokenWindow.contains(bytes, paragraphTokens, range, edges: &tokens) {
            $0.key.rawValue >= smallest && anonymityWords.contains($0.key)
        }
    }

    /// Every word of four letters or more capitalised, at most six of them, and no full stop or comma inside:
    /// a name or title in quotes (“Khayyam”, “Resistance Axis”, “Takin’ It To the Streets”). Reads the bytes
    /// and stops at the first word that rules it out, since most quotes are long sentences.
    private func isTitle(_ bytes: Span<UInt8>, _ range: Range<Int>) -> Bool {
        var longWords = 0
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = bytes[index]
            if byte == UInt8(ascii: ".") || byte == UInt8(ascii: ",") { return false }
            guard byte != 0x20 else {
                index += 1
                continue
            }
            var end = index
            var letters = 0
            while end < range.upperBound, bytes[end] != 0x20 {
                if bytes[end] == UInt8(ascii: ".") || bytes[end] == UInt8(ascii: ",") { return false }
                if (bytes[end] | 0x20) &- UInt8(ascii: "a") < 26 { letters += 1 }
                end += 1
            }
            if letters > 3 {
                guard byte >= UInt8(ascii: "A"), byte <= UInt8(ascii: "Z") else { return false }
                longWords += 1
                if longWords > 6 { return false }
            }
            index = end
        }
        return longWords > 0
    }

    private func trimmed(_ bytes: Span<UInt8>, _ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound, upper = range.upperBound
        while lower < upper, bytes[lower] == 0x20 { lower += 1 }
        while upper > lower, bytes[upper - 1] == 0x20 || bytes[upper - 1] == UInt8(ascii: ",") { upper -= 1 }
        return lower..<upper
    }

    /// The , . ! ? that ends the content (… counts as "."), or nil.
    private func finalPunctuation(_ bytes: Span<UInt8>, _ range: Range<Int>) -> UInt8? {
        var upper = range.upperBound
        while upper > range.lowerBound, bytes[upper - 1] == 0x20 { upper -= 1 }
        guard upper > range.lowerBound else { return nil }
        let last = bytes[upper - 1]
        if last == UInt8(ascii: ",") || last == UInt8(ascii: ".") || last == UInt8(ascii: "!") || last == UInt8(ascii: "?") {
            return last
        }
        return last == 0xA6 && upper >= 3 && bytes[upper - 3] == 0xE2 ? UInt8(ascii: ".") : nil
    }

    /// Words (runs of bytes between spaces) in `bytes[range]`, counted up to one more than
    /// `scareQuoteMaximumWords`: the callers only compare the count with 1 and that maximum, and a long
    /// quote is not read to its end.
    private func wordCount(_ bytes: Span<UInt8>, _ range: Range<Int>) -> Int {
        let enough = Self.scareQuoteMaximumWords + 1
        var count = 0
        var inWord = false
        for index in range {
            let isSpace = bytes[index] == 0x20
            if !isSpace, !inWord {
                count += 1
                if count == enough { return count }
            }
            inWord = !isSpace
        }
        return count
    }

    private func text(_ bytes: Span<UInt8>, _ range: Range<Int>) -> String {
        bytes.decoded(range)
    }
}
