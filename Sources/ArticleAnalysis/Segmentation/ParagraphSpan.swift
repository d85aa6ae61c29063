/// One entry of the record's `paragraphs`: what the paragraph is and its UTF-8 offsets in `text`.
public struct ParagraphSpan: Sendable, Equatable, JSONWritable {
    public var role: ParagraphRole
    public var range: Range<Int>

    public func write(to json: inout JSONWriter) {
        json.beginObject()
        json.member("role", role.rawValue)
        json.member("start", range.lowerBound)
        json.member("end", range.upperBound)
        json.endObject()
    }
}
