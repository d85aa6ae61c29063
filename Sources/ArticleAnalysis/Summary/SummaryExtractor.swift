/// A three-sentence extractive summary: each sentence is scored by how much of the article's recurring
/// vocabulary it carries (its content words' frequencies in the whole article, a centroid in the manner of
/// Radev et al. 2004), with a lead bias, since news puts the gist first (lead-3 is the baseline to beat on
/// news summarisation). Near-repeats of a chosen sentence are skipped, boilerplate never enters, and the
/// chosen sentences are returned in article order.
public struct SummaryExtractor: Sendable {
    public var length: Int
    /// A sentence's score is multiplied by 1 + leadWeight / (1 + position among statements): ×2 for the
    /// first, ×1.5 for the second … ×1.1 for the tenth. Chosen by design (not tuned: we have no reference
    /// summaries), so the lead wins unless a later sentence carries clearly more of the article's vocabulary.
    public static let leadWeight = 1.0
    /// A sentence sharing more than this share of its content words with a chosen one is a near-repeat.
    public static let redundancyLimit = 0.6

    public init(length: Int = 3) { self.length = length }

    public func summary(of sentences: [Sentence]) -> [SummarySentence] {
        summary(of: sentences, table: TokenTable(sentences: sentences))
    }

    /// The summary of `sentences`, whose words `table` holds (the segment stage's token table).
    public func summary(of sentences: [Sentence], table: TokenTable) -> [SummarySentence] {
        let words = table.contentWords()
        var frequency = [Int](repeating: 0, count: words.distinct)
        // Each sentence's distinct words, in reading order, one after another (`wordStarts`: where each
        // sentence's begin): a word's last sentence tells a repeat without sorting the sentence's words.
        var distinctWords: [Int32] = []
        distinctWords.reserveCapacity(words.words.count)
        var wordStarts = [0]
        wordStarts.reserveCapacity(words.sentenceCount + 1)
        // A word's last sentence here; below, the number of the last candidate holding it.
        var mark = [Int](repeating: -1, count: words.distinct)
        for sentence in 0..<words.sentenceCount {
            for id in words.words(ofSentence: sentence) {
                frequency[Int(id)] += 1
                if mark[Int(id)] != sentence {
                    mark[Int(id)] = sentence
                    distinctWords.append(id)
                }
            }
            wordStarts.append(distinctWords.count)
        }
        func distinct(_ sentence: Int) -> ArraySlice<Int32> { distinctWords[wordStarts[sentence]..<wordStarts[sentence + 1]] }
        let wordCounts = words.wordCounts
        var scored: [(index: Int, score: Double)] = []
        scored.reserveCapacity(sentences.count)
        var statementPosition = 0
        // By index: a sentence copied out retains its text and its other fields.
        for index in sentences.indices
        where BoilerplateSentenceFilter.looksLikeStatement(sentences[index].text, wordCount: wordCounts[index]) {
            let ids = distinct(index)
            guard !ids.isEmpty else { continue }
            // Words seen once say nothing about the article as a whole. (Whole numbers: the sum is exact in
            // any order.)
            let weight = ids.reduce(0.0) { $0 + Double(frequency[Int($1)] - 1) }
            let lead = 1 + Self.leadWeight / Double(1 + statementPosition)
            statementPosition += 1
            scored.append((index, weight / Double(ids.count).squareRoot() * lead))
        }
        scored.sort { $0.score > $1.score || ($0.score == $1.score && $0.index < $1.index) }
        var chosen: [(index: Int, score: Double)] = []
        chosen.reserveCapacity(min(max(length, 0), sentences.count))
        // The words of a candidate are marked with its number (after the sentence numbers above), so a
        // chosen sentence's shared words are counted in one pass over it.
        for (position, candidate) in scored.enumerated() {
            let ids = distinct(candidate.index)
            let number = words.sentenceCount + position
            if !chosen.isEmpty { for id in ids { mark[Int(id)] = number } }
            let repeats = chosen.contains { other in
                let shared = distinct(other.index).reduce(0) { $0 + (mark[Int($1)] == number ? 1 : 0) }
                return Double(shared) / Double(ids.count) > Self.redundancyLimit
            }
            if repeats || BoilerplateSentenceFilter.isFurniture(sentences[candidate.index].text) { continue }
            chosen.append(candidate)
            if chosen.count == length { break }
        }
        return chosen.sorted { $0.index < $1.index }.map {
            SummarySentence(index: $0.index, paragraph: sentences[$0.index].paragraph, text: sentences[$0.index].text, score: $0.score)
        }
    }
}
