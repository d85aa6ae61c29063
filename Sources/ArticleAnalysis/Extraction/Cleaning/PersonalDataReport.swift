/// The record's `pii` section: personal data found in the kept paragraphs (removed boilerplate never gets
/// here), counted by kind, and the paragraphs masked when the configuration asks for it.
struct PersonalDataReport: Sendable, JSONRepresentable {
    private(set) var counts: [PersonalDataScanner.Kind: Int] = [:]
    private(set) var redactedParagraphs: [String] = []
    let redacted: Bool

    init(paragraphs: [String], redact: Bool) {
        redacted = redact
        for paragraph in paragraphs {
            let matches = PersonalDataScanner.scan(paragraph)
            for (kind, count) in PersonalDataScanner.counts(matches) { counts[kind, default: 0] += count }
            if redact { redactedParagraphs.append(PersonalDataScanner.redact(paragraph, matches)) }
        }
    }

    var json: JSONValue {
        var fields: [(String, JSONValue)] = [
            ("emails", .int(counts[.email] ?? 0)), ("phones", .int(counts[.phone] ?? 0)),
            ("addresses", .int(counts[.address] ?? 0)),
        ]
        fields.append(("redacted", .bool(redacted)))
        return .object(fields)
    }
}
