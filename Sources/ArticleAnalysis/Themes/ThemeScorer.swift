/// Counts the taxonomy's cues over the article's tokens (longest phrase first, so "nuclear deal" counts
/// once) and reports each theme with at least `minimumEvidence` matches, strongest first.
public struct ThemeScorer: Sendable {
    public let taxonomy: ThemeTaxonomy
    /// Themes with fewer matches are left out: one stray word is not a theme. 2 was chosen by reading the
    /// seed articles' output (a single "oil" in a military story is noise; two usually are not).
    public var minimumEvidence = 2

    public init(taxonomy: ThemeTaxonomy = .standard) { self.taxonomy = taxonomy }

    /// The themes of sentences tokenised on their own (tools and tests; the stage reads the document's table).
    public func scores(sentences: [WordTokens]) -> [ThemeScore] { scores(sentences: sentences, lexemes: nil) }

    /// The themes of an article read from its token table: whether a word can start a cue is worked out
    /// once per lexeme, so the many words that cannot cost an array read instead of two table probes.
    public func scores(table: TokenTable) -> [ThemeScore] {
        scores(sentences: table.sentences, lexemes: (table.lexemes, table.firstToken, table.vocabulary.count))
    }

    /// What a lexeme's key is to the cue table, found at its first occurrence.
    private enum LexemeCue: UInt8 {
        case unread
        /// No cue starts with the key and its singular is no cue.
        case never
        /// A cue starts with the key, or its singular is a cue: the table is asked.
        case possible
    }

    private func scores(
        sentences: [WordTokens], lexemes: (ids: [Int32], firstToken: [Int], count: Int)?
    ) -> [ThemeScore] {
        var evidence = [Int](repeating: 0, count: taxonomy.themes.count)
        var sentenceCounts = [Int](repeating: 0, count: taxonomy.themes.count)
        var words = 0
        var seen = [Int](repeating: -1, count: taxonomy.themes.count)
        var lexemeCues = [LexemeCue](repeating: .unread, count: lexemes?.count ?? 0)
        var hashes: [UInt64] = []
        for (sentenceIndex, tokens) in sentences.enumerated() {
            // Filled when a word of this sentence may start a cue.
            hashes.removeAll(keepingCapacity: true)
            let base = lexemes?.firstToken[sentenceIndex] ?? 0
            var index = 0
            while index < tokens.count {
                guard tokens[index].isWord else {
                    index += 1
                    continue
                }
                words += 1
                if let lexemes {
                    let lexeme = Int(lexemes.ids[base + index])
                    if lexemeCues[lexeme] == .unread { lexemeCues[lexeme] = cue(of: tokens, index) }
                    if lexemeCues[lexeme] == .never {
                        index += 1
                        continue
                    }
                }
                if hashes.isEmpty {
                    // Written into reserved room: a lazy map's `append(contentsOf:)` took the generic path.
                    hashes.append(addingCapacity: tokens.count) { output in
                        for position in tokens.tokens.indices { output.append(tokens.tokens[position].hash) }
                    }
                }
                var match = taxonomy.cues.longestMatch(in: hashes, at: index)
                if match == nil, let themes = singularThemes(tokens, index) { match = (1, themes) }
                guard let (length, themes) = match else {
                    index += 1
                    continue
                }
                for position in themes {
                    let theme = taxonomy.cueThemes[Int(position)]
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

    /// The themes of the word's singular (its key less a final "s", when longer than three characters).
    @inline(__always)
    private func singularThemes(_ tokens: WordTokens, _ index: Int) -> Range<Int32>? {
        guard tokens[index].singularHash != 0, tokens.keyLonger(index, than: 3) else { return nil }
        return taxonomy.cues.value(forWord: tokens[index].singularHash)
    }

    /// Whether the word at `index` may be matched at all: a cue may start with it or its singular may be
    /// one (`cueOpenings`; the words it lets through by chance are looked up and found in no cue).
    private func cue(of tokens: WordTokens, _ index: Int) -> LexemeCue {
        let token = tokens[index]
        if taxonomy.cueOpenings.mayContain(token.hash) { return .possible }
        guard token.singularHash != 0, taxonomy.cueOpenings.mayContain(token.singularHash), tokens.keyLonger(index, than: 3) else {
            return .never
        }
        return .possible
    }
}
