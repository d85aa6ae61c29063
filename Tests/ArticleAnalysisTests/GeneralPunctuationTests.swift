@testable import ArticleAnalysis
import Testing

/// The tokenizers answer U+2010–U+2027 without reading Unicode properties: what they assume of those
/// scalars must be what the properties say, or a Unicode update would change tokens silently.
@Suite struct GeneralPunctuationTests {
    @Test func everyScalarInTheRangeIsPunctuationAndNothingElse() throws {
        for value in GeneralPunctuation.range {
            let scalar = try #require(Unicode.Scalar(value))
            let properties = scalar.properties
            #expect(GeneralPunctuation.contains(scalar))
            #expect(!properties.isAlphabetic && properties.numericType == nil && !properties.isWhitespace)
            switch properties.generalCategory {
            case .dashPunctuation, .openPunctuation, .initialPunctuation, .finalPunctuation, .otherPunctuation: break
            default: Issue.record("U+\(String(value, radix: 16)) is \(properties.generalCategory)")
            }
        }
    }

    @Test func scalarsJustOutsideTheRangeAreNotTaken() throws {
        for value: UInt32 in [0x200F, 0x2028, 0x2029, 0x202F, 0x2D, 0x0] {
            #expect(!GeneralPunctuation.contains(try #require(Unicode.Scalar(value))))
        }
    }

    @Test func tokenizersSplitAtCurlyQuotesAndDashes() {
        let tokens = WordTokenizer.tokens(of: "“Peace—now,” he said…")
        #expect(tokens.keys == ["“", "peace", "—", "now", ",", "”", "he", "said", "…"])
        let raw = Tokenizer.tokens(of: Substring("“Peace—now,” he said…"))
        #expect(raw.map(\.kind) == [.punctuation, .word, .punctuation, .word, .punctuation, .punctuation, .word, .word, .punctuation])
    }
}

/// The eight-bytes-at-a-time lowercase copy against the byte-by-byte rule, on every byte value in every
/// position of a word and on lengths that leave a tail.
@Suite struct ASCIILowercaseCopyTests {
    @Test func matchesTheByteRuleForEveryByte() {
        for length in [0, 1, 7, 8, 9, 16, 23] {
            for first in stride(from: 0, to: 256, by: 1) {
                let bytes = (0..<length).map { UInt8(truncatingIfNeeded: first + $0 * 37) }
                var copied = [UInt8](repeating: 0, count: length)
                bytes.withUnsafeBufferPointer { source in
                    copied.withUnsafeMutableBufferPointer { ASCIILowercase.copy(source, to: $0) }
                }
                #expect(copied == bytes.map(ASCIILowercase.folded))
            }
        }
    }
}
