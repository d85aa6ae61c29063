/// The sentence about the writer that closes many articles: "Ann Lee is a senior reporter for the Daily News.",
/// "She covers energy and can be reached at …", "John Smith writes for …". A name or pronoun, a verb of
/// being or writing, and a newsroom role or a contact, all within the first words.
enum AuthorBio {
    static let roles = WordHashSet([
        "reporter", "writer", "journalist", "correspondent", "editor", "columnist", "contributor", "freelance",
        "freelancer", "contributing", "staff", "blogger", "producer", "newsroom",
    ])
    static let verbs = WordHashSet(["is", "was", "has", "covers", "writes", "reports", "can", "joined", "previously"])
    static let contact = WordHashSet(["reached", "email", "follow", "twitter", "contact"])

    /// Only the first 14 words are read, so only they are split off.
    static func isBio(_ text: String) -> Bool {
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
