import Foundation

/// The article facts in a page's JSON-LD (schema.org `NewsArticle`, `Article`, `BlogPosting`,
/// `ReportageNewsArticle`, …), looked for at the top level, in arrays, in `@graph` and under `mainEntity`.
/// Authors and publishers given as `{"@id": …}` references are resolved against the other nodes of the page
/// (Yoast and most CMS plug-ins put the Person in the graph and only point at it from the article).
struct JSONLDArticle {
    /// A credited author: its name, and whether the page typed it as an organisation rather than a person.
    struct Author: Equatable {
        var name: String
        var organization: Bool
    }

    var headline: String?
    var authors: [Author] = []
    var datePublished: String?
    var dateModified: String?
    var publisher: String?
    var url: String?
    /// The article's full text, which some publishers embed (`ContentCascade` falls back on it).
    var articleBody: String?
    /// A `WebPage`'s dates, used only when no article node dates the page.
    var pageDatePublished: String?

    /// Nodes deeper than this are not visited: hostile JSON-LD cannot make the walk deep.
    static let maximumDepth = 8

    init(scripts: [String]) {
        var nodes: [[String: Any]] = []
        for script in scripts {
            guard let value = Self.parse(script) else { continue }
            Self.collect(value, into: &nodes, depth: 0)
        }
        var byID: [String: [String: Any]] = [:]
        for node in nodes {
            if let id = node["@id"] as? String, byID[id] == nil || node.count > byID[id]!.count { byID[id] = node }
        }
        for node in nodes {
            let types = Self.types(node)
            if types.contains(where: Self.isArticleType) {
                read(article: node, byID: byID)
            } else if types.contains(where: { $0.hasSuffix("WebPage") }) {
                pageDatePublished = pageDatePublished ?? Self.string(node["datePublished"])
            }
        }
    }

    private static func parse(_ script: String) -> Any? {
        guard let data = script.data(using: .utf8) else { return nil }
        if let value = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) { return value }
        // Hand-written JSON-LD often carries raw line breaks or tabs inside strings, which JSON forbids.
        let mended = script.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\r", with: " ")
            .replacingOccurrences(of: "\t", with: " ")
        return mended.data(using: .utf8).flatMap { try? JSONSerialization.jsonObject(with: $0, options: [.fragmentsAllowed]) }
    }

    /// Every object node, in document order: top-level values, arrays, `@graph` and `mainEntity`.
    private static func collect(_ value: Any, into nodes: inout [[String: Any]], depth: Int) {
        guard depth < maximumDepth else { return }
        if let array = value as? [Any] {
            for item in array { collect(item, into: &nodes, depth: depth + 1) }
        } else if let object = value as? [String: Any] {
            nodes.append(object)
            if let graph = object["@graph"] { collect(graph, into: &nodes, depth: depth + 1) }
            if let entity = object["mainEntity"] { collect(entity, into: &nodes, depth: depth + 1) }
        }
    }

    static func types(_ node: [String: Any]) -> [String] {
        if let type = node["@type"] as? String { return [type] }
        return (node["@type"] as? [Any])?.compactMap { $0 as? String } ?? []
    }

    static func isArticleType(_ type: String) -> Bool {
        type.hasSuffix("Article") || type == "BlogPosting" || type == "LiveBlogPosting" || type == "Report"
            || type == "SocialMediaPosting" || type == "DiscussionForumPosting"
    }

    private mutating func read(article node: [String: Any], byID: [String: [String: Any]]) {
        headline = headline ?? Self.string(node["headline"]) ?? Self.string(node["name"])
        if authors.isEmpty { authors = Self.authors(node["author"] ?? node["creator"], byID: byID, depth: 0) }
        datePublished = datePublished ?? Self.string(node["datePublished"]) ?? Self.string(node["dateCreated"])
        dateModified = dateModified ?? Self.string(node["dateModified"])
        articleBody = articleBody ?? (node["articleBody"] as? String)
        if publisher == nil {
            publisher = Self.authors(node["publisher"], byID: byID, depth: 0).first?.name
        }
        url = url ?? Self.string(node["url"]) ?? Self.string(node["mainEntityOfPage"])
            ?? Self.string((node["mainEntityOfPage"] as? [String: Any])?["@id"])
    }

    /// "Ann Lee", {"@type": "Person", "name": "Ann Lee"}, {"@id": "#ann"} or a list of these.
    private static func authors(_ value: Any?, byID: [String: [String: Any]], depth: Int) -> [Author] {
        guard let value, depth < maximumDepth else { return [] }
        if let name = string(value) { return name.hasPrefix("http") ? [] : [Author(name: name, organization: false)] }
        if let array = value as? [Any] { return array.flatMap { authors($0, byID: byID, depth: depth + 1) } }
        guard var object = value as? [String: Any] else { return [] }
        if object["name"] == nil, let id = object["@id"] as? String, let node = byID[id] { object = node }
        let organization = types(object).contains { $0 == "Organization" || $0.hasSuffix("Organization") || $0 == "NewsMediaOrganization" }
        if let name = string(object["name"]), !name.hasPrefix("http") { return [Author(name: name, organization: organization)] }
        let given = string(object["givenName"]), family = string(object["familyName"])
        if let given, let family { return [Author(name: given + " " + family, organization: organization)] }
        return []
    }

    private static func string(_ value: Any?) -> String? {
        guard let text = value as? String else { return nil }
        // Most values start and end with a visible ASCII character and need no trimming (Foundation's
        // trimming bridges through NSString).
        let trimmed = hasVisibleASCIIEdges(text) ? text : text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return nil }
        return trimmed.contains("&") ? HTMLEntityText.decoded(trimmed) : trimmed
    }

    private static func hasVisibleASCIIEdges(_ text: String) -> Bool {
        guard let first = text.utf8.first, let last = text.utf8.last else { return false }
        return first > 0x20 && first < 0x7F && last > 0x20 && last < 0x7F
    }
}
