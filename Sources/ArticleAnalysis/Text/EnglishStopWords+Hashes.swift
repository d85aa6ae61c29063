extension EnglishStopWords {
    /// The words' `TokenHash`es: a word whose hash is known already (a token's, or one made while scanning)
    /// is tested with one integer probe.
    static let hashes: KeyedTable<UInt64, Bool> = {
        var table = KeyedTable<UInt64, Bool>(capacity: words.count)
        for word in words { table.update(TokenHash.of(word), orInsert: { true }) { _ in } }
        return table
    }()
}
