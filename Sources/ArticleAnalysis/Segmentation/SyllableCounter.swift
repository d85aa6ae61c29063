/// English syllables by vowel groups: each run of vowels (y counts after a consonant) is one syllable, a
/// final silent "e" is not (but "-le" after a consonant is), and every word has at least one. The usual
/// heuristic behind Flesch scores; it is within one syllable on about 90 % of English words.
enum SyllableCounter {
    static func count(_ word: Substring) -> Int {
        count(word.utf8.span)
    }

    static func count(_ word: Span<UInt8>) -> Int {
        var syllables = 0, letters = 0
        var previousWasVowel = false
        var last: UInt8 = 0, beforeLast: UInt8 = 0, beforeThat: UInt8 = 0
        for index in word.indices {
            let byte = word[index]
            let lower = byte | 0x20
            guard byte >= 0x80 || (lower >= 0x61 && lower <= 0x7A) else { continue }
            let vowel = isVowel(lower) || (lower == UInt8(ascii: "y") && letters > 0)
            if vowel && !previousWasVowel { syllables += 1 }
            previousWasVowel = vowel
            letters += 1
            (beforeThat, beforeLast, last) = (beforeLast, last, lower)
        }
        guard letters > 0 else { return 0 }
        if letters > 2, last == UInt8(ascii: "e"), !isVowel(beforeLast), beforeLast != UInt8(ascii: "y") {
            // A final silent "e" ("make"), except "-le" after a consonant ("table").
            if !(beforeLast == UInt8(ascii: "l") && letters > 3 && !isVowel(beforeThat)) { syllables -= 1 }
        }
        return max(1, syllables)
    }

    private static func isVowel(_ lower: UInt8) -> Bool {
        lower == 0x61 || lower == 0x65 || lower == 0x69 || lower == 0x6F || lower == 0x75
    }
}
