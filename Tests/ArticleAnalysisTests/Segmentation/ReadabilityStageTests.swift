@testable import ArticleAnalysis
import Testing

@Suite struct ReadabilityStageTests {
    @Test func englishGetsFleschAndReadingTime() throws {
        let text = "A headline for it\n\nThe cat sat on the mat. The dog ran to the park and back again. It was a fine day for a walk in the sun with friends."
        let readability = try #require(try AnalysisFixtures.document(text).sections.readability).json
        #expect(readability["sentences"] == .int(3))
        #expect(readability["paragraphs"] == .int(1))
        guard case let .double(ease)? = readability["fleschReadingEase"] else { Issue.record("no Flesch score"); return }
        #expect(ease > 80)  // short sentences of one-syllable words read very easily
        #expect(readability["readingTimeMinutes"] != nil)
    }

    @Test(arguments: [("cat", 1), ("table", 2), ("make", 1), ("reading", 2), ("university", 5), ("the", 1), ("syllable", 3)])
    func countsSyllables(word: String, syllables: Int) {
        #expect(SyllableCounter.count(word[...]) == syllables)
    }

    /// The counting automaton against the rule written out per letter, on every word of up to four bytes
    /// from letters that exercise each branch (vowels, "y", silent "e", "-le", a consonant, a mark, a
    /// non-ASCII byte), both cases.
    @Test func automatonCountsAsTheRuleSays() {
        let alphabet: [UInt8] = Array("aeyltEYL'".utf8) + [0xC3]
        var words: [[UInt8]] = [[]]
        for _ in 0..<4 { words += words.filter { $0.count == words.last!.count }.flatMap { word in alphabet.map { word + [$0] } } }
        #expect(words.count > 10_000)
        for word in words {
            #expect(SyllableCounter.count(word.span) == Self.ruleCount(word), "\(word)")
        }
    }

    /// Vowel groups ("y" a vowel after a letter), a final silent "e" after a consonant other than "y" in a
    /// word of three letters or more, unless "-le" after a consonant in a word of more than three; at least one.
    private static func ruleCount(_ word: [UInt8]) -> Int {
        let letters = word.filter { $0 >= 0x80 || ($0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x7A) }.map { $0 < 0x80 ? $0 | 0x20 : $0 }
        guard !letters.isEmpty else { return 0 }
        let vowels: Set<UInt8> = Set("aeiou".utf8)
        var syllables = 0
        var previousWasVowel = false
        for (position, letter) in letters.enumerated() {
            let vowel = vowels.contains(letter) || (letter == UInt8(ascii: "y") && position > 0)
            if vowel && !previousWasVowel { syllables += 1 }
            previousWasVowel = vowel
        }
        let count = letters.count
        if count > 2, letters[count - 1] == UInt8(ascii: "e"), !vowels.contains(letters[count - 2]), letters[count - 2] != UInt8(ascii: "y"),
            !(letters[count - 2] == UInt8(ascii: "l") && count > 3 && !vowels.contains(letters[count - 3]))
        {
            syllables -= 1
        }
        return max(1, syllables)
    }
}
