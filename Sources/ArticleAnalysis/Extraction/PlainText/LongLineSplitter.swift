/// Cuts a line that holds a large share of the text's words into its sentences. Scraped news often loses its
/// line breaks: the whole article is then one unit, and one cue word in it ("sponsored", a quoted "Can you
/// …?") removed the whole story (issue 13: 54 of 1,017 plain-text articles came out empty). As sentences,
/// each is judged on its own and the story survives whatever one of them says.
enum LongLineSplitter {
    /// A line with at least this many words…
    static let minimumWords = 40
    /// …and at least this share of the text's words is judged sentence by sentence.
    static let minimumShare = 0.3

    static func split(_ units: consuming [TextUnit]) -> [TextUnit] {
        var units = units
        let total = units.reduce(0) { $0 + $1.words }
        // Most texts have no such line: then each unit only learns its line, in place (no copy of every unit).
        var anyLong = false
        for index in units.indices {
            units[index].line = index
            if isLong(units[index], total: total) { anyLong = true }
        }
        guard anyLong else { return units }
        var result: [TextUnit] = []
        result.reserveCapacity(units.count)
        for (index, unit) in units.enumerated() {
            var unit = unit
            unit.line = index
            guard isLong(unit, total: total) else {
                result.append(unit)
                continue
            }
            let sentences = sentences(of: unit.text)
            guard sentences.count > 1 else {
                result.append(unit)
                continue
            }
            for (offset, sentence) in sentences.enumerated() {
                var piece = TextUnitReader.measure(collapsed: sentence, blanksBefore: offset == 0 ? unit.blankLinesBefore : 0)
                piece.isSentencePiece = true
                piece.line = index
                result.append(piece)
            }
        }
        return result
    }

    /// Whether the unit holds enough words, and a large enough share of the text's `total`, to be cut.
    private static func isLong(_ unit: TextUnit, total: Int) -> Bool {
        unit.words >= minimumWords && Double(unit.words) >= minimumShare * Double(total)
    }

    /// The sentences of a line, by the same splitter the segment stage uses (abbreviations and initials stay).
    static func sentences(of text: String) -> [String] {
        let line = text[...]
        let tokens = Tokenizer.tokens(of: line)
        return SentenceSplitter.sentences(in: line, tokens: tokens).compactMap { range -> String? in
            guard let first = range.first, let last = range.last else { return nil }
            let bytes = tokens[first].range.lowerBound..<tokens[last].range.upperBound
            return String(SentenceSplitter.slice(line, bytes))
        }
    }
}
