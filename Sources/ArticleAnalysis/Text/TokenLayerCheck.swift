/// The token and table layer run over any text with what the stages rely on checked as it goes, so the
/// fuzz target (Fuzz/, `scripts/fuzz.sh`) exercises the layer's byte-level code directly and not only
/// through whatever inputs survive extraction: token ranges in bounds and in order, every token's lexeme
/// holding its key, and the tables (`KeyedTable` through `Vocabulary`, `TokenSet`, `ByteInterner`,
/// `ByteKeyTable`) giving back what was put in. A broken rule stops with `precondition`.
public enum TokenLayerCheck {
    /// The fuzz target's entry: the bytes as text (repaired to UTF-8, as the decode stage would) through the
    /// token table, and the raw bytes through the table types (`TableLayerCheck`).
    public static func check(bytes: [UInt8]) {
        check(String(decoding: bytes, as: UTF8.self))
        TableLayerCheck.check(bytes)
    }

    public static func check(_ text: String) {
        // The text as one sentence and cut into lines, as the segment stage hands over sentences.
        let sentences = [text] + text.split(separator: "\n", omittingEmptySubsequences: true).prefix(64).map(String.init)
        let table = TokenTable(sentenceTexts: sentences)
        precondition(table.sentences.count == sentences.count, "a sentence without its tokens")
        var interner = ByteInterner()
        var seen = TokenSet()
        var keys: [[UInt8]] = []
        var checkedLexemes = Set<UInt64>()
        for (sentence, tokens) in table.sentences.enumerated() {
            let lexemes = table.lexemes(ofSentence: sentence)
            precondition(lexemes.count == tokens.count, "tokens and lexemes differ in number")
            precondition(tokens.textBytes.count == sentences[sentence].utf8.count, "tokens over other bytes")
            var previousEnd = 0
            for index in tokens.indices {
                let token = tokens[index]
                precondition(!token.textRange.isEmpty && token.textRange.lowerBound >= previousEnd, "tokens out of order")
                precondition(token.textRange.upperBound <= tokens.textBytes.count, "a token past the text")
                precondition(token.keyRange.upperBound <= tokens.keyBytes.count, "a key past the key bytes")
                previousEnd = token.textRange.upperBound
                let key = tokens.keyBytes[token.keyRange]
                let lexeme = table.vocabulary[lexemes[lexemes.startIndex + index]]
                precondition(lexeme.hash == token.hash, "a token's lexeme has another hash")
                precondition(table.vocabulary.keyBytes[lexeme.keyRange].elementsEqual(key), "a lexeme holds another key")
                precondition(lexeme.count >= 1, "a lexeme in use counts no occurrence")
                precondition(lexeme.singularHash == token.singularHash, "a lexeme has another singular hash")
                if !checkedLexemes.contains(lexeme.hash) {
                    // A key's hashes and facts, worked out again from its bytes, once per distinct key.
                    checkedLexemes.insert(lexeme.hash)
                    let bytes = Array(key)
                    precondition(token.hash == bytes.withUnsafeBufferPointer { TokenHash.of($0) }, "a token's hash is not its key's")
                    // (An ASCII key's final "s" is its last Character; beyond ASCII the tokenizer asks the String.)
                    precondition(
                        !token.isASCII
                            || token.singularHash == (bytes.last == UInt8(ascii: "s") ? Array(bytes.dropLast()).withUnsafeBufferPointer { TokenHash.of($0) } : 0),
                        "a token's singular hash is not its key's without the final s")
                    precondition(lexeme.facts == Self.referenceFacts(bytes), "a lexeme's facts are not its key's")
                    let wordKey = token.isASCII ? bytes.withUnsafeBufferPointer { WordKey($0, 0..<$0.count) } : .none
                    precondition(lexeme.wordKey == wordKey, "a lexeme's word key is not its key's")
                }
                seen.insert(tokens, index)
                precondition(seen.contains(tokens, index), "a key inserted is not found")
                let id = Array(key).withUnsafeBufferPointer { interner.intern($0) }
                precondition(interner.key(id).elementsEqual(key), "the interner gives back another key")
                if id == keys.count { keys.append(Array(key)) }
            }
            var end = 0
            for raw in Tokenizer.tokens(of: sentences[sentence][...]) {
                precondition(raw.range.lowerBound >= end && raw.range.upperBound <= tokens.textBytes.count, "segment tokens out of order")
                end = raw.range.upperBound
            }
        }
        FactTokenCheck.check(table)
        // The vocabulary counts every token once.
        var occurrences = 0
        for id in 0..<table.vocabulary.count { occurrences += Int(table.vocabulary[Int32(id)].count) }
        precondition(occurrences == table.count, "the vocabulary's counts do not add up to the tokens")
        let lookup = ByteKeyTable(keys: keys)
        for (id, key) in keys.enumerated() {
            precondition(lookup.id(of: key) == Int32(id), "the byte table gives another id")
        }
    }

    /// `Vocabulary.KeyFacts` of a key, worked out plainly from its bytes and the stop-word list.
    static func referenceFacts(_ key: [UInt8]) -> Vocabulary.KeyFacts {
        guard key.allSatisfy({ $0 < 0x80 }) else { return Vocabulary.KeyFacts() }
        func isLetter(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") }
        func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
        var facts = Vocabulary.KeyFacts()
        facts.isASCII = true
        facts.letters = Int32(key.filter(isLetter).count)
        facts.digits = Int32(key.filter(isDigit).count)
        facts.isAlphanumeric = key.allSatisfy { isLetter($0) || isDigit($0) }
        facts.isAlphanumericOrHyphen = key.allSatisfy { isLetter($0) || isDigit($0) || $0 == UInt8(ascii: "-") }
        facts.hasAmpersand = key.contains(UInt8(ascii: "&"))
        facts.hasDigitAfterApostrophe = zip(key, key.dropFirst()).contains { $0 == UInt8(ascii: "'") && isDigit($1) }
        facts.endsWithFullStop = key.last == UInt8(ascii: ".")
        facts.isStopWord = stopWords.contains(String(decoding: key, as: UTF8.self))
        return facts
    }

    private static let stopWords = Set(EnglishStopWords.words)
}
