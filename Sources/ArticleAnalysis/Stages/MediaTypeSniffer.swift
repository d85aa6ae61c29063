/// Decides HTML or plain text from the content, not the file name nor the first bytes alone. A page declares
/// itself (a doctype, `<html`, `<head`, `<body`, `<meta`), or begins with markup (a comment, `<script>`,
/// `<style>`, a bare `<div>` or `<p>` fragment, after any white space or byte-order mark), or is dense with
/// tags of real HTML elements. Plain text that merely mentions `<` ("a < b", "<not a tag>") has none of these.
public enum MediaTypeSniffer {
    /// Only the start is read: a page shows what it is within its first 8 KiB.
    static let headBytes = 8192
    /// Tags of known elements, of at least two kinds, that make a text without a declaration HTML.
    static let minimumElementTags = 6

    public static func sniff(_ text: String) -> MediaType {
        let bytes = text.utf8.span
        return sniff(bytes: bytes.extracting(0..<min(bytes.count, headBytes)))
    }

    /// One pass that stops only at "<": every marker starts with it, so a plain text is read once, with no
    /// lower-cased copy (copying the head byte by byte and searching it three times cost 170 k instructions
    /// per article in callgrind).
    static func sniff(bytes: Span<UInt8>) -> MediaType {
        let start = contentStart(bytes)
        for marker in [doctype, html, head, xml, comment] where startsWithLowercased(bytes, at: start, marker) {
            return .html
        }
        if let name = elementName(bytes, at: start), knownElements.contains(name) { return .html }
        var elementTags = 0
        var kinds: Set<[UInt8]> = []
        var index = 0
        while index < bytes.count {
            // Eight bytes at a time to the next "<" (plain text has none; a byte loop cost ~5 instructions a byte).
            index = bytes.skippingWords(from: index) { !ByteWord.contains(0x3C, in: $0) }
            guard index < bytes.count else { break }
            guard bytes[index] == 0x3C else {
                index += 1
                continue
            }
            for marker in [html, body, head, meta] where startsWithLowercased(bytes, at: index, marker) { return .html }
            if let name = elementName(bytes, at: index), knownElements.contains(name) {
                elementTags += 1
                kinds.insert(name)
                if elementTags >= minimumElementTags && kinds.count >= 2 { return .html }
            }
            index += 1
        }
        return .plainText
    }

    /// The first byte after white space and byte-order marks (U+FEFF, EF BB BF in UTF-8).
    private static func contentStart(_ bytes: Span<UInt8>) -> Int {
        var start = 0
        while start < bytes.count {
            if bytes[start] == 0x20 || bytes[start] == 0x0A || bytes[start] == 0x0D || bytes[start] == 0x09 || bytes[start] == 0x0C {
                start += 1
            } else if start + 2 < bytes.count, bytes[start] == 0xEF, bytes[start + 1] == 0xBB, bytes[start + 2] == 0xBF {
                start += 3
            } else {
                break
            }
        }
        return start
    }

    /// The lower-cased name of a start or end tag at `index` (`<div `, `<p>`, `</td>`, `<br/>`), or nil when
    /// the "<" opens no tag: the name must be followed by white space, ">" or "/".
    private static func elementName(_ bytes: Span<UInt8>, at index: Int) -> [UInt8]? {
        guard index < bytes.count, bytes[index] == 0x3C else { return nil }
        var cursor = index + 1
        if cursor < bytes.count, bytes[cursor] == 0x2F { cursor += 1 }
        var name: [UInt8] = []
        while cursor < bytes.count, name.count <= 10 {
            let byte = lowercased(bytes[cursor])
            guard (97...122).contains(byte) || (name.count > 0 && (48...57).contains(byte)) else { break }
            name.append(byte)
            cursor += 1
        }
        guard !name.isEmpty, cursor < bytes.count else { return nil }
        let next = bytes[cursor]
        return next == 0x3E || next == 0x2F || next == 0x20 || next == 0x0A || next == 0x0D || next == 0x09 ? name : nil
    }

    /// Elements of news pages and their fragments; an unknown name (`<grin>`, `<not a tag>`) counts for nothing.
    private static let knownElements: Set<[UInt8]> = Set([
        "html", "head", "body", "title", "meta", "link", "script", "style", "noscript", "base", "div", "span", "p",
        "a", "img", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "table",
        "thead", "tbody", "tfoot", "tr", "td", "th", "section", "article", "header", "footer", "nav", "main",
        "aside", "figure", "figcaption", "picture", "source", "video", "audio", "iframe", "form", "input",
        "button", "label", "select", "option", "textarea", "strong", "em", "b", "i", "u", "small", "sub", "sup",
        "blockquote", "pre", "code", "time", "abbr", "cite", "svg", "path", "center", "font", "template",
    ].map { Array($0.utf8) })

    private static let doctype = Array("<!doctype html".utf8)
    private static let html = Array("<html".utf8)
    private static let head = Array("<head".utf8)
    private static let xml = Array("<?xml version".utf8)
    private static let body = Array("<body".utf8)
    private static let meta = Array("<meta ".utf8)
    private static let comment = Array("<!--".utf8)

    /// Whether the bytes at `index`, with ASCII capitals lowered, begin with the lower-case `marker`.
    private static func startsWithLowercased(_ bytes: Span<UInt8>, at index: Int, _ marker: [UInt8]) -> Bool {
        guard index + marker.count <= bytes.count else { return false }
        for offset in marker.indices where lowercased(bytes[index + offset]) != marker[offset] { return false }
        return true
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 { byte >= 65 && byte <= 90 ? byte + 32 : byte }
}

/// Stage 2: which extractor applies.
public struct MediaTypeStage: AnalysisStage {
    public let name: StageName = "media-type"
    public let requires: Set<Annotation> = [.decodedText]
    public let provides: Set<Annotation> = [.mediaType]
    public init() {}

    public func apply(to document: inout AnalysisDocument) throws(StageFailure) {
        document.mediaType = MediaTypeSniffer.sniff(document.decodedText)
    }
}
