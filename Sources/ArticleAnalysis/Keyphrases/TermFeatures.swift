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
    mutating func computeWeight(_ figures: DocumentFigures, sentences: ArraySlice<Int32>) {
        let tf = Double(frequency)
        let leftShare = leftCooccurrences == 0 ? 0 : Double(leftNeighbours) / Double(leftCooccurrences)
        let rightShare = rightCooccurrences == 0 ? 0 : Double(rightNeighbours) / Double(rightCooccurrences)
        let relatedness = (0.5 + leftShare * tf / figures.maxFrequency) + (0.5 + rightShare * tf / figures.maxFrequency)
        let normalisedFrequency = tf / (figures.meanFrequency + figures.frequencyDeviation)
        let spread = Double(sentenceCount) / figures.sentenceCount
        let casing = Double(max(acronymCount, capitalisedCount)) / (1 + log(tf))
        let position = log(log(3 + Self.median(sentences)))
        weight = position * relatedness / (casing + normalisedFrequency / relatedness + spread / relatedness)
    }

    private static func median(_ sorted: ArraySlice<Int32>) -> Double {
        guard !sorted.isEmpty else { return 0 }
        let middle = sorted.startIndex + sorted.count / 2
        return sorted.count % 2 == 1 ? Double(sorted[middle]) : Double(sorted[middle - 1] + sorted[middle]) / 2
    }
}
