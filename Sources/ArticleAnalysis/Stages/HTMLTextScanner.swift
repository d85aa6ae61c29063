/// A single linear pass over HTML that keeps text blocks and the `<title>`, and skips markup, comments,
/// scripts and styles. It is the fallback reader; it makes no attempt to judge what is boilerplate.
enum HTMLTextScanner {
    struct Scanned {
        var blocks: [String] = []
        var title: String?
    }

    private static let blockTags: Set<String> = [
        "p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article", "blockquote",
        "header", "footer", "nav", "aside", "ul", "ol", "table", "pre", "title", "main", "figure", "figcaption",
    ]
    private static let skippedTags: Set<String> = ["script", "style", "noscript", "template", "svg"]

    static func scan(_ html: String) -> Scanned {
        var result = Scanned()
        var current = ""
        var inTitle = false
        var skipping: String?
        var scalars = html.unicodeScalars[...]

        func flush() {
            let block = decodeEntities(current)
            if inTitle, result.title == nil, !block.isEmpty { result.title = block }
            else if block.contains(where: { !$0.isWhitespace }) { result.blocks.append(block) }
            current = ""
        }

        while let scalar = scalars.first {
            guard scalar == "<" else {
                if skipping == nil { current.unicodeScalars.append(scalar) }
                scalars = scalars.dropFirst()
                continue
            }
            if scalars.starts(with: "<!--".unicodeScalars) {
                scalars = scalars.dropFirst(4)
                if let end = scalars.firstRange(of: "-->".unicodeScalars) { scalars = scalars[end.upperBound...] } else { break }
                continue
            }
            guard let close = scalars.firstIndex(of: ">") else { break }
            let tag = scalars[scalars.index(after: scalars.startIndex)..<close]
            scalars = scalars[scalars.index(after: close)...]
            let isEnd = tag.first == "/"
            let name = String(String.UnicodeScalarView(tag.drop { $0 == "/" }.prefix { !" \t\n\r/>".unicodeScalars.contains($0) })).lowercased()
            if let skipped = skipping {
                if isEnd && name == skipped { skipping = nil }
                continue
            }
            if !isEnd && skippedTags.contains(name) { skipping = name; continue }
            if blockTags.contains(name) {
                flush()
                if name == "title" { inTitle = !isEnd }
            }
        }
        flush()
        return result
    }

    private static let entities: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "mdash": "—", "ndash": "–",
        "rsquo": "’", "lsquo": "‘", "rdquo": "”", "ldquo": "“", "hellip": "…",
    ]

    /// Named entities from a short list and numeric ones; anything else is left as written.
    static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var out = ""
        var rest = text[...]
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            if let semi = after.prefix(10).firstIndex(of: ";") {
                let name = after[..<semi]
                if let replacement = entityValue(name) {
                    out += replacement
                    rest = after[after.index(after: semi)...]
                    continue
                }
            }
            out += "&"
            rest = after
        }
        return out + rest
    }

    private static func entityValue(_ name: Substring) -> String? {
        if name.hasPrefix("#") {
            let digits = name.dropFirst()
            let value = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            return value.flatMap(Unicode.Scalar.init).map { String(Character($0)) }
        }
        return entities[String(name)]
    }
}
