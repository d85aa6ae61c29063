import ArticleAnalysis

/// Small articles written for these tests (not copied from any source), and a seeded word editor, so the
/// tests see real prose with real repetition and punctuation.
enum FingerprintFixtures {
    static let harbour = """
        The city council voted on Tuesday to rebuild the old harbour wall, ending a dispute that had lasted \
        more than a decade. Engineers warned last winter that the wall, built in 1887, could give way in a \
        strong storm and flood the lower town.
        The plan will cost about 41 million euros, of which the regional government has promised to pay \
        two thirds. Work is expected to begin in the spring and to take three years, during which the ferry \
        terminal will move to a temporary pier north of the fish market.
        Fishermen welcomed the decision but asked for compensation for the months in which the inner basin \
        will be closed. "We have waited long enough, and now we will wait a little longer," said the head of \
        the local cooperative, who has fished from the harbour for thirty years.
        Opposition councillors said the cost had grown by a quarter since the first estimate and demanded an \
        independent review of the contracts before any money is paid. The mayor said the review would be \
        published before the first contract is signed, and that the town could not afford another winter of \
        uncertainty.
        Residents of the lower town, many of whom had sandbags at their doors during the January storms, said \
        they were relieved. Insurance companies had begun to refuse new policies in the streets nearest the \
        water, and several shops had closed for good.
        """

    static let vaccine = """
        Health officials began a new vaccination campaign in the northern provinces on Monday, hoping to reach \
        children who missed their routine doses during the long strike of clinic staff last year. Mobile teams \
        will visit schools and village halls for six weeks.
        The ministry said that coverage for measles had fallen below eighty per cent in some districts, well \
        under the level needed to stop outbreaks. Parents can bring their children without an appointment, \
        and the vaccines are free of charge.
        Doctors' unions supported the campaign but said that the underlying shortage of nurses had not been \
        solved, and that the same gaps would open again within a year unless wages improved.
        """

    /// Substitutes, deletes or inserts words, each word with probability `rate`, deterministically.
    static func edited(_ text: String, rate: Double, seed: UInt64) -> String {
        var state = seed
        func next() -> Double {
            state &+= 0x9e37_79b9_7f4a_7c15
            var z = state
            z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
            z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
            return Double((z ^ (z >> 31)) >> 11) / Double(1 << 53)
        }
        let replacements = ["river", "annual", "bridge", "quietly", "seven", "report", "northern", "agreed"]
        var out: [String] = []
        for word in text.split(separator: " ") {
            guard next() < rate else { out.append(String(word)); continue }
            let replacement = replacements[Int(next() * Double(replacements.count))]
            switch Int(next() * 3) {
            case 0: out.append(replacement)
            case 1: break
            default: out.append(contentsOf: [String(word), replacement])
            }
        }
        return out.joined(separator: " ")
    }

    /// The exact Jaccard similarity of two texts' shingle sets.
    static func trueJaccard(_ left: String, _ right: String) -> Double {
        let a = Set(Fingerprint.shingleHashes(of: left)), b = Set(Fingerprint.shingleHashes(of: right))
        return Double(a.intersection(b).count) / Double(a.union(b).count)
    }
}
