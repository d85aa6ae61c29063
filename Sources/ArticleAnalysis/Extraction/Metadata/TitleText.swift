/// Strips a site's name from a title: "Story | Site", "Story - Section - Site", "Site | Story" and
/// "Site: Story", at the separators titles use (| – — - :: · » and, for a leading site name, ":").
/// Works on the title's UTF-8 bytes: it runs on every metadata title of every page.
enum TitleText {
    /// A last part of this many words or fewer is taken for a site or section name even when the site's
    /// name is unknown.
    static let maximumSuffixWords = 4

    static func withoutSite(_ title: String, site: String?) -> String {
        var bytes = Array(title.utf8)
        // Collapsed already (the common case) unless it has control characters, doubled or edge spaces, or a
        // no-break space.
        let ragged = zip(bytes, bytes.dropFirst()).contains { $0 < 0x20 || $1 < 0x20 || $0 == 0x20 && $1 == 0x20 || $0 == 0xC2 && $1 == 0xA0 }
        if ragged || bytes.first == 0x20 || bytes.last == 0x20 || bytes.count == 1 {
            bytes = Array(title.split(whereSeparator: \.isWhitespace).joined(separator: " ").utf8)
        }
        let siteKey = site.map(TitleResolver.key).flatMap { $0.isEmpty ? nil : $0 }
        if let siteKey { bytes = withoutSitePrefix(bytes, siteKey: siteKey) }
        // Cut the last part while it is short: "Story | Section | Site"; stop once the site's name is cut, since
        // parts before it can be words of the headline ("Storm: the aftermath - Part 2 | Site").
        for cut in separators(in: bytes).reversed() where !cut.colon {
            let head = bytes[..<cut.start], tail = bytes[cut.end..<bytes.count]
            let tailKey = TitleResolver.key(String(decoding: tail, as: UTF8.self))
            let isSite = siteKey.map { tailKey.contains($0) || (!tailKey.isEmpty && $0.contains(tailKey)) } ?? false
            let short = words(in: tail) <= maximumSuffixWords
            guard isSite || short, words(in: head) >= 2 else { break }
            bytes = Array(head)
            if isSite { break }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A separator's byte range; `colon` for ": ", which only ever ends a leading site name.
    struct Separator {
        var start: Int
        var end: Int
        var colon: Bool
    }

    /// " | ", " - ", " – ", " — ", " :: ", " · ", " » " and ": ", in order.
    static func separators(in bytes: [UInt8]) -> [Separator] {
        var found: [Separator] = []
        var index = 0
        func at(_ offset: Int) -> UInt8 { offset < bytes.count ? bytes[offset] : 0 }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x20 {
                var length = 0
                switch at(index + 1) {
                case UInt8(ascii: "|"), UInt8(ascii: "-"): length = 1
                case UInt8(ascii: ":") where at(index + 2) == UInt8(ascii: ":"): length = 2
                case 0xE2 where at(index + 2) == 0x80 && (at(index + 3) == 0x93 || at(index + 3) == 0x94): length = 3
                case 0xC2 where at(index + 2) == 0xB7 || at(index + 2) == 0xBB: length = 2
                default: break
                }
                if length > 0, at(index + 1 + length) == 0x20 {
                    found.append(Separator(start: index, end: index + length + 2, colon: false))
                    index += length + 2
                    continue
                }
            } else if byte == UInt8(ascii: ":"), at(index + 1) == 0x20, index > 0, bytes[index - 1] != 0x20 {
                found.append(Separator(start: index, end: index + 2, colon: true))
            }
            index += 1
        }
        return found
    }

    /// "Site | Story", "Site: Story" or "Site | Motto: Story" → "Story" when what comes before a separator is the
    /// site's name (or, at the first separator, the start of it).
    private static func withoutSitePrefix(_ bytes: [UInt8], siteKey: String) -> [UInt8] {
        let cuts = separators(in: bytes)
        func headKey(_ cut: Separator) -> String { TitleResolver.key(String(decoding: bytes[..<cut.start], as: UTF8.self)) }
        let exact = cuts.first { headKey($0) == siteKey }
        let start = cuts.first.flatMap { cut -> Separator? in
            let key = headKey(cut)
            return key.count >= 4 && siteKey.hasPrefix(key) ? cut : nil
        }
        guard let cut = exact ?? start, words(in: bytes[cut.end...]) >= 2 else { return bytes }
        return Array(bytes[cut.end...])
    }

    /// Words separated by single spaces (the title is collapsed first).
    static func words(in bytes: some Collection<UInt8>) -> Int {
        guard !bytes.isEmpty else { return 0 }
        return bytes.reduce(1) { $0 + ($1 == 0x20 ? 1 : 0) }
    }
}
