/// Names in the rows of a results table or standings list ("Liverpool 3 ( Robbie Fowler 12 , 40 ) Leeds 0",
/// "VfB Stuttgart 6 5 1 0 19 4 16"): a name that a score follows is a side, one inside brackets that a minute
/// or a figure follows is a scorer. A side may give its country in brackets before its score when the row
/// holds two such sides and no lower-case word ("Panathinaikos ( Greece ) 78 Real Madrid ( Spain ) 70"), and
/// the names on either hand of a "v" are sides ("Essex 352 v Kent 48-2", "Leicestershire 401-6 v Somerset").
/// Wire copy's sports stories are mostly such rows, and there a town is a club ("Chicago 103 Philadelphia
/// 94") while the dictionaries and the tagger, reading prose, call it a place.
///
/// A side is an organisation unless the recogniser found a country (a national team stays the country, as
/// news NER gold counts it) or a person (a player in a ranking). Rows that open with a figure ("135 Phil
/// Mickelson 67 68", "1. Erik Zabel ( Germany ) Telekom") rank people and are left alone. A name made a
/// side in a row is a side wherever else the article calls it a place.
enum ResultsTableNames {
    static func apply(_ sentences: inout [SentenceEntities]) {
        var sides: Set<String> = []
        for index in sentences.indices where isRow(sentences[index].tokens) {
            markRow(&sentences[index], sentence: index, sides: &sides)
        }
        guard !sides.isEmpty else { return }
        for index in sentences.indices {
            for position in sentences[index].mentions.indices {
                let mention = sentences[index].mentions[position]
                guard mention.kind == .location, sides.contains(mention.surface.lowercased()) else { continue }
                sentences[index].mentions[position] = side(mention, name: mention.surface)
            }
        }
    }

    /// Two figures or more, a capitalised word, and at most four other words (a third of the rest at most).
    static func isRow(_ tokens: WordTokens) -> Bool {
        guard tokens.count <= 80 else { return false }
        var figures = 0, names = 0, lower = 0
        for index in tokens.indices where tokens[index].isWord {
            if isFigure(tokens, index) {
                figures += 1
            } else if tokens[index].isCapitalized {
                names += 1
            } else if !isVersus(tokens, index) {
                lower += 1
                // A fifth lower-case word already rules the row out: prose stops here within a few words.
                if lower > 4 { return false }
            }
        }
        return figures >= 2 && names >= 1 && lower <= 4 && lower * 3 <= names + figures
    }

    /// "v", "vs", "vs.": the sides of a match on either hand.
    @inline(__always)
    private static func isVersus(_ tokens: WordTokens, _ index: Int) -> Bool {
        let token = tokens[index]
        guard token.keyLength <= 3, !token.keyRange.isEmpty, tokens.keyBytes[token.keyRange.lowerBound] == UInt8(ascii: "v") else {
            return false
        }
        return token.keyLength == 1 || tokens.key(index, is: "vs") || tokens.key(index, is: "vs.")
    }

    /// The token after "( Name )" at `index` (one to three capitalised words), or `tokens.count`.
    private static func afterBracketedName(_ tokens: WordTokens, _ index: Int) -> Int {
        guard tokens.key(index, is: "(") else { return tokens.count }
        var close = index + 1
        while close < tokens.count, close - index <= 4, tokens[close].isWord, tokens[close].isCapitalized { close += 1 }
        guard close > index + 1, close < tokens.count, tokens.key(close, is: ")") else { return tokens.count }
        return close + 1
    }

    private static func isFigure(_ tokens: WordTokens, _ index: Int) -> Bool {
        guard index < tokens.count else { return false }
        let range = tokens[index].keyRange
        guard !range.isEmpty else { return false }
        let first = tokens.keyBytes[range.lowerBound]
        return first >= 0x30 && first <= 0x39
    }

    private static func markRow(_ row: inout SentenceEntities, sentence: Int, sides: inout Set<String>) {
        let tokens = row.tokens
        guard let first = tokens.indices.first(where: { tokens[$0].isWord }), !isFigure(tokens, first) else { return }
        // Sides with their country in brackets: a row of names and figures only, with two of them (a match);
        // a row with words in lower case ("beat", "and") or one such name ranks players.
        var bracketedSides = 0
        for index in tokens.indices where !tokens[index].isWord && tokens.key(index, is: "(") {
            if isFigure(tokens, afterBracketedName(tokens, index)) { bracketedSides += 1 }
        }
        let hasBracketedSides = bracketedSides >= 2
            && !tokens.indices.contains { tokens[$0].isWord && !tokens[$0].isCapitalized && !isFigure(tokens, $0) && !isVersus(tokens, $0) }
        var depth = 0, index = 0
        while index < tokens.count {
            if tokens.key(index, is: "(") { depth += 1 }
            if tokens.key(index, is: ")") { depth = max(0, depth - 1) }
            guard tokens[index].isWord, tokens[index].isCapitalized else {
                index += 1
                continue
            }
            var end = index
            while end < tokens.count, tokens[end].isWord, tokens[end].isCapitalized { end += 1 }
            let run = index..<end
            index = end
            // A side is followed by its score, by its country in brackets and then its score ("Panathinaikos
            // ( Greece ) 78"), or stands beside a "v" ("Essex 352 v Kent").
            guard end < tokens.count, isFigure(tokens, end) || (hasBracketedSides && isFigure(tokens, afterBracketedName(tokens, end)))
                || isVersus(tokens, end) || (run.lowerBound > 0 && isVersus(tokens, run.lowerBound - 1))
            else { continue }
            let overlapping = row.mentions.indices.filter { row.mentions[$0].tokens.overlaps(run) }
            // A person or organisation the recogniser found keeps its type, and so does a country named by the
            // whole run (a national side); a town or a capital inside a club's name ("Real Madrid") gives way.
            if overlapping.contains(where: { row.mentions[$0].kind == .person || row.mentions[$0].kind == .organization }) { continue }
            if overlapping.contains(where: { row.mentions[$0].kind == .country && row.mentions[$0].tokens == run }) { continue }
            let surface = EntityRecognizer.surface(tokens, run)
            let kind: EntityKind = depth > 0 ? .person : .organization
            let mention = EntityMention(
                sentence: sentence, tokens: run, surface: surface, kind: kind, name: surface, code: "", country: "", role: nil)
            row.mentions.removeAll { $0.tokens.overlaps(run) }
            let position = row.mentions.firstIndex { $0.tokens.lowerBound > run.lowerBound } ?? row.mentions.endIndex
            row.mentions.insert(mention, at: position)
            if kind == .organization { sides.insert(surface.lowercased()) }
        }
    }

    private static func side(_ mention: EntityMention, name: String) -> EntityMention {
        var side = mention
        (side.kind, side.name, side.code, side.country, side.place) = (.organization, name, "", "", nil)
        return side
    }
}
