/// A direct quotation and who said it: `speaker` is the attribution as written ("Dr Majid Rafizadeh",
/// "one intelligence source"), a pronoun resolved to the last named speaker, or nil when nobody is named.
public struct Quote: Sendable, Equatable, JSONWritable {
    public var text: String
    public var speaker: String?
    /// The source is unnamed on purpose: "officials said", "sources, speaking on condition of anonymity".
    public var anonymous: Bool
    /// Index into `AnalysisDocument.sentences` of the sentence the quote starts in.
    public var sentence: Int

    public init(text: String, speaker: String?, anonymous: Bool, sentence: Int) {
        self.text = text
        self.speaker = speaker
        self.anonymous = anonymous
        self.sentence = sentence
    }

    public func write(to json: inout JSONWriter) {
        json.beginObject()
        json.member("text", text)
        json.member("speaker", speaker)
        json.member("anonymous", anonymous)
        json.member("sentence", sentence)
        json.endObject()
    }
}
