/// Small closed lists of words that mark a block's purpose when the shape alone is ambiguous: a call to
/// action speaks to the reader about sharing, apps and sign-ups; a disclaimer talks about views, rights and
/// submissions; navigation starts with a direction. Matched as whole lower-case words, never as exact lines.
enum CueWords {
    static let callToActionWords = [
        "share", "comment", "comments", "subscribe", "follow", "download", "install", "app", "application", "mobile",
        "sign", "join", "click", "tap", "explore", "newsletter", "register", "login", "log", "get", "tell", "thoughts",
    ]
    static let callToAction = WordHashSet(callToActionWords)
    /// The part of a call to action that points somewhere: prose that quotes a question to the reader has none.
    static let linkLikeWords = [
        "subscribe", "click", "tap", "download", "install", "newsletter", "register", "login", "sign", "follow", "app",
    ]
    static let linkLike = WordHashSet(linkLikeWords)
    static let disclaimerWords = [
        "disclaimer", "copyright", "©", "rights", "reserved", "submissions", "pitches", "editorial", "policies",
        "reproduction", "reproduced", "views", "necessarily", "reflect", "sponsored", "advertisement", "affiliate",
        "terms", "privacy", "cookies", "cookie",
    ]
    static let disclaimer = WordHashSet(disclaimerWords)
    static let navigationWords = ["previous", "next", "prev", "older", "newer", "back", "home", "more"]
    static let navigation = WordHashSet(navigationWords)

    /// For each first byte (A–Z folded to a–z), the lengths (bit n for n bytes) of the words of every list `count`
    /// is asked about (these and `AuthorBio.contactWords`): a word whose first byte and length match none is on
    /// no list, and needs no hash and no look-up (nearly every word of a line).
    static let lengthsByFirstByte: [UInt32] = (callToActionWords + linkLikeWords + disclaimerWords + navigationWords
        + AuthorBio.contactWords).reduce(into: Array(repeating: 0, count: 256)) { table, word in
            table[Int(word.utf8.first!)] |= 1 << word.utf8.count
        }

    /// How many distinct cue words of a list the text contains.
    static func count(_ set: WordHashSet, in text: String) -> Int {
        var found: [UInt64] = []
        let bytes = text.utf8.span
        let lengths = lengthsByFirstByte.span
        var index = 0
        while let word = nextWord(bytes, from: &index) {
            let folded = ASCIILowercase.folded(bytes[word.lowerBound])
            guard word.count < 32, lengths[Int(folded)] & 1 << word.count != 0 else { continue }
            let hash = WordHashSet.hash(bytes, word)
            if set.contains(hash: hash), !found.contains(hash) { found.append(hash) }
        }
        return found.count
    }

    /// Whether the first word of the text is on the list.
    static func startsWith(_ set: WordHashSet, _ text: String) -> Bool {
        let bytes = text.utf8.span
        var index = 0
        guard let word = nextWord(bytes, from: &index) else { return false }
        return set.contains(hash: WordHashSet.hash(bytes, word))
    }

    /// The next run of letters from `index` on (ASCII letters, and any non-ASCII byte: `WordHashSet.isWordByte`),
    /// with `index` moved past it; nil when no letter is left.
    private static func nextWord(_ bytes: Span<UInt8>, from index: inout Int) -> Range<Int>? {
        while index < bytes.count, !WordHashSet.isWordByte(bytes[index]) { index += 1 }
        let start = index
        while index < bytes.count, WordHashSet.isWordByte(bytes[index]) { index += 1 }
        return index > start ? start..<index : nil
    }
}
