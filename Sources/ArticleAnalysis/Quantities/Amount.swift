/// A quantity named in a sentence: a sum of money, a percentage, or a count of something.
public struct Amount: Sendable, Equatable, JSONWritable {
    public enum Kind: String, Sendable {
        case money, percent, count
    }

    /// The words as written ("$4 billion", "90 percent", "2,000 troops").
    public var text: String
    public var kind: Kind
    /// With its scale applied: "$4 billion" → 4e9; percentages as written (90, not 0.9).
    public var value: Double
    /// ISO 4217 code for money, nil otherwise.
    public var currency: String?
    /// The counted noun ("troops"), "percent" or "percentage points"; nil for money.
    public var unit: String?
    /// Index into `AnalysisDocument.sentences`.
    public var sentence: Int

    public init(text: String, kind: Kind, value: Double, currency: String? = nil, unit: String? = nil, sentence: Int) {
        self.text = text
        self.kind = kind
        self.value = value
        self.currency = currency
        self.unit = unit
        self.sentence = sentence
    }

    public func write(to json: inout JSONWriter) {
        json.beginObject()
        json.member("text", text)
        json.member("kind", kind.rawValue)
        json.member("value", value)
        json.member("currency", currency)
        json.member("unit", unit)
        json.member("sentence", sentence)
        json.endObject()
    }
}
