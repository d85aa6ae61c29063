import Foundation

/// Chooses the page's title, byline, date, canonical URL and site name from the signals the outliner saw,
/// strongest first: Open Graph and article meta tags, JSON-LD, then the page itself (`<title>` minus the
/// site suffix, `<h1>`, `rel=author`, a "By …" byline element, the first `<time datetime>`).
enum HTMLMetadataReader {
    static func metadata(from signals: PageOutline.Signals) -> ArticleMetadata {
        let meta = signals.meta
        let jsonLD = JSONLDArticle(scripts: signals.jsonLD)
        var metadata = ArticleMetadata()
        let site = first(meta["og:site_name"], jsonLD.publisher, meta["application-name"], meta["twitter:site"].map { String($0.drop { $0 == "@" }) })
        metadata.site = site
        metadata.title = first(meta["og:title"], meta["twitter:title"], jsonLD.headline, signals.firstH1,
                               signals.documentTitle.map { titleWithoutSite($0, site: site) })
        metadata.byline = first(
            meta["author"].flatMap { $0.hasPrefix("http") ? nil : $0 }, meta["article:author"].flatMap { $0.hasPrefix("http") ? nil : $0 },
            jsonLD.author, signals.relAuthor, signals.bylineText.map(withoutByPrefix))
        metadata.published = first(
            meta["article:published_time"], meta["datepublished"], jsonLD.datePublished, meta["pubdate"],
            meta["publishdate"], meta["date"], meta["dc.date"], meta["dc.date.issued"], meta["parsely-pub-date"],
            meta["sailthru.date"], signals.firstTime)
        metadata.url = first(signals.canonical, meta["og:url"], jsonLD.url)
        return metadata
    }

    private static func first(_ candidates: String?...) -> String? {
        for candidate in candidates {
            if let trimmed = candidate.map(collapse), !trimmed.isEmpty { return trimmed }
        }
        return nil
    }

    private static func collapse(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// "Story headline | Site Name" → "Story headline": cut at the last separator when what follows is the
    /// site's name or short (four words or fewer).
    static func titleWithoutSite(_ title: String, site: String?) -> String {
        for separator in [" | ", " - ", " – ", " — ", " :: ", " · "] {
            guard let range = title.range(of: separator, options: .backwards) else { continue }
            let suffix = title[range.upperBound...]
            let isSite = site.map { suffix.lowercased().contains($0.lowercased()) } ?? false
            if isSite || suffix.split(separator: " ").count <= 4 { return String(title[..<range.lowerBound]) }
        }
        return title
    }

    private static func withoutByPrefix(_ text: String) -> String {
        let lowered = text.lowercased()
        return lowered.hasPrefix("by ") ? String(text.dropFirst(3)) : text
    }
}
