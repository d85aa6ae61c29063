/// The fact-token views checked against the fact tokenizer itself (for `TokenLayerCheck`, so the fuzz
/// target runs them on any text): each sentence's tokens read from the table rows, a paragraph's made from
/// its sentences' joined by blanks, and windows of that paragraph cut anywhere (inside words and UTF-8
/// sequences too) all equal what `FactTokenizer.tokenize` gives over the same bytes.
enum FactTokenCheck {
    static func check(_ table: TokenTable) {
        var viewed: [FactToken] = []
        var scanned: [FactToken] = []
        var paragraph: [UInt8] = []
        var joined: [FactToken] = []
        var edges: [FactToken] = []
        var cache = FactTokenCache()
        var cached: [FactToken] = []
        for sentence in table.sentences.indices {
            let text = table.sentences[sentence].textBytes
            table.factTokens(ofSentence: sentence, into: &viewed)
            FactTokenizer.tokenize(text.span, 0..<text.count, into: &scanned)
            precondition(viewed == scanned, "the table's fact tokens differ from the fact tokenizer's")
            // Through the cache: split the first time, kept the second.
            for _ in 0..<2 {
                cache.factTokens(ofSentence: sentence, in: table, into: &cached)
                precondition(cached == viewed, "the cached fact tokens differ from the table's")
            }
            // The quote scanner's paragraph: sentences joined by one blank, each sentence's tokens moved.
            if !paragraph.isEmpty { paragraph.append(0x20) }
            let start = paragraph.count
            paragraph.append(contentsOf: text)
            for var token in viewed {
                token.start += start
                token.end += start
                joined.append(token)
            }
        }
        let bytes = paragraph.span
        FactTokenizer.tokenize(bytes, 0..<bytes.count, into: &scanned)
        precondition(joined == scanned, "joined sentences' fact tokens differ from the paragraph's")
        // Windows as the quote scanner cuts them: up to 240 bytes, from every 7th byte (at most 64 of them).
        let step = max(7, bytes.count / 64)
        var windowStart = 0
        while windowStart < bytes.count {
            for length in [1, 9, 240] {
                let window = windowStart..<min(bytes.count, windowStart + length)
                FactTokenWindow.tokens(bytes, joined, window, into: &viewed)
                FactTokenizer.tokenize(bytes, window, into: &scanned)
                for index in scanned.indices {
                    scanned[index].start += window.lowerBound
                    scanned[index].end += window.lowerBound
                }
                precondition(viewed == scanned, "a window's fact tokens differ from the fact tokenizer's")
                for kind in [FactToken.Kind.word, .number, .dash] {
                    let found = FactTokenWindow.contains(bytes, joined, window, edges: &edges) { $0.kind == kind && $0.end == window.upperBound }
                    precondition(found == viewed.contains { $0.kind == kind && $0.end == window.upperBound }, "a window's token test differs from its tokens'")
                }
            }
            windowStart += step
        }
    }
}
