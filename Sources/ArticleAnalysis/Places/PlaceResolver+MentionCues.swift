/// Places the tagger or the dictionaries took for a person or an organisation, told by the words around them
/// rather than by the name itself: local news names small places in patterns a reader never misreads.
extension PlaceResolver {
    /// The gazetteer name at a person or organisation mention that its surroundings say is a place, as the
    /// tokens it covers and its candidates:
    ///   * "the city of Jackson", "the town of Clinton": a place noun and "of" before the name (any mention,
    ///     the dictionary's persons too);
    ///   * "Harris" + "County Judge", "League" + "City": an uncoded mention whose gazetteer name ends in a place
    ///     word (County, Parish, City, Township, Borough, Shire), running on over the next capitalised words or
    ///     stopping before an office ("Harris County Judge Lina Hidalgo");
    ///   * "CAMDEN, N.J.", "Winona, Minn.": an uncoded mention that is exactly a gazetteer name and is followed
    ///     by a comma and a division (its abbreviation or its name).
    func placeNameAtMention(_ mention: MentionFacts, _ mentions: [EntityMention], _ tokens: WordTokens, _ hashes: [UInt64])
        -> (tokens: Range<Int>, range: CandidateRange)?
    {
        let start = mention.tokens.lowerBound
        let count = mention.tokens.count
        if start >= 2, tokens.key(start - 1, is: "of"), !tokens[start - 2].isCapitalized, PlaceWords.placeNouns.contains(tokens, start - 2),
            let match = gazetteer.longestName(in: hashes, at: start, accept: { $0 == count }), !match.range.isCommonWord
        {
            return (mention.tokens, match.range)
        }
        guard !mention.hasCode else { return nil }
        if let longer = gazetteer.longestName(in: hashes, at: start, accept: { length in
            let end = start + length
            guard length >= 2, end <= tokens.count, tokens[end - 1].isCapitalized, PlaceWords.placeTypeWords.contains(tokens, end - 1)
            else { return false }
            // Shorter than the mention: only before an office ("Harris County Judge Lina Hidalgo"), never inside
            // an organisation's name ("Broward County Transit", "Hall County Board of Commissioners").
            if length < count { return PlaceWords.afterPlace.contains(tokens, end) }
            let extra = mention.tokens.upperBound..<end
            return !mentions.contains { !$0.code.isEmpty && $0.tokens.overlaps(extra) }
        }) {
            return (start..<(start + longer.length), longer.range)
        }
        let end = mention.tokens.upperBound
        guard end + 1 < tokens.count, tokens.key(end, is: ","),
            let match = gazetteer.longestName(in: hashes, at: start, accept: { $0 == count }), regionFollows(tokens, hashes, at: end + 1)
        else { return nil }
        return (mention.tokens, match.range)
    }

    /// A first-level division starts at `index`: its abbreviation written as one ("N.J.", "TX") or its name.
    private func regionFollows(_ tokens: WordTokens, _ hashes: [UInt64], at index: Int) -> Bool {
        guard tokens[index].isCapitalized else { return false }
        if let abbreviation = gazetteer.abbreviation(in: hashes, at: index), Self.abbreviationCaseFits(tokens, index, abbreviation.length) {
            return true
        }
        guard let name = gazetteer.longestName(in: hashes, at: index, accept: { index + $0 <= tokens.count }) else { return false }
        return gazetteer.candidateIndices(name.range).prefix(4).contains { gazetteer.places[Int($0)].feature == .division }
    }

    /// A gazetteer name that starts one or two capitalised words before a location mention no one else took and
    /// ends where it ends ("County" + "Galway", "St." + "Martin Parish", "New" + "Glasgow", "East" + "Baton Rouge
    /// Parish").
    func earlierStart(_ mention: MentionFacts, _ tokens: WordTokens, _ hashes: [UInt64], _ covered: [Bool])
        -> (tokens: Range<Int>, range: CandidateRange)?
    {
        guard mention.kind == .location else { return nil }
        let end = mention.tokens.upperBound
        for back in 1...2 {
            let start = mention.tokens.lowerBound - back
            guard start >= 0, !covered[start..<mention.tokens.lowerBound].contains(true) else { return nil }
            if back == 1, tokens.key(start, is: ".") { continue }  // "St" "." "Martin Parish"
            guard tokens[start].isWord, tokens[start].isCapitalized else { return nil }
            if let match = gazetteer.longestName(in: hashes, at: start, accept: { start + $0 == end }) { return (start..<end, match.range) }
        }
        return nil
    }
}
