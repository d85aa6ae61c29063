/// A name the tagger found: tokens of one sentence, its kind, and how sure the tagger was (the smallest
/// margin, in weight units, between the chosen tag and the runner-up over the span's tokens).
public struct NameTagSpan: Sendable, Equatable {
    public var tokens: Range<Int>
    public var kind: EntityKind
    public var margin: Float
    /// The kind of the runner-up tag at the span's first token (nil: outside any name).
    public var runnerUp: EntityKind?
    /// A GeoNames name or a lexicon place word covers one of its tokens (`NameTagPlaceMatches.isKnownPlace`).
    public var touchesKnownPlace: Bool

    public init(tokens: Range<Int>, kind: EntityKind, margin: Float, runnerUp: EntityKind? = nil, touchesKnownPlace: Bool = false) {
        self.tokens = tokens
        self.kind = kind
        self.margin = margin
        self.runnerUp = runnerUp
        self.touchesKnownPlace = touchesKnownPlace
    }

    /// The spans of a valid BIO sequence.
    public static func spans(of tags: [NameTag], margins: [Float]) -> [NameTagSpan] {
        var spans: [NameTagSpan] = []
        var index = 0
        while index < tags.count {
            guard let kind = tags[index].kind else {
                index += 1
                continue
            }
            var end = index + 1
            var margin = margins[index]
            while end < tags.count, tags[end].isInside, tags[end].kind == kind {
                margin = min(margin, margins[end])
                end += 1
            }
            // Room for a few at the first: a sentence that names something names one to four things.
            if spans.isEmpty { spans.reserveCapacity(4) }
            spans.append(NameTagSpan(tokens: index..<end, kind: kind, margin: margin))
            index = end
        }
        return spans
    }
}
