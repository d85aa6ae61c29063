/// Country numbers by ISO alpha-3 code, looked up without hashing the String: a code's bytes packed into
/// one 64-bit key (a `Dictionary<String, _>` ran SipHash over three letters for every country mention the
/// place resolver weighs, about two hundred per article).
struct CountryCodeIndex: Sendable {
    private var table = KeyedTable<UInt64, UInt16>(capacity: 512)
    /// Codes longer than seven bytes (none in the bundled table), kept as they are.
    private var longCodes: [String: UInt16] = [:]

    subscript(code: String) -> UInt16? {
        get {
            guard let key = Self.key(code) else { return longCodes[code] }
            return table[key]
        }
        set {
            guard let key = Self.key(code) else {
                longCodes[code] = newValue
                return
            }
            let (found, slot) = table.find(forUpdating: key)
            if found >= 0 {
                if let newValue { table.values[found] = newValue }
            } else if let newValue {
                _ = table.insert(key, newValue, at: slot)
            }
        }
    }

    /// The code's bytes and its length in one word; nil past seven bytes.
    @inline(__always)
    private static func key(_ code: String) -> UInt64? {
        let bytes = code.utf8.span
        guard bytes.count <= 7 else { return nil }
        var key = UInt64(bytes.count) << 56
        for index in bytes.indices { key |= UInt64(bytes[index]) << (index * 8) }
        return key
    }
}
