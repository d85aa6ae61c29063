/// A sentence's tokens with the bytes their ranges point into: the text as written and every key one after
/// another. Tests on keys run over these bytes (ASCII keys) or fall back to the key as a String (the rare
/// non-ASCII ones), so each answers what the same test on a String key would; no String is made per token.
public struct WordTokens: RandomAccessCollection, Sendable, Equatable {
    public private(set) var tokens: [WordToken]
    /// The tokenized text's UTF-8 bytes.
    public private(set) var textBytes: [UInt8]
    /// The keys of all tokens, back to back (`WordToken.keyRange`).
    public private(set) var keyBytes: [UInt8]

    public init() { self.init(tokens: [], textBytes: [], keyBytes: []) }

    init(tokens: [WordToken], textBytes: [UInt8], keyBytes: [UInt8]) {
        self.tokens = tokens
        self.textBytes = textBytes
        self.keyBytes = keyBytes
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { tokens.count }
    @inline(__always) public subscript(position: Int) -> WordToken { tokens[position] }

    /// The token as written ("Iran", "U.S.", "’s").
    public func text(_ index: Int) -> String { String(decoding: textBytes[tokens[index].textRange], as: UTF8.self) }

    /// The lookup key: lower case, curly apostrophes made straight.
    public func key(_ index: Int) -> String { String(decoding: keyBytes[tokens[index].keyRange], as: UTF8.self) }

    /// Every token's key, in order.
    public var keys: [String] { indices.map(key) }

    /// `key(index) == word`.
    @inline(__always)
    public func key(_ index: Int, is word: String) -> Bool {
        let token = tokens[index]
        guard token.isASCII else { return key(index) == word }
        guard word.utf8.count == token.keyLength else { return false }
        return keyMatches(from: token.keyRange.lowerBound, word)
    }

    /// `key(index).hasSuffix(suffix)` for an ASCII suffix.
    @inline(__always)
    public func key(_ index: Int, endsWith suffix: String) -> Bool {
        let token = tokens[index]
        guard token.isASCII else { return key(index).hasSuffix(suffix) }
        guard suffix.utf8.count <= token.keyLength else { return false }
        return keyMatches(from: token.keyRange.upperBound - suffix.utf8.count, suffix)
    }

    /// `key(index).hasPrefix(prefix)`.
    @inline(__always)
    public func key(_ index: Int, startsWith prefix: String) -> Bool {
        let token = tokens[index]
        guard token.isASCII else { return key(index).hasPrefix(prefix) }
        guard prefix.utf8.count <= token.keyLength else { return false }
        return keyMatches(from: token.keyRange.lowerBound, prefix)
    }

    /// Whether the key bytes from `start` on spell `word` (the caller checked that they are long enough).
    @inline(__always)
    private func keyMatches(from start: Int, _ word: String) -> Bool {
        var position = start
        for byte in word.utf8 {
            if keyBytes[position] != byte { return false }
            position += 1
        }
        return true
    }

    /// Whether the key has more than `count` Characters.
    @inline(__always)
    public func keyLonger(_ index: Int, than count: Int) -> Bool {
        let token = tokens[index]
        if token.keyLength <= count { return false }
        return token.isASCII || key(index).count > count
    }

    /// `TokenHash.of(key(index).dropLast(count))`.
    public func keyHash(_ index: Int, droppingLast count: Int) -> UInt64 {
        let token = tokens[index]
        guard token.isASCII else { return TokenHash.of(key(index).dropLast(count)) }
        let end = Swift.max(token.keyRange.lowerBound, token.keyRange.upperBound - count)
        return keyBytes.withUnsafeBufferPointer { TokenHash.of(UnsafeBufferPointer(rebasing: $0[token.keyRange.lowerBound..<end])) }
    }
}
