/// Standard base64 (RFC 4648, "+/" and "=" padding) for data shipped as Swift string literals. The core has
/// no Foundation; this decoder skips whitespace so the literal can be wrapped into lines.
enum Base64 {
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    /// Each byte's 6-bit value; 255 for a byte outside the alphabet (whitespace, padding), which is skipped.
    private static let values: [UInt8] = {
        var values = [UInt8](repeating: 255, count: 256)
        for (index, symbol) in alphabet.enumerated() { values[Int(symbol)] = UInt8(index) }
        return values
    }()

    /// Four symbols at a time into three bytes written in place (the tagger's ~1 MB of weights are decoded at
    /// start-up: appending byte by byte cost ~80 instructions a symbol).
    static func decode(_ text: String) -> [UInt8] {
        let symbols = text.utf8.span
        let values = Self.values
        var output = [UInt8](repeating: 0, count: symbols.count / 4 * 3 + 3)
        var written = 0
        do {
            var bytes = output.mutableSpan
            var group: UInt32 = 0
            var pending = 0
            for index in symbols.indices {
                let value = values[Int(symbols[index])]
                guard value != 255 else { continue }  // whitespace, padding
                group = group << 6 | UInt32(value)
                pending += 1
                guard pending == 4 else { continue }
                bytes[written] = UInt8(truncatingIfNeeded: group >> 16)
                bytes[written + 1] = UInt8(truncatingIfNeeded: group >> 8)
                bytes[written + 2] = UInt8(truncatingIfNeeded: group)
                written += 3
                group = 0
                pending = 0
            }
            // A last group of two or three symbols holds one or two whole bytes (its spare low bits are zero).
            if pending >= 2 {
                let bits = pending * 6
                bytes[written] = UInt8(truncatingIfNeeded: group >> UInt32(bits - 8))
                written += 1
                if pending == 3 {
                    bytes[written] = UInt8(truncatingIfNeeded: group >> UInt32(bits - 16))
                    written += 1
                }
            }
        }
        output.removeLast(output.count - written)
        return output
    }

    static func encode(_ bytes: [UInt8]) -> String {
        var output: [UInt8] = []
        output.reserveCapacity((bytes.count + 2) / 3 * 4)
        var index = 0
        while index < bytes.count {
            let count = min(3, bytes.count - index)
            var group: UInt32 = 0
            for offset in 0..<3 { group = group << 8 | UInt32(offset < count ? bytes[index + offset] : 0) }
            for position in 0..<4 {
                output.append(position <= count ? alphabet[Int(group >> UInt32(18 - 6 * position) & 63)] : UInt8(ascii: "="))
            }
            index += 3
        }
        return String(decoding: output, as: UTF8.self)
    }
}
