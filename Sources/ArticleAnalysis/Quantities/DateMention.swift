/// An absolute date, month, year or decade named in a sentence, normalised to ISO 8601 where the text
/// allows: "2015-09-01", "2015-09", "2015"; decades as "199X" (the EDTF form for "the 1990s"). A day or
/// month without a year is `partial` ("--02-23", "--04") unless the article's publication date anchored it.
public struct DateMention: Sendable, Equatable, JSONWritable {
    public enum Granularity: String, Sendable {
        case day, month, year, decade
    }

    /// Where the year came from.
    public enum YearSource: String, Sendable {
        case text, published
    }

    public var text: String
    public var granularity: Granularity
    public var year: Int?
    public var month: Int?
    public var day: Int?
    /// 1 = Monday … 7 = Sunday, when the text names it ("Thursday, February 23").
    public var weekday: Int?
    public var yearSource: YearSource?
    /// Index into `AnalysisDocument.sentences`.
    public var sentence: Int

    public init(
        text: String, granularity: Granularity, year: Int? = nil, month: Int? = nil, day: Int? = nil,
        weekday: Int? = nil, sentence: Int
    ) {
        self.text = text
        self.granularity = granularity
        self.year = year
        self.month = month
        self.day = day
        self.weekday = weekday
        self.yearSource = year == nil ? nil : .text
        self.sentence = sentence
    }

    /// No year, from the text or the publication date.
    public var isPartial: Bool { year == nil }

    public var normalized: String {
        let yearText = year.map { pad($0, 4) } ?? "-"
        switch granularity {
        case .decade: return year.map { String(pad($0, 4).dropLast()) + "X" } ?? "-"
        case .year: return yearText
        case .month: return "\(yearText)-\(pad(month ?? 0, 2))"
        case .day: return "\(yearText)-\(pad(month ?? 0, 2))-\(pad(day ?? 0, 2))"
        }
    }

    public func write(to json: inout JSONWriter) {
        json.beginObject()
        json.member("text", text)
        json.member("normalized", normalized)
        json.member("granularity", granularity.rawValue)
        json.member("partial", isPartial)
        json.member("yearSource", yearSource?.rawValue)
        json.member("sentence", sentence)
        json.endObject()
    }

    private func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
