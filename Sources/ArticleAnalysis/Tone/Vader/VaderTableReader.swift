/// Reads VADER's tokens off a document's token table instead of splitting its text again.
///
/// VADER splits at whitespace, so its token is a run of the table's touching tokens. Most runs are one
/// ASCII word with maybe punctuation marks around it that VADER strips ("said,", "(Reuters)"): VADER's
/// token is then the word's key, and its lexicon id, negation and letters are worked out once per lexeme
/// of the article's `Vocabulary`. Every other run (a possessive, a curly quote, an emoji, a short word
/// kept with its punctuation, whitespace the table does not split at) goes to `VaderTokens.appendPiece`,
/// which keeps VADER's rules in one place.
struct VaderTableReader {
    /// What a lexeme's key says as a VADER token, found at its first occurrence.
    private struct LexemeFacts {
        var isRead = false
        var id: Int32 = -1
        var isNegated = false
        /// The key has a letter: the token counts as a word.
        var hasLetter = false
        var traits: VaderLexicon.Traits = []
    }

    private let lexicon: VaderLexicon
    private let vocabulary: Vocabulary
    private var lexemeFacts: [LexemeFacts]

    /// A reader for an article whose keys `vocabulary` holds. The facts of every ASCII key are read up
    /// front, its lexicon id among them: looked up all at once (`ByteKeyTable.ids(ofKeysAt:in:)`), the
    /// cache misses in the lexicon overlap, where one look-up at each first occurrence waited for its own.
    init(vocabulary: Vocabulary, lexicon: VaderLexicon) {
        self.lexicon = lexicon
        self.vocabulary = vocabulary
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(vocabulary.count)
        for lexeme in 0..<vocabulary.count {
            let entry = vocabulary[Int32(lexeme)]
            ranges.append(entry.facts.isASCII ? entry.keyRange : 0..<0)
        }
        let keys = vocabulary.keyBytes
        let ids = lexicon.words.ids(ofKeysAt: ranges, in: keys)
        let keyBytes = keys.span
        lexemeFacts = []
        lexemeFacts.reserveCapacity(vocabulary.count)
        for lexeme in 0..<vocabulary.count {
            let entry = vocabulary[Int32(lexeme)]
            guard !ranges[lexeme].isEmpty else {
                lexemeFacts.append(LexemeFacts())
                continue
            }
            // A key of letters, digits and hyphens holds no "n't".
            let isNegated = VaderTokens.negates(
                keyBytes.extracting(ranges[lexeme]), id: ids[lexeme], lexicon: lexicon, foldingASCIICase: false,
                mayHaveApostrophe: !entry.facts.isAlphanumericOrHyphen)
            lexemeFacts.append(
                LexemeFacts(
                    isRead: true, id: ids[lexeme], isNegated: isNegated, hasLetter: entry.facts.letters > 0,
                    traits: ids[lexeme] >= 0 ? lexicon.traits[Int(ids[lexeme])] : []))
        }
    }

    /// VADER's tokens of every sentence of `table`, one span per sentence.
    static func tokens(of table: TokenTable, lexicon: VaderLexicon) -> VaderTokens {
        var reader = VaderTableReader(vocabulary: table.vocabulary, lexicon: lexicon)
        var tokens = VaderTokens(reservingBytes: table.count * 5)
        tokens.reserveTexts(table.sentences.count)
        for (index, sentence) in table.sentences.enumerated() {
            tokens.startText()
            reader.read(sentence, lexemes: table.lexemes(ofSentence: index), into: &tokens)
            tokens.finishText()
        }
        return tokens
    }

