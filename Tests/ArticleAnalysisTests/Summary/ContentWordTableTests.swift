import Foundation
import Testing

@testable import ArticleAnalysis

/// The summary's words read from the token table must be the words its byte scan found before the table
/// (`reference` below): the summary's scores, and so its choice, depend on every count.
@Suite struct ContentWordTableTests {
    /// Per sentence: the word count, and each content word's stem as its `TokenHash`, in reading order.
    private static func reference(_ text: String) -> (count: Int, stems: [UInt64]) {
        let bytes = Array(text.utf8)
        var count = 0
        var stems: [UInt64] = []
        var word: [UInt8] = []
        var hasDigit = false
        func flush() {
            defer { (word, hasDigit) = ([], false) }
            guard !word.isEmpty else { return }
            count += 1
            guard !hasDigit, word.count >= 3, word.count <= 64, EnglishStopWords.table.id(of: word) < 0 else { return }
            stems.append(TokenHash.of(String(decoding: word.count > 3 && word.last == UInt8(ascii: "s") ? word.dropLast() : word[...], as: UTF8.self)))
        }
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let next = index + 1 < bytes.count ? bytes[index + 1] : 0
            let nextIsWord = index + 1 < bytes.count && (next >= 0x80 || (next | 0x20) &- 0x61 < 26 || next &- 0x30 < 10)
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"): word.append(byte)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): word.append(byte | 0x20)
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                hasDigit = true
                word.append(byte)
            case UInt8(ascii: "-") where !word.isEmpty && nextIsWord: word.append(byte)
            case 0xE2 where next == 0x80 || next == 0x81:
                flush()
                index += 3
                continue
            case 0xC2 where next == 0xA0 || next == 0xAB || next == 0xBB:
                flush()
                index += 2
                continue
            case 0x80...: word.append(byte)
            default: flush()
            }
            index += 1
        }
        flush()
        return (count, stems)
    }

    /// The table's stem numbers, checked against the reference's hashes: the same stem always gets the
    /// same number and different stems different numbers.
    private static func expectSameWords(_ texts: [String]) {
        let words = TokenTable(sentenceTexts: texts).contentWords()
        var hashOf: [Int32: UInt64] = [:]
        var numberOf: [UInt64: Int32] = [:]
        for (index, text) in texts.enumerated() {
            let expected = reference(text)
            #expect(words.wordCounts[index] == expected.count, "\(text)")
            #expect(words.words(ofSentence: index).count == expected.stems.count, "\(text)")
            for (number, hash) in zip(words.words(ofSentence: index), expected.stems) {
                #expect(hashOf[number, default: hash] == hash && numberOf[hash, default: number] == number, "\(text)")
                hashOf[number] = hash
                numberOf[hash] = number
            }
        }
    }

    @Test func oddTextsGiveTheWordsOfTheByteScan() {
        Self.expectSameWords([
            "Iran's U.S.-led talks; doctors' unions don't AT&T 1,000.5 al-Assad’s e-mails cease-fire",
            "abc-—def abc-€ x -y (-5) --z x-5 word-\u{00A0}next €5 5€ 25°C «quoted» “curly” — dash",
            "ÉTÉ À PARIS, \u{212A}elvins, İstanbul, straße, ﬁnes, e\u{301}t\u{E9}, Ὀδυσσεύς",
            "ideographic\u{3000}space thin\u{2009}space tab\there nbsp\u{A0}here line\u{2028}sep",
            "snake_case words_with_underscores and THE Elections were held; elections matter.",
            String(repeating: "verylongword", count: 7) + " shorts is was its",
            "", "…", "'s", "’s own", "a", "news",
        ])
    }

    @Test func seedSentencesGiveTheWordsOfTheByteScan() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: SharedData.root.appendingPathComponent("seeds").path)
        for name in names where name.hasSuffix(".txt") {
            let text = try SharedData.text("seeds/" + name)
            Self.expectSameWords(text.split(whereSeparator: { $0 == "\n" || $0 == "." }).map(String.init))
        }
    }
}
