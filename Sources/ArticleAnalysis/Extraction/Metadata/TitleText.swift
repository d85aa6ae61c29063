import Foundation

/// Strips a site's name from a title: "Story | Site", "Story - Section - Site", "Site | Story" and
/// "Site: Story", at the separators titles use (| – — - : · ::).
enum TitleText {
    static let separators = [" | ", " – ", " — ", " - ", " :: ", " · ", " » ", ": "]
    /// A last part of this many words or fewer is taken for a site or section name even when the site's
    /// name is unknown.
    static let maximumSuffixWords = 4

    static func withoutSite(_ title: String, site: String?) -> String {
        var title = title.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let siteKey = site.map(TitleResolver.key).flatMap { $0.isEmpty ? nil : $0 }
        if let siteKey { title = withoutSitePrefix(title, siteKey: siteKey) }
        // Cut the last part while it names the site or is short: "Story | Editorial | Opinion | Guardian".
        while let (head, tail) = lastPart(of: title) {
            let tailKey = TitleResolver.key(String(tail))
            let isSite = siteKey.map { tailKey.contains($0) || ($0.contains(tailKey) && !tailKey.isEmpty) } ?? false
            let short = tail.split(separator: " ").count <= maximumSuffixWords
            guard isSite || short, head.split(separator: " ").count >= 2 else { break }
            title = String(head)
            // Parts before the site's name can be words of the headline ("Storm: the aftermath - Part 2 | Site").
            if isSite { break }
        }
        return title
    }

    private static func lastPart(of title: String) -> (Substring, Substring)? {
        var best: Range<String.Index>?
        for separator in separators where separator != ": " {
            if let range = title.range(of: separator, options: .backwards), range.lowerBound > (best?.lowerBound ?? title.startIndex) {
                best = range
            }
        }
        guard let best else { return nil }
        return (title[..<best.lowerBound], title[best.upperBound...])
    }

    /// "Site | Story", "Site: Story" or "Site | Motto: Story" → "Story" when what comes before a separator is the
    /// site's name (or, at the first separator, the start of it).
    private static func withoutSitePrefix(_ title: String, siteKey: String) -> String {
        var cuts: [Range<String.Index>] = []
        for separator in separators {
            var from = title.startIndex
            while let range = title.range(of: separator, range: from..<title.endIndex) {
                cuts.append(range)
                from = range.upperBound
            }
        }
        cuts.sort { $0.lowerBound < $1.lowerBound }
        let exact = cuts.first { TitleResolver.key(String(title[..<$0.lowerBound])) == siteKey }
        let start = cuts.first.flatMap { cut -> Range<String.Index>? in
            let headKey = TitleResolver.key(String(title[..<cut.lowerBound]))
            return headKey.count >= 4 && siteKey.hasPrefix(headKey) ? cut : nil
        }
        guard let cut = exact ?? start else { return title }
        let rest = title[cut.upperBound...]
        return rest.split(separator: " ").count >= 2 ? String(rest) : title
    }
}
