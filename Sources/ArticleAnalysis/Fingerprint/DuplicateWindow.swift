/// How much history the near-duplicate registry remembers (`analysis.nearDuplicateWindow`): the newest
/// `count` articles and/or those received within `days` of the newest one. Oldest out first.
public struct DuplicateWindow: Sendable, Equatable {
    /// At most this many articles; nil for no count limit. Either way the index holds at most
    /// `NearDuplicateIndex.maximumArticles` (16,777,214: table slots keep 24-bit positions).
    public var count: Int?
    /// Only articles received within this many days of the newest; nil for no age limit.
    public var days: Double?

    /// One million articles, no age limit: the size the issue asks to hold in 200 MB.
    public init(count: Int? = 1_000_000, days: Double? = nil) {
        self.count = count
        self.days = days
    }
}
