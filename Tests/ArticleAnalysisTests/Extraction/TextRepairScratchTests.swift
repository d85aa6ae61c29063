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
