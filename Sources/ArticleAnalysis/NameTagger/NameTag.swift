/// The tagger's labels: BIO over person, location and organisation. Other types in the training corpora
/// (MISC, OTH, product, creative work) are mapped to `outside` when the corpora are read.
public enum NameTag: UInt8, Sendable, CaseIterable {
    case outside = 0
    case beginPerson, insidePerson, beginLocation, insideLocation, beginOrganization, insideOrganization

    static let count = 7

    /// The entity kind the tag belongs to (nil for `outside`).
    public var kind: EntityKind? {
        switch self {
        case .outside: nil
        case .beginPerson, .insidePerson: .person
        case .beginLocation, .insideLocation: .location
        case .beginOrganization, .insideOrganization: .organization
        }
    }

    public var isInside: Bool { self == .insidePerson || self == .insideLocation || self == .insideOrganization }

    /// BIO validity: an inside tag only continues a span of its own kind.
    @inline(__always)
    public func canFollow(_ previous: NameTag) -> Bool {
        guard isInside else { return true }
        return previous != .outside && previous.kind == kind
    }

    /// The tags that may follow this one (`canFollow`), bit t for the tag of raw value t: every begin tag and
    /// `outside`, and the inside tag of this tag's kind.
    @inline(__always)
    var validSuccessors: UInt8 {
        switch self {
        case .outside: 0b010_1011
        case .beginPerson, .insidePerson: 0b010_1111
        case .beginLocation, .insideLocation: 0b011_1011
        case .beginOrganization, .insideOrganization: 0b110_1011
        }
    }

    /// "B-PER", "I-LOC", "O" in IOB2; any other type is `outside`.
    public init(iob2 label: Substring) {
        let parts = label.split(separator: "-", maxSplits: 1)
        guard parts.count == 2, let prefix = parts.first, prefix == "B" || prefix == "I" else {
            self = .outside
            return
        }
        let begin = prefix == "B"
        switch parts[1].uppercased() {
        case "PER", "PERSON": self = begin ? .beginPerson : .insidePerson
        case "LOC", "LOCATION", "GPE": self = begin ? .beginLocation : .insideLocation
        case "ORG", "ORGANIZATION", "CORPORATION", "GROUP": self = begin ? .beginOrganization : .insideOrganization
        default: self = .outside
        }
    }

    /// The tag of the same kind that begins a span.
    var begin: NameTag {
        switch self {
        case .insidePerson: .beginPerson
        case .insideLocation: .beginLocation
        case .insideOrganization: .beginOrganization
        default: self
        }
    }

    /// The tag of the same kind that continues a span.
    var inside: NameTag {
        switch self {
        case .beginPerson: .insidePerson
        case .beginLocation: .insideLocation
        case .beginOrganization: .insideOrganization
        default: self
        }
    }
}
