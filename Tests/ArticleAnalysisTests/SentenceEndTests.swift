@testable import ArticleAnalysis
import Testing

/// Closing quotes are skipped when deciding whether a line ends a sentence; other characters whose last
/// UTF-8 byte happens to equal a quote's are not.
@Suite struct SentenceEndTests {
    @Test func closingQuotesAreLookedThrough() {
        #expect(TextUnitReader.endsSentence("He left.”"))
        #expect(TextUnitReader.endsSentence("It was over.’ "))
        #expect(TextUnitReader.endsSentence("Fin.»"))
    }

    @Test func aCharacterEndingInTheSameByteIsNotAQuote() {
        // "ѝ" is D1 9D and "ř" is C5 99: the same last byte as ” (E2 80 9D) and ’ (E2 80 99).
        #expect(!TextUnitReader.endsSentence("Done.xѝ"))
        #expect(!TextUnitReader.endsSentence("a.ř"))
    }
}
