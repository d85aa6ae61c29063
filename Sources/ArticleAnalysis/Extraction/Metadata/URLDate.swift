/// The publication day many sites write into their article URLs: "/2024/03/05/", "/2019/nov/18/",
/// "/2024-03-05-slug", "-20191115/". Only the path is read (a host or query string is not a date), and only
/// a full day counts: "/2024/03/" names a month's archive, not the article's day.
enum URLDate {
    static func day(in url: String) -> CivilDate? {
        guard let path = path(of: url) else { return nil }
        let segments = path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        for index in segments.indices {
            if let date = slashed(segments, at: index) ?? joined(segments[index]) { return date }
        }
        return nil
    }

    private static func path(of url: String) -> Substring? {
        guard let scheme = url.firstRange(of: "://") else { return url.hasPrefix("/") ? Substring(url) : nil }
        let afterHost = url[scheme.upperBound...].drop { $0 != "/" }
        return afterHost.prefix { $0 != "?" && $0 != "#" }
    }

    /// "2024" / "03" or "mar" / "05" as three consecutive segments.
    private static func slashed(_ segments: [String], at index: Int) -> CivilDate? {
        guard index + 2 < segments.count, let year = year(segments[index]) else { return nil }
        let monthText = segments[index + 1].lowercased()
        guard let month = Int(monthText) ?? CalendarLexicon.months[WordKey(monthText)], monthText.count <= 9,
            let day = Int(segments[index + 2].prefix { $0.isASCII && $0.isNumber }), segments[index + 2].first?.isNumber == true
        else { return nil }
        let date = CivilDate(year: year, month: month, day: day)
        return date.isValid ? date : nil
    }

    /// "2024-03-05" or an eight-digit "20240305" anywhere in one segment, not inside a longer number.
    private static func joined(_ segment: String) -> CivilDate? {
        let bytes = Array(segment.utf8)
        var index = 0
        while index < bytes.count {
            guard isDigit(bytes[index]), index == 0 || !isDigit(bytes[index - 1]) else { index += 1; continue }
            var end = index
            while end < bytes.count, isDigit(bytes[end]) || bytes[end] == UInt8(ascii: "-") && end - index < 10 { end += 1 }
            let run = String(decoding: bytes[index..<min(end, index + 10)], as: UTF8.self)
            let digitsOnly = bytes[index..<end].prefix { isDigit($0) }
            if run.count == 10, let stamp = DateStamp(run), run.contains("-"), stamp.time == nil, end == index + 10 || !isDigit(bytes[index + 10]) {
                return stamp.date
            }
            if digitsOnly.count == 8, let stamp = DateStamp(String(decoding: digitsOnly, as: UTF8.self)) { return stamp.date }
            index = end + 1
        }
        return nil
    }

    private static func year(_ text: String) -> Int? {
        guard text.count == 4, let value = Int(text), DateStamp.plausibleYears.contains(value) else { return nil }
        return value
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
}
