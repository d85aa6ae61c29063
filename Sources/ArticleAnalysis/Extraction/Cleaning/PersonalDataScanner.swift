/// Finds emails, phone numbers and street addresses in text with one forward scan over its UTF-8 bytes
/// (no regular expressions: linear time on any input). Used to count personal data in the body, to mask it
/// when `redactPII` is on, and to recognise author-profile blocks.
public enum PersonalDataScanner {
    public enum Kind: String, Sendable, CaseIterable {
        case email, phone, address
        /// What redaction puts in its place.
        var mask: String { "[\(rawValue)]" }
    }

    public struct Match: Sendable, Equatable {
        public var kind: Kind
        /// UTF-8 byte offsets in the scanned text.
        public var range: Range<Int>
    }

    /// Cloudflare's e-mail obfuscation leaves this where an address was scraped.
    private static let obfuscatedEmail = Array("[email protected]".utf8)

    public static func scan(_ text: String) -> [Match] {
        scan(bytes: text.utf8.span, skipping: startsNothing.span)
    }

    /// Only "@", "[", a digit, "+" or "(" can start a match: the scan below moves one byte past any other
    /// byte and tries nothing there, so one table look-up skips them (the tests below, byte by byte, were most
    /// of the scan's instructions in callgrind; stopping at every comma, full stop and quote cost ~40 % more).
    private static let startsNothing: [Bool] = (0...255).map { byte in !startsSomething(UInt8(byte)) }

    private static func startsSomething(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "@") || byte == UInt8(ascii: "[") || ASCIIClass.isDigit(byte) || byte == UInt8(ascii: "+")
            || byte == UInt8(ascii: "(")
    }

    private static func scan(bytes: Span<UInt8>, skipping startsNothing: Span<Bool>) -> [Match] {
        var matches: [Match] = []
        var index = 0
        while index < bytes.count {
            index = skipStartingNothing(from: index, in: bytes, table: startsNothing)
            guard index < bytes.count else { break }
            let byte = bytes[index]
            if byte == UInt8(ascii: "@"), let email = email(around: index, in: bytes) {
                matches.removeAll { $0.range.overlaps(email) }
                matches.append(Match(kind: .email, range: email))
                index = email.upperBound
            } else if byte == UInt8(ascii: "["), bytes.hasPrefix(obfuscatedEmail, at: index) {
                matches.append(Match(kind: .email, range: index..<index + obfuscatedEmail.count))
                index += obfuscatedEmail.count
            } else if ASCIIClass.isDigit(byte) || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "("),
                index == 0 || !isWordByte(bytes[index - 1])
            {
                if let address = StreetAddress.match(at: index, in: bytes) {
                    matches.append(Match(kind: .address, range: address))
                    index = address.upperBound
                } else if let phone = phone(at: index, in: bytes) {
                    matches.append(Match(kind: .phone, range: phone))
                    index = phone.upperBound
                } else {
                    index += 1
                    while index < bytes.count, isWordByte(bytes[index]) { index += 1 }
                }
            } else {
                index += 1
            }
        }
        // Most texts have no match and most others one: then there is nothing to sort.
        return matches.count < 2 ? matches : matches.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// The first byte from `start` that may start a match, or the end: eight bytes at a time, stopping at
    /// "@", "[", a digit or one of "(", ")", "*", "+" (the last two ranges each one test of the bytes XOR-ed
    /// with their first: 0–9 and 0–3 above it; ")" and "*" start nothing, and the scan steps past them), the
    /// `startsNothing` table for the last few.
    @inline(__always)
    private static func skipStartingNothing(from start: Int, in bytes: Span<UInt8>, table startsNothing: Span<Bool>) -> Int {
        var index = start
        while index &+ 8 <= bytes.count {
            let word = bytes.word64(at: index)
            let digits = ByteWord.bytes(atMost: 9, in: word ^ ByteWord.ones &* 0x30)
            let brackets = ByteWord.bytes(atMost: 3, in: word ^ ByteWord.ones &* 0x28)
            let starts = digits | brackets | ByteWord.equalBytes(0x40, in: word) | ByteWord.equalBytes(0x5B, in: word)
            if starts != 0 { return index &+ ByteWord.firstFlagged(starts) }
            index &+= 8
        }
        return bytes.skippingBytes(from: index, in: startsNothing)
    }

    /// Counts per kind, for the record's `pii` section.
    public static func counts(_ matches: [Match]) -> [Kind: Int] {
        matches.reduce(into: [:]) { $0[$1.kind, default: 0] += 1 }
    }

    /// The text with every match replaced by its mask.
    public static func redact(_ text: String, _ matches: [Match]) -> String {
        guard !matches.isEmpty else { return text }
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var cursor = 0
        for match in matches where match.range.lowerBound >= cursor {
            out += bytes[cursor..<match.range.lowerBound]
            out += match.kind.mask.utf8
            cursor = match.range.upperBound
        }
        out += bytes[cursor...]
        return String(decoding: out, as: UTF8.self)
    }

    private static func email(around at: Int, in bytes: Span<UInt8>) -> Range<Int>? {
        var start = at
        while start > 0, isLocalPartByte(bytes[start - 1]) { start -= 1 }
        var end = at + 1
        while end < bytes.count, isDomainByte(bytes[end]) { end += 1 }
        while end > at + 1, bytes[end - 1] == UInt8(ascii: ".") || bytes[end - 1] == UInt8(ascii: "-") { end -= 1 }
        guard start < at, let lastDot = bytes.lastIndex(of: UInt8(ascii: "."), in: (at + 1)..<end),
            lastDot > at + 1, end - lastDot - 1 >= 2, bytes.allSatisfy(in: (lastDot + 1)..<end, ASCIIClass.isLetter)
        else { return nil }
        return start..<end
    }

    /// 10 to 15 digits written with phone separators: "(781) 269-2771", "+44 20 7946 0958", "781.269.2771".
    private static func phone(at start: Int, in bytes: Span<UInt8>) -> Range<Int>? {
        var index = start, digits = 0, groups = 0, inGroup = false, lastDigitEnd = start
        var separatorRun = 0
        while index < bytes.count {
            let byte = bytes[index]
            if ASCIIClass.isDigit(byte) {
                digits += 1
                if !inGroup { groups += 1; inGroup = true }
                lastDigitEnd = index + 1
                separatorRun = 0
            } else if byte == 0x20 || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
                || byte == UInt8(ascii: "(") || byte == UInt8(ascii: ")") || (byte == UInt8(ascii: "+") && index == start)
            {
                inGroup = false
                separatorRun += 1
                if separatorRun > 2 { break }
            } else {
                break
            }
            index += 1
        }
        guard (10...15).contains(digits), groups >= 2 || bytes[start] == UInt8(ascii: "+"), groups <= 6,
            lastDigitEnd >= bytes.count || !isWordByte(bytes[lastDigitEnd])
        else { return nil }
        return start..<lastDigitEnd
    }

    static func isWordByte(_ byte: UInt8) -> Bool { ASCIIClass.isDigit(byte) || ASCIIClass.isLetter(byte) || byte >= 0x80 }
    private static func isLocalPartByte(_ byte: UInt8) -> Bool {
        ASCIIClass.isDigit(byte) || ASCIIClass.isLetter(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_")
            || byte == UInt8(ascii: "%") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-")
    }
    private static func isDomainByte(_ byte: UInt8) -> Bool {
        ASCIIClass.isDigit(byte) || ASCIIClass.isLetter(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-")
    }
}
