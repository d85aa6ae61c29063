/// A text split the way vaderSentiment 3.3.2 splits it: at Unicode whitespace (Python's `str.split()`), each
/// piece stripped of leading and trailing ASCII punctuation unless that leaves two characters or fewer
/// (so ":)" and ":D" survive). Each token is looked up, lowercased, in the VADER lexicon once.
///
/// `append(_:lexicon:)` reads a text's bytes here, the one definition of those rules; a document's tokens
/// come from its token table (`VaderTableReader`), which hands the whitespace pieces it does not read
/// itself to `appendPiece(_:lexicon:)`.
struct VaderTokens: Equatable {
    /// One token: what the rules read of it, kept together so a token is one append and one load.
    struct Token: Equatable {
        /// Lexicon id of the lowercased token; -1 when unknown.
        var id: Int32
        /// Python's `str.isupper()` of the token: it has cased letters and none of them is lower or title case.
        var isUpper: Bool
        /// The token is a negation word or contains "n't".
        var isNegated: Bool
        /// The lexicon's traits of `id` (none when unknown), carried so the rules need not look them up.
        var traits: VaderLexicon.Traits
    }
    private(set) var tokens: [Token] = []
    /// How many "!" and "?" the text holds, for punctuation emphasis.
    var exclamations = 0
    var questions = 0
    /// Tokens with at least one letter (or any non-ASCII character): the words the per-100-words rates divide by.
    var wordCount = 0

    var count: Int { tokens.count }

    @inline(__always) func id(_ index: Int) -> Int32 { tokens[index].id }
    @inline(__always) func isUpper(_ index: Int) -> Bool { tokens[index].isUpper }
    @inline(__always) func isNegated(_ index: Int) -> Bool { tokens[index].isNegated }
    @inline(__always) func traits(_ index: Int) -> VaderLexicon.Traits { tokens[index].traits }

    /// The texts appended one by one (a document's sentences): their token ranges and punctuation counts.
    var spans: [Range<Int>] = []
    var spanExclamations: [Int] = []
    var spanQuestions: [Int] = []
    /// Where the text being appended started: its first token and the punctuation counts before it.
    private var textStart = (token: 0, exclamations: 0, questions: 0)

    init(reservingBytes bytes: Int = 0) {
        tokens.reserveCapacity(bytes / 5)
    }

