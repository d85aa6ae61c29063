/// Gives a year to a day or month the text names without one ("Thursday, February 23"), using the
/// article's publication date: of the candidate years around it, the one that puts the date nearest to
/// publication, and that matches the weekday when one is named. Used only when `published` is known.
struct PublicationAnchor: Sendable {
    let published: CivilDate

    /// Reads "2023-02-25", "2023-02-25T10:00:00Z", or any date the scanner finds in the string ("25 February 2023").
    init?(published text: String?) {
        guard let text else { return nil }
        let bytes = Array(text.utf8.prefix(10))
        if bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
            let year = Int(text.prefix(4)), let month = Int(text.dropFirst(5).prefix(2)), let day = Int(text.dropFirst(8).prefix(2))
        {
            let date = CivilDate(year: year, month: month, day: day)
            guard date.isValid else { return nil }
            published = date
            return
        }
        var scanner = DateScanner()
        var mentions: [DateMention] = []
        scanner.scan(text, index: 0, into: &mentions)
        guard let full = mentions.first(where: { $0.granularity == .day && $0.year != nil }),
            let year = full.year, let month = full.month, let day = full.day
        else { return nil }
        published = CivilDate(year: year, month: month, day: day)
    }

    /// The mention with its year filled in when one candidate fits, unchanged otherwise.
    func anchor(_ mention: DateMention) -> DateMention {
        guard mention.year == nil, let month = mention.month else { return mention }
        let candidates = (published.year - 1)...(published.year + 1)
        var best: (year: Int, distance: Int)?
        for year in candidates {
            let distance: Int
            if mention.granularity == .day, let day = mention.day {
                let date = CivilDate(year: year, month: month, day: day)
                guard date.isValid else { continue }
                if let weekday = mention.weekday, date.weekday != weekday { continue }
                distance = abs(date.dayNumber - published.dayNumber)
            } else {
                distance = abs((year * 12 + month) - (published.year * 12 + published.month))
            }
            if best == nil || distance < best!.distance { best = (year, distance) }
        }
        guard let best else { return mention }
        var anchored = mention
        anchored.year = best.year
        anchored.yearSource = .published
        return anchored
    }
}
