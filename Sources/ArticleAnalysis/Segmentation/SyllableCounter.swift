/// English syllables by vowel groups: each run of vowels (y counts after a consonant) is one syllable, a
/// final silent "e" is not (but "-le" after a consonant is), and every word has at least one. The usual
/// heuristic behind Flesch scores; it is within one syllable on about 90 % of English words.
enum SyllableCounter {
    static func count(_ word: Substring) -> Int {
        let letters = Array(word.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic })
        guard !letters.isEmpty else { return 0 }
        var syllables = 0
        var previousWasVowel = false
        for (index, letter) in letters.enumerated() {
            let vowel = "aeiou".unicodeScalars.contains(letter) || (letter == "y" && index > 0)
            if vowel && !previousWasVowel { syllables += 1 }
            previousWasVowel = vowel
        }
        if letters.count > 2, letters.last == "e", !"aeiouy".unicodeScalars.contains(letters[letters.count - 2]) {
            let consonantBefore = letters[letters.count - 2]
            if !(consonantBefore == "l" && letters.count > 3 && !"aeiouy".unicodeScalars.contains(letters[letters.count - 3])) {
                syllables -= 1
            }
        }
        return max(1, syllables)
    }
}
