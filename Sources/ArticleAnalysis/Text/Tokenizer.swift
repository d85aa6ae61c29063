/// Splits a paragraph into words, numbers, punctuation and symbols in one pass over its scalars, keeping
/// UTF-8 offsets. Words keep inner apostrophes and hyphens ("don't", "Russian-Iranian"); numbers keep
/// separators ("1,000", "3.5", "40%"); abbreviations and initials keep their full stop ("U.S.", "Dr.", "J."),
/// which is what lets the sentence splitter treat every other full stop as a candidate boundary.
struct Tokenizer {
    struct RawToken {
        var range: Range<Int>
        var kind: Token.Kind
        /// A word ending in an abbreviation's full stop.
        var isAbbreviation = false
        /// The token is ASCII letters and digits only, and `plain` holds its hashes and case flags: the
        /// token table takes it without reading its bytes again.
        var isPlain = false
        /// English syllables of a plain word or number (`SyllableCounter`), counted in the same pass; -1 for
        /// other tokens (the readability stage counts those itself).
        var syllables: Int32 = -1
        var plain = WordTokenizer.PlainWord()
    }

    static func tokens(of text: Substring) -> [RawToken] {
        var tokens: [RawToken] = []
        Self.tokens(of: text, into: &tokens)
        return tokens
    }

    /// `tokens(of:)` into `tokens`, emptied first: the segment stage reuses one array for every paragraph.
    static func tokens(of text: Substring, into tokens: inout [RawToken]) {
        tokens.removeAll(keepingCapacity: true)
        var text = text
        let stepTable = SyllableCounter.steps, classTable = SyllableCounter.letterClasses
        text.withUTF8 { bytes in
            stepTable.withUnsafeBufferPointer { steps in
                let classes = classTable.span
                tokens.reserveCapacity(bytes.count / 5)
                var reader = ScalarReader(bytes: bytes)
                while true {
                    reader.skipASCIISpaces()
                    guard let (scalar, start) = reader.peek() else { break }
                    if isSpace(scalar) { reader.advance(); continue }
                    if isWordScalar(scalar) {
                        let startsWithDigit = scalar.isASCII ? scalar.value >= 0x30 && scalar.value <= 0x39 : scalar.properties.numericType != nil
                        // A word that starts with ASCII letters and digits gets the token table's hashes and its
                        // syllables in the pass that skips them: most words end there.
                        var plain = WordTokenizer.PlainWord()
                        var syllables = (state: 0, starts: 0)
                        let plainEnd: Int
                        if scalar.isASCII {
                            reader.readPlainWord(&plain, syllables: &syllables, steps: steps)
                            plainEnd = reader.offset
                        } else {
                            reader.advance()
                            reader.skipASCIIWordBytes()
                            plainEnd = -1
                        }
                        while let current = reader.peekScalar() {
                            if isWordScalar(current) {
                                reader.advance()
                                reader.skipASCIIWordBytes()
                                continue
                            }
                            // Only a joiner (or a comma in a number) can continue the word: test it before decoding
                            // what follows, so the usual space or punctuation after a word ends it at once.
                            let joins = current == "'" || current == "\u{2019}" || current == "-" || current == "." || current == "\u{00B7}"
                            guard joins || (current == "," && startsWithDigit) else { break }
                            guard let next = reader.peekSecond(), isWordScalar(next) else { break }
                            if joins || next.properties.numericType != nil {
                                reader.advance()
                                reader.advance()
                                continue
                            }
                            break
                        }
                        if startsWithDigit, reader.nextByteIs(UInt8(ascii: "%")) { reader.advance() }
                        var token = RawToken(range: start..<reader.offset, kind: startsWithDigit ? .number : .word)
                        if !startsWithDigit, reader.nextByteIs(UInt8(ascii: ".")), keepsFullStop(bytes[start..<reader.offset]) {
                            reader.advance()
                            token.range = start..<reader.offset
                            token.isAbbreviation = true
                        }
                        if reader.offset == plainEnd {
                            token.isPlain = true
                            token.plain = plain
                            let word = UnsafeBufferPointer(rebasing: bytes[start..<plainEnd]).span
                            token.syllables = Int32(clamping: SyllableCounter.finish(
                                word, state: syllables.state, syllables: syllables.starts, classes: classes))
                        }
                        tokens.append(token)
                        continue
                    }
                    reader.advance()
                    if scalar == "." { while reader.nextByteIs(UInt8(ascii: ".")) { reader.advance() } }
                    let isPunctuation = scalar.isASCII
                        ? isASCIIPunctuation(UInt8(truncatingIfNeeded: scalar.value))
                        : GeneralPunctuation.contains(scalar) || scalar.properties.generalCategory.isPunctuation
                    let kind: Token.Kind = isPunctuation ? .punctuation : .symbol
                    tokens.append(RawToken(range: start..<reader.offset, kind: kind))
                }
            }
        }
    }

