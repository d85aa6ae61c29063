/// English syllables by vowel groups: each run of vowels (y counts after a consonant) is one syllable, a
/// final silent "e" is not (but "-le" after a consonant is), and every word has at least one. The usual
/// heuristic behind Flesch scores; it is within one syllable on about 90 % of English words.
enum SyllableCounter {
    /// What a byte is to the count, either case: a consonant (any byte of a non-ASCII letter counts as one),
    /// a vowel, "y", or no letter at all. One table read per byte: the readability stage counts every word
    /// of the article.
    enum LetterClass: UInt8 {
        case none = 0, consonant, vowel, y
    }

    static let letterClasses: [LetterClass] = (0..<256).map { value in
        if value >= 0x80 { return .consonant }
        let lower = UInt8(value) | 0x20
        guard lower >= 0x61, lower <= 0x7A else { return .none }
        if isVowel(lower) { return .vowel }
        return lower == UInt8(ascii: "y") ? .y : .consonant
    }

    static func count(_ word: Substring) -> Int {
        count(word.utf8.span)
    }

    static func count(_ word: Span<UInt8>) -> Int {
        count(word, steps: steps.span, classes: letterClasses.span)
    }

    /// The count as a table-driven automaton: one table read per byte gives the next state and whether a
    /// syllable starts there. A state is the letters seen so far (0…4, 4 standing for four or more: the
    /// silent-"e" rule asks for more than two and more than three) times two, plus whether the last letter
    /// was a vowel; bytes that are no letter leave it as it is. The rule itself is `step`, which builds the
    /// table; per byte this is a load, an add and a shift instead of its branches (the readability stage
    /// counts every word of the article).
    static let steps: [UInt8] = (0..<(stateCount * 256)).map { entry in
        let (next, starts) = step(state: entry >> 8, kind: letterClasses[entry & 0xFF])
        return UInt8(next << 1 | (starts ? 1 : 0))
    }

    private static let stateCount = 10

    /// Each run of vowels is a syllable; "y" is a vowel after a letter.
    private static func step(state: Int, kind: LetterClass) -> (next: Int, startsSyllable: Bool) {
        guard kind != .none else { return (state, false) }
        let letters = state >> 1, previousWasVowel = state & 1 == 1
        let vowel = kind == .vowel || (kind == .y && letters > 0)
        return (min(letters + 1, 4) << 1 | (vowel ? 1 : 0), vowel && !previousWasVowel)
    }

    /// `count(word)` with the tables already at hand (`steps.span`, `letterClasses.span`).
    @inline(__always)
    static func count(_ word: Span<UInt8>, steps: Span<UInt8>, classes: Span<LetterClass>) -> Int {
        var state = 0, syllables = 0
        for index in word.indices {
            let step = Int(steps[state &<< 8 | Int(word[index])])
            syllables &+= step & 1
            state = step &>> 1
        }
        return finish(word, state: state, syllables: syllables, classes: classes)
    }

    /// The count of `word` once the automaton has read all of it (`state`, the syllable starts it saw): the
    /// segmenter's tokenizer runs the automaton in its own pass over a plain word's bytes and ends here.
    @inline(__always)
    static func finish(_ word: Span<UInt8>, state: Int, syllables: Int, classes: Span<LetterClass>) -> Int {
        var syllables = syllables
        let letters = state >> 1
        guard letters > 0 else { return 0 }
        // Most words end in a letter other than "e": only the others are read back for a silent "e".
        if letters > 2, word[word.count - 1] | 0x20 == UInt8(ascii: "e") || classes[Int(word[word.count - 1])] == .none,
            endsWithSilentE(word, classes, letters: letters)
        {
            syllables -= 1
        }
        return max(1, syllables)
    }

    /// A final "e" after a consonant other than "y" ("make"), except "-le" after a consonant ("table") when the
    /// word has more than three letters. Reads the last three letters back from the end.
    private static func endsWithSilentE(_ word: Span<UInt8>, _ classes: Span<LetterClass>, letters: Int) -> Bool {
        var found: (last: UInt8, beforeLast: UInt8, beforeThat: UInt8) = (0, 0, 0)
        var seen = 0
        var index = word.count
        while seen < 3, index > 0 {
            index -= 1
            let byte = word[index]
            guard classes[Int(byte)] != .none else { continue }
            switch seen {
            case 0: found.last = byte | 0x20
            case 1: found.beforeLast = byte | 0x20
            default: found.beforeThat = byte | 0x20
            }
            seen += 1
        }
        guard found.last == UInt8(ascii: "e"), !isVowel(found.beforeLast), found.beforeLast != UInt8(ascii: "y") else { return false }
        return !(found.beforeLast == UInt8(ascii: "l") && letters > 3 && !isVowel(found.beforeThat))
    }

    private static func isVowel(_ lower: UInt8) -> Bool {
        lower == 0x61 || lower == 0x65 || lower == 0x69 || lower == 0x6F || lower == 0x75
    }
}
