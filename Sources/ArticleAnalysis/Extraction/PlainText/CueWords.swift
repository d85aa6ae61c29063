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

    /// How many distinct cue words of a list the text contains.
    static func count(_ list: Set<String>, in text: String) -> Int {
        var found = Set<String>()
        for word in text.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "©" }) where list.contains(String(word)) {
            found.insert(String(word))
        }
        return found.count
    }

    static func firstWord(of text: String) -> String {
        String(text.lowercased().split(whereSeparator: { !$0.isLetter }).first ?? "")
    }
}
