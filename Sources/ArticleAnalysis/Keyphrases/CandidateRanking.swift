/// The best `keep` candidates offered so far (lowest scores), kept sorted: most candidates lose to the
/// last kept one at once, so a full list turns them away on one comparison of scores.
///
/// The order is total (the sentence, start and end break ties of score), so the ranking does not depend on
/// the order the candidates are offered in.
struct CandidateRanking {
    private(set) var best: [KeyphraseReader.Candidate] = []
    private let keep: Int
    /// The score of the last kept candidate once `keep` are kept (+∞ before): a higher score cannot enter.
    private var cutoff = Double.infinity
    /// Whether a kept candidate ever had a NaN score, which no comparison orders.
    private var hasNaN = false

    /// `room`: how many candidates may be offered at most (room is reserved for `min(keep, room)`).
    init(keep: Int, room: Int) {
        self.keep = keep
        best.reserveCapacity(min(keep, room) + 1)
    }

    @inline(__always)
    static func isBetter(_ a: KeyphraseReader.Candidate, _ b: KeyphraseReader.Candidate) -> Bool {
        a.score < b.score || (a.score == b.score && (a.sentence, a.start, a.end) < (b.sentence, b.start, b.end))
    }

    /// Keeps `candidate` in its place when it is among the best `keep` so far.
    @inline(__always)
    mutating func offer(_ candidate: KeyphraseReader.Candidate) {
        // A higher score than the last kept one's cannot enter (a NaN score takes the whole test).
        if candidate.score > cutoff { return }
        insert(candidate)
    }

    private mutating func insert(_ candidate: KeyphraseReader.Candidate) {
        if best.count == keep, let worst = best.last, !Self.isBetter(candidate, worst) { return }
        if candidate.score.isNaN { hasNaN = true }
        let searchesBack = hasNaN
        best.append(candidate)
        var ranked = best.mutableSpan
        let last = ranked.count - 1
        // Its place: after every kept candidate it does not beat. The kept ones are sorted, so a binary
        // search finds it, unless a NaN score (never better, never worse) breaks the order: then the
        // search goes back from the end one by one, as the list was first written.
        var position = last
        if searchesBack {
            while position > 0, Self.isBetter(candidate, ranked[position - 1]) { position -= 1 }
        } else {
            var low = 0
            while low < position {
                let middle = (low + position) / 2
                if Self.isBetter(candidate, ranked[middle]) { position = middle } else { low = middle + 1 }
            }
        }
        var index = last
        while index > position {
            ranked[index] = ranked[index - 1]
            index -= 1
        }
        ranked[position] = candidate
        if best.count > keep { best.removeLast() }
        if best.count == keep, let worst = best.last { cutoff = worst.score }
    }
}
