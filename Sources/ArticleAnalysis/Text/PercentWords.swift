/// "percent" and its spellings: the amount scanner reads them after a number, and the quote scanner
/// refuses a poll's share ("Fifty-one percent say …") as a speaker.
enum PercentWords {
    static let all = WordSet(["percent", "pct", "percentage"])
}
