/// The `[code]` of a dictionary line as a `CameoCode`, made once per distinct code: the verb dictionary has
/// ~6,900 bracketed codes but only a few hundred distinct ones, and making a code (its String, its
/// Goldstein look-ups) was a tenth of the dictionary's first use.
struct CameoCodeCache {
    /// By the code's bytes packed into 64 bits (codes of at most 8 bytes: "0231", "032:033", "---").
    private var codes = KeyedTable<UInt64, CameoCode?>(capacity: 512)

    /// The code between the first "[" of `text` and the "]" after it, spaces around it left out; nil when
    /// there are no brackets or what they hold is not a CAMEO code.
    mutating func code(bracketedIn text: ArraySlice<UInt8>) -> CameoCode? {
        guard let open = text.firstIndex(of: UInt8(ascii: "[")),
            let close = text[open...].firstIndex(of: UInt8(ascii: "]"))
        else { return nil }
        var inner = text[(open + 1)..<close]
        while inner.first == UInt8(ascii: " ") { inner = inner.dropFirst() }
        while inner.last == UInt8(ascii: " ") { inner = inner.dropLast() }
        guard inner.count <= 8, !inner.contains(0) else { return Self.make(inner) }
        var key: UInt64 = 0
        for byte in inner.reversed() { key = key << 8 | UInt64(byte) }
        let (index, slot) = codes.find(forUpdating: key)
        if index >= 0 { return codes.values[index] }
        let code = Self.make(inner)
        codes.insert(key, code, at: slot)
        return code
    }

    private static func make(_ inner: ArraySlice<UInt8>) -> CameoCode? { CameoCode(String(decoding: inner, as: UTF8.self)) }
}
