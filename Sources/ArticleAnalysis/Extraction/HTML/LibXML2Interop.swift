internal import CLibXML2

// The one file that talks to libxml2 (issue 17 keeps pointer code in `Text/` and one interop file per C
// library): the SAX parser run (`HTMLEventParser`) and the attribute array of its start-element events
// (`HTMLAttributes`), and the element names libxml2 interns (`HTMLElementName`). Everything after these
// hands on works on Swift values and spans: text and attribute values reach the outliner as `Span`s.

/// Runs libxml2's HTML parser (error-recovering, like a browser) over a page in SAX mode: its start, end and
/// text events go straight to a `PageOutliner`. No libxml2 tree is built and freed in between (building and
/// freeing it were a third of the parser's instructions on the extraction benchmark), and there is no depth
/// limit (libxml2 stops building a tree 256 levels down, which lost the text of deeply nested pages). The parser
/// never touches the network and is told the input is UTF-8 (a `<meta charset>` cannot switch it); the HTML
/// parser knows only HTML's predefined entities, so there is no entity expansion to abuse.
enum HTMLEventParser {
    /// Pages larger than this are cut: no article needs more, and parsing stays bounded (8 MiB).
    static let maximumBytes = 8 << 20

    private static let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue
        | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_IGNORE_ENC.rawValue)

    /// Parses `html` (UTF-8) and reports every event to `outliner`. Returns false when libxml2 could not
    /// even start (empty input).
    static func parse(_ html: Span<UInt8>, into outliner: inout PageOutliner) -> Bool {
        html.withUnsafeBufferPointer { parse($0, into: &outliner) }
    }

    private static func parse(_ html: UnsafeBufferPointer<UInt8>, into outliner: inout PageOutliner) -> Bool {
        // A no-op after the pipeline's construction did it; here so that no caller can reach libxml2 unprepared.
        AnalysisLibraries.initialiseOnce()
        let length = min(html.count, maximumBytes)
        guard length > 0, let base = html.baseAddress else { return false }
        let context = base.withMemoryRebound(to: CChar.self, capacity: length) {
            htmlCreateMemoryParserCtxt($0, Int32(length))
        }
        guard let context else { return false }
        defer { htmlFreeParserCtxt(context) }
        // The context owns its handler block (freed with it): replace its contents with ours. Events receive
        // the context (libxml2's default user data); the outliner rides in its `_private` field.
        var handler = xmlSAXHandler()
        handler.startElement = { context, name, attributes in
            guard let (outliner, depth) = HTMLEventParser.receiver(context), let name else { return }
            outliner.pointee.start(HTMLElementName(pointer: name), HTMLAttributes(pairs: attributes), depth: depth)
        }
        handler.endElement = { context, _ in
            guard let (outliner, depth) = HTMLEventParser.receiver(context) else { return }
            outliner.pointee.end(depth: depth)
        }
        let characters: charactersSAXFunc = { context, text, length in
            guard let (outliner, _) = HTMLEventParser.receiver(context), let text, length > 0 else { return }
            outliner.pointee.text(UnsafeBufferPointer(start: text, count: Int(length)).span)
        }
        handler.characters = characters
        handler.ignorableWhitespace = characters
        handler.cdataBlock = characters
        context.pointee.sax.pointee = handler
        htmlCtxtUseOptions(context, options)
        // The bytes are UTF-8 (they come from a Swift string). Without this libxml2 guesses at the first
        // non-ASCII byte and falls back to Latin-1.
        context.pointee.charset = Int32(XML_CHAR_ENCODING_UTF8.rawValue)
        withUnsafeMutablePointer(to: &outliner) { pointer in
            context.pointee._private = UnsafeMutableRawPointer(pointer)
            _ = htmlParseDocument(context)
            context.pointee._private = nil
        }
        outliner.finish()
        return true
    }

    /// The outliner and libxml2's count of open elements (`nameNr`, the element being started or ended
    /// included). libxml2 closes an element silently when its start tag never ends (`<div class="a"` at the
    /// end of input); the count lets the outliner close what libxml2 closed without telling.
    /// The outliner is reached through a pointer, not a class reference: a class's stored properties pay
    /// a dynamic exclusivity check on every access (1.3 M instructions a benchmark page).
    private static func receiver(_ context: UnsafeMutableRawPointer?) -> (UnsafeMutablePointer<PageOutliner>, Int)? {
        guard let parser = context?.assumingMemoryBound(to: htmlParserCtxt.self), let outliner = parser.pointee._private
        else { return nil }
        return (outliner.assumingMemoryBound(to: PageOutliner.self), Int(parser.pointee.nameNr))
    }
}

/// An element's name as libxml2 hands it to a start-element event. The parser interns names, so a page's few
/// dozen distinct tags are told apart by address (`identity`) without building a String per element.
struct HTMLElementName {
    fileprivate let pointer: UnsafePointer<xmlChar>

    /// The same for every element of this name on one page.
    var identity: UInt64 { UInt64(UInt(bitPattern: pointer)) }

    var string: String { String(cString: pointer) }
}

/// The attributes libxml2 hands to a start-element event: a NULL-terminated array of name, value pairs
/// (names lower-cased by the HTML parser; a value is NULL for a bare attribute such as `hidden`). Valid only
/// during the event; read without copying, and as a String only where a caller keeps the value.
struct HTMLAttributes {
    let pairs: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?

    var isEmpty: Bool { pairs?[0] == nil }

    /// Whether the attribute is present, with or without a value.
    func contains(_ name: StaticString) -> Bool { find(name) != nil }

    /// The attribute's raw UTF-8 value ("" for a bare attribute), or nil when absent.
    private func bytes(_ name: StaticString) -> UnsafeBufferPointer<UInt8>? {
        guard let index = find(name) else { return nil }
        guard let value = pairs?[index + 1] else { return UnsafeBufferPointer(start: nil, count: 0) }
        return UnsafeBufferPointer(start: value, count: Int(xmlStrlen(value)))
    }

    /// `body` with the attribute's raw UTF-8 value ("" for a bare attribute), or nil when absent; the span
    /// is valid only inside `body` (libxml2 owns the bytes).
    func withBytes<Result>(_ name: StaticString, _ body: (Span<UInt8>) -> Result) -> Result? {
        bytes(name).map { body($0.span) }
    }

    /// `body` with the values of two attributes, each nil when absent (the class and id words together).
    func withBytes<Result>(_ first: StaticString, _ second: StaticString, _ body: (Span<UInt8>?, Span<UInt8>?) -> Result) -> Result {
        let firstBytes = bytes(first), secondBytes = bytes(second)
        switch (firstBytes, secondBytes) {
        case let (one?, two?): return body(one.span, two.span)
        case let (one?, nil): return body(one.span, nil)
        case let (nil, two?): return body(nil, two.span)
        case (nil, nil): return body(nil, nil)
        }
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
