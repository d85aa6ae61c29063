/// One entry of the record's `sentences`: its paragraph and its UTF-8 offsets in `text` (the text itself
/// is not repeated).
public struct SentenceSpan: Sendable, Equatable, JSONWritable {
    public var paragraph: Int
    public var range: Range<Int>

    public func write(to json: inout JSONWriter) {
        json.beginObject()
        json.member("paragraph", paragraph)
        json.member("start", range.lowerBound)
        json.member("end", range.upperBound)
        json.endObject()
    }
}
