/// Each sentence's words as the summary weighs them: every word counts toward the sentence's length;
/// content words (not stop words, 3 to 64 bytes, no digits) are lower-cased with a final "s" dropped
/// (when longer than three bytes) and numbered densely, the same stem the same number. A word here is a
/// run of letters, digits and non-ASCII bytes, with inner hyphens kept ("cease-fire"); apostrophes,
/// typographic punctuation (U+2000…U+206F) and no-break spaces end it. Stems are told apart by their
/// `TokenHash`, as the lexicon tables tell keys apart.
struct ContentWordTable {
    /// Words in each sentence.
    var wordCounts: [Int] = []
    /// The content words' numbers, sentence after sentence, in reading order, repeats kept: one array for
    /// the article, not one per sentence to allocate and release.
    var words: [Int32] = []
    /// Where each sentence's content words start in `words` (one more entry than sentences).
    var starts: [Int] = [0]
    /// Distinct stems.
    var distinct = 0

    var sentenceCount: Int { wordCounts.count }

    /// One sentence's content words' numbers.
    func words(ofSentence sentence: Int) -> ArraySlice<Int32> { words[starts[sentence]..<starts[sentence + 1]] }
}

extension TokenTable {
    /// The summary's words (`ContentWordTable`) read from the tokens. A word token whose text is its ASCII
    /// key of letters, digits and inner hyphens is one such word (most tokens; its class is worked out once
    /// per lexeme), a one-byte ASCII punctuation token is a separator; any other token goes through the
    /// bytes with the tokens it touches, since there the rules differ (`'` and `.` end a word, non-ASCII
    /// symbols belong to one). A sentence with whitespace that is a word byte here (U+3000, say) is read
    /// byte by byte whole.
    func contentWords() -> ContentWordTable {
        var result = ContentWordTable()
        result.wordCounts.reserveCapacity(sentences.count)
        result.starts.reserveCapacity(sentences.count + 1)
        var reader = ContentWordReader(capacity: vocabulary.count, words: count)
        // Per lexeme: -2 not yet seen, -3 not a simple key, -1 a word that is not a content word, else the
        // stem's number.
        var lexemeClass = [Int32](repeating: -2, count: vocabulary.count)
        for sentence in sentences.indices {
            let tokens = sentences[sentence].tokens
            let textBytes = sentences[sentence].textBytes
            let text = textBytes.span
            let first = firstToken[sentence]
            reader.startSentence()
            if ContentWordReader.hasWordByteGap(tokens, text) {
                reader.read(text, 0..<text.count)
            } else {
                var index = 0
                while index < tokens.count {
                    // The chunk of tokens that touch one another from `index` on, and whether all are simple.
                    var end = index
                    var simple = true
                    repeat {
                        let token = tokens[end]
                        if simple {
                            if token.isWord {
                                if token.isASCII, token.textRange.count == token.keyRange.count {
                                    let lexeme = Int(lexemes[first + end])
                                    if lexemeClass[lexeme] == -2 { lexemeClass[lexeme] = Int32(reader.classify(vocabulary[Int32(lexeme)])) }
                                    simple = lexemeClass[lexeme] != -3
                                } else {
                                    simple = false
                                }
                            } else {
                                simple = ContentWordReader.isSeparator(token.textRange, text)
                            }
                        }
                        end += 1
                    } while end < tokens.count && tokens[end].textRange.lowerBound == tokens[end - 1].textRange.upperBound
                    if simple {
                        for position in index..<end where tokens[position].isWord {
                            reader.add(stem: lexemeClass[Int(lexemes[first + position])])
                        }
                    } else {
                        reader.read(text, tokens[index].textRange.lowerBound..<tokens[end - 1].textRange.upperBound)
                    }
                    index = end
                }
            }
            result.wordCounts.append(reader.sentenceCount)
            result.starts.append(reader.words.count)
        }
        result.words = reader.words
        result.distinct = reader.stems.count
        return result
    }
}

/// Numbers the stems of `ContentWordTable` and collects one sentence's words; reads the bytes of what is
/// not a simple token (the rules of the word scan the summary had before the token table).
private struct ContentWordReader {
    private(set) var stems: KeyedTable<UInt64, Bool>
    private(set) var sentenceCount = 0
    /// The content words' numbers of every sentence read so far.
    private(set) var words: [Int32] = []
    private static let maxWordBytes = 64

    /// A reader for `capacity` distinct keys and about `words` words.
    init(capacity: Int, words: Int) {
        stems = KeyedTable(capacity: max(64, capacity))
        self.words.reserveCapacity(words)
    }

    mutating func startSentence() { sentenceCount = 0 }

