/// Who a quote is attributed to, read from the tokens just before and just after it. Patterns, in order:
/// after the quote `,” said X` / `,” according to X` / `,” X said`; before it `X said: “` / `X told Reuters: “`
/// / `According to X, “` / `X: “`. The speaker is the phrase as written, at most `maximumWords` words.
/// Each returns the speaker phrase's byte range within the tokenized context.
enum Attribution {
    static let maximumWords = 8
    /// How many words may stand between the verb and a closing colon before the quote ("told the BBC on Monday:").
    static let maximumWordsAfterVerb = 5

    /// Tokens after a closing mark. `punctuation`: the last character inside the marks. An attribution
    /// after a quote needs `,” ? ! …` inside or a comma after (`“Responsible Statement” website stated` is a
    /// title); a full stop only when a lower-case word follows (`.” Cutting costs takes continued effort`
    /// starts a new sentence).
    static func after(_ tokens: [FactToken], punctuation: UInt8?) -> Range<Int>? {
        var index = 0
        var sawComma = false
        while index < tokens.count, tokens[index].kind == .punctuation || tokens[index].kind == .dash {
            if tokens[index].byte == UInt8(ascii: ",") { sawComma = true }
            guard tokens[index].byte == UInt8(ascii: ",") || tokens[index].kind == .dash else { return nil }
            index += 1
        }
        guard index < tokens.count else { return nil }
        let punctuated = punctuation != nil && (punctuation != UInt8(ascii: ".") || !tokens[index].capitalized)
        guard punctuated || sawComma else { return nil }
        let key = tokens[index].key
        if AttributionLexicon.verbs.contains(key) { return phraseForward(tokens, from: index + 1) }
        if key == AttributionLexicon.according, index + 1 < tokens.count, tokens[index + 1].key == AttributionLexicon.to {
            return phraseForward(tokens, from: index + 2)
        }
        // `,” X said`: a short phrase, then the verb (auxiliaries allowed before it).
        var position = index
        while position < tokens.count, position - index <= maximumWords {
            let token = tokens[position]
            if AttributionLexicon.clauseWords.contains(token.key) { return nil }
            if AttributionLexicon.verbs.contains(token.key), position > index {
                var end = position
                while end > index, AttributionLexicon.auxiliaries.contains(tokens[end - 1].key) { end -= 1 }
                return end > index ? tokens[index].start..<tokens[end - 1].end : nil
            }
            if token.byte == UInt8(ascii: ","), position > index, tokens[position - 1].capitalized,
                hasVerbAfterApposition(tokens, from: position + 1)
            {
                return tokens[index].start..<tokens[position - 1].end  // `,” Dylan Nelson, a fellow at the institute, said`
            }
            guard isPhraseToken(tokens, position) || isQuoteMark(tokens[position]) else { return nil }
            position += 1
        }
        return nil
    }

    /// How many tokens an apposition may run before the verb ("Dylan Nelson, a postdoctoral fellow at the
    /// Max Planck Institute for Astrophysics, said").
    static let maximumAppositionTokens = 16

    /// A verb of saying right after a second comma that closes an apposition, within a few tokens.
    private static func hasVerbAfterApposition(_ tokens: [FactToken], from start: Int) -> Bool {
        var position = start
        while position < tokens.count, position - start < maximumAppositionTokens {
            let token = tokens[position]
            if token.byte == UInt8(ascii: ","), position + 1 < tokens.count {
                var verb = position + 1
                while verb < tokens.count, AttributionLexicon.auxiliaries.contains(tokens[verb].key) { verb += 1 }
                return verb < tokens.count && AttributionLexicon.verbs.contains(tokens[verb].key)
            }
            guard isPhraseToken(tokens, position) || isQuoteMark(token) else { return false }
            position += 1
        }
        return false
    }

