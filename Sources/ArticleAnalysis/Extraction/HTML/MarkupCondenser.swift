/// What libxml2 is given: the page less what no stage reads, so the parser has fewer bytes to walk. On the
/// extraction benchmark libxml2 spends most of its time a character at a time in `<script>`/`<style>` bodies
/// (54 % of all bytes) and in attribute values (53 KB of the 82 KB a mean page keeps once scripts are gone).
///
/// - `<script>` and `<style>` bodies are raw text in HTML (they end at the first `</script` or `</style`, as
///   in libxml2's recovery mode) and never article text: emptied, except JSON-LD for the metadata reader.
/// - Start tags keep their name and only the attributes the outliner reads (`keptEverywhere`, and a few more
///   on `<meta>` and `<link>`), each copied byte for byte. A tag is rewritten only when it has the shape
///   libxml2's own start-tag reader accepts (`StartTag`); anything else is copied as it is.
/// - Comments, end tags, doctypes and text are copied as they are; so is a start tag of another shape, with
///   its script or style body.
/// One forward pass; the output is never longer than the input.
enum MarkupCondenser {
    static func condense(_ html: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        guard let page = html.baseAddress, !html.isEmpty else { return [] }
        return [UInt8](unsafeUninitializedCapacity: html.count) { output, written in
            var pass = Pass(page: page, count: html.count, out: output.baseAddress!)
            pass.run()
            written = pass.length
        }
    }

    /// One pass: reads `page` from `index`, writes `out` up to `length`.
    private struct Pass {
        let page: UnsafePointer<UInt8>
        let count: Int
        let out: UnsafeMutablePointer<UInt8>
        var index = 0
        var length = 0

        init(page: UnsafePointer<UInt8>, count: Int, out: UnsafeMutablePointer<UInt8>) {
            self.page = page
            self.count = count
            self.out = out
        }

        mutating func run() {
            while index < count {
                let open = nextByte(0x3C, in: page, count: count, from: index)
                copy(from: index, to: open)
                index = open
                guard open < count else { return }
                if open + 3 < count, page[open + 1] == UInt8(ascii: "!"), page[open + 2] == UInt8(ascii: "-"), page[open + 3] == UInt8(ascii: "-") {
                    copyThrough(find(commentClose, in: page, count: count, from: open + 4).map { $0 + 3 } ?? count)
                } else if open + 1 < count, page[open + 1].isASCIILetter {
                    if !condenseStartTag() { copyStartTagAsItIs() }
                } else {
                    copyThrough(open + 1)
                }
            }
        }

        private mutating func copy(from start: Int, to end: Int) {
            (out + length).update(from: page + start, count: end - start)
            length += end - start
        }

        private mutating func copyThrough(_ end: Int) {
            copy(from: index, to: end)
            index = end
        }

        private mutating func write(_ byte: UInt8) {
            out[length] = byte
            length += 1
        }

        /// Writes the start tag at `index` with only the kept attributes, then skips a script or style body
        /// (JSON-LD kept). Writes nothing and returns false when the tag is not of the simple shape.
        private mutating func condenseStartTag() -> Bool {
            let open = index
            guard let nameEnd = StartTag.nameEnd(page, count: count, from: open + 1) else { return false }
            let mark = length
            let element = elementKind(UnsafeBufferPointer(start: page + open + 1, count: nameEnd - open - 1))
            copy(from: open, to: nameEnd)
            var jsonLD = false
            let read = StartTag.readAttributes(page, count: count, from: nameEnd) { start, attributeNameEnd, end in
                let name = UnsafeBufferPointer(start: page + start, count: attributeNameEnd - start)
                guard keeps(name, on: element) else { return }
                // A blank where the page has one, and after the name or a bare or unquoted value; none
                // straight after a quote the page has (`a="x"b="y"`). The output never grows: a blank the page
                // lacks replaces an attribute left out.
                let last = out[length - 1]
                if StartTag.isBlank(page[start - 1]) || last != UInt8(ascii: "\"") && last != UInt8(ascii: "'") { write(0x20) }
                copy(from: start, to: end)
                if element == .script, equalsIgnoringCase(name, typeName) {
                    jsonLD = jsonLD || find(jsonLDType, in: page, count: end, from: attributeNameEnd, caseInsensitive: true) != nil
                }
            }
            guard let tag = read else {
                length = mark
                return false
            }
            if tag.selfClosing { write(UInt8(ascii: "/")) }
            write(UInt8(ascii: ">"))
            index = tag.end
            if let closing = element.rawTextClose {
                let end = find(closing, in: page, count: count, from: index, caseInsensitive: true) ?? count
                if jsonLD { copy(from: index, to: end) }
                index = end
            }
            return true
        }

