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
        count(word, classes: letterClasses.span)
    }

    /// `count(word)` with the class table already at hand (`letterClasses.span`).
    @inline(__always)
    static func count(_ word: Span<UInt8>, classes: Span<LetterClass>) -> Int {
        var syllables = 0, letters = 0
        var previousWasVowel = false
        for index in word.indices {
            let kind = classes[Int(word[index])]
            if kind == .none { continue }
            let vowel = kind == .vowel || (kind == .y && letters > 0)
            if vowel && !previousWasVowel { syllables += 1 }
            previousWasVowel = vowel
            letters += 1
        }
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