    static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.tokens == rhs.tokens && lhs.exclamations == rhs.exclamations && lhs.questions == rhs.questions && lhs.wordCount == rhs.wordCount
            && lhs.spans == rhs.spans && lhs.spanExclamations == rhs.spanExclamations
            && lhs.spanQuestions == rhs.spanQuestions
    }

    /// Tokenizes `text` after the tokens already held, as if the texts were one separated by a space,
    /// and remembers its span (so a document is tokenized once, sentence by sentence).
    mutating func append(_ text: String, lexicon: VaderLexicon = .shared) {
        startText()
        var text = Self.replacingEmoji(in: text, lexicon: lexicon)
        text.makeContiguousUTF8()
        tokenize(text.utf8.span, lexicon: lexicon)
        finishText()
    }

    /// Makes room for the spans of `count` texts (a document's sentences), so they are not regrown.
    mutating func reserveTexts(_ count: Int) {
        spans.reserveCapacity(count)
        spanExclamations.reserveCapacity(count)
        spanQuestions.reserveCapacity(count)
    }

    /// Marks the start of a text whose tokens are appended next.
    mutating func startText() { textStart = (tokens.count, exclamations, questions) }

    /// Closes the text begun by `startText`: its span and punctuation counts.
    mutating func finishText() {
        spans.append(textStart.token..<tokens.count)
        spanExclamations.append(exclamations - textStart.exclamations)
        spanQuestions.append(questions - textStart.questions)
    }

    /// Tokenizes one whitespace-delimited piece of a text (or several, when whitespace the caller does not
    /// split at lies inside), emoji replaced as `append` does: a piece read on its own gives the tokens
    /// it gives inside its text, since emoji descriptions and stripping never reach across whitespace.
    mutating func appendPiece(_ bytes: ArraySlice<UInt8>, lexicon: VaderLexicon) {
        if Self.containsEmoji(bytes.span, lexicon: lexicon) {
            var text = Self.replacingEmoji(in: String(decoding: bytes, as: UTF8.self), lexicon: lexicon)
            text.makeContiguousUTF8()
            tokenize(text.utf8.span, lexicon: lexicon)
        } else {
            tokenize(bytes.span, lexicon: lexicon)
        }
    }

    /// Appends a token whose lexicon facts the caller knows (a word read from the token table).
    @inline(__always)
    mutating func appendWord(id: Int32, isUpper upper: Bool, isNegated negated: Bool, traits: VaderLexicon.Traits, isWord: Bool) {
        tokens.append(Token(id: id, isUpper: upper, isNegated: negated, traits: traits))
        if isWord { wordCount += 1 }
    }

    /// Appends tokens whose facts the caller knows (words read from the token table), at most `room` of
    /// them, written by `write` straight into reserved room; `write` returns how many count as words.
    @inline(__always)
    mutating func appendWords(room: Int, _ write: (inout OutputSpan<Token>) -> Int) {
        // Geometric growth when the room runs short (emoji descriptions add tokens the table does not have).
        if tokens.capacity - tokens.count < room { tokens.reserveCapacity(max(tokens.count * 2, tokens.count + room)) }
        var words = 0
        tokens.append(addingCapacity: room) { output in words = write(&output) }
        wordCount += words
    }

    /// Counts "!" and "?" stripped off a word the caller appended with `appendWord`.
    @inline(__always)
    mutating func countPunctuation(exclamations: Int, questions: Int) {
        self.exclamations += exclamations
        self.questions += questions
    }

    /// What the tokenizer learns of a token's bytes while it looks for the token's end. Letters, apostrophes
    /// and non-ASCII bytes are never stripped as punctuation, so these hold for the stripped token too.
    private struct TokenShape {
        var hasUpper = false
        var hasLower = false
        var hasApostrophe = false
        var ascii = true
        /// Besides ASCII, only U+2000…U+203F (E2 80 xx: typographic quotes, dashes, ellipsis): none of them
        /// is cased, so lowercasing and `isupper` read the ASCII letters alone.
        var asciiAndPunctuation = true
    }

    private mutating func tokenize(_ bytes: Span<UInt8>, lexicon: VaderLexicon) {
        var index = 0
        let end = bytes.count
        while index < end {
            let whitespace = Self.whitespaceLength(bytes, at: index)
            if whitespace > 0 { index += whitespace; continue }
            let start = index
            var shape = TokenShape()
            while index < end {
                let byte = bytes[index]
                if byte &- UInt8(ascii: "a") < 26 {  // most bytes: a lowercase letter
                    shape.hasLower = true
                    index &+= 1
                    continue
                }
                if byte < 0x80 {
                    if (byte >= 0x09 && byte <= 0x0D) || (byte >= 0x1C && byte <= 0x20) { break }
                    switch byte {
                    case UInt8(ascii: "a")...UInt8(ascii: "z"): shape.hasLower = true
                    case UInt8(ascii: "A")...UInt8(ascii: "Z"): shape.hasUpper = true
                    case UInt8(ascii: "!"): exclamations += 1
                    case UInt8(ascii: "?"): questions += 1
                    case UInt8(ascii: "'"): shape.hasApostrophe = true
                    default: break
                    }
                    index &+= 1
                    continue
                }
                if Self.whitespaceLength(bytes, at: index) > 0 { break }
                shape.ascii = false
                // A continuation byte is never whitespace, "!" or "?": skip a whole E2 80 xx.
                if byte == 0xE2, index + 2 < end, bytes[index + 1] == 0x80, bytes[index + 2] & 0xC0 == 0x80 {
                    index &+= 3
                    continue
                }
                shape.asciiAndPunctuation = false
                index &+= 1
            }
            var first = start
            var last = index
            while first < last, Self.isASCIIPunctuation(bytes[first]) { first += 1 }
            while last > first, Self.isASCIIPunctuation(bytes[last - 1]) { last -= 1 }
            if first != start || last != index, Self.codePointCount(bytes, first, last) <= 2 { (first, last) = (start, index) }
            appendToken(bytes.extracting(first..<last), shape, lexicon: lexicon)
        }
    }

    private mutating func appendToken(_ token: Span<UInt8>, _ shape: TokenShape, lexicon: VaderLexicon) {
        let id: Int32
        let negated: Bool
        let upper: Bool
        if shape.asciiAndPunctuation {
            (id, negated) = Self.lookUp(token, lexicon: lexicon, foldingASCIICase: true, mayHaveApostrophe: shape.hasApostrophe)
            upper = shape.hasUpper && !shape.hasLower
            if shape.hasUpper || shape.hasLower || !shape.ascii { wordCount += 1 }
        } else {
            let word = String(decodingUTF8: token)
            let lower = Array(word.lowercased().utf8)
            (id, negated) = Self.lookUp(lower.span, lexicon: lexicon, foldingASCIICase: false, mayHaveApostrophe: true)
            upper = Self.pythonIsUpper(word)
            wordCount += 1
        }
        tokens.append(Token(id: id, isUpper: upper, isNegated: negated, traits: id >= 0 ? lexicon.traits[Int(id)] : []))
    }

    /// The lexicon id of the lowercased token and whether it negates. With `foldingASCIICase` the token is
    /// ASCII and read lowercased as it is looked up (no lowercased copy is made). Without an apostrophe
    /// the token cannot hold "n't".
    @inline(__always)
    static func lookUp(
        _ token: Span<UInt8>, lexicon: VaderLexicon, foldingASCIICase folds: Bool, mayHaveApostrophe: Bool
    ) -> (Int32, Bool) {
        let id = folds ? lexicon.words.id(ofASCIILowercased: token) : lexicon.words.id(of: token)
        return (id, negates(token, id: id, lexicon: lexicon, foldingASCIICase: folds, mayHaveApostrophe: mayHaveApostrophe))
    }

    /// Whether the token whose lexicon id is `id` negates: a negation word, or one that holds "n't".
    @inline(__always)
    static func negates(
        _ token: Span<UInt8>, id: Int32, lexicon: VaderLexicon, foldingASCIICase folds: Bool, mayHaveApostrophe: Bool
    ) -> Bool {
        if id >= 0, lexicon.isNegation[Int(id)] { return true }
        guard mayHaveApostrophe else { return false }
        var offset = 0
        while offset + 2 < token.count {
            if token[offset + 1] == UInt8(ascii: "'"), token[offset] | (folds ? 0x20 : 0) == UInt8(ascii: "n"),
                token[offset + 2] | (folds ? 0x20 : 0) == UInt8(ascii: "t")
            {
                return true
            }
            offset += 1
        }
        return false
    }

    static func pythonIsUpper(_ word: String) -> Bool {
        var cased = false
        for scalar in word.unicodeScalars {
            let properties = scalar.properties
            if properties.isLowercase || properties.generalCategory == .titlecaseLetter { return false }
            if properties.isUppercase { cased = true }
        }
        return cased
    }

    /// `string.punctuation`: the 32 ASCII punctuation characters.
    @inline(__always)
    static func isASCIIPunctuation(_ byte: UInt8) -> Bool {
        (byte >= 0x21 && byte <= 0x2F) || (byte >= 0x3A && byte <= 0x40) || (byte >= 0x5B && byte <= 0x60)
            || (byte >= 0x7B && byte <= 0x7E)
    }

    private static func codePointCount(_ bytes: Span<UInt8>, _ start: Int, _ end: Int) -> Int {
        var count = 0
        for index in start..<end where bytes[index] & 0xC0 != 0x80 { count += 1 }
        return count
    }

    /// The byte length of the whitespace character at `index` as Python's `str.split()` sees it, or 0.
    @inline(__always)
    static func whitespaceLength(_ bytes: Span<UInt8>, at index: Int) -> Int {
        let byte = bytes[index]
        if byte < 0x80 { return (byte >= 0x09 && byte <= 0x0D) || (byte >= 0x1C && byte <= 0x20) ? 1 : 0 }
        let remaining = bytes.count - index
        switch byte {
        case 0xC2 where remaining >= 2: return bytes[index + 1] == 0x85 || bytes[index + 1] == 0xA0 ? 2 : 0
        case 0xE1 where remaining >= 3: return bytes[index + 1] == 0x9A && bytes[index + 2] == 0x80 ? 3 : 0
        case 0xE2 where remaining >= 3:
            let (second, third) = (bytes[index + 1], bytes[index + 2])
            if second == 0x80, third <= 0x8A || third == 0xA8 || third == 0xA9 || third == 0xAF, third >= 0x80 { return 3 }
            return second == 0x81 && third == 0x9F ? 3 : 0
        case 0xE3 where remaining >= 3: return bytes[index + 1] == 0x80 && bytes[index + 2] == 0x80 ? 3 : 0
        default: return 0
        }
    }

    /// vaderSentiment replaces each emoji code point with its description, spaced from a preceding non-space.
    static func replacingEmoji(in text: String, lexicon: VaderLexicon) -> String {
        var text = text
        text.makeContiguousUTF8()
        guard containsEmoji(text.utf8.span, lexicon: lexicon) else { return text }
        var output = String.UnicodeScalarView()
        var previousWasSpace = true
        for scalar in text.unicodeScalars {
            if let description = lexicon.emoji[scalar.value] {
                if !previousWasSpace { output.append(" ") }
                output.append(contentsOf: description.unicodeScalars)
                previousWasSpace = false
            } else {
                output.append(scalar)
                previousWasSpace = scalar == " "
            }
        }
        return String(output)
    }

    /// Whether any code point of `bytes` is an emoji of the lexicon, decoding only the non-ASCII ones (every
    /// emoji key starts with byte C2, E2, E3 or F0).
    private static func containsEmoji(_ bytes: Span<UInt8>, lexicon: VaderLexicon) -> Bool {
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            if lead < 0x80 { index &+= 1; continue }
            let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
            if lead == 0xC2 || lead == 0xE2 || lead == 0xE3 || lead == 0xF0, index + length <= bytes.count {
                var value = UInt32(lead) & (0xFF >> (length + 1))
                for offset in 1..<length { value = (value << 6) | (UInt32(bytes[index + offset]) & 0x3F) }
                if lexicon.isEmoji(value) { return true }
            }
            index += length
        }
        return false
    }
}
