/// One word or punctuation mark of a sentence, with the lower-case key the lexicons are looked up by.
public struct WordToken: Sendable, Equatable {
    /// The token as written ("Iran", "U.S.", "’s"). A String, not a Substring: short ones are stored inline,
    /// so copying a token costs no reference counting.
    public var text: String
    /// Lower case, curly apostrophes made straight: the lookup key of every table.
    public var key: String
    /// Starts with an upper-case letter ("Tehran", "US").
    public var isCapitalized: Bool
    /// Every letter is upper case and there are at least two ("US", "NATO").
    public var isAllCaps: Bool
    /// A run of letters and digits, not punctuation.
    public var isWord: Bool
}
