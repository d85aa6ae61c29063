/// One pass over raw bytes that says whether they are well-formed UTF-8, whether they are all ASCII, whether
/// a NUL occurs, and how many control characters the start holds. The standard library's validator walks
/// every byte of a page that has a single curly quote (about 9 instructions a byte, 1.6 M for the benchmark's
/// mean 170 KB page); here ASCII goes eight bytes at a time and only the multi-byte sequences are checked
/// one by one, after Unicode's table 3-7 of well-formed sequences (no overlongs, no surrogates, ≤ U+10FFFF).
struct UTF8Census {
    private(set) var isValid = true
    private(set) var isASCII = true
    private(set) var containsNUL = false
    /// Characters (bytes that do not continue a sequence) in the first `controlWindow` bytes, and how many
    /// of them are control characters other than tab, line feed, form feed and carriage return.
    private(set) var windowCharacters = 0
    private(set) var windowControls = 0

    /// The control-character count looks at the start only: binary shows at once, and it bounds the work.
    static let controlWindow = 65_536

    private static let highBits = ByteWord.highBits
    private static let ones = ByteWord.ones

    init(_ bytes: Span<UInt8>) {
        let count = bytes.count
        guard count > 0 else { return }
        countControls(bytes.extracting(0..<min(count, Self.controlWindow)))
        var index = 0
        while index < count {
            // Runs of ASCII, 8 bytes a turn; the first word with a non-ASCII byte goes to the slower loop.
            var sawNUL = false
            index = bytes.skippingWords(from: index) { word in
                guard ByteWord.isASCII(word) else { return false }
                if ByteWord.contains(0, in: word) { sawNUL = true }
                return true
            }
            if sawNUL { containsNUL = true }
            if index == count { break }
            if index + 8 <= count {
                let word = bytes.word64(at: index)
                if ByteWord.contains(0, in: word) { containsNUL = true }
                let high = word & Self.highBits
                if high == 0 { index += 8; continue }
                index += high.trailingZeroBitCount >> 3  // little-endian: the first non-ASCII byte
            } else if bytes[index] < 0x80 {
                if bytes[index] == 0 { containsNUL = true }
                index += 1
                continue
            }
            isASCII = false
            guard let length = Self.sequenceLength(bytes, at: index) else {
                isValid = false
                return
            }
            index += length
        }
    }

    /// The length of the well-formed multi-byte sequence starting at `index`, or nil.
    private static func sequenceLength(_ bytes: Span<UInt8>, at index: Int) -> Int? {
        let lead = bytes[index]
        let length: Int
        var low: UInt8 = 0x80, high: UInt8 = 0xBF  // allowed range of the second byte
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; high = 0x9F
        case 0xF0: length = 4; low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; high = 0x8F
        default: return nil
        }
        guard index + length <= bytes.count else { return nil }
        let second = bytes[index + 1]
        guard second >= low && second <= high else { return nil }
        for offset in 2..<length where bytes[index + offset] & 0xC0 != 0x80 { return nil }
        return length
    }

    /// Counts characters and control characters. Eight bytes at a time it counts characters (bytes other
    /// than 10xxxxxx) and an upper bound of the controls (every byte below 0x20, and DEL); only when that bound
    /// could reach one in ten, which on text and HTML it does not (tabs and newlines are a few per cent), are
    /// the controls counted one byte at a time, leaving out tab, line feed, form feed and carriage return.
    private mutating func countControls(_ window: Span<UInt8>) {
        let sevens: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        var bound = 0
        var index = 0
        while index + 8 <= window.count {
            // Per-byte counters (one byte of the word each) for up to 255 words, then summed across.
            var continuations: UInt64 = 0, marks: UInt64 = 0
            var turns = 0
            index = window.skippingWords(from: index) { word in
                guard turns < 255 else { return false }
                continuations &+= (word & ~(word << 1) & Self.highBits) >> 7
                // ASCII bytes below 0x20: (byte | 0x80) - 0x20 keeps its top bit only for 0x20 and above.
                let below = ~((word | Self.highBits) &- 0x20 &* Self.ones) & ~word & Self.highBits
                // Bytes equal to 0x7F, exactly: a byte of `x` is zero when neither its low seven bits nor its top bit are set.
                let x = word ^ sevens
                let delete = ~(((x & sevens) &+ sevens) | x | sevens)
                marks &+= (below | delete) >> 7
                turns += 1
                return true
            }
            windowCharacters += 8 * turns - Self.sumOfBytes(continuations)
            bound += Self.sumOfBytes(marks)
        }
        for position in index..<window.count where window[position] & 0xC0 != 0x80 {
            windowCharacters += 1
            if window[position] < 0x20 || window[position] == 0x7F { bound += 1 }
        }
        guard bound * 10 > windowCharacters else { return }
        var controls = 0
        for position in window.indices {
            let byte = window[position]
            if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0C && byte != 0x0D || byte == 0x7F { controls += 1 }
        }
        windowControls = controls
    }

    /// The sum of a word's eight bytes.
    private static func sumOfBytes(_ word: UInt64) -> Int {
        let pairs = (word & 0x00FF_00FF_00FF_00FF) &+ ((word >> 8) & 0x00FF_00FF_00FF_00FF)
        return Int(truncatingIfNeeded: (pairs &* 0x0001_0001_0001_0001) >> 48)
    }
}
