import Foundation

/// The article facts in a page's JSON-LD (schema.org `NewsArticle`, `Article`, `BlogPosting`, …), looked for
/// at the top level, in arrays and in `@graph`.
struct JSONLDArticle {
    var headline: String?
    var author: String?
    var datePublished: String?
    var publisher: String?
    var url: String?
    /// The article's full text, which some publishers embed (`ContentCascade` falls back on it).
    var articleBody: String?

    init(scripts: [String]) {
        for script in scripts {
            guard let data = script.data(using: .utf8),
                let value = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
            else { continue }
            visit(value, depth: 0)
        }
    }

    private mutating func visit(_ value: Any, depth: Int) {
        guard depth < 8 else { return }
        if let array = value as? [Any] {
            for item in array { visit(item, depth: depth + 1) }
        } else if let object = value as? [String: Any] {
            if let graph = object["@graph"] { visit(graph, depth: depth + 1) }
            if Self.isArticle(object["@type"]) { read(object) }
        }
    }

    private static func isArticle(_ type: Any?) -> Bool {
        let types = (type as? [Any])?.compactMap { $0 as? String } ?? [(type as? String) ?? ""]
        return types.contains { $0.hasSuffix("Article") || $0 == "BlogPosting" || $0 == "Report" || $0 == "LiveBlogPosting" }
    }

    private mutating func read(_ object: [String: Any]) {
        headline = headline ?? (object["headline"] as? String) ?? (object["name"] as? String)
        author = author ?? Self.names(object["author"])
        datePublished = datePublished ?? (object["datePublished"] as? String) ?? (object["dateCreated"] as? String)
        publisher = publisher ?? Self.names(object["publisher"])
        articleBody = articleBody ?? (object["articleBody"] as? String)
        url = url ?? (object["url"] as? String) ?? ((object["mainEntityOfPage"] as? [String: Any])?["@id"] as? String)
    }

    /// "Ann Lee", {"name": "Ann Lee"} or a list of either → "Ann Lee, Bo Chan".
    private static func names(_ value: Any?) -> String? {
        if let name = value as? String { return name.isEmpty || name.hasPrefix("http") ? nil : name }
        if let object = value as? [String: Any] { return names(object["name"]) }
        if let array = value as? [Any] {
            let all = array.compactMap { names($0) }
            return all.isEmpty ? nil : all.joined(separator: ", ")
        }
        return nil
    }
}
