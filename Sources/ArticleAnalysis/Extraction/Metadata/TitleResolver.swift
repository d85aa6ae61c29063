/// Chooses the title: the headline the reader sees (an `<h1>`) when the page's metadata titles agree with it,
/// in the h1's own characters (its quotes, apostrophes and dashes are never normalised); otherwise the first
/// metadata title (Open Graph, Twitter, JSON-LD headline, then `<title>`) without its site name; the first h1
/// only when the page has no metadata title at all. The agreement test keeps a site logo in an h1 or a
/// different teaser h1 from beating a page's declared title, and picks the visible wording when a
/// metadata title only adds the site's name or section ("… | Editorial | Opinion | The Guardian").
enum TitleResolver {
    /// An h1 is the headline when its key is at least this share of an agreeing metadata title's key.
    static let minimumShareOfMetadataTitle = 0.6

    static func title(headings: [String], metadataTitles: [String?], site: String?) -> String? {
        let titles = metadataTitles.compactMap { $0 }.filter { !key($0).isEmpty }
        let stripped = titles.map { TitleText.withoutSite($0, site: site) }
        for heading in headings {
            let headingKey = key(heading)
            guard headingKey.count >= 4 else { continue }
            for (title, short) in zip(titles, stripped) {
                let titleKey = key(title), shortKey = key(short)
                if headingKey == shortKey || headingKey == titleKey { return heading }
                let share = Double(headingKey.count) / Double(max(1, shortKey.count))
                if share >= minimumShareOfMetadataTitle, shortKey.contains(headingKey) { return heading }
            }
        }
        return stripped.first ?? headings.first
    }

    /// Letters and digits, lower-cased, with curly and straight quotes and all dashes removed: the titles
    /// are compared on their words only.
    static func key(_ text: String) -> String {
        String(text.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) }.map(Character.init))
    }
}
