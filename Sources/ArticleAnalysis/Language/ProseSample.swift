/// The running prose of a text: the words that are neither capitalised (names, headline capitals), numbers nor
/// punctuation. Wire copy full of names and results tables ("Bayern Munich 2 Borussia Moenchengladbach 0",
/// "Megawati Sukarnoputri") fools a character-quadgram classifier into the names' language; the lower-case
/// words between them ("results of ... matches played on") carry the language of the article.
struct ProseSample {
    /// The prose words joined by single spaces, ready for CLD2.
    private(set) var text = ""
    private(set) var wordCount = 0
    /// How many prose words are English function words (see `englishFunctionWords`).
    private(set) var englishFunctionWordCount = 0

    /// English words that carry no name and are not also everyday words of another Latin-script language
    /// ("in", "die", "was", "also", "for", "by", "on", "at", "a" and "to" are, so they are left out): a
    /// German, Dutch, Scandinavian, Romance or Indonesian paragraph has almost none of them.
    static let englishFunctionWords: Set<Substring> = [
        "the", "of", "and", "with", "from", "were", "are", "has", "have", "had", "said", "says", "after", "their",
        "his", "its", "this", "that", "which", "who", "been", "not", "but", "than", "into", "would", "could",
        "they", "she", "he", "we", "it", "be", "when", "there", "these", "about", "against", "between", "while",
    ]

    /// Reads whitespace-separated tokens from the first `maximumBytes` UTF-8 bytes of `text` (whole tokens
    /// only) and keeps those that are prose words. Works on Unicode scalars: grapheme-cluster `Character`s
    /// cost about a thousand instructions a byte here.
    init(of text: String, maximumBytes: Int) {
        let window = String(decoding: text.utf8.prefix(maximumBytes), as: UTF8.self)  // split is eager: cut first
        var tokens = window.unicodeScalars.split(whereSeparator: \.properties.isWhitespace)
        if text.utf8.count > maximumBytes, window.unicodeScalars.last?.properties.isWhitespace == false {
            tokens.removeLast()  // a token cut by the window
        }
        for token in tokens {
            guard let word = Self.proseWord(Substring(token)) else { continue }
            if !self.text.isEmpty { self.text += " " }
            self.text += word
            wordCount += 1
            if Self.englishFunctionWords.contains(word) { englishFunctionWordCount += 1 }
        }
    }

    /// The token without surrounding punctuation when it is a word that starts with a lower-case letter (or a
    /// letter of a script without case: Arabic, Chinese, Hindi have no capitalised names to skip) and holds
    /// only letters, apostrophes and hyphens; nil for names, numbers, codes and punctuation.
    static func proseWord(_ token: Substring) -> Substring? {
        let scalars = token.unicodeScalars
        guard let start = scalars.firstIndex(where: \.properties.isAlphabetic),
              let end = scalars.lastIndex(where: \.properties.isAlphabetic)
        else { return nil }
        let word = scalars[start...end]
        guard let first = word.first, !first.properties.isUppercase else { return nil }
        guard word.allSatisfy({ $0.properties.isAlphabetic || $0 == "'" || $0 == "\u{2019}" || $0 == "-" }) else {
            return nil
        }
        return Substring(word)
    }
}
