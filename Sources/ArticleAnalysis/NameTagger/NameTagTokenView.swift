/// What the feature extractor reads of a sentence's tokens. Today `WordTokens` (the entity stage's tokens)
/// provides it; the shared token table planned in issue 17 can conform instead without touching features.
public protocol NameTagTokenView {
    var count: Int { get }
    /// `TokenHash` of the lower-case key.
    func keyHash(_ index: Int) -> UInt64
    /// The token as written, UTF-8.
    func tokenText(_ index: Int) -> ArraySlice<UInt8>
    /// The lower-case key, UTF-8.
    func tokenKey(_ index: Int) -> ArraySlice<UInt8>
    /// Starts with an upper-case letter.
    func isCapitalized(_ index: Int) -> Bool
    /// Holds an upper-case letter somewhere ("iPhone").
    func hasCapital(_ index: Int) -> Bool
    /// At least two letters, all upper case.
    func isAllCaps(_ index: Int) -> Bool
    /// Letters or digits rather than punctuation.
    func isWord(_ index: Int) -> Bool
    /// Calls `body` with the bytes `tokenText` slices, and each token's range in them: the per-token loops
    /// over a whole sentence read them without an array slice (and its reference count) per token.
    func withTextBytes<Result>(_ body: (Span<UInt8>) -> Result) -> Result
    func textRange(_ index: Int) -> Range<Int>
}

extension WordTokens: NameTagTokenView {
    @inline(__always) public func keyHash(_ index: Int) -> UInt64 { self[index].hash }
    @inline(__always) public func tokenText(_ index: Int) -> ArraySlice<UInt8> { textBytes[self[index].textRange] }
    @inline(__always) public func tokenKey(_ index: Int) -> ArraySlice<UInt8> { keyBytes[self[index].keyRange] }
    @inline(__always) public func isCapitalized(_ index: Int) -> Bool { self[index].isCapitalized }
    @inline(__always) public func hasCapital(_ index: Int) -> Bool { self[index].isCapitalized || self[index].hasASCIICapital }
    @inline(__always) public func isAllCaps(_ index: Int) -> Bool { self[index].isAllCaps }
    @inline(__always) public func isWord(_ index: Int) -> Bool { self[index].isWord }
    @inline(__always) public func withTextBytes<Result>(_ body: (Span<UInt8>) -> Result) -> Result { body(textBytes.span) }
    @inline(__always) public func textRange(_ index: Int) -> Range<Int> { self[index].textRange }
}
