/// Finds the article in scraped plain text. Each unit is first judged on its own (prose or not); the body
/// is the contiguous run of units with the best prose score (a maximum-sum segment, as in boilerplate
/// detectors like jusText and boilerpipe); then every unit is classified by where it sits relative to that
/// run and by its shape: title, byline and caption before it, headings and body inside it, and removed
/// blocks (related links, calls to action, disclaimers, profiles, repeats) anywhere.
struct PlainTextExtractor: Sendable {
    /// A prose unit has at least this many words. Calibrated on the seeds: their shortest body paragraphs
    /// have 12–16 words, while headline-list entries and profile lines have fewer or end without a period.
    static let proseMinimumWords = 12
    /// …and at least this share of English function words (seed body lines 0.30–0.55, headline lists ≤ 0.25).
    static let proseMinimumStopWords = 0.22
    /// Penalty for a unit that cannot be prose, so that junk between two prose runs splits them only when it
    /// outweighs the smaller run. Calibrated on the seeds' headline lists (4–20 lines of 5–20 words).
    static let junkPenalty = 6

    func extract(_ text: String) -> (article: ExtractedArticle, kinds: [BlockKind]) {
        let units = LongLineSplitter.split(TextUnitReader.units(of: text))
        let minimumStop = Self.hasEnglishProse(units) ? Self.proseMinimumStopWords : 0
        var scores = units.map { score($0, minimumStop: minimumStop) }
        Self.keepTableIntroductions(&scores, units)
        var body = Self.widenedOverLine(Self.bestRun(scores) ?? (units.isEmpty ? 0..<0 : 0..<units.count), units)
        // A tokenised headline scores as a short sentence; when the body run starts with it, it is the title.
        if body.lowerBound == 0, body.count > 1, WireLines.isTokenizedHeadline(units[0]) { body = 1..<body.upperBound }
        var classifier = UnitClassifier(units: units, body: body, minimumStop: minimumStop)
        var (article, kinds) = classifier.classify()
        article.metadata.published = PublishedDateReader.published(in: units, body: body)
        return (article, kinds)
    }

    /// Non-English text has almost no English function words; then prose is judged on length and punctuation.
    static func hasEnglishProse(_ units: [TextUnit]) -> Bool {
        units.contains { $0.words >= proseMinimumWords && $0.stopWordRatio >= proseMinimumStopWords }
    }

    func score(_ unit: TextUnit, minimumStop: Double) -> Int {
        if isProse(unit, minimumStop: minimumStop) { return unit.words }
        // A line of a results table is content (wire copy's sports stories are mostly tables): it counts like
        // half its words of prose, enough to carry the headings and blank labels between its rows.
        if WireLines.isResultsLine(unit) { return max(1, unit.words / 2) }
        if unit.truncated || unit.occurrences > 1 || unit.links > 0 || unit.bulleted && unit.labelled
            || unit.personalData > 0 && (unit.labelled || unit.bulleted || unit.words < Self.proseMinimumWords)
        {
            return -(unit.words + Self.junkPenalty)
        }
        if isShortSentence(unit, minimumStop: minimumStop) { return 1 }
        return unit.isTitleLike || unit.endsSentence ? -2 : -(unit.words / 2 + 2)
    }

    /// A finished sentence too short to be prose on its own ("They met in Tehran on Monday."): it extends a
    /// body run it touches and can form one in a very short article, but outweighs no junk.
    func isShortSentence(_ unit: TextUnit, minimumStop: Double) -> Bool {
        unit.endsSentence && unit.words >= 4 && !unit.truncated && unit.occurrences == 1 && unit.personalData == 0
            && !unit.labelled && !unit.bulleted && (minimumStop == 0 || unit.stopWordRatio >= minimumStop / 2)
    }

    func isProse(_ unit: TextUnit, minimumStop: Double) -> Bool {
        unit.words >= Self.proseMinimumWords && unit.stopWordRatio >= minimumStop
            && (unit.endsSentence || unit.words >= 2 * Self.proseMinimumWords) && !unit.truncated
            && unit.occurrences == 1 && unit.links == 0 && (unit.personalData == 0 || !unit.labelled && !unit.bulleted)
    }

    /// A line ending in a colon that opens a results table ("Results on Saturday :") weighs nothing against it.
    static func keepTableIntroductions(_ scores: inout [Int], _ units: [TextUnit]) {
        // Only a line that ends in a colon can introduce a table: the others are not copied out to be asked.
        for index in units.indices.dropLast()
        where WireLines.endsWithColon(units[index].text) && WireLines.introducesTable(units[index], next: units[index + 1]) {
            scores[index] = max(scores[index], 0)
        }
    }

    /// A body run that starts or ends inside a long line cut into sentences takes in the whole line: a line that
    /// holds a large share of the text is never cut apart by scores (its sentences of figures, a label-like
    /// start, a last sentence without a full stop). Furniture at its end is then removed by the classifier's
    /// closing-run rules (`UnitClassifier.trailerReason`), which name what they remove.
    static func widenedOverLine(_ body: Range<Int>, _ units: [TextUnit]) -> Range<Int> {
        guard !body.isEmpty else { return body }
        var lower = body.lowerBound, upper = body.upperBound
        func sameLine(_ index: Int, _ neighbour: Int) -> Bool {
            units[index].isSentencePiece && units[neighbour].isSentencePiece && units[index].line == units[neighbour].line
        }
        while lower > 0, sameLine(lower - 1, lower) { lower -= 1 }
        while upper < units.count, sameLine(upper, upper - 1) { upper += 1 }
        return lower..<upper
    }

    /// The maximum-sum contiguous run (Kadane); nil when no unit scores above zero.
    static func bestRun(_ scores: [Int]) -> Range<Int>? {
        var best: (sum: Int, range: Range<Int>)?
        var sum = 0, start = 0
        for (index, score) in scores.enumerated() {
            if sum <= 0 { sum = 0; start = index }
            sum += score
            if sum > 0, sum > (best?.sum ?? 0) { best = (sum, start..<(index + 1)) }
        }
        return best?.range
    }
}
