/// Turns a credit as pages write it ("By TOM KRISHER, AP Auto Writer", "Posted by Ann Lee on March 3,
/// 2024", "Ann Lee and Bo Chan | Reuters", "Jill Disis, CNN Business", "HNN Staff") into the person names
/// it holds: no "By", dates, job titles, outlets, e-mail addresses or handles. Names written all in capitals
/// are given in title case. A credit that names no person (an outlet, a desk, "Staff") gives no names.
enum BylineNames {
    /// A credit longer than this is a paragraph or a whole author box, not a byline.
    static let maximumWords = 24
    /// A name has at most this many words, particles ("van", "de") not counted.
    static let maximumNameWords = 4

    /// The names in `credit`; `excluding` lists names of the site or publisher, which are never authors.
    static func names(in credit: String, excluding outlets: [String] = []) -> [String] {
        guard credit.utf8.count <= maximumWords * 20 else { return [] }
        var words = credit.split(whereSeparator: \.isWhitespace).map(String.init)
        guard !words.isEmpty, words.count <= maximumWords else { return [] }
        dropLeadingCue(&words)
        if let end = words.indices.first(where: { endsTheNames(words, at: $0) }) { words = Array(words[..<end]) }
        let outletKeys = Set(outlets.map(key).filter { !$0.isEmpty })
        var names: [String] = []
        let parts = split(words.joined(separator: " "))
        var seen = Set<String>()
        for (index, part) in parts.enumerated() {
            guard let name = name(part, single: parts.count == 1 || index == 0) else { continue }
            let nameKey = key(name)
            let isOutlet = outletKeys.contains { nameKey.contains($0) && nameKey.utf8.count <= $0.utf8.count + 6 || $0.contains(nameKey) }
            guard !isOutlet, seen.insert(nameKey).inserted else { continue }
            names.append(name)
        }
        return names
    }

    /// "By", "Posted by", "Written by", "Words:", and the same cue in a few other languages.
    private static let cues: Set<String> = ["by", "by:", "von", "von:", "par", "par:", "por", "por:", "door", "av", "af"]
    private static let verbs: Set<String> = [
        "posted", "written", "words", "reported", "story", "text", "text:", "author:", "authors:", "autor:", "reporting",
    ]
    private static let stopWords: Set<String> = [
        "|", "•", "·", "—", "–", "-", "/", "on", "at", "updated", "published", "posted", "last", "photo", "photos", "follow",
        "email", "e-mail", "twitter",
    ]
    private static let joiners: Set<String> = ["and", "&", "und", "et", "y", "e", "og", "en", "with"]

    private static func dropLeadingCue(_ words: inout [String]) {
        if let first = words.first?.lowercased(), verbs.contains(first) { words.removeFirst() }
        if let first = words.first?.lowercased(), cues.contains(first) { words.removeFirst() }
    }

    /// Where the names end: a date or time, a separator, an e-mail address or handle, "on"/"at"/"updated".
    private static func endsTheNames(_ words: [String], at index: Int) -> Bool {
        let word = words[index]
        let lowered = word.lowercased()
        if stopWords.contains(lowered) { return true }
        if word.contains("@") || lowered.hasPrefix("http") || lowered.hasPrefix("www.") { return true }
        if word.contains(where: \.isNumber) { return true }
        // "March 3, 2024" ends the names; "Jan Novak" does not.
        let bare = String(lowered.filter(\.isLetter))
        let nextHasDigits = index + 1 < words.count && words[index + 1].contains(where: \.isNumber)
        return nextHasDigits && CalendarLexicon.months[WordKey(bare)] != nil
    }

    /// Splits a list of names at commas, semicolons, "and", "&" and their equivalents in a few languages.
    private static func split(_ text: String) -> [String] {
        var parts: [String] = []
        var current: [String] = []
        for word in text.split(separator: " ") {
            let lowered = word.lowercased()
            if joiners.contains(lowered) {
                parts.append(current.joined(separator: " "))
                current = []
                continue
            }
            var word = String(word)
            let ends = word.hasSuffix(",") || word.hasSuffix(";")
            if ends { word.removeLast() }
            if !word.isEmpty { current.append(word) }
            if ends {
                parts.append(current.joined(separator: " "))
                current = []
            }
        }
        parts.append(current.joined(separator: " "))
        return parts.filter { !$0.isEmpty }
    }

    /// Words that make a part a role, a desk or an outlet rather than a person.
    private static let roleWords: Set<String> = [
        "staff", "writer", "writers", "reporter", "reporters", "correspondent", "editor", "editors", "editorial",
        "contributor", "contributing", "columnist", "journalist", "producer", "analyst", "senior", "chief",
        "associate", "bureau", "desk", "team", "news", "press", "agency", "agencies", "wire", "wires", "service",
        "newsroom", "board", "media", "digital", "online", "group", "magazine", "network", "admin", "administrator",
        "photographer", "business", "sports", "politics", "reuters", "afp", "ap", "dpa", "upi", "ians", "pti",
        "the", "of", "for", "in", "special", "guest", "contributors", "partner", "content", "sponsored", "opinion",
        "report", "times", "daily", "weekly", "radio", "tv", "channel", "studio", "studios", "inc", "ltd", "llc",
        "correspondents", "intern", "director", "manager", "president", "professor", "dr", "author",
    ]
    private static let particles: Set<String> = ["van", "von", "de", "der", "den", "da", "di", "du", "del", "la", "le", "bin", "al", "el", "ter", "dos"]

    /// A part that reads as a person's name, tidied; nil otherwise. A single word ("Regan") is a name only
    /// when it is the credit's first part: after a comma it is an outlet ("Victor Tangermann, Futurism").
    private static func name(_ part: String, single: Bool) -> String? {
        let words = part.split(separator: " ").map { word -> String in
            guard let first = word.firstIndex(where: { !isEdgePunctuation($0) }),
                let last = word.lastIndex(where: { !isEdgePunctuation($0) })
            else { return "" }
            return String(word[first...last])
        }.filter { !$0.isEmpty }
        let core = words.filter { !particles.contains($0.lowercased()) }
        guard !core.isEmpty, core.count <= maximumNameWords, single || core.count >= 2 else { return nil }
        for word in words {
            let lowered = word.lowercased()
            if roleWords.contains(lowered) { return nil }
            if particles.contains(lowered) { continue }
            guard let first = word.first, first.isLetter, !word.contains(where: \.isNumber) else { return nil }
            // Cased scripts start a name with a capital; scripts without case (Korean, Chinese) pass.
            if first.isLowercase { return nil }
            if !word.allSatisfy({ $0.isLetter || $0 == "." || $0 == "-" || $0 == "'" || $0 == "’" }) { return nil }
        }
        let name = words.joined(separator: " ")
        let letters = name.filter(\.isLetter)
        let shouting = letters.count > 3 && letters.allSatisfy { $0.isUppercase }
        return shouting ? titleCased(words) : name
    }

    private static func titleCased(_ words: [String]) -> String {
        words.map { word in
            word.split(separator: "-", omittingEmptySubsequences: false).map { piece in
                piece.count <= 1 ? String(piece) : piece.prefix(1).uppercased() + piece.dropFirst().lowercased()
            }.joined(separator: "-")
        }.joined(separator: " ")
    }

    private static func isEdgePunctuation(_ character: Character) -> Bool {
        ",:;!?()[]\"“”".contains(character)
    }

    /// Lower-cased letters and digits only, to compare names with outlets.
    static func key(_ text: String) -> String { TitleResolver.key(text) }
}