    /// Tokens before an opening mark (same sentence).
    static func before(_ tokens: [FactToken]) -> Range<Int>? {
        var end = tokens.count
        var colon = false
        while end > 0, tokens[end - 1].kind == .punctuation || tokens[end - 1].kind == .dash {
            let byte = tokens[end - 1].byte
            guard byte == UInt8(ascii: ",") || byte == UInt8(ascii: ":") || tokens[end - 1].kind == .dash else { return nil }
            if byte == UInt8(ascii: ":") { colon = true }
            end -= 1
        }
        if end > 0, tokens[end - 1].key == AttributionLexicon.that { end -= 1 }
        guard end > 0 else { return nil }
        // `X said: “` or `X told Reuters on Monday: “`: the last verb, followed only by a few words.
        var position = end - 1
        while position >= 0, end - 1 - position <= maximumWordsAfterVerb {
            let token = tokens[position]
            if AttributionLexicon.verbs.contains(token.key) {
                // Words after the verb need a colon or comma before the quote, or a "that" right after the verb
                // (`the group added that WeWork “is not following …”`): `X said the deal was “historic”` is a
                // scare quote, not an attribution.
                let thatFollows = position + 1 < end && tokens[position + 1].key == AttributionLexicon.that
                    && !AttributionLexicon.nounLikeVerbs.contains(token.key)
                guard position == end - 1 || end < tokens.count || thatFollows else { break }
                if let phrase = phraseBackward(tokens, before: position) {
                    return startsLikeASpeaker(tokens, phrase) ? phrase : nil
                }
                return apposedName(tokens, before: position)
            }
            if token.key == AttributionLexicon.to, position > 0, tokens[position - 1].key == AttributionLexicon.according {
                return position + 1 < end ? tokens[position + 1].start..<tokens[end - 1].end : nil
            }
            guard isPhraseToken(tokens, position) else { break }
            position -= 1
        }
        // `According to the man, the steroids “had …”`: "according to" earlier in the clause.
        if let according = tokens.lastIndex(where: { $0.key == AttributionLexicon.according }), according + 2 < end,
            tokens[according + 1].key == AttributionLexicon.to, let phrase = phraseForward(tokens, from: according + 2)
        {
            return phrase
        }
        // `Putin: “`: a short capitalised name and a colon.
        if colon, let phrase = phraseBackward(tokens, before: end), phrase.count > 0 {
            let first = tokens.firstIndex { $0.start == phrase.lowerBound } ?? 0
            let names = tokens[first..<end].filter { $0.kind == .word }
            if names.count <= 4, names.allSatisfy({ $0.capitalized }) { return phrase }
        }
        return nil
    }

    /// The last speaker named around a verb of saying in `tokens`: "Putin said",
    /// "said Putin", and the apposition "Marco Villa, the company’s chief operating officer, said".
    static func lastNamedSpeaker(in tokens: [FactToken]) -> Range<Int>? {
        var verb = tokens.count - 1
        while verb >= 0 {
            defer { verb -= 1 }
            guard AttributionLexicon.verbs.contains(tokens[verb].key) else { continue }
            if let phrase = phraseBackward(tokens, before: verb), endsWithName(tokens, phrase) { return phrase }
            if let phrase = phraseBackward(tokens, before: verb), let first = tokens.firstIndex(where: { $0.start == phrase.lowerBound }),
                first >= 2, tokens[first - 1].byte == UInt8(ascii: ","),
                let apposed = phraseBackward(tokens, before: first - 1), endsWithName(tokens, apposed)
            {
                return apposed
            }
            if let phrase = phraseForward(tokens, from: verb + 1), endsWithName(tokens, phrase) { return phrase }
        }
        return nil
    }

    /// The phrase's last word is capitalised: names end the phrase ("Russian President Vladimir Putin").
    private static func endsWithName(_ tokens: [FactToken], _ phrase: Range<Int>) -> Bool {
        guard let last = tokens.last(where: { $0.kind == .word && $0.end <= phrase.upperBound && $0.start >= phrase.lowerBound })
        else { return false }
        return last.capitalized && !AttributionLexicon.personalPronouns.contains(last.key)
            && !AttributionLexicon.opaquePronouns.contains(last.key)
            && !AttributionLexicon.anonymousNouns.contains(last.key)
    }

