import Foundation
import Testing

@testable import ArticleAnalysis

/// The fingerprint's words read from the token table must be the words a scan of the whole text finds
/// (`reference` below, the scanner the fingerprint used before the table): the near-duplicate registry on
/// disk holds sketches made that way, and new articles must keep matching them bit for bit.
@Suite struct WordRunHashesTests {
    /// Python's `re.findall(r"\w+", text.lower())`, hashed: scalar by scalar over the text.
    private static func reference(_ text: String) -> [UInt64] {
        var hashes: [UInt64] = []
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var inWord = false
        for scalar in text.unicodeScalars {
            let isWord = scalar.isASCII
                ? (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "_")
                : (scalar.properties.isAlphabetic || scalar.properties.numericType != nil)
            if isWord {
                let lower = scalar.isASCII ? String(Character(scalar)).lowercased() : scalar.properties.lowercaseMapping
                for byte in lower.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
                inWord = true
            } else if inWord {
                hashes.append(Mix64.finalize(hash))
                hash = 0xcbf2_9ce4_8422_2325
                inWord = false
            }
        }
        if inWord { hashes.append(Mix64.finalize(hash)) }
        return hashes
    }

    private static let oddTexts = [
        "The mayor said the review would be published.",
        "THE  Mayor said —\r\n“the review” would be\n\npublished!!",
        "Iran's U.S.-led talks; doctors' unions don't AT&T 1,000.5 al-Assad’s e-mail",
        "snake_case __init__ _x x_ a_b_c 2_000 foo__bar _",
        "ÉTÉ À PARIS, \u{212A}elvin, İstanbul, straße, ﬁne, e\u{301}t\u{E9}, Ὀδυσσεύς, ١٢٣ ²",
        "🙂 emoji🙂mid \u{0}\u{FFFD} tab\there\u{A0}nbsp\u{2009}thin\u{3000}ideographic",
        "'s 's's x's", "", " … — ", "word",
    ]

    @Test func theTableGivesTheWordsOfTheText() {
        for text in Self.oddTexts {
            #expect(TokenTable(sentenceTexts: [text]).wordRunHashes() == Self.reference(text), "\(text)")
        }
    }

    /// Over the segment stage's sentences (offsets into the clean text, words running across sentences
    /// that touch), as the fingerprint stage reads them.
    @Test func theSegmentedTableGivesTheWordsOfTheCleanText() throws {
        var texts = try (0..<5).map { try SharedData.text(try Self.seedName($0)) }
        // Without the NUL: the decode stage refuses such bytes as binary.
        texts.append(Self.oddTexts.joined(separator: "\n\n").replacingOccurrences(of: "\u{0}", with: ""))
        texts.append(String(repeating: "a_b ", count: 1_200) + String(repeating: "x_", count: 1_500) + "end.")
        for text in texts {
            var document = AnalysisDocument(
                article: Article(name: "test.txt", bytes: Array(text.utf8), receivedAt: Date(timeIntervalSince1970: 0)),
                options: AnalysisOptions())
            let stages: [any AnalysisStage] = [DecodeStage(), MediaTypeStage(), ExtractStage(), SegmentStage()]
            for stage in stages { try stage.apply(to: &document) }
            #expect(document.tokenTable.wordRunHashes() == Self.reference(document.cleanText))
        }
    }

    @Test func ignoresCaseSpacingPunctuationAndLineBreaks() {
        #expect(Fingerprint(text: "The mayor said the review would be published.")
            == Fingerprint(text: "THE  Mayor said —\r\n“the review” would be\n\npublished!!"))
        #expect(Fingerprint(text: "doctors' unions don't") == Fingerprint(text: "doctors unions don t"))
        #expect(Fingerprint(text: "ÉTÉ À PARIS") == Fingerprint(text: "été à paris"))
        #expect(Fingerprint(text: "ÉTÉ À PARIS") != Fingerprint(text: "ete a paris"))
        #expect(Fingerprint(text: "harbour wall rebuilt") != Fingerprint(text: "wall harbour rebuilt"))
    }

    @Test func countsOneShinglePerWordWindow() {
        #expect(Fingerprint(text: "one two three four five")?.shingleCount == 3)
        #expect(Fingerprint(text: "one two")?.shingleCount == 1)
        #expect(Fingerprint(text: " … — ") == nil)
    }

    private static func seedName(_ index: Int) throws -> String {
        let names = try FileManager.default.contentsOfDirectory(atPath: SharedData.root.appendingPathComponent("seeds").path)
        return "seeds/" + names.filter { $0.hasSuffix(".txt") }.sorted()[index]
    }
}