    /// Whether a token that is no word is a separator here: one ASCII mark, a no-break space, « or », or a
    /// mark of U+2000…U+207F (dashes, curly quotes). Other symbols ("€", "°") are word bytes here.
    @inline(__always)
    static func isSeparator(_ range: Range<Int>, _ text: Span<UInt8>) -> Bool {
        let lead = text[range.lowerBound]
        switch range.count {
        // A hyphen before a non-ASCII byte joins the word before it to that byte ("abc-—" is "abc-").
        case 1: return lead < 0x80 && (lead != UInt8(ascii: "-") || range.upperBound == text.count || text[range.upperBound] < 0x80)
        case 2: return lead == 0xC2 && (text[range.lowerBound + 1] == 0xA0 || text[range.lowerBound + 1] == 0xAB || text[range.lowerBound + 1] == 0xBB)
        case 3: return lead == 0xE2 && (text[range.lowerBound + 1] == 0x80 || text[range.lowerBound + 1] == 0x81)
        default: return false
        }
    }

    /// A simple word of class `stem` (see `TokenTable.contentWords`).
    @inline(__always)
    mutating func add(stem: Int32) {
        sentenceCount += 1
        if stem >= 0 { words.append(stem) }
    }

    /// The class of a simple lexeme (an ASCII key): -3 when its key is not ASCII letters, digits and
    /// hyphens only. Read from the facts the vocabulary keeps per key.
    mutating func classify(_ lexeme: Vocabulary.Lexeme) -> Int {
        let facts = lexeme.facts
        guard facts.isAlphanumericOrHyphen else { return -3 }
        let length = lexeme.keyRange.count
        guard facts.digits == 0, length >= 3, length <= Self.maxWordBytes, !facts.isStopWord else { return -1 }
        // `singularHash` is the key's without its final "s", 0 when it has none.
        return number(length > 3 && lexeme.singularHash != 0 ? lexeme.singularHash : lexeme.hash)
    }

    private mutating func number(_ stem: UInt64) -> Int {
        let (found, slot) = stems.find(forUpdating: stem)
        return found >= 0 ? found : stems.insert(stem, true, at: slot)
    }

    /// Whether a gap between tokens holds a byte the word scan reads as part of a word: whitespace beyond
    /// ASCII other than the no-break space and U+2000…U+205F.
    static func hasWordByteGap(_ tokens: [WordToken], _ text: Span<UInt8>) -> Bool {
        // Such a byte is not ASCII, and most sentences are ASCII: checked eight bytes at a time first.
        var ascii = text.skippingWords(from: 0) { $0 & 0x8080_8080_8080_8080 == 0 }
        while ascii < text.count, text[ascii] < 0x80 { ascii += 1 }
        if ascii == text.count { return false }
        var previousEnd = 0
        for token in tokens {
            if hasWordByte(text, previousEnd..<token.textRange.lowerBound) { return true }
            previousEnd = token.textRange.upperBound
        }
        return hasWordByte(text, previousEnd..<text.count)
    }

    /// Whether whitespace `text[range]` holds a byte the word scan reads as part of a word.
    @inline(__always)
    private static func hasWordByte(_ text: Span<UInt8>, _ range: Range<Int>) -> Bool {
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = text[index]
            if byte < 0x80 {
                index += 1
            } else if byte == 0xC2, text[index + 1] == 0xA0 {
                index += 2
            } else if byte == 0xE2, text[index + 1] == 0x80 || text[index + 1] == 0x81 {
                index += 3
            } else {
                return true
            }
        }
        return false
    }

    /// Reads the words of `text[range]` byte by byte (the range starts and ends at a word boundary).
    mutating func read(_ text: Span<UInt8>, _ range: Range<Int>) {
        var length = 0
        var hasDigit = false
        var hash: UInt64 = TokenHash.fnvOffset
        var beforeLast = hash
        var last: UInt8 = 0
        func append(_ byte: UInt8) {
            length += 1
            beforeLast = hash
            hash = TokenHash.fnvStep(hash, byte)
            last = byte
        }
        func flush() {
            defer { (length, hasDigit, hash) = (0, false, TokenHash.fnvOffset) }
            guard length > 0 else { return }
            sentenceCount += 1
            guard !hasDigit, length >= 3, length <= Self.maxWordBytes else { return }
            let word = TokenHash.finish(hash)
            guard EnglishStopWords.hashes.index(of: word) == nil else { return }
            words.append(Int32(number(length > 3 && last == UInt8(ascii: "s") ? TokenHash.finish(beforeLast) : word)))
        }
        var index = range.lowerBound
        let end = range.upperBound
        while index < end {
            let byte = text[index]
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"): append(byte)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): append(byte | 0x20)
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                hasDigit = true
                append(byte)
            // The byte after a hyphen may lie past the range, in the gap after the chunk (a no-break space
            // there makes "word-" a word, as in a scan of the whole sentence).
            case UInt8(ascii: "-") where length > 0 && index + 1 < text.count && Self.isWordByte(text[index + 1]):
                append(byte)
            case 0xE2 where index + 1 < end && (text[index + 1] == 0x80 || text[index + 1] == 0x81):
                flush()
                index += 3
                continue
            case 0xC2 where index + 1 < end && (text[index + 1] == 0xA0 || text[index + 1] == 0xAB || text[index + 1] == 0xBB):
                flush()
                index += 2
                continue
            case 0x80...:
                append(byte)
            default:
                flush()
            }
            index += 1
        }
        flush()
    }

    @inline(__always)
    private static func isWordByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
    }
}
