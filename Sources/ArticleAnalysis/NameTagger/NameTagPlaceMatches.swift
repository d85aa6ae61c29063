/// The GeoNames names (the places stage's `Gazetteer`) a sentence's tokens start or continue, as a tagger
/// feature: "Takoradi" is a place name even though no corpus sentence held it. The longest name wins, as
/// in the places stage, and what kind of place its likeliest reading is goes with it — a country's
/// division or a capital says "location" far more than a village of 1,000 people named like a surname, or
/// a name that is also an English word ("Mobile").
enum NameTagPlaceMatches {
    /// Per token: 0 outside any gazetteer name, else 1 + 2·class + (0 first token, 1 later token).
    static func values(_ tokens: some NameTagTokenView, scoresEveryToken: Bool) -> [UInt8] {
        var values = [UInt8](repeating: 0, count: tokens.count)
        var hashes: [UInt64] = []
        fill(&values, tokens, scoresEveryToken: scoresEveryToken, hashes: &hashes)
        return values
    }

    /// `values` into `values` (all 0 on entry, one per token); `hashes` is storage for the tokens' hashes,
    /// kept by the caller from sentence to sentence.
    static func fill(_ values: inout [UInt8], _ tokens: some NameTagTokenView, scoresEveryToken: Bool, hashes: inout [UInt64]) {
        guard tokens.count > 0 else { return }
        let gazetteer = Gazetteer.standard
        var hashed = false
        var index = 0
        while index < tokens.count {
            // Every place name starts with a capital where the writer uses capitals.
            guard tokens.isWord(index), scoresEveryToken || tokens.hasCapital(index) else {
                index += 1
                continue
            }
            if !hashed {
                hashed = true
                hashes.removeAll(keepingCapacity: true)
                hashes.reserveCapacity(tokens.count)
                for token in 0..<tokens.count { hashes.append(tokens.keyHash(token)) }
            }
            guard let match = gazetteer.longestName(in: hashes, at: index, accept: { _ in true }) else {
                index += 1
                continue
            }
            let kind = placeClass(gazetteer, match.range)
            for token in index..<(index + match.length) { values[token] = 1 + 2 * kind + (token == index ? 0 : 1) }
            index += match.length
        }
    }

    /// 0: also an English word; 1: a first-level division or a capital; 2: a place of 100,000 people or more;
    /// 3: any smaller place or a county.
    private static func placeClass(_ gazetteer: Gazetteer, _ range: CandidateRange) -> UInt8 {
        if range.isCommonWord { return 0 }
        guard let first = gazetteer.candidateIndices(range).first else { return 3 }
        let place = gazetteer.places[Int(first)]
        switch place.feature {
        case .division, .capital: return 1
        default: return place.population >= 100_000 ? 2 : 3
        }
    }

    /// Whether a gazetteer name covers token `index` of a sentence whose `values` these are, or the lexicon
    /// files one of the token's words under a place: the vote's and the possessive rule's "known place".
    static func isKnownPlace(_ tokens: WordTokens, _ index: Int, values: [UInt8]) -> Bool {
        (index < values.count && values[index] != 0)
            || NameTagGazetteer.standard.classes(of: tokens[index].hash) & NameTagGazetteer.place != 0
    }
}
