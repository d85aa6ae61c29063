@testable import ArticleAnalysis
import Testing

/// The extract stage repairs paragraph after paragraph into one scratch buffer and hands back the paragraph
/// itself when nothing changed: the answers must be the one-call `repair(_:)`'s, whatever came before.
@Suite struct TextRepairScratchTests {
    static let paragraphs = [
        "A clean paragraph of plain words, with commas and a full stop.",
        "  stray\u{A0}\u{A0}spaces\tand\u{200B}zero width  ",
        "short",
        "the Russian -Iranian relations , said al -Assad ?",
        "“He said” it’s “fine” but \"not\" here",
        "Te\u{0301}he\u{0301}ran",
        "",
        " ",
        "ends with a space ",
        "two  spaces inside",
        "A clean paragraph of plain words, with commas and a full stop.",
    ]

    @Test(arguments: [TextRepair.QuoteStyle.keep, .curly, .straight])
    func scratchRepairsMatchOneCallRepairs(style: TextRepair.QuoteStyle) {
        let repair = TextRepair(quotes: style)
        var scratch: [UInt8] = []
        // Twice over, in both orders: a long paragraph's leftovers must not reach a shorter one's answer.
        for paragraph in Self.paragraphs + Self.paragraphs.reversed() {
            #expect(repair.repair(paragraph, scratch: &scratch) == repair.repair(paragraph), "\(paragraph)")
        }
    }

    @Test func cleanTextComesBackAsItIs() {
        var scratch: [UInt8] = []
        for text in ["Plain prose, nothing to mend.", "São Paulo and Zürich’s mayors met on Monday.", "x"] {
            let repaired = TextRepair().repair(text, scratch: &scratch)
            #expect(Array(repaired.utf8) == Array(text.utf8))
        }
    }

    /// The eight-byte test of the copied run agrees with the rule a byte at a time, on every byte value at
    /// every position and the bytes around the word (a fixed xorshift sequence of words besides).
    @Test func wordRunTestMatchesTheByteRule() {
        func byteRule(_ bytes: [UInt8]) -> Bool {  // bytes[0] before the word, bytes[9] after it
            (1...8).allSatisfy { index in
                let byte = bytes[index]
                if byte > 0x20 && byte < 0x7F && byte != 0x22 && byte != 0x27 { return true }
                return byte == 0x20 && TextRepair.isASCIIAlphanumeric(bytes[index + 1]) && bytes[index - 1] != UInt8(ascii: "-")
            }
        }
        func check(_ bytes: [UInt8]) {
            let word = bytes[1...8].reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
            #expect(TextRepair.continuesRun(word, previous: bytes[0], next: bytes[9]) == byteRule(bytes), "\(bytes)")
        }
        let base = Array("-ab 1Z-c d".utf8)
        for position in 0..<10 {
            for value in 0...255 {
                var bytes = base
                bytes[position] = UInt8(value)
                check(bytes)
            }
        }
        let alphabet = Array(" -aZ9\"'.\u{7F}\u{1F}".utf8) + [0xC3]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<20_000 {
            var bytes: [UInt8] = []
            for _ in 0..<10 {
                state ^= state << 13; state ^= state >> 7; state ^= state << 17
                bytes.append(alphabet[Int(state % UInt64(alphabet.count))])
            }
            check(bytes)
        }
    }

    @Test func quoteStyleCountsQuotesAcrossWordBoundaries() {
        // Quotes at every offset of an eight-byte word, curly ones straddling two words.
        for shift in 0..<9 {
            let padding = String(repeating: "x", count: shift)
            let curlyMajority = padding + "“a” ‘b’ “c” and \"d\" then more words after"
            #expect(TextRepair.quoteStyle(of: curlyMajority) == .curly, "\(shift)")
            let straightMajority = padding + "\"a\" 'b' \"c\" and “d” then more words after"
            #expect(TextRepair.quoteStyle(of: straightMajority) == .straight, "\(shift)")
        }
    }
}