    /// `Steve Menet, Senior Vice President of Sales for Dräger, Inc., says: “`: the verb follows a comma, so
    /// the speaker is the name that opens the clause, before the apposition.
    /// The first comma-separated segment that starts like a speaker and ends with a name wins:
    /// `On Monday, the People’s Daily, the party's mouthpiece, warned that` gives "the People’s Daily".
    private static func apposedName(_ tokens: [FactToken], before verb: Int) -> Range<Int>? {
        var start = verb
        while start > 0, verb - start < 2 * maximumAppositionTokens,
            isPhraseToken(tokens, start - 1) || tokens[start - 1].byte == UInt8(ascii: ",")
        {
            start -= 1
        }
        var segmentStart = start
        for index in start..<verb where tokens[index].byte == UInt8(ascii: ",") {
            defer { segmentStart = index + 1 }
            guard index > segmentStart, tokens[segmentStart].kind == .word else { continue }
            let segment = tokens[segmentStart].start..<tokens[index - 1].end
            if startsLikeASpeaker(tokens, segment), endsWithName(tokens, segment) { return segment }
        }
        return nil
    }

    /// A speaker phrase does not open with a preposition ("of the Inspector General released …", "On Monday").
    private static func startsLikeASpeaker(_ tokens: [FactToken], _ phrase: Range<Int>) -> Bool {
        guard let first = tokens.first(where: { $0.start >= phrase.lowerBound && $0.kind == .word }) else { return false }
        return !AttributionLexicon.prepositions.contains(first.key)
    }

    /// Words from `start` up to punctuation or a phrase break.
    private static func phraseForward(_ tokens: [FactToken], from start: Int) -> Range<Int>? {
        var end = start
        var words = 0
        var capitalized = 0
        while end < tokens.count, words < maximumWords, isPhraseToken(tokens, end) || isQuoteMark(tokens[end]) {
            if tokens[end].kind == .word {
                if AttributionLexicon.phraseBreaks.contains(tokens[end].key), !isInCompound(tokens, end) { break }
                // "Rep. Brian Babin of Texas" ends at the name; "Secretary of State Mike Pompeo" does not.
                if capitalized >= 2, AttributionLexicon.originWords.contains(tokens[end].key) { break }
                if tokens[end].capitalized { capitalized += 1 }
                words += 1
            }
            end += 1
        }
        guard end > start else { return nil }
        return tokens[start].start..<tokens[end - 1].end
    }

    /// Words before `end` back to punctuation or a phrase break, skipping auxiliaries next to the verb.
    private static func phraseBackward(_ tokens: [FactToken], before end: Int) -> Range<Int>? {
        var last = end
        while last > 0, AttributionLexicon.auxiliaries.contains(tokens[last - 1].key) { last -= 1 }
        var start = last
        var words = 0
        while start > 0, words < maximumWords, isPhraseToken(tokens, start - 1) || isQuoteMark(tokens[start - 1]) {
            if tokens[start - 1].kind == .word {
                if AttributionLexicon.phraseBreaks.contains(tokens[start - 1].key), !isInCompound(tokens, start - 1) { break }
                words += 1
            }
            start -= 1
        }
        while start < last, isQuoteMark(tokens[start]) { start += 1 }
        guard start < last else { return nil }
        return tokens[start].start..<tokens[last - 1].end
    }

    /// A word inside a hyphenated compound ("editor-in-chief"): its "in" does not end the phrase.
    private static func isInCompound(_ tokens: [FactToken], _ index: Int) -> Bool {
        let dashAfter = index + 1 < tokens.count && tokens[index + 1].kind == .dash && !tokens[index + 1].spaceBefore
        let dashBefore = index > 0 && tokens[index - 1].kind == .dash && !tokens[index].spaceBefore
        return dashAfter || dashBefore
    }

    /// Words, glued hyphens ("pro-Iranian") and the periods of initials ("U.S.", "J. Smith").
    private static func isPhraseToken(_ tokens: [FactToken], _ index: Int) -> Bool {
        let token = tokens[index]
        switch token.kind {
        case .word, .number: return true  // numbers: "the 14th-ranked Schwartzman", "G7 leaders"
        case .dash: return !token.spaceBefore && token.end - token.start == 1
        case .punctuation:
            guard token.byte == UInt8(ascii: "."), index > 0, !token.spaceBefore else { return false }
            let previous = tokens[index - 1]
            return previous.kind == .word && previous.capitalized
                && (previous.end - previous.start <= 2 || AttributionLexicon.titleAbbreviations.contains(previous.key))
        default: return false
        }
    }

    /// Curly or straight double quote marks inside a speaker ("the American “Responsible Statement” website").
    private static func isQuoteMark(_ token: FactToken) -> Bool {
        token.kind == .punctuation && (token.byte == UInt8(ascii: "\"") || token.byte == 0)
    }
}
