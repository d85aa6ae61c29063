/// Chooses the byline among the page's credits, each read into person names (`BylineNames`):
///
/// - A set of names two sources agree on wins (a JSON-LD author and the visible byline, a meta tag and a
///   `rel=author` link): two publishers' systems rarely agree by accident.
/// - Otherwise the most specific source: JSON-LD persons (typed, per article), then microdata and
///   `rel=author` links (marked up on the visible credit), then the author meta tags, then a byline-classed
///   element or a "By …" line by the headline. Authors typed as organisations, and names equal to the site
///   or publisher, never count.
///
/// Several names are joined with ", " (the record's `byline` stays a string).
struct BylineResolver {
    /// Credits per source, most specific first; each holds the names read from one or more credits.
    var sources: [[String]] = []

    mutating func add(_ names: [String]) {
        if !names.isEmpty { sources.append(names) }
    }

    func byline() -> String? {
        let keys = sources.map { Set($0.map(BylineNames.key)) }
        for (index, names) in sources.enumerated() where keys[(index + 1)...].contains(keys[index]) {
            return names.joined(separator: ", ")
        }
        return sources.first?.joined(separator: ", ")
    }
}
