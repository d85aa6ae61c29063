/// The record's `boilerplate` section: which extraction path gave the text, how many lines and characters
/// were removed, and why.
public struct BoilerplateReport: Sendable, Equatable, JSONWritable {
    public struct Tally: Sendable, Equatable {
        public var lines = 0
        public var chars = 0
    }

    public private(set) var byReason: [RemovalReason: Tally] = [:]
    /// Personal data (emails, phones, addresses) that was inside removed blocks and so never reached the text.
    public var personalDataRemoved = 0
    /// Set by an extractor that took a path other than its main one; the extract stage fills in the rest.
    public var path: ExtractionPath?

    public init() {}

    public mutating func remove(_ text: some StringProtocol, because reason: RemovalReason) {
        byReason[reason, default: Tally()].lines += 1
        byReason[reason, default: Tally()].chars += text.count
    }

    /// `remove` for a String, its Characters counted on bytes where they are ASCII (`CharacterCount`).
    public mutating func remove(_ text: String, because reason: RemovalReason) {
        byReason[reason, default: Tally()].lines += 1
        byReason[reason, default: Tally()].chars += CharacterCount.of(text)
    }

    public var removedLines: Int { byReason.values.reduce(0) { $0 + $1.lines } }
    public var removedChars: Int { byReason.values.reduce(0) { $0 + $1.chars } }

    /// The rule that removed more than half of all the text the extractor saw (kept and removed), if one did:
    /// worth a warning, since a rule that takes most of the input may have taken the article. Markup outside
    /// an HTML page's main content is not such a rule (most of a page is furniture).
    public func ruleThatRemovedMost(keptChars: Int) -> (reason: RemovalReason, chars: Int, of: Int)? {
        let total = keptChars + removedChars
        guard let (reason, tally) = byReason.filter({ $0.key != .markup }).max(by: { $0.value.chars < $1.value.chars }),
            tally.chars * 2 > total
        else { return nil }
        return (reason, tally.chars, total)
    }

    /// `ruleThatRemovedMost(keptChars:)` for kept paragraphs, without counting their Characters when the
    /// answer is nil anyway: counting costs about 17 instructions a byte (a tenth of the plain-text path),
    /// while a rule can only pass the half mark when it removed more than half of the removed text and the
    /// kept text is short (`CharacterCount`).
    func ruleThatRemovedMost(keptIn paragraphs: [String]) -> (reason: RemovalReason, chars: Int, of: Int)? {
        let removed = removedChars
        guard let most = byReason.filter({ $0.key != .markup }).values.map(\.chars).max(), most * 2 > removed,
            !CharacterCount.atLeast(most * 2 - removed, in: paragraphs)
        else { return nil }
        return ruleThatRemovedMost(keptChars: paragraphs.reduce(0) { $0 + $1.count })
    }

    public func write(to json: inout JSONWriter) {
        json.beginObject()
        json.member("path", path?.rawValue)
        json.member("removedLines", removedLines)
        json.member("removedChars", removedChars)
        json.member("personalDataRemoved", personalDataRemoved)
        json.key("byKind")
        json.beginObject()
        for reason in RemovalReason.allCases {
            guard let tally = byReason[reason] else { continue }
            json.key(reason.rawValue)
            json.beginObject()
            json.member("lines", tally.lines)
            json.member("chars", tally.chars)
            json.endObject()
        }
        json.endObject()
        json.endObject()
    }
}
