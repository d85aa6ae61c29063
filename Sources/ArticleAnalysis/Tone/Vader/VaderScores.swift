/// VADER's four numbers for a text: `compound` (−1 … 1), and the shares of positive, negative and neutral
/// weight (summing to 1, or all 0 for a text without words).
public struct VaderScores: Sendable, Equatable {
    public var compound: Double
    public var positive: Double
    public var negative: Double
    public var neutral: Double

    public init(compound: Double, positive: Double, negative: Double, neutral: Double) {
        self.compound = compound
        self.positive = positive
        self.negative = negative
        self.neutral = neutral
    }

    public static let zero = VaderScores(compound: 0, positive: 0, negative: 0, neutral: 0)
}
