/// Small closed lists of words that mark a block's purpose when the shape alone is ambiguous: a call to
/// action speaks to the reader about sharing, apps and sign-ups; a disclaimer talks about views, rights and
/// submissions; navigation starts with a direction. Matched as whole lower-case words, never as exact lines.
enum CueWords {
    static let callToAction = WordHashSet([
        "share", "comment", "comments", "subscribe", "follow", "download", "install", "app", "application", "mobile",
        "sign", "join", "click", "tap", "explore", "newsletter", "register", "login", "log", "get", "tell", "thoughts",
    ])
    /// The part of a call to action that points somewhere: prose that quotes a question to the reader has none.
    static let linkLike = WordHashSet([
        "subscribe", "click", "tap", "download", "install", "newsletter", "register", "login", "sign", "follow", "app",
    ])
    static let disclaimer = WordHashSet([
        "disclaimer", "copyright", "©", "rights", "reserved", "submissions", "pitches", "editorial", "policies",
        "reproduction", "reproduced", "views", "necessarily", "reflect", "sponsored", "advertisement", "affiliate",
        "terms", "privacy", "cookies", "cookie",
    ])
    static let navigation = WordHashSet(["previous", "next", "prev", "older", "newer", "back", "home", "more"])

    /// How many distinct cue words of a list the text contains.
    static func count(_ set: WordHashSet, in text: String) -> Int {
        var found: [UInt64] = []
        var text = text
        text.withUTF8 { bytes in
            WordHashSet.forEachWord(in: bytes) { word in
                let hash = WordHashSet.hash(word)
                if set.contains(hash: hash), !found.contains(hash) { found.append(hash) }
            }
        }
        return found.count
    }

    /// Whether the first word of the text is on the list.
    static func startsWith(_ set: WordHashSet, _ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var first: Bool?
            WordHashSet.forEachWord(in: bytes) { word in if first == nil { first = set.contains(word) } }
            return first ?? false
        }
    }
}
