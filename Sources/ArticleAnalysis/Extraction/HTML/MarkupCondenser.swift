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
    static func condense(_ html: Span<UInt8>) -> [UInt8] {
        guard !html.isEmpty else { return [] }
        return [UInt8](capacity: html.count) { output in
            var pass = Pass()
            pass.run(html, into: &output)
        }
    }

    /// One pass: reads the page from `index` and appends to the output; both reach it as spans.
    private struct Pass {
        var index = 0

        mutating func run(_ page: Span<UInt8>, into out: inout OutputSpan<UInt8>) {
            let count = page.count
            while index < count {
                let open = page.firstOffset(of: 0x3C, from: index, to: count)
                copy(page, from: index, to: open, into: &out)
                index = open
                guard open < count else { return }
                if open + 3 < count, page[open + 1] == UInt8(ascii: "!"), page[open + 2] == UInt8(ascii: "-"), page[open + 3] == UInt8(ascii: "-") {
                    copyThrough(find(commentClose, in: page, from: open + 4).map { $0 + 3 } ?? count, page, into: &out)
                } else if open + 1 < count, page[open + 1].isASCIILetter {
                    if !condenseStartTag(page, into: &out) { copyStartTagAsItIs(page, into: &out) }
                } else {
                    copyThrough(open + 1, page, into: &out)
                }
            }
        }

        private func copy(_ page: Span<UInt8>, from start: Int, to end: Int, into out: inout OutputSpan<UInt8>) {
            out.append(copying: page.extracting(start..<end))
        }

        private mutating func copyThrough(_ end: Int, _ page: Span<UInt8>, into out: inout OutputSpan<UInt8>) {
            copy(page, from: index, to: end, into: &out)
            index = end
        }

        /// Writes the start tag at `index` with only the kept attributes, then skips a script or style body
        /// (JSON-LD kept). Writes nothing and returns false when the tag is not of the simple shape.
        private mutating func condenseStartTag(_ page: Span<UInt8>, into out: inout OutputSpan<UInt8>) -> Bool {
            let open = index
            guard let nameEnd = StartTag.nameEnd(page, from: open + 1) else { return false }
            let mark = out.count
            let element = elementKind(page, open + 1..<nameEnd)
            copy(page, from: open, to: nameEnd, into: &out)
            var jsonLD = false
            let read = StartTag.readAttributes(page, from: nameEnd) { start, attributeNameEnd, end in
                let name = start..<attributeNameEnd
                guard keeps(page, name, on: element) else { return }
                // A blank where the page has one, and after the name or a bare or unquoted value; none
                // straight after a quote the page has (`a="x"b="y"`). The output never grows: a blank the page
                // lacks replaces an attribute left out.
                let last = out[out.count - 1]
                if StartTag.isBlank(page[start - 1]) || last != UInt8(ascii: "\"") && last != UInt8(ascii: "'") { out.append(0x20) }
                copy(page, from: start, to: end, into: &out)
                if element == .script, equalsIgnoringCase(page, name, typeName) {
                    jsonLD = jsonLD || find(jsonLDType, in: page.extracting(..<end), from: attributeNameEnd, caseInsensitive: true) != nil
                }
            }
            guard let tag = read else {
                out.removeLast(out.count - mark)
                return false
            }
            if tag.selfClosing { out.append(UInt8(ascii: "/")) }
            out.append(UInt8(ascii: ">"))
            index = tag.end
            if let closing = element.rawTextClose {
                let end = find(closing, in: page, from: index, caseInsensitive: true) ?? page.count
                if jsonLD { copy(page, from: index, to: end, into: &out) }
                index = end
            }
            return true
        }

        /// A start tag of another shape: copied through its `>` as it is (a script or style body too), for
        /// libxml2 to judge.
        private mutating func copyStartTagAsItIs(_ page: Span<UInt8>, into out: inout OutputSpan<UInt8>) {
            let count = page.count
            var nameEnd = index + 1
            while nameEnd < count, page[nameEnd].isASCIILetter { nameEnd += 1 }
            let element = elementKind(page, index + 1..<nameEnd)
            var end = find(closeAngle, in: page, from: index + 1).map { $0 + 1 } ?? count
            if let closing = element.rawTextClose {
                end = find(closing, in: page, from: end, caseInsensitive: true) ?? count
            }
            copyThrough(end, page, into: &out)
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

    private static func elementKind(_ page: Span<UInt8>, _ name: Range<Int>) -> Element {
        guard name.count >= 4 && name.count <= 6 else { return .other }
        return elementNames.first { equalsIgnoringCase(page, name, $0.name) }?.element ?? .other
    }

    private static func keeps(_ page: Span<UInt8>, _ name: Range<Int>, on element: Element) -> Bool {
        if keptEverywhere.contains(where: { equalsIgnoringCase(page, name, $0) }) { return true }
        switch element {
        case .meta: return keptOnMeta.contains { equalsIgnoringCase(page, name, $0) }
        case .link: return keptOnLink.contains { equalsIgnoringCase(page, name, $0) }
        default: return false
        }
    }

    /// Whether `page[name]` is `lowercase`, ASCII letters compared without case.
    private static func equalsIgnoringCase(_ page: Span<UInt8>, _ name: Range<Int>, _ lowercase: [UInt8]) -> Bool {
        guard name.count == lowercase.count else { return false }
        for offset in 0..<lowercase.count {
            let byte = page[name.lowerBound + offset]
            if byte | (byte.isASCIILetter ? 0x20 : 0) != lowercase[offset] { return false }
        }
        return true
    }

    /// Where `needle` next occurs at or after `start`, letters compared without case when asked. When its
    /// first byte is not a letter (`</script`, `-->`, `>`) candidates are found eight bytes at a time.
    private static func find(_ needle: [UInt8], in page: Span<UInt8>, from start: Int, caseInsensitive: Bool = false) -> Int? {
        guard let first = needle.first else { return nil }
        let count = page.count
        let firstIsLetter = first.isASCIILetter
        var index = start
        while index + needle.count <= count {
            if !firstIsLetter {
                index = page.firstOffset(of: first, from: index, to: count - needle.count + 1)
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
