/// A date as a page's metadata gives it ("2019-11-18T11:47:23-05:00", "2019-11-19 02:24:00",
/// "2019/11/19", "Mon, 18 Nov 2019 16:07:38 -0600", "November 18, 2019"), read into a day, an optional
/// clock time and the page's own UTC offset. Written back as RFC 3339 with that same offset (never
/// converted: the offset says which day the publisher meant), or as a bare RFC 3339 full-date when the
/// source names no zone, since a time without a zone is not an instant.
struct DateStamp: Equatable {
    var date: CivilDate
    /// "HH:MM:SS" (seconds added when missing), fractional seconds dropped.
    var time: String?
    /// Minutes east of UTC; nil when the source named no zone.
    var offsetMinutes: Int?

    /// Years outside this range are typing errors or placeholders ("0001-01-01"), not publication dates.
    static let plausibleYears = 1990...2100

    var rfc3339: String {
        let day = "\(Self.padded(date.year, 4))-\(Self.padded(date.month, 2))-\(Self.padded(date.day, 2))"
        guard let time, let offsetMinutes else { return day }
        if offsetMinutes == 0 { return "\(day)T\(time)Z" }
        let sign = offsetMinutes < 0 ? "-" : "+"
        let minutes = abs(offsetMinutes)
        return "\(day)T\(time)\(sign)\(Self.padded(minutes / 60, 2)):\(Self.padded(minutes % 60, 2))"
    }

    /// Whether this stamp is given in UTC or with no zone: its day may be the next or previous one where
    /// the publisher is.
    var dayMayBeShifted: Bool { time == nil || offsetMinutes == nil || offsetMinutes == 0 }

    /// Minutes since 1970 in UTC, when the stamp is a full instant.
    var instant: Int? {
        guard let time, let offsetMinutes else { return nil }
        let parts = time.split(separator: ":").compactMap { Int($0) }
        guard parts.count >= 2 else { return nil }
        return date.dayNumber * 1440 + parts[0] * 60 + parts[1] - offsetMinutes
    }

    init(date: CivilDate, time: String? = nil, offsetMinutes: Int? = nil) {
        self.date = date
        self.time = time
        self.offsetMinutes = offsetMinutes
    }

    /// Reads a numeric date first ("2019-11-18…", "2019/11/18", "20191118"), else a written one ("Nov 18,
    /// 2019", "18 November 2019"); nil when neither is there or the year is implausible.
    init?(_ text: String) {
        let bytes = Array(text.utf8)
        if let stamp = Self.numeric(bytes) ?? Self.written(text), Self.plausibleYears.contains(stamp.date.year) {
            self = stamp
        } else {
            return nil
        }
    }

    // MARK: Numeric dates

    private static func numeric(_ bytes: [UInt8]) -> DateStamp? {
        var index = 0
        while index < bytes.count, bytes[index] == 0x20 { index += 1 }
        guard let year = number(bytes, &index, digits: 4) else { return nil }
        let separator = index < bytes.count ? bytes[index] : 0
        let separated = separator == UInt8(ascii: "-") || separator == UInt8(ascii: "/") || separator == UInt8(ascii: ".")
        if separated { index += 1 }
        guard let month = number(bytes, &index, digits: 2) else { return nil }
        if separated {
            guard index < bytes.count, bytes[index] == separator else { return nil }
            index += 1
        }
        guard let day = number(bytes, &index, digits: 2) else { return nil }
        let date = CivilDate(year: year, month: month, day: day)
        guard date.isValid else { return nil }
        guard index < bytes.count, bytes[index] == UInt8(ascii: "T") || bytes[index] == 0x20 else {
            return index < bytes.count && isDigit(bytes[index]) ? nil : DateStamp(date: date)
        }
        index += 1
        guard let (time, afterTime) = clock(bytes, from: index) else { return DateStamp(date: date) }
        return DateStamp(date: date, time: time, offsetMinutes: zone(bytes, from: afterTime))
    }

    /// "HH:MM", "HH:MM:SS", "HH:MM:SS.fff" → "HH:MM:SS" and the index after it.
    private static func clock(_ bytes: [UInt8], from start: Int) -> (String, Int)? {
        var index = start
        guard let hour = number(bytes, &index, digits: 2), hour < 24, index < bytes.count, bytes[index] == UInt8(ascii: ":")
        else { return nil }
        index += 1
        guard let minute = number(bytes, &index, digits: 2), minute < 60 else { return nil }
        var second = 0
        if index < bytes.count, bytes[index] == UInt8(ascii: ":") {
            index += 1
            guard let value = number(bytes, &index, digits: 2), value < 61 else { return nil }
            second = value
            if index < bytes.count, bytes[index] == UInt8(ascii: ".") || bytes[index] == UInt8(ascii: ",") {
                index += 1
                while index < bytes.count, isDigit(bytes[index]) { index += 1 }
            }
        }
        return ("\(padded(hour, 2)):\(padded(minute, 2)):\(padded(second, 2))", index)
    }

    /// "Z", "UTC", "GMT", "+05:30", "+0530", "-05" (after optional blanks) → minutes east of UTC.
    private static func zone(_ bytes: [UInt8], from start: Int) -> Int? {
        var index = start
        while index < bytes.count, bytes[index] == 0x20 { index += 1 }
        guard index < bytes.count else { return nil }
        let rest = bytes[index...]
        if rest.first == UInt8(ascii: "Z") || rest.starts(with: "UTC".utf8) || rest.starts(with: "GMT".utf8) {
            let after = index + (rest.first == UInt8(ascii: "Z") ? 1 : 3)
            if after < bytes.count, bytes[after] == UInt8(ascii: "+") || bytes[after] == UInt8(ascii: "-") {
                return zone(bytes, from: after)
            }
            return 0
        }
        guard let sign = rest.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") else { return nil }
        index += 1
        guard let hours = number(bytes, &index, digits: 2), hours <= 14 else { return nil }
        if index < bytes.count, bytes[index] == UInt8(ascii: ":") { index += 1 }
        let minutes = number(bytes, &index, digits: 2) ?? 0
        guard minutes < 60 else { return nil }
        return (sign == UInt8(ascii: "-") ? -1 : 1) * (hours * 60 + minutes)
    }

    private static func number(_ bytes: [UInt8], _ index: inout Int, digits: Int) -> Int? {
        guard index + digits <= bytes.count else { return nil }
        var value = 0
        for offset in 0..<digits {
            let byte = bytes[index + offset]
            guard isDigit(byte) else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        index += digits
        return value
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    // MARK: Written dates

    /// "Mon, 18 Nov 2019 16:07:38 -0600" keeps its time and zone (RFC 822, used by feeds and some meta
    /// tags); any other written date gives its day only.
    private static func written(_ text: String) -> DateStamp? {
        let tokens = DateLineToken.tokens(of: text)
        guard let found = PublishedDateReader.fullDate(in: tokens) else { return nil }
        var stamp = DateStamp(date: found.date)
        if let last = found.used.max(), last + 1 < tokens.count {
            let after = Array(tokens[(last + 1)...].map(\.lowered).joined(separator: " ").uppercased().utf8)
            if let (time, end) = clock(after, from: 0), let offset = zone(after, from: end) {
                stamp.time = time
                stamp.offsetMinutes = offset
            }
        }
        return stamp
    }

    static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
