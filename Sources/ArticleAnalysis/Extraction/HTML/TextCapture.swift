/// The text of one element gathered while the parser streams through it (a title, an `<h1>`, a byline,
/// a `<time>`, JSON-LD), whitespace collapsed and capped, for the metadata signals of `PageOutline`.
struct TextCapture {
    enum Signal: Equatable { case title, heading, relAuthor, byline, itemAuthor, dateText, jsonLD, time(Int) }

    let signal: Signal
    /// libxml2's element depth of the element whose text this is; the capture ends when it closes.
    let depth: Int
    let limit: Int
    private var bytes: [UInt8] = []

    init(signal: Signal, depth: Int, limit: Int) {
        self.signal = signal
        self.depth = depth
        self.limit = limit
    }

    mutating func append(_ text: Span<UInt8>) {
        text.forEachByte { byte in
            guard bytes.count < limit else { return false }
            let isSpace = byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
            if !isSpace { bytes.append(byte) } else if let last = bytes.last, last != 0x20 { bytes.append(0x20) }
            return true
        }
    }

    /// A block element starts or ends inside the captured element: its text is a separate word
    /// ("Carrie Arnold" then "November 15, 2019" in the next paragraph).
    mutating func breakWord() {
        if let last = bytes.last, last != 0x20, bytes.count < limit { bytes.append(0x20) }
    }

    /// The collected text without trailing space, or nil when there was none.
    var text: String? {
        var end = bytes.count
        while end > 0, bytes[end - 1] == 0x20 { end -= 1 }
        return end == 0 ? nil : String(decoding: bytes[..<end], as: UTF8.self)
    }
}
