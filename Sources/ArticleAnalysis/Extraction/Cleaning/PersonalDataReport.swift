/// The record's `pii` section: personal data found in the kept paragraphs (removed boilerplate never gets
/// here), counted by kind, and the paragraphs masked when the configuration asks for it.
struct PersonalDataReport: Sendable {
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

    /// What the record keeps of the report.
    var section: PersonalDataCounts {
        PersonalDataCounts(
            emails: counts[.email] ?? 0, phones: counts[.phone] ?? 0, addresses: counts[.address] ?? 0, redacted: redacted)
    }
}
