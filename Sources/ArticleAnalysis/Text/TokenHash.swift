/// Fixed 64-bit hashes of token keys and of phrases built from them, so the lexicon tables (entities,
/// themes, CAMEO verbs) are probed with one integer per token instead of hashing and joining Strings.
/// A phrase's hash folds its words' hashes in order, so matching extends a phrase by one multiply-and-mix.
/// Tables keep only hashes: with at most ~10⁵ phrases, a false match of some other 64-bit hash has odds
/// of about 10⁵ / 2⁶⁴ ≈ 5·10⁻¹⁵ per probe. Equal bytes stand in for String equality (which is canonical
/// equivalence) because the clean text is NFC already (`TextRepair`), as are the bundled tables.
public enum TokenHash {
    /// FNV-1a over the key's UTF-8 bytes, then MurmurHash3's finaliser. Never 0 (the tables' empty mark).
    @inline(__always)
    public static func of(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        return nonZero(Mix64.finalize(hash))
    }

    public static func of(_ key: String) -> UInt64 {
        var key = key
        return key.withUTF8 { of($0) }
    }

    public static func of(_ key: Substring) -> UInt64 {
        var key = key
        return key.withUTF8 { of($0) }
    }

    /// The hash of a phrase continued by one more word.
    @inline(__always)
    public static func extend(_ phrase: UInt64, with word: UInt64) -> UInt64 {
        nonZero(Mix64.combine(phrase, word))
    }

    @inline(__always) static func nonZero(_ hash: UInt64) -> UInt64 { hash == 0 ? 1 : hash }
}
