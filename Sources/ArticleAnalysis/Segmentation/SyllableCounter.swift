/// English syllables by vowel groups: each run of vowels (y counts after a consonant) is one syllable, a
/// final silent "e" is not (but "-le" after a consonant is), and every word has at least one. The usual
/// heuristic behind Flesch scores; it is within one syllable on about 90 % of English words.
enum SyllableCounter {
    static func count(_ word: Substring) -> Int {
        var word = word
        return word.withUTF8 { count($0) }
    }

    /// The loop only counts vowel groups; the last three letters, for the silent-"e" rule, are found from the
    /// end afterwards (rotating them through the loop cost half its instructions in callgrind).
    static func count(_ word: UnsafeBufferPointer<UInt8>) -> Int {
        var syllables = 0, letters = 0
        var previousWasVowel = false
        for byte in word {
            let lower = byte | 0x20
            guard isLetter(byte) else { continue }
            let vowel = isVowel(lower) || (lower == UInt8(ascii: "y") && letters > 0)
            if vowel && !previousWasVowel { syllables += 1 }
            previousWasVowel = vowel
            letters += 1
        }
        guard letters > 0 else { return 0 }
        if letters > 2 {
            var last: UInt8 = 0, beforeLast: UInt8 = 0, beforeThat: UInt8 = 0
            var found = 0
            var index = word.count - 1
            while found < 3, index >= 0 {
                if isLetter(word[index]) {
                    switch found {
                    case 0: last = word[index] | 0x20
                    case 1: beforeLast = word[index] | 0x20
                    default: beforeThat = word[index] | 0x20
                    }
                    found += 1
                }
                index -= 1
            }
            if last == UInt8(ascii: "e"), !isVowel(beforeLast), beforeLast != UInt8(ascii: "y") {
                // A final silent "e" ("make"), except "-le" after a consonant ("table").
                if !(beforeLast == UInt8(ascii: "l") && letters > 3 && !isVowel(beforeThat)) { syllables -= 1 }
            }
        }
        return max(1, syllables)
    }

    /// An ASCII letter or any byte of a non-ASCII character.
    private static func isLetter(_ byte: UInt8) -> Bool {
        let lower = byte | 0x20
        return byte >= 0x80 || (lower >= 0x61 && lower <= 0x7A)
    }

    /// a, e, i, o or u, by one bit test: bits 0, 4, 8, 14 and 20 are the vowels' distances from "a".
    private static func isVowel(_ lower: UInt8) -> Bool {
        let offset = lower &- 0x61
        return offset < 26 && (0x10_4111 as UInt32) >> UInt32(offset) & 1 == 1
    }
}