    /// Walks UTF-8 bytes scalar by scalar, ASCII without decoding, keeping the byte offset.
    struct ScalarReader {
        let bytes: UnsafeBufferPointer<UInt8>
        private(set) var offset = 0

        init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        func peek() -> (Unicode.Scalar, Int)? {
            guard offset < bytes.count else { return nil }
            return (decode(at: offset).scalar, offset)
        }

        /// The scalar at the offset, ASCII read without decoding.
        @inline(__always)
        func peekScalar() -> Unicode.Scalar? {
            guard offset < bytes.count else { return nil }
            let byte = bytes[offset]
            return byte < 0x80 ? Unicode.Scalar(byte) : decode(at: offset).scalar
        }

        /// Whether the next byte is the ASCII `byte` (a scalar of its own: no other scalar's lead byte is ASCII).
        @inline(__always)
        func nextByteIs(_ byte: UInt8) -> Bool { offset < bytes.count && bytes[offset] == byte }

        func peekSecond() -> Unicode.Scalar? {
            guard offset < bytes.count else { return nil }
            let next = offset + decode(at: offset).length
            return next < bytes.count ? decode(at: next).scalar : nil
        }

        /// Skips ASCII letters and digits, the scalars `isWordScalar` takes that need no decoding: most of a
        /// word goes by in this loop.
        @inline(__always)
        mutating func skipASCIIWordBytes() {
            while offset < bytes.count {
                let byte = bytes[offset]
                guard byte &- 0x30 < 10 || (byte | 0x20) &- 0x61 < 26 else { return }
                offset += 1
            }
        }

        /// `skipASCIIWordBytes` that also feeds each byte to `plain` (the token table's hashes and case
        /// flags) and to the syllable automaton (`SyllableCounter.steps`).
        @inline(__always)
        mutating func readPlainWord(
            _ plain: inout WordTokenizer.PlainWord, syllables: inout (state: Int, starts: Int), steps: UnsafeBufferPointer<UInt8>
        ) {
            while offset < bytes.count {
                let byte = bytes[offset]
                guard plain.add(byte) != nil else { return }
                let step = Int(steps[syllables.state &<< 8 | Int(byte)])
                syllables.starts &+= step & 1
                syllables.state = step &>> 1
                offset += 1
            }
        }

        /// Skips ASCII spaces, tabs and line ends (what `isSpace` takes among ASCII) without decoding.
        @inline(__always)
        mutating func skipASCIISpaces() {
            while offset < bytes.count {
                let byte = bytes[offset]
                guard byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D else { return }
                offset += 1
            }
        }

        @inline(__always)
        mutating func advance() {
            guard offset < bytes.count else { return }
            offset += bytes[offset] < 0x80 ? 1 : decode(at: offset).length
        }

        private func decode(at index: Int) -> (scalar: Unicode.Scalar, length: Int) {
            let lead = bytes[index]
            if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
            let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
            guard index + length <= bytes.count, length > 1 else { return ("\u{FFFD}", 1) }
            var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
            for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
            return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
        }
    }

    /// "U.S", "e.g" (inner stops), a single letter (an initial), or a listed abbreviation.
    private static func keepsFullStop(_ word: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        if word.count == 1 { return ASCIIClass.isLetter(word[word.startIndex]) }
        if word.contains(UInt8(ascii: ".")) { return true }
        guard word.count <= 6 else { return false }
        return abbreviationHashes.contains(word)
    }

    private static let abbreviationHashes = WordHashSet(Abbreviations.words)

    /// Whether an ASCII byte's general category is punctuation (`!"#%&'()*,-./:;?@[\]_{}`; `$+<=>^`|~` are
    /// symbols), as two 64-bit masks: constants, where a table built once was a `swift_once` call per
    /// punctuation token (each read of a `static let` is one on Linux). `TokenizerTests` checks the masks
    /// against the Unicode properties.
    @inline(__always)
    static func isASCIIPunctuation(_ byte: UInt8) -> Bool {
        let mask: UInt64 = byte < 64 ? 0x8C00_F7EE_0000_0000 : 0x2800_0000_B800_0001
        return byte < 128 && mask >> (byte & 63) & 1 != 0
    }

    @inline(__always)
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (value >= 0x30 && value <= 0x39) || (value | 0x20 >= 0x61 && value | 0x20 <= 0x7A)
        }
        if GeneralPunctuation.contains(scalar) { return false }
        let properties = scalar.properties
        return properties.isAlphabetic || properties.numericType != nil || properties.generalCategory.isMark
    }

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\r" || (!scalar.isASCII && !GeneralPunctuation.contains(scalar) && scalar.properties.isWhitespace)
    }
}

private extension Unicode.GeneralCategory {
    var isPunctuation: Bool {
        switch self {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
            .finalPunctuation, .otherPunctuation: true
        default: false
        }
    }
    var isMark: Bool { self == .nonspacingMark || self == .spacingMark || self == .enclosingMark }
}
