/// A quantity named in a sentence: a sum of money, a percentage, or a count of something.
public struct Amount: Sendable, Equatable, JSONRepresentable {
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

    public var json: JSONValue {
        .object([
            ("text", .string(text)), ("kind", .string(kind.rawValue)), ("value", .double(value)),
            ("currency", currency.json), ("unit", unit.json), ("sentence", .int(sentence)),
        ])
    }
}
