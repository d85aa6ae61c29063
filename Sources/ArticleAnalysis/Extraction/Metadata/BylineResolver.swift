/// Chooses the byline among the page's credits, each read into person names (`BylineNames`):
///
/// - A set of names two sources agree on wins (a JSON-LD author and the visible byline, a meta tag and a
///   `rel=author` link): two publishers' systems rarely agree by accident. Sources are read in the order
///   below and reading stops at the first repeat, so most pages clean two or three credits, not twenty.
/// - Otherwise the most specific source: JSON-LD persons (typed, per article), then the author meta tags
///   (per article too), then microdata and `rel=author` links (these can also mark teasers' authors further
///   down the page), then a byline-classed element or a "By …" line by the headline. Authors typed as organisations, and names equal to the site
///   or publisher, never count.
///
/// Several names are joined with ", " (the record's `byline` stays a string).
struct BylineResolver {
    /// Credits per source, most specific first; each holds the names read from one or more credits.
    var sources: [[String]] = []
    private var keys: [Set<String>] = []
    /// The first source a later one repeated, once found: reading more sources cannot change the answer
    /// much, so the caller stops (`settled`).
    private(set) var agreed: [String]?

    var settled: Bool { agreed != nil }

    mutating func add(_ names: [String]) {
        guard !names.isEmpty, agreed == nil else { return }
        let key = Set(names.map(BylineNames.key))
        if let earlier = keys.firstIndex(of: key) { agreed = sources[earlier] }
        sources.append(names)
        keys.append(key)
    }

    func byline() -> String? {
        (agreed ?? sources.first)?.joined(separator: ", ")
    }
}
