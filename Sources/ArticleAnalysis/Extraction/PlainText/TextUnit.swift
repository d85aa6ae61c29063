/// One line (or hard-wrapped paragraph) of scraped plain text and the surface signals the classifier reads:
/// length, stop-word share, how it ends, capitalisation, list and label shape, personal data, repetition.
struct TextUnit: Sendable {
    /// Whitespace-collapsed text of the unit.
    var text: String
    var words: Int
    /// Share of words that are function words (the, of, and, …): prose has many, headlines and lists few.
    var stopWordRatio: Double
    /// Share of words of four or more letters that start with a capital: high in titles and headline lists.
    var capitalizedRatio: Double
    /// Ends with ., ! or ? (before closing quotes).
    var endsSentence: Bool
    /// Ends with "..." or "…": a teaser cut short by a headline list.
    var truncated: Bool
    /// Starts with a bullet or a list number.
    var bulleted: Bool
    /// Starts with a short label and a colon ("Email :", "linkedin:", "Disclaimer:").
    var labelled: Bool
    /// Emails, phones, addresses, @handles or web addresses inside.
    var personalData: Int
    var links: Int
    /// "you"/"your" count: calls to action speak to the reader.
    var secondPerson: Int
    /// How many times the same text occurs in the page.
    var occurrences = 1
    /// Blank lines before it (a paragraph break in the source).
    var blankLinesBefore: Int
    /// A sentence cut from a line that holds a large share of the text's words (`LongLineSplitter`): judged on
    /// its own, kept unless a rule with boilerplate context removes it, and joined back to its neighbours.
    var isSentencePiece = false
    /// The line it came from (the unit's own index when it is no piece): kept pieces of one line form one paragraph.
    var line = 0

    var isTitleLike: Bool { words > 0 && words <= 20 && !endsSentence && !truncated && !bulleted && !labelled }
}
