/// A CAMEO event code ("0231", "064", "193") and what follows from it: its root (01–20), its GDELT quad
/// class and its Goldstein value.
public struct CameoCode: Sendable, Hashable, CustomStringConvertible {
    public let rawValue: String
    /// PETRARCH's `[032:033]`: the event the target does back to the source (a visit is hosted).
    public let reciprocal: String?
    /// The Goldstein (1992) weight of the event type, −10 (most conflictual) … +10 (most cooperative):
    /// looked up once when the code is made (a code is made once per dictionary line), not per event.
    public let goldstein: Double

    /// Accepts the numeric codes of CAMEO 2.0 (three or four digits, root 01–20) with an optional
    /// `:reciprocal`; "---" and the like are nil.
    public init?(_ text: some StringProtocol) {
        // Bytes, not Characters: a code is ASCII digits, and the dictionary parse makes ~5,000 of these.
        let colon = text.utf8.firstIndex(of: UInt8(ascii: ":"))
        let digits = text.utf8[..<(colon ?? text.utf8.endIndex)]
        guard Self.isCode(digits) else { return nil }
        rawValue = String(decoding: digits, as: UTF8.self)
        goldstein = GoldsteinScale.values[String(decoding: digits.prefix(3), as: UTF8.self)]
            ?? GoldsteinScale.values[String(decoding: digits.prefix(2), as: UTF8.self) + "0"] ?? 0
        if let colon {
            let rest = text.utf8[text.utf8.index(after: colon)...]
            reciprocal = Self.isCode(rest) ? String(decoding: rest, as: UTF8.self) : nil
        } else {
            reciprocal = nil
        }
    }

    private static func isCode(_ digits: some Collection<UInt8>) -> Bool {
        guard digits.count >= 2, digits.count <= 4, digits.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return false }
        var bytes = digits.makeIterator()
        let root = Int(bytes.next()! - 0x30) * 10 + Int(bytes.next()! - 0x30)
        return (1...20).contains(root)
    }

    /// The code without its reciprocal, and the reciprocal as a code of its own.
    public var primary: CameoCode { reciprocal == nil ? self : CameoCode(rawValue)! }
    public var reciprocalCode: CameoCode? { reciprocal.flatMap { CameoCode($0) } }

    public var description: String { rawValue }
    /// "01" … "20". (A code is ASCII digits: its first Characters are its first bytes.)
    public var root: String { String(decoding: rawValue.utf8.prefix(2), as: UTF8.self) }
    public var rootNumber: Int {
        var digits = rawValue.utf8.makeIterator()
        guard let tens = digits.next(), let ones = digits.next() else { return 0 }
        return Int(tens &- 0x30) * 10 + Int(ones &- 0x30)
    }

    /// Root 01, "make public statement": the reporting verbs ("said") whose reported clause the coder prefers.
    public var isReporting: Bool { rootNumber == 1 }

    public var quadClass: QuadClass { QuadClass(root: rootNumber) }

}

/// GDELT's four classes of events: talk or act, cooperate or conflict.
public enum QuadClass: Int, Sendable, CaseIterable {
    case verbalCooperation = 1, materialCooperation, verbalConflict, materialConflict

    public var label: String {
        switch self {
        case .verbalCooperation: "verbal cooperation"
        case .materialCooperation: "material cooperation"
        case .verbalConflict: "verbal conflict"
        case .materialConflict: "material conflict"
        }
    }

    /// The class of a root number (1…20).
    init(root: Int) {
        switch root {
        case 1...5: self = .verbalCooperation
        case 6...8: self = .materialCooperation
        case 9...13: self = .verbalConflict
        default: self = .materialConflict
        }
    }

    public var isCooperation: Bool { self == .verbalCooperation || self == .materialCooperation }
}
