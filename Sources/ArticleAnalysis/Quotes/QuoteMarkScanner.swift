/// Pairs quotation marks in a paragraph in one pass over its bytes: straight `"`, curly “ ” and « »
/// (curly ones nest), and single ‘ ’ or `'` when no double quote is open. A single closing mark must not be followed by a
/// letter, so apostrophes ("Iran’s") never close a quote; unclosed single quotes are dropped.
enum QuoteMarkScanner {
    private enum Mark {
        case straightDouble, openDouble, closeDouble, straightSingle, openSingle, closeSingle
    }

    static func spans(in bytes: Span<UInt8>) -> [QuoteSpan] {
        var spans: [QuoteSpan] = []
        var openDouble: (mark: Int, content: Int, straight: Bool)?
        var nesting = 0  // curly quotes opened inside the open one ("… the satellite “Khayyam”, which …")
        var openSingle: (mark: Int, content: Int)?
        var index = 0
        while index < bytes.count {
            // Eight bytes at a time while none is `"`, `'` or non-ASCII (most of a paragraph).
            index = bytes.skippingWords(from: index, while: hasNoMarkByte)
            guard index < bytes.count else { break }
            // Every mark starts with ", ' or a lead byte of C2 or above: skip all other bytes in one test.
            let lead = bytes[index]
            if lead < 0xC2, lead != UInt8(ascii: "\""), lead != UInt8(ascii: "'") {
                index += 1
                continue
            }
            guard let (mark, length) = mark(in: bytes, at: index) else {
                index += 1
                continue
            }
            let boundaryBefore = isBoundary(before: index, in: bytes)
            let end = index + length
            let wordAfter = end < bytes.count && isWordByte(bytes[end])
            switch mark {
            case .straightDouble, .openDouble, .closeDouble:
                openSingle = nil
                guard let open = openDouble else {
                    if mark != .closeDouble, end < bytes.count, !isSpace(bytes[end]) {
                        openDouble = (index, end, mark == .straightDouble)
                        nesting = 0
                    }
                    break
                }
                // “ written where ” belongs ("the “Resistance Axis“, which"): after a word, before a non-word.
                let closes: Bool
                switch mark {
                case .straightDouble: closes = open.straight
                case .closeDouble: closes = true  // also after a straight opening: "… on whose authority?” said Hill
                default: closes = !open.straight && !boundaryBefore && !wordAfter
                }
                if mark == .openDouble, !closes, !open.straight {
                    nesting += 1
                } else if closes, nesting > 0 {
                    nesting -= 1
                } else if closes {
                    spans.append(QuoteSpan(
                        open: open.mark, contentStart: open.content, contentEnd: index, close: end, isClosed: true))
                    openDouble = nil
                }
            case .straightSingle, .openSingle, .closeSingle:
                guard openDouble == nil else { break }
                if let open = openSingle, mark != .openSingle, !boundaryBefore, !wordAfter {
                    spans.append(QuoteSpan(
                        open: open.mark, contentStart: open.content, contentEnd: index, close: end, isClosed: true))
                    openSingle = nil
                } else if openSingle == nil, mark != .closeSingle, boundaryBefore, wordAfter {
                    openSingle = (index, end)
                }
            }
            index = end
        }
        if let open = openDouble {
            spans.append(QuoteSpan(
                open: open.mark, contentStart: open.content, contentEnd: bytes.count, close: bytes.count,
                isClosed: false))
        }
        return spans
    }

    /// Whether no byte of the little-endian `word` is `"` or `'` or has its high bit set (where every other
    /// mark starts).
    @inline(__always)
    private static func hasNoMarkByte(_ word: UInt64) -> Bool {
        ByteWord.isASCII(word) && !ByteWord.contains(UInt8(ascii: "\""), in: word) && !ByteWord.contains(UInt8(ascii: "'"), in: word)
    }

    private static func mark(in bytes: Span<UInt8>, at index: Int) -> (Mark, Int)? {
        switch bytes[index] {
        case UInt8(ascii: "\""): return (.straightDouble, 1)
        case UInt8(ascii: "'"): return (.straightSingle, 1)
        case 0xE2:
            guard index + 2 < bytes.count, bytes[index + 1] == 0x80 else { return nil }
            switch bytes[index + 2] {
            case 0x9C: return (.openDouble, 3)
            case 0x9D: return (.closeDouble, 3)
            case 0x98: return (.openSingle, 3)
            case 0x99: return (.closeSingle, 3)
            default: return nil
            }
        case 0xC2:
            guard index + 1 < bytes.count else { return nil }
            if bytes[index + 1] == 0xAB { return (.openDouble, 2) }
            if bytes[index + 1] == 0xBB { return (.closeDouble, 2) }
            return nil
        default: return nil
        }
    }

    /// Start of paragraph, a space, an opening bracket, a colon or a dash before the mark.
    private static func isBoundary(before index: Int, in bytes: Span<UInt8>) -> Bool {
        guard index > 0 else { return true }
        let previous = bytes[index - 1]
        if isSpace(previous) || previous == UInt8(ascii: "(") || previous == UInt8(ascii: "[") || previous == UInt8(ascii: ":") {
            return true
        }
        return index >= 3 && bytes[index - 3] == 0xE2 && bytes[index - 2] == 0x80 && (previous == 0x93 || previous == 0x94)
    }

    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0xA0 }

    /// A letter or digit (any non-ASCII lead byte other than punctuation's 0xE2 counts as a letter).
    private static func isWordByte(_ byte: UInt8) -> Bool {
        let folded = byte | 0x20
        return (folded >= UInt8(ascii: "a") && folded <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
            || (byte >= 0xC3 && byte != 0xE2)
    }
}
