/// The record's `pii` section: how many emails, phone numbers and street addresses the kept paragraphs
/// hold, and whether they were masked in `text`.
public struct PersonalDataCounts: Sendable, Equatable, JSONWritable {
    public var emails: Int
    public var phones: Int
    public var addresses: Int
    public var redacted: Bool

    public func write(to json: inout JSONWriter) {
        json.beginObject()
        json.member("emails", emails)
        json.member("phones", phones)
        json.member("addresses", addresses)
        json.member("redacted", redacted)
        json.endObject()
    }
}
