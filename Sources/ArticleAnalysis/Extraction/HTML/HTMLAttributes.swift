internal import CLibXML2

/// The attributes libxml2 hands to a start-element event: a NULL-terminated array of name, value pairs
/// (names lower-cased by the HTML parser; a value is NULL for a bare attribute such as `hidden`). Valid only
/// during the event; read without copying, and as a String only where a caller keeps the value.
struct HTMLAttributes {
    let pairs: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?

    var isEmpty: Bool { pairs?[0] == nil }

    /// Whether the attribute is present, with or without a value.
    func contains(_ name: StaticString) -> Bool { find(name) != nil }

    /// The attribute's raw UTF-8 value ("" for a bare attribute), or nil when absent.
    func bytes(_ name: StaticString) -> UnsafeBufferPointer<UInt8>? {
        guard let index = find(name) else { return nil }
        guard let value = pairs?[index + 1] else { return UnsafeBufferPointer(start: nil, count: 0) }
        return UnsafeBufferPointer(start: value, count: Int(xmlStrlen(value)))
    }

    func string(_ name: StaticString) -> String? {
        bytes(name).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Compares a value with an ASCII lower-case word, ignoring ASCII case, without building a String.
    func value(_ name: StaticString, equals word: StaticString) -> Bool {
        guard let value = bytes(name), value.count == word.utf8CodeUnitCount else { return false }
        let expected = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        for (byte, wanted) in zip(value, expected) {
            let folded = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            if folded != wanted { return false }
        }
        return true
    }

    private func find(_ name: StaticString) -> Int? {
        guard let pairs else { return nil }
        var index = 0
        while let attribute = pairs[index] {
            // The first byte rules out most names without a call into libxml2 (every element is asked for
            // several attributes).
            if attribute.pointee == name.utf8Start.pointee, xmlStrEqual(attribute, name.utf8Start) != 0 { return index }
            index += 2
        }
        return nil
    }
}
