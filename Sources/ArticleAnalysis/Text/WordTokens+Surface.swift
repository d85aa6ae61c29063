extension WordTokens {
    /// The tokens of `range` as written, for the record's evidence fields (an event's verb, a mention's
    /// name): a space before each word and before "&" after the first token, other punctuation glued to
    /// what precedes it ("Iran's", "U.S.-backed").
    public func surface(_ range: Range<Int>) -> String {
        var text = ""
        for index in range {
            if !text.isEmpty, tokens[index].isWord || key(index, is: "&") { text += " " }
            text += self.text(index)
        }
        return text
    }
}
