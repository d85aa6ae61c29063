/// Names the page: title, byline, published and modified dates, site and canonical URL, from the signals the
/// outliner gathered in its one pass (head meta tags, JSON-LD, h1s, `<time>`s, author mark-up) and the text
/// blocks around the headline. Each field has its own resolver, which says why it orders the sources as it
/// does: `TitleResolver`, `BylineResolver`, `PublishedDateResolver`.
enum HTMLMetadataReader {
    static func metadata(from outline: PageOutline) -> ArticleMetadata {
        let signals = outline.signals
        let meta = signals.meta
        let jsonLD = JSONLDArticle(scripts: signals.jsonLD)
        // The blocks around the headline are read only when a field still needs them (most pages date and
        // credit their articles in JSON-LD or meta tags).
        var read: HeadlineSurroundings?
        let surroundings = { () -> HeadlineSurroundings in
            if let read { return read }
            let found = HeadlineSurroundings(outline: outline)
            read = found
            return found
        }
        var metadata = ArticleMetadata()
        metadata.url = first(signals.canonical.flatMap(absolute), meta["og:url"], jsonLD.url.flatMap(absolute))
        metadata.site = first(
            meta["og:site_name"].flatMap { $0.contains("://") ? nil : $0 }, jsonLD.publisher, meta["application-name"],
            meta["apple-mobile-web-app-title"], meta["twitter:site"].map { String($0.drop { $0 == "@" }) })
        metadata.title = TitleResolver.title(
            headings: signals.headings,
            metadataTitles: [meta["og:title"], meta["twitter:title"], jsonLD.headline, signals.documentTitle].map { $0.map(collapse) },
            site: metadata.site)
        metadata.byline = byline(signals, jsonLD: jsonLD, surroundings: surroundings, outlets: [metadata.site, jsonLD.publisher].compactMap { $0 })
        let dates = dateResolver(signals, jsonLD: jsonLD, surroundings: surroundings, url: metadata.url)
        metadata.published = dates.published()?.rfc3339
        metadata.modified = dates.modified?.rfc3339
        return metadata
    }

    private static func byline(
        _ signals: PageOutline.Signals, jsonLD: JSONLDArticle, surroundings: () -> HeadlineSurroundings, outlets: [String]
    ) -> String? {
        let meta = signals.meta
        var resolver = BylineResolver()
        // Pages repeat one credit in many places (four meta tags, microdata, a link): each is read once.
        var read: [String: [String]] = [:]
        func names(_ credit: String) -> [String] {
            if let known = read[credit] { return known }
            let found = BylineNames.names(in: credit, excluding: outlets)
            read[credit] = found
            return found
        }
        resolver.add(jsonLD.authors.filter { !$0.organization }.flatMap { names($0.name) })
        for key in ["author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "dcterms.creator", "byl", "citation_author"] {
            guard !resolver.settled, let value = meta[key], !value.contains("://") else { continue }
            resolver.add(names(value))
        }
        if !resolver.settled { resolver.add(unique(signals.itemAuthors.flatMap(names))) }
        if !resolver.settled { resolver.add(unique(signals.relAuthors.flatMap(names))) }
        for text in signals.bylineTexts.prefix(2) where !resolver.settled {
            resolver.add(names(text))
        }
        if !resolver.settled, let text = surroundings().byLines.first { resolver.add(names(text)) }
        return resolver.byline()
    }

    private static func dateResolver(
        _ signals: PageOutline.Signals, jsonLD: JSONLDArticle, surroundings: () -> HeadlineSurroundings, url: String?
    ) -> PublishedDateResolver {
        let meta = signals.meta
        var resolver = PublishedDateResolver()
        resolver.modified = (jsonLD.dateModified.flatMap(DateStamp.init))
            ?? PageDateSignals.modifiedMetaKeys.lazy.compactMap { meta[$0].flatMap(DateStamp.init) }.first
            ?? signals.times.lazy.filter(\.modified).compactMap { $0.datetime.flatMap(DateStamp.init) }.first
        var machine = [jsonLD.datePublished].compactMap { $0.flatMap(DateStamp.init) }
        machine += PageDateSignals.publishedMetaKeys.compactMap { meta[$0].flatMap(DateStamp.init) }
        machine += signals.times.filter(\.published).compactMap { $0.datetime.flatMap(DateStamp.init) }
        machine += [jsonLD.pageDatePublished].compactMap { $0.flatMap(DateStamp.init) }
        resolver.machine = machine
        // Visible dates matter only when no machine stamp carries the page's own offset.
        if machine.first?.dayMayBeShifted ?? true {
            let near = surroundings()
            resolver.visible = near.dates
                + signals.times.filter { !$0.modified }.compactMap { $0.text.flatMap(PublishedDateReader.dateLine)?.0 }
                + signals.dateTexts.compactMap { PublishedDateReader.dateLine($0)?.0 } + near.datelines
        }
        // The URL's day and the fallback times only count when no machine stamp dates the page.
        guard machine.isEmpty else { return resolver }
        resolver.urlDay = url.flatMap(URLDate.day)
        resolver.fallbackTimes = signals.times.filter { time in
            !time.modified && !(time.text?.lowercased().contains("updated") ?? false)
        }.compactMap { $0.datetime.flatMap(DateStamp.init) }
        return resolver
    }

    private static func first(_ candidates: String?...) -> String? {
        for candidate in candidates {
            if let trimmed = candidate.map(collapse), !trimmed.isEmpty { return trimmed }
        }
        return nil
    }

    private static func collapse(_ text: String) -> String {
        if isCollapsed(text) { return text }
        return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Whether `text` has no white space but single ASCII spaces between visible characters (the common case),
    /// read on bytes: then splitting it at white space and joining it again gives it back unchanged. Controls
    /// and the Unicode spaces (U+0085, U+00A0, U+1680, U+2000–200A, U+2028/9, U+202F, U+205F, U+3000) leave
    /// it to the Character path, and so does a space before a non-ASCII character, which could combine with it.
    private static func isCollapsed(_ text: String) -> Bool {
        let bytes = text.utf8.span
        guard !bytes.isEmpty else { return false }
        let first = bytes[0], last = bytes[bytes.count - 1]
        guard first != 0x20, last != 0x20 else { return false }
        for index in bytes.indices {
            let byte = bytes[index]
            if byte < 0x20 { return false }
            if byte == 0x20, !(0x21...0x7E).contains(bytes[index + 1]) { return false }
            guard byte >= 0xC2, byte <= 0xE3, index + 2 < bytes.count else { continue }
            let second = bytes[index + 1], third = bytes[index + 2]
            switch byte {
            case 0xC2: if second == 0x85 || second == 0xA0 { return false }
            case 0xE1: if second == 0x9A && third == 0x80 { return false }
            case 0xE2:
                if second == 0x80 && (third <= 0x8A || third == 0xA8 || third == 0xA9 || third == 0xAF) { return false }
                if second == 0x81 && third == 0x9F { return false }
            case 0xE3: if second == 0x80 && third == 0x80 { return false }
            default: break
            }
        }
        // A two-byte space at the very end ("…\u{A0}") is not caught above.
        if bytes.count >= 2, bytes[bytes.count - 2] == 0xC2, last == 0x85 || last == 0xA0 { return false }
        return true
    }

    /// A canonical link is only useful as an absolute URL.
    private static func absolute(_ url: String) -> String? {
        url.hasPrefix("http://") || url.hasPrefix("https://") ? url : nil
    }

    private static func unique(_ names: [String]) -> [String] {
        var seen = Set<String>()
        return names.filter { seen.insert(BylineNames.key($0)).inserted }
    }
}
