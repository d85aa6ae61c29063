/// Counts the taxonomy's cues over the article's tokens (longest phrase first, so "nuclear deal" counts
/// once) and reports each theme with at least `minimumEvidence` matches, strongest first.
public struct ThemeScorer: Sendable {
    public let taxonomy: ThemeTaxonomy
    /// Themes with fewer matches are left out: one stray word is not a theme. 2 was chosen by reading the
    /// seed articles' output (a single "oil" in a military story is noise; two usually are not).
    public var minimumEvidence = 2

    public init(taxonomy: ThemeTaxonomy = .standard) { self.taxonomy = taxonomy }

    public func scores(sentences: [WordTokens]) -> [ThemeScore] {
        var evidence = [Int](repeating: 0, count: taxonomy.themes.count)
        var sentenceCounts = [Int](repeating: 0, count: taxonomy.themes.count)
        var words = 0
        var seen = [Int](repeating: -1, count: taxonomy.themes.count)
        for (sentenceIndex, tokens) in sentences.enumerated() {
            let hashes = tokens.map(\.hash)
            var index = 0
            while index < tokens.count {
                guard tokens[index].isWord else {
                    index += 1
                    continue
                }
                words += 1
                var match = taxonomy.cues.longestMatch(in: hashes, at: index)
                if match == nil, tokens[index].singularHash != 0, tokens.keyLonger(index, than: 3),
                    let themes = taxonomy.cues.value(forWord: tokens[index].singularHash)
                {
                    match = (1, themes)
                }
                guard let (length, themes) = match else {
                    index += 1
                    continue
                }
                for theme in themes {
                    evidence[theme] += 1
                    if seen[theme] != sentenceIndex {
                        seen[theme] = sentenceIndex
                        sentenceCounts[theme] += 1
                    }
                }
                words += length - 1
                index += length
            }
        }
        let per100 = words > 0 ? 100 / Double(words) : 0
        return taxonomy.themes.indices.filter { evidence[$0] >= minimumEvidence }.map { index in
            ThemeScore(
                theme: taxonomy.themes[index].id, label: taxonomy.themes[index].label,
                score: Double(evidence[index]) * per100, evidence: evidence[index], sentences: sentenceCounts[index])
        }.sorted { $0.evidence != $1.evidence ? $0.evidence > $1.evidence : $0.theme < $1.theme }
    }
}
