/// The sentence about the writer that closes many articles: "Ann Lee is a senior reporter for the Daily News.",
/// "She covers energy and can be reached at …", "John Smith writes for …". A name or pronoun, a verb of
/// being or writing, and a newsroom role or a contact, all within the first words.
enum AuthorBio {
    static let roles = WordHashSet([
        "reporter", "writer", "journalist", "correspondent", "editor", "columnist", "contributor", "freelance",
        "freelancer", "contributing", "staff", "blogger", "producer", "newsroom",
    ])
    static let verbs = WordHashSet(["is", "was", "has", "covers", "writes", "reports", "can", "joined", "previously"])
    static let contactWords = ["reached", "email", "follow", "twitter", "contact"]
    static let contact = WordHashSet(contactWords)

    /// Only the first 14 words are read, so only they are split off. An ASCII text is read on its bytes
    /// (`isASCIIBio`); any other takes the Character walk.
    static func isBio(_ text: String) -> Bool {
        let bytes = text.utf8.span
        let asciiEnd = bytes.skippingWords(from: 0) { ByteWord.isASCII($0) }
        if bytes.allSatisfy(in: asciiEnd..<bytes.count, { $0 < 0x80 }) { return isASCIIBio(bytes) }
        return isBioByCharacters(text)
    }

    /// `isBio` on the Characters of any text.
    static func isBioByCharacters(_ text: String) -> Bool {
        let words = ASCIIWords.first(14, of: text).map { ASCIIWords.trimming($0, ".,;:!?\"'“”’()", ascii: isPunctuation) }
        guard words.count >= 4, let verb = words.prefix(5).firstIndex(where: { verbs.contains($0.lowercased().utf8) }), verb >= 1
        else { return false }
        let subject = words[..<verb]
        let isPronoun = subject.count == 1 && ["he", "she", "they"].contains(subject[0].lowercased())
        let isName = (2...4).contains(subject.count) && subject.allSatisfy { $0.first?.isUppercase == true }
        guard isPronoun || isName, !text.contains("\"") && !text.contains("“") else { return false }
        if isName, ["writes", "covers"].contains(words[verb].lowercased()) { return true }
        let rest = words[(verb + 1)...].map { $0.lowercased() }
        return rest.contains { roles.contains($0.utf8) } || rest.contains { contact.contains($0.utf8) }
    }

    /// Words read in `isASCIIBio`.
    static let wordLimit = 14

    /// `isBioByCharacters` on an ASCII text, where a byte is a Character: the first 14 words split at spaces
    /// and trimmed of `isPunctuation` bytes are byte ranges, looked up by `WordHashSet.hash` (which folds A–Z
    /// as `lowercased()` does on ASCII) instead of a String and a lower-cased copy a word (~17 K instructions
    /// for the last lines of every body).
    static func isASCIIBio(_ bytes: Span<UInt8>) -> Bool {
        var words = InlineArray<14, Range<Int>>(repeating: 0..<0)
        var count = 0, start = 0
        func add(_ end: Int) {
            var first = start, last = end
            while first < last, isPunctuation(bytes[first]) { first += 1 }
            while last > first, isPunctuation(bytes[last - 1]) { last -= 1 }
            words[count] = first..<last
            count += 1
        }
        var index = 0
        while index < bytes.count, count < wordLimit {
            if bytes[index] == 0x20 {
                if index > start { add(index) }
                start = index + 1
            }
            index += 1
        }
        if count < wordLimit, bytes.count > start { add(bytes.count) }
        guard count >= 4 else { return false }
        var verb = -1
        for position in 0..<min(5, count) where verbs.contains(hash: WordHashSet.hash(bytes, words[position])) {
            verb = position
            break
        }
        guard verb >= 1 else { return false }
        let isPronoun = verb == 1
            && (equalsFolded(bytes, words[0], "he") || equalsFolded(bytes, words[0], "she") || equalsFolded(bytes, words[0], "they"))
        var isName = (2...4).contains(verb)
        for position in 0..<verb where isName {
            isName = !words[position].isEmpty && bytes[words[position].lowerBound] &- 0x41 < 26
        }
        guard isPronoun || isName, bytes.allSatisfy(in: 0..<bytes.count, { $0 != UInt8(ascii: "\"") }) else { return false }
        if isName, equalsFolded(bytes, words[verb], "writes") || equalsFolded(bytes, words[verb], "covers") { return true }
        for position in (verb + 1)..<count {
            let hash = WordHashSet.hash(bytes, words[position])
            if roles.contains(hash: hash) || contact.contains(hash: hash) { return true }
        }
        return false
    }

    /// Whether the bytes in `range`, A–Z folded to a–z, are `lowered` (lower-case ASCII).
    private static func equalsFolded(_ bytes: Span<UInt8>, _ range: Range<Int>, _ lowered: String) -> Bool {
        let target = lowered.utf8.span
        guard range.count == target.count else { return false }
        for offset in 0..<target.count {
            if ASCIILowercase.folded(bytes[range.lowerBound + offset]) != target[offset] { return false }
        }
        return true
    }

    /// The ASCII characters trimmed off each word: . , ; : ! ? " ' ( ).
    private static func isPunctuation(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "!"), UInt8(ascii: "?"),
            UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "("), UInt8(ascii: ")"):
            return true
        default: return false
        }
    }
}
