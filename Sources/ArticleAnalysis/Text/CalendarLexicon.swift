/// Month and weekday names, and the words that make a bare month name a date ("in May", "since March").
enum CalendarLexicon {
    static let months: WordTable<Int> = {
        var table: [(WordKey, Int)] = []
        let names = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                     "october", "november", "december"]
        for (index, name) in names.enumerated() { table.append((WordKey(name), index + 1)) }
        for (abbreviation, month) in [("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7),
                                      ("aug", 8), ("sep", 9), ("sept", 9), ("oct", 10), ("nov", 11), ("dec", 12)] {
            table.append((WordKey(abbreviation), month))
        }
        return WordTable(table)
    }()
    /// Full month names, the only ones trusted without a day or year after them.
    static let fullMonthNames = WordSet(
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
         "november", "december"])

    /// 1 = Monday … 7 = Sunday (ISO 8601).
    static let weekdays = WordTable<Int>(
        ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"].enumerated().map {
            (WordKey($0.element), $0.offset + 1)
        })

    /// Words before a lone month name that make it a date: "in May", "since March", "last October".
    static let monthCues = WordSet(
        ["in", "since", "until", "till", "by", "last", "next", "early", "late", "mid", "this", "from", "through",
         "during", "before", "after", "of", "between", "and", "or"])
    /// Words before a year that keep it a year even when a plural noun follows ("the 2022 elections").
    static let yearCues = WordSet(
        ["in", "since", "until", "till", "by", "from", "through", "during", "before", "after", "between", "the",
         "of", "and", "or", "to", "early", "late", "mid", "pre", "post", "circa", "around", "year", "fiscal", "a",
         "an", "its", "his", "her", "their", "our", "this", "that", "last", "next"])
    /// Prefixes glued to a year by a hyphen that keep it a year ("mid-2023", "pre-2014").
    static let yearPrefixes = WordSet(["mid", "early", "late", "pre", "post"])
    static let and = WordKey("and"), or = WordKey("or"), of = WordKey("of"), the = WordKey("the")
}