    /// Appends the VADER tokens of one sentence (`lexemes`: its tokens' lexeme ids).
    mutating func read(_ sentence: WordTokens, lexemes: ArraySlice<Int32>, into tokens: inout VaderTokens) {
        let words = sentence.tokens
        var start = 0
        while start < words.count {
            if isPlainWord(sentence, start) {
                // A run of plain words is written straight into the room reserved for the sentence's tokens
                // (each of them is at least one of the table's): no uniqueness check per word.
                tokens.appendWords(room: words.count - start) { output in
                    var letterWords = 0
                    repeat {
                        let facts = self.facts(Int(lexemes[lexemes.startIndex + start]), sentence, start)
                        output.append(
                            VaderTokens.Token(
                                id: facts.id, isUpper: sentence.isASCIIUppercase(start), isNegated: facts.isNegated,
                                traits: facts.traits))
                        if facts.hasLetter { letterWords += 1 }
                        start += 1
                    } while start < words.count && isPlainWord(sentence, start)
                    return letterWords
                }
                continue
            }
            let end = sentence.touchingRunEnd(from: start)
            if !readWord(sentence, lexemes, start..<end, into: &tokens) {
                tokens.appendPiece(sentence.textBytes[sentence.textRange(of: start..<end)], lexicon: lexicon)
            }
            start = end
        }
    }

    /// Most runs: one ASCII word touching no other token, its text its key but for case, and no final "."
    /// (VADER strips that off the word itself).
    @inline(__always)
    private func isPlainWord(_ sentence: WordTokens, _ index: Int) -> Bool {
        let token = sentence.tokens[index]
        return token.isWord && token.isASCII && token.textRange.count == token.keyRange.count
            && (index + 1 == sentence.tokens.count || sentence.tokens[index + 1].textRange.lowerBound != token.textRange.upperBound)
            && sentence.keyBytes[token.keyRange.upperBound - 1] != UInt8(ascii: ".")
    }

    /// Appends the run as one word when it is an ASCII word VADER reads by its key, with only ASCII
    /// punctuation marks before and after it; false (nothing appended) otherwise.
    @inline(__always)
    private mutating func readWord(
        _ sentence: WordTokens, _ lexemes: ArraySlice<Int32>, _ run: Range<Int>, into tokens: inout VaderTokens
    ) -> Bool {
        var word = -1
        var exclamations = 0
        var questions = 0
        for index in run {
            if sentence[index].isWord {
                guard word < 0 else { return false }
                word = index
                continue
            }
            guard let byte = sentence.singleTextByte(index), VaderTokens.isASCIIPunctuation(byte) else { return false }
            if byte == UInt8(ascii: "!") { exclamations += 1 } else if byte == UInt8(ascii: "?") { questions += 1 }
        }
        guard word >= 0, sentence.isASCIIText(word) else { return false }
        let token = sentence[word]
        // A final "." ("U.S.") is stripped off the word itself; a word of two characters or fewer keeps
        // the punctuation stripped around it.
        guard sentence.keyBytes[token.keyRange.upperBound - 1] != UInt8(ascii: ".") else { return false }
        if run.count > 1, token.keyLength <= 2 { return false }
        let facts = self.facts(Int(lexemes[lexemes.startIndex + word]), sentence, word)
        tokens.appendWord(
            id: facts.id, isUpper: sentence.isASCIIUppercase(word), isNegated: facts.isNegated, traits: facts.traits,
            isWord: facts.hasLetter)
        tokens.countPunctuation(exclamations: exclamations, questions: questions)
        return true
    }

    @inline(__always)
    private mutating func facts(_ lexeme: Int, _ sentence: WordTokens, _ index: Int) -> LexemeFacts {
        let known = lexemeFacts[lexeme]
        if known.isRead { return known }
        let key = sentence.keyBytes[sentence[index].keyRange]
        let (id, isNegated) = VaderTokens.lookUp(key.span, lexicon: lexicon, foldingASCIICase: false, mayHaveApostrophe: true)
        // An ASCII key (the callers checked): its letters are counted in the vocabulary.
        let facts = LexemeFacts(
            isRead: true, id: id, isNegated: isNegated, hasLetter: vocabulary[Int32(lexeme)].facts.letters > 0,
            traits: id >= 0 ? lexicon.traits[Int(id)] : [])
        lexemeFacts[lexeme] = facts
        return facts
    }
}
