import ArticleAnalysis
import Foundation

/// `articlewatch-eval dedup MANIFEST OUT [REPEATS]`: streams the eval corpus (the manifest lists its files
/// in arrival order, one path per line) through `Fingerprint` and `NearDuplicateIndex` as the daemon
/// would, writes one JSON line per article with its link to OUT, and prints the throughput. The best of
/// REPEATS runs (default 5) is reported, by wall clock and by process CPU time, each with a fresh index; the article ids (SHA-256) are computed
/// before the clock starts, as the daemon has them before dedup runs. `scripts/dedup-eval.py` builds the
/// corpus and scores the links.
func dedupEval(_ arguments: [String]) throws {
    guard arguments.count >= 2 else { throw EvalUsageError("usage: dedup MANIFEST OUT [REPEATS]") }
    let manifest = try String(contentsOfFile: arguments[0], encoding: .utf8)
    let paths = manifest.split(separator: "\n").map(String.init)
    let repeats = arguments.count > 2 ? Int(arguments[2]) ?? 5 : 5
    let articles = try paths.map { path in
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        return (id: SHA256.hexDigest(of: bytes), file: (path as NSString).lastPathComponent,
                text: String(decoding: bytes, as: UTF8.self))
    }
    let receivedAt = Date(timeIntervalSince1970: 1_795_000_000)
    var best = Double.infinity
    var bestCPU = Double.infinity
    var links: [DuplicateLink?] = []
    for _ in 0..<repeats {
        var index = NearDuplicateIndex(threshold: 0.8)
        var run: [DuplicateLink?] = []
        run.reserveCapacity(articles.count)
        let started = ContinuousClock.now
        let startedCPU = processCPUSeconds()
        for article in articles {
            let fingerprint = Fingerprint(text: article.text)
            run.append(index.checkAndInsert(id: article.id, file: article.file, fingerprint: fingerprint, receivedAt: receivedAt))
        }
        let elapsed = ContinuousClock.now - started
        bestCPU = min(bestCPU, processCPUSeconds() - startedCPU)
        best = min(best, elapsed.inSeconds)
        links = run
    }
    var out = ""
    for (article, link) in zip(articles, links) {
        let linkJSON = link.json.serialized()
        out += "{\"file\":\(JSONValue.string(article.file).serialized()),\"link\":\(linkJSON)}\n"
    }
    try out.write(toFile: arguments[1], atomically: true, encoding: .utf8)
    let rate = Double(articles.count) / best
    let cpuRate = Double(articles.count) / bestCPU
    print("{\"system\":\"articlewatch\",\"articles\":\(articles.count),\"seconds\":\(best),\"articlesPerSecond\":\(rate),\"articlesPerCPUSecond\":\(cpuRate)}")
}

struct EvalUsageError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
