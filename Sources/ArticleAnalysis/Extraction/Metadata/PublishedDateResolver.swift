/// Chooses the published and modified dates among what a page says, and why in this order:
///
/// 1. Machine-readable publication dates, most specific first: the article's JSON-LD `datePublished` (it
///    names the article node, so a page's other dates cannot be mistaken for it), then the publication
///    meta tags (`PageDateSignals.publishedMetaKeys`), then `<time pubdate>` / `itemprop="datePublished"`.
///    None of them is ever a modified date: those are read apart (`modifiedMetaKeys`, `dateModified`).
/// 2. When the chosen stamp is in UTC or has no zone, its day can be the day after the one the publisher
///    printed ("2019-11-19T02:24Z" for "Nov 18, 9:24 pm ET"). Another machine stamp of the same instant that
///    carries the page's own offset is preferred; failing that, a date the reader sees beside the headline
///    that is one day away wins, given as a day.
/// 3. Without machine dates: the date line the reader sees by the headline or a `<time>`'s text (an
///    "Updated" line is not the publication), then the day in the URL path, then the first `<time>` that
///    is not marked as an update.
struct PublishedDateResolver {
    var machine: [DateStamp] = []
    var modified: DateStamp?
    /// Dates a reader sees near the headline (date lines, `<time>` texts), in page order.
    var visible: [CivilDate] = []
    var urlDay: CivilDate?
    var fallbackTimes: [DateStamp] = []

    func published() -> DateStamp? {
        guard var chosen = machine.first else {
            if let day = visible.first ?? urlDay { return DateStamp(date: day) }
            return fallbackTimes.first
        }
        if chosen.dayMayBeShifted {
            if let instant = chosen.instant,
                let local = machine.first(where: { !$0.dayMayBeShifted && $0.instant.map { abs($0 - instant) <= 1 } == true }) {
                chosen = local
            } else if let seen = visible.first(where: { abs($0.dayNumber - chosen.date.dayNumber) == 1 }),
                !visible.contains(chosen.date) {
                chosen = DateStamp(date: seen)
            }
        }
        return chosen
    }
}
