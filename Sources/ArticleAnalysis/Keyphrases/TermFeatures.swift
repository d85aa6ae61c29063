import Foundation

/// What YAKE measures about one word (case-folded, final "s" dropped) across a document, and the
/// relevance `weight` it derives (lower is more relevant): Campos et al., "YAKE! Keyword extraction from
/// single documents using multiple local features", Information Sciences 509 (2020).
struct TermFeatures {
    var frequency = 0
    var acronymCount = 0
    var capitalisedCount = 0
    var isStopWord = false
    /// How many sentences the word occurs in, and the last one read (the reader keeps the list).
    var sentenceCount = 0
    var lastSentence: Int32 = -1
    /// Where the word first occurs (sentence, byte range; sentence -1 until it does): a one-word
    /// candidate's text. Kept with the counts the same occurrence updates, not in an array of its own.
    var firstSentence: Int32 = -1
    var firstStart: Int32 = 0
    var firstEnd: Int32 = 0
    var leftNeighbours = 0
    var leftCooccurrences = 0
    var rightNeighbours = 0
    var rightCooccurrences = 0
    var weight = 0.0

    /// Document-wide figures the term features are relative to (over non-stop words).
    struct DocumentFigures {
        var maxFrequency: Double
        var meanFrequency: Double
        var frequencyDeviation: Double
        var sentenceCount: Double
    }

    /// H = position × relatedness / (casing + frequency/relatedness + spread/relatedness).
    /// `sentences`: the indexes of the sentences the word occurs in, each once, in order.
    /// The logarithms a weight needs, each computed once per document: its few hundred words share a few
    /// dozen frequencies and medians, and `log` was a tenth of the weighting's instructions (callgrind).
    struct Logarithms {
        private var ofFrequency: [Double]
        /// Indexed by twice the median sentence (a median of two falls on a half).
        private var ofPosition: [Double]

        init(maxFrequency: Int, sentenceCount: Int) {
            ofFrequency = Array(repeating: .nan, count: maxFrequency + 1)
            ofPosition = Array(repeating: .nan, count: 2 * sentenceCount + 1)
        }

        /// log(frequency).
        mutating func frequencyLog(_ frequency: Int) -> Double {
            guard frequency < ofFrequency.count else { return log(Double(frequency)) }
            if ofFrequency[frequency].isNaN { ofFrequency[frequency] = log(Double(frequency)) }
            return ofFrequency[frequency]
        }

        /// YAKE's position term, log(log(3 + median)).
        mutating func position(doubledMedian: Int) -> Double {
            func compute() -> Double { log(log(3 + Double(doubledMedian) / 2)) }
            guard doubledMedian < ofPosition.count else { return compute() }
            if ofPosition[doubledMedian].isNaN { ofPosition[doubledMedian] = compute() }
            return ofPosition[doubledMedian]
        }
    }

    mutating func computeWeight(_ figures: DocumentFigures, sentences: Span<Int32>, logarithms: inout Logarithms) {
        let tf = Double(frequency)
        let leftShare = leftCooccurrences == 0 ? 0 : Double(leftNeighbours) / Double(leftCooccurrences)
        let rightShare = rightCooccurrences == 0 ? 0 : Double(rightNeighbours) / Double(rightCooccurrences)
        let relatedness = (0.5 + leftShare * tf / figures.maxFrequency) + (0.5 + rightShare * tf / figures.maxFrequency)
        let normalisedFrequency = tf / (figures.meanFrequency + figures.frequencyDeviation)
        let spread = Double(sentenceCount) / figures.sentenceCount
        let casing = Double(max(acronymCount, capitalisedCount)) / (1 + logarithms.frequencyLog(frequency))
        let position = logarithms.position(doubledMedian: Self.doubledMedian(sentences))
        weight = position * relatedness / (casing + normalisedFrequency / relatedness + spread / relatedness)
    }

    /// Twice the median, an integer.
    private static func doubledMedian(_ sorted: Span<Int32>) -> Int {
        guard !sorted.isEmpty else { return 0 }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? 2 * Int(sorted[middle]) : Int(sorted[middle - 1]) + Int(sorted[middle])
    }
}