        /// A start tag of another shape: copied through its `>` as it is (a script or style body too), for
        /// libxml2 to judge.
        private mutating func copyStartTagAsItIs() {
            var nameEnd = index + 1
            while nameEnd < count, page[nameEnd].isASCIILetter { nameEnd += 1 }
            let element = elementKind(UnsafeBufferPointer(start: page + index + 1, count: nameEnd - index - 1))
            var end = find(closeAngle, in: page, count: count, from: index + 1).map { $0 + 1 } ?? count
            if let closing = element.rawTextClose {
                end = find(closing, in: page, count: count, from: end, caseInsensitive: true) ?? count
            }
            copyThrough(end)
        }
    }

    private enum Element: Equatable {
        case script, style, meta, link, other
        var rawTextClose: [UInt8]? {
            switch self {
            case .script: MarkupCondenser.scriptClose
            case .style: MarkupCondenser.styleClose
            default: nil
            }
        }
    }

    private static let scriptClose = Array("</script".utf8), styleClose = Array("</style".utf8)
    private static let commentClose = Array("-->".utf8), closeAngle = Array(">".utf8), jsonLDType = Array("ld+json".utf8)

    /// Attributes `PageOutliner` and `ElementRules` read on any element.
    private static let keptEverywhere = [
        "class", "id", "role", "hidden", "aria-hidden", "style", "rel", "type", "datetime", "itemprop",
        "pubdate", "content",
    ].map { Array($0.utf8) }
    private static let keptOnMeta = ["content", "property", "name"].map { Array($0.utf8) }
    private static let keptOnLink = [Array("href".utf8)]

    private static let typeName = Array("type".utf8)
    private static let elementNames: [(name: [UInt8], element: Element)] = [
        (Array("script".utf8), .script), (Array("style".utf8), .style), (Array("meta".utf8), .meta), (Array("link".utf8), .link),
    ]

    private static func elementKind(_ name: UnsafeBufferPointer<UInt8>) -> Element {
        guard name.count >= 4 && name.count <= 6 else { return .other }
        return elementNames.first { equalsIgnoringCase(name, $0.name) }?.element ?? .other
    }

    private static func keeps(_ name: UnsafeBufferPointer<UInt8>, on element: Element) -> Bool {
        if keptEverywhere.contains(where: { equalsIgnoringCase(name, $0) }) { return true }
        switch element {
        case .meta: return keptOnMeta.contains { equalsIgnoringCase(name, $0) }
        case .link: return keptOnLink.contains { equalsIgnoringCase(name, $0) }
        default: return false
        }
    }

    private static func equalsIgnoringCase(_ bytes: UnsafeBufferPointer<UInt8>, _ lowercase: [UInt8]) -> Bool {
        guard bytes.count == lowercase.count else { return false }
        for index in 0..<bytes.count where bytes[index] | (bytes[index].isASCIILetter ? 0x20 : 0) != lowercase[index] {
            return false
        }
        return true
    }

    /// The next `byte` at or after `start` (or `count`), eight bytes at a time: XOR makes the wanted byte
    /// zero, and the lowest byte the zero test flags is always a real zero.
    static func nextByte(_ byte: UInt8, in page: UnsafePointer<UInt8>, count: Int, from start: Int) -> Int {
        var index = start
        let raw = UnsafeRawPointer(page)
        let pattern = UInt64(byte) &* 0x0101_0101_0101_0101
        while index + 8 <= count {
            let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) ^ pattern
            let zero = (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080
            if zero != 0 { return index + zero.trailingZeroBitCount >> 3 }
            index += 8
        }
        while index < count, page[index] != byte { index += 1 }
        return index
    }

    /// Where `needle` next occurs at or after `start`, letters compared without case when asked. When its
    /// first byte is not a letter (`</script`, `-->`, `>`) candidates are found eight bytes at a time.
    private static func find(_ needle: [UInt8], in page: UnsafePointer<UInt8>, count: Int, from start: Int, caseInsensitive: Bool = false) -> Int? {
        guard let first = needle.first else { return nil }
        let firstIsLetter = first.isASCIILetter
        var index = start
        while index + needle.count <= count {
            if !firstIsLetter {
                index = nextByte(first, in: page, count: count - needle.count + 1, from: index)
                guard index + needle.count <= count else { return nil }
            }
            let byte = page[index]
            if (caseInsensitive && byte.isASCIILetter ? byte | 0x20 : byte) == first {
                var offset = 1
                while offset < needle.count {
                    let next = page[index + offset]
                    if (caseInsensitive && next.isASCIILetter ? next | 0x20 : next) != needle[offset] { break }
                    offset += 1
                }
                if offset == needle.count { return index }
            }
            index += 1
        }
        return nil
    }
}
