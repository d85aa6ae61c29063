/// Small closed lists of words that mark a block's purpose when the shape alone is ambiguous: a call to
/// action speaks to the reader about sharing, apps and sign-ups; a disclaimer talks about views, rights and
/// submissions; navigation starts with a direction. Matched as whole lower-case words, never as exact lines.
enum CueWords {
    static let callToAction: Set<String> = [
        "share", "comment", "comments", "subscribe", "follow", "download", "install", "app", "application", "mobile",
        "sign", "join", "click", "tap", "explore", "newsletter", "register", "login", "log", "get", "tell", "thoughts",
    ]
    static let disclaimer: Set<String> = [
        "disclaimer", "copyright", "©", "rights", "reserved", "submissions", "pitches", "editorial", "policies",
        "reproduction", "reproduced", "views", "necessarily", "reflect", "sponsored", "advertisement", "affiliate",
        "terms", "privacy", "cookies", "cookie",
    ]
    static let navigation: Set<String> = ["previous", "next", "prev", "older", "newer", "back", "home", "more"]
    static let bylineLead: Set<String> = ["by", "author", "written", "posted", "reporting", "words"]

    private static let hashed: [Set<String>: WordHashSet] = [
        callToAction: WordHashSet(callToAction), disclaimer: WordHashSet(disclaimer), navigation: WordHashSet(navigation),
    ]

    /// How many distinct cue words of a list the text contains.
    static func count(_ list: Set<String>, in text: String) -> Int {
        guard let set = hashed[list] else { return 0 }
        var found = Set<UInt64>()
        var text = text
        text.withUTF8 { bytes in
            WordHashSet.forEachWord(in: bytes) { word in
                if set.contains(word) { found.insert(WordHashSet.hash(word)) }
            }
        }
        return found.count
    }

    /// Whether the first word of the text is on the list.
    static func startsWith(_ list: Set<String>, _ text: String) -> Bool {
        guard let set = hashed[list] else { return false }
        var text = text
        return text.withUTF8 { bytes in
            var first: Bool?
            WordHashSet.forEachWord(in: bytes) { word in if first == nil { first = set.contains(word) } }
            return first ?? false
        }
    }
}
