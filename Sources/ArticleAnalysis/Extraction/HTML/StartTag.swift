/// A start tag read the way libxml2's HTML parser reads one (`htmlParseStartTag` in 2.9): a name of ASCII
/// letters, digits and `:-_.`, then attributes separated by blanks (space, tab, line feed, carriage return),
/// each a name of the same characters (not starting with a digit or `-`), optionally `=` and a value quoted
/// with `"` or `'` or running to the next blank or `>`; then `>` or `/>`. Anything outside that shape
/// (a bogus attribute, an unclosed quote, the end of input) gives nil: the caller copies such a tag as it is.
/// Offsets are into the page, read through a `Span` (bounds-checked).
enum StartTag {
    /// libxml2 reads at most this many characters of a name (`HTML_PARSER_BUFFER_SIZE`).
    private static let maximumNameLength = 100

    /// Reads the attributes from `start` (just after the element's name) to the tag's end, calling `each`
    /// with every attribute's start, name end and end (its value included). Returns the offset just past
    /// `>` and whether the tag closed with `/>`, or nil when the tag is not of the simple shape.
    static func readAttributes(
        _ page: Span<UInt8>, from start: Int, each: (_ start: Int, _ nameEnd: Int, _ end: Int) -> Void
    ) -> (end: Int, selfClosing: Bool)? {
        let count = page.count
        var index = start
        while true {
            while index < count, isBlank(page[index]) { index += 1 }
            guard index < count else { return nil }
            if page[index] == UInt8(ascii: ">") { return (index + 1, false) }
            if page[index] == UInt8(ascii: "/") {
                guard index + 1 < count, page[index + 1] == UInt8(ascii: ">") else { return nil }
                return (index + 2, true)
            }
            // libxml2 needs no blank between a quoted value and the next name (`a="x"b="y"`), and neither do we.
            let attributeStart = index
            guard let nameEnd = nameEnd(page, from: index, attribute: true) else { return nil }
            index = nameEnd
            var valueStart = index
            while valueStart < count, isBlank(page[valueStart]) { valueStart += 1 }
            if valueStart < count, page[valueStart] == UInt8(ascii: "=") {
                valueStart += 1
                while valueStart < count, isBlank(page[valueStart]) { valueStart += 1 }
                guard valueStart < count, let valueEnd = valueEnd(page, from: valueStart) else { return nil }
                index = valueEnd
            }
            each(attributeStart, nameEnd, index)
        }
    }

    static func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }

    /// The end of a name starting at `start`: elements start with a letter (the caller has checked), and
    /// attributes with a letter, `_`, `:` or `.`.
    static func nameEnd(_ page: Span<UInt8>, from start: Int, attribute: Bool = false) -> Int? {
        let count = page.count
        guard start < count else { return nil }
        let first = page[start]
        guard first.isASCIILetter || attribute && (first == UInt8(ascii: "_") || first == UInt8(ascii: ":") || first == UInt8(ascii: ".")) else { return nil }
        var index = start + 1
        while index < count, isNameByte(page[index]) { index += 1 }
        return index - start <= maximumNameLength ? index : nil
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        byte.isASCIILetter || byte >= 0x30 && byte <= 0x39 || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "-")
            || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".")
    }

    /// Just past a quoted value's closing quote, or the end of an unquoted run (at a blank or `>`).
    private static func valueEnd(_ page: Span<UInt8>, from start: Int) -> Int? {
        let count = page.count
        let first = page[start]
        if first == UInt8(ascii: "\"") || first == UInt8(ascii: "'") {
            let close = page.firstOffset(of: first, from: start + 1, to: count)
            guard close < count else { return nil }
            // A NUL ends libxml2's input early; such a value is left to libxml2 as it is.
            return page.firstOffset(of: 0, from: start + 1, to: close) == close ? close + 1 : nil
        }
        var index = start
        while index < count, !isBlank(page[index]), page[index] != UInt8(ascii: ">") {
            if page[index] == 0 { return nil }
            index += 1
        }
        return index > start ? index : nil
    }
}

extension UInt8 {
    var isASCIILetter: Bool { self | 0x20 >= 0x61 && self | 0x20 <= 0x7A }
}
