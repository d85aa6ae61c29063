/// Chooses the title: the headline the reader sees (an `<h1>`) when the page's metadata titles agree with it,
/// in the h1's own characters (its quotes, apostrophes and dashes are never normalised); otherwise the first
/// metadata title (Open Graph, Twitter, JSON-LD headline, then `<title>`) without its site name; the first h1
/// only when the page has no metadata title at all. The agreement test keeps a site logo in an h1 or a
/// different teaser h1 from beating a page's declared title, and picks the visible wording when a
/// metadata title only adds the site's name or section ("… | Editorial | Opinion | The Guardian").
enum TitleResolver {
    /// An h1 is the headline when its key is at least this share of an agreeing metadata title's key.
    static let minimumShareOfMetadataTitle = 0.6
    /// An h1 longer than this is a block of text in a heading element, not a headline.
    static let maximumHeadlineBytes = 600

    static func title(headings: [String], metadataTitles: [String?], site: String?) -> String? {
        let titles = metadataTitles.compactMap { $0 }
        let titleKeys = titles.map(key)
        let stripped = titles.map { TitleText.withoutSite($0, site: site) }
        let strippedKeys = stripped.map(key)
        for heading in headings where heading.utf8.count <= maximumHeadlineBytes {
            let headingKey = key(heading)
            guard headingKey.count >= 4 else { continue }
            for (titleKey, shortKey) in zip(titleKeys, strippedKeys) where !titleKey.isEmpty {
                if headingKey == shortKey || headingKey == titleKey { return heading }
                let share = Double(headingKey.count) / Double(max(1, shortKey.count))
                if share >= minimumShareOfMetadataTitle, shortKey.contains(headingKey) { return heading }
            }
        }
        return zip(stripped, titleKeys).first { !$0.1.isEmpty }?.0 ?? headings.first
    }

    /// Letters and digits, lower-cased, with curly and straight quotes and all dashes removed: the titles
    /// are compared on their words only. ASCII is read without Unicode property look-ups.
    static func key(_ text: String) -> String {
        if let ascii = asciiKey(text.utf8.span) { return ascii }
        var key = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                let value = scalar.value
                if value >= 0x41 && value <= 0x5A {
                    key.append(Unicode.Scalar(value | 0x20)!)
                } else if value >= 0x61 && value <= 0x7A || value >= 0x30 && value <= 0x39 {
                    key.append(scalar)
                }
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                key.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            }
        }
        return String(key)
    }

    /// The key of a text in ASCII plus the punctuation titles use (curly quotes, dashes, ellipsis, no-break
    /// space: E2 80 xx and C2 A0), byte by byte; nil when the text has other characters.
    private static func asciiKey(_ bytes: Span<UInt8>) -> String? {
        var key: [UInt8] = []
        key.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte >= 0x80 {
                if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80 { index += 3; continue }
                if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xA0 { index += 2; continue }
                return nil
            }
            let folded = byte | 0x20
            if folded >= 0x61 && folded <= 0x7A { key.append(folded) } else if byte >= 0x30 && byte <= 0x39 { key.append(byte) }
            index += 1
        }
        return String(decoding: key, as: UTF8.self)
    }
}
