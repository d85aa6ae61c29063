/// A set of `Annotation`s as one bit per case (in `allCases` order): what the pipeline tracks per article
/// while it runs, where a `Set`'s hashing and allocation per stage were the loop's whole cost.
struct AnnotationMask: Equatable, Sendable {
    private(set) var bits: UInt32 = 0

    init() {}

    init(_ annotations: Set<Annotation>) {
        for annotation in annotations { bits |= Self.bit(annotation) }
    }

    var isEmpty: Bool { bits == 0 }

    /// The annotations in the mask, in `allCases` order.
    var annotations: [Annotation] {
        Annotation.allCases.filter { bits & Self.bit($0) != 0 }
    }

    func subtracting(_ other: AnnotationMask) -> AnnotationMask {
        var result = self
        result.bits &= ~other.bits
        return result
    }

    func isSubset(of other: AnnotationMask) -> Bool { bits & ~other.bits == 0 }

    mutating func formUnion(_ other: AnnotationMask) { bits |= other.bits }

    private static func bit(_ annotation: Annotation) -> UInt32 {
        1 << UInt32(Annotation.allCases.firstIndex(of: annotation)!)
    }
}
