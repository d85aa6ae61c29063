/// One coded event: in sentence `sentence`, `source` did `code` to `target`.
public struct CodedEvent: Sendable, Equatable {
    public var sentence: Int
    /// Actor codes: ISO alpha-3 for countries and what belongs to them, CAMEO codes for the others.
    public var source: String
    public var target: String
    public var code: CameoCode
    /// The verb as written, for reading the evidence.
    public var verb: String
}
