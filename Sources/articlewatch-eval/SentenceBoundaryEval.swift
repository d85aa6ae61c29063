import ArticleAnalysis
import Foundation

/// `articlewatch-eval sentence-boundaries GOLD.jsonl [--speed CORPUS.jsonl] [--repeat N]`: our sentence
/// splitter (the segment stage) beside ICU's sentence break iterator, plain ("en_US") and with ICU's English
/// abbreviation suppressions ("en@ss=standard"), for `eval/sentences/sentence_eval.py` (issue 4).
///
/// GOLD.jsonl holds one paragraph a line, `{"id": …, "text": …}`; each gets a line on stdout with every
/// splitter's sentence starts after the first, as UTF-8 offsets: `{"id": …, "ours": […], "icu": […], "icu_ss": […]}`.
/// CORPUS.jsonl holds one article a line, `{"text": …}` with paragraphs split by blank lines; the last line
/// on stdout is `{"speed": {splitter: µs per 7 KB article}, …}`: thread CPU time of the fastest of N passes over
/// the corpus, all splitters in each pass, in this process. "icu_words" adds ICU's word iterator to its sentence
/// iterator, the same work as our segment stage, which makes tokens as well as sentences.
func sentenceBoundaries(_ arguments: [String]) throws {
    var goldPath: String?
    var speedPath: String?
    var repeats = 20
    var iterator = arguments.makeIterator()
    while let argument = iterator.next() {
        switch argument {
        case "--speed": speedPath = iterator.next()
        case "--repeat": repeats = Int(iterator.next() ?? "") ?? repeats
        default: goldPath = argument
        }
    }
    guard let goldPath else { throw EvalError.usage("sentence-boundaries GOLD.jsonl [--speed CORPUS.jsonl] [--repeat N]") }
    let icu = try ICUBreakIterator(.sentence, locale: "en_US")
    let icuSuppressed = try ICUBreakIterator(.sentence, locale: "en@ss=standard")
    for line in try jsonLines(goldPath) {
        guard let text = line["text"] as? String else { continue }
        let result: [String: Any] = [
            "id": line["id"] ?? NSNull(),
            "ours": try ourSentenceStarts(inParagraph: text),
            "icu": try icuSentenceStarts(text, icu),
            "icu_ss": try icuSentenceStarts(text, icuSuppressed),
        ]
        print(String(decoding: try JSONSerialization.data(withJSONObject: result, options: [.sortedKeys]), as: UTF8.self))
    }
    if let speedPath {
        let articles = try jsonLines(speedPath).compactMap { $0["text"] as? String }
        let speed = try splitterSpeed(articles, repeats: repeats, icu: icu, icuSuppressed: icuSuppressed)
        print(String(decoding: try JSONSerialization.data(withJSONObject: speed, options: [.sortedKeys]), as: UTF8.self))
    }
}

/// A document whose clean text is `paragraphs` joined by blank lines, ready for the segment stage.
private func segmentableDocument(_ paragraphs: [String]) -> AnalysisDocument {
    var document = AnalysisDocument(
        article: Article(name: "sentences", bytes: [], receivedAt: Date(timeIntervalSince1970: 0)), options: AnalysisOptions())
    document.cleanText = paragraphs.joined(separator: "\n\n")
    document.paragraphs = paragraphs
    document.paragraphRoles = Array(repeating: .body, count: paragraphs.count)
    return document
}

private func ourSentenceStarts(inParagraph text: String) throws -> [Int] {
    var document = segmentableDocument([text])
    try SegmentStage().apply(to: &document)
    return document.sentences.dropFirst().map(\.range.lowerBound)
}

/// ICU's boundaries fall after a sentence's trailing spaces, so each is where the next sentence starts.
private func icuSentenceStarts(_ text: String, _ iterator: ICUBreakIterator) throws -> [Int] {
    let utf16 = Array(text.utf16)
    return try iterator.boundaries(in: utf16).filter { $0 < utf16.count }.map { offset in
        text.utf8.distance(from: text.startIndex, to: String.Index(utf16Offset: offset, in: text))
    }
}

/// µs of thread CPU time per 7 KB (7,168 UTF-8 bytes) of article text for each splitter, and the sentences found.
private func splitterSpeed(
    _ articles: [String], repeats: Int, icu: ICUBreakIterator, icuSuppressed: ICUBreakIterator
) throws -> [String: Any] {
    let documents = articles.map { segmentableDocument($0.components(separatedBy: "\n\n")) }
    let words = try ICUBreakIterator(.word, locale: "en_US")
    let segment = SegmentStage()
    var sentences: [String: Int] = [:]
    var best: [String: Double] = [:]
    func measure(_ name: String, _ work: () throws -> Int) rethrows {
        var count = 0
        let start = CPUTime.thread()
        count = try work()
        let seconds = CPUTime.thread() - start
        best[name] = min(best[name] ?? .infinity, seconds)
        sentences[name] = count
    }
    func icuPass(_ iterator: ICUBreakIterator, alsoWords: Bool) throws -> Int {
        var count = 0
        for article in articles {
            let utf16 = Array(article.utf16)
            count += try iterator.boundaries(in: utf16).count
            if alsoWords { _ = try words.boundaries(in: utf16) }
        }
        return count
    }
    for _ in 0..<max(1, repeats) {
        try measure("ours") {
            var count = 0
            for template in documents {
                var document = template
                try segment.apply(to: &document)
                count += document.sentences.count
            }
            return count
        }
        try measure("icu") { try icuPass(icu, alsoWords: false) }
        try measure("icu_ss") { try icuPass(icuSuppressed, alsoWords: false) }
        try measure("icu_words") { try icuPass(icu, alsoWords: true) }
    }
    let bytes = Double(articles.reduce(0) { $0 + $1.utf8.count })
    let perArticle = best.mapValues { $0 / bytes * 7_168 * 1e6 }
    return ["speed": perArticle, "sentences": sentences, "articles": articles.count, "bytes": Int(bytes), "passes": repeats]
}

private func jsonLines(_ path: String) throws -> [[String: Any]] {
    try String(decoding: readBytes(path), as: UTF8.self).split(separator: "\n").compactMap { line in
        try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
    }
}
