import ArticleAnalysis
import Foundation

/// The articles a benchmark runs on, read once before any timing: samples of the corpora that
/// `scripts/bench/make_corpora.py` writes (ARTICLEWATCH_BENCH_CORPORA, else bench-results/corpora in the
/// repo; `make bench` makes them first), or the repo's seeds when they are not there.
struct BenchmarkCorpus: Sendable {
    let name: String
    let articles: [Article]

    static func all() -> [BenchmarkCorpus] {
        let repo = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let corpora = ProcessInfo.processInfo.environment["ARTICLEWATCH_BENCH_CORPORA"].map { URL(fileURLWithPath: $0) }
            ?? repo.appendingPathComponent("bench-results/corpora")
        let text = load(corpora.appendingPathComponent("text"), every: 25)
        return [
            BenchmarkCorpus(name: "text", articles: text.isEmpty ? load(repo.appendingPathComponent("seeds"), every: 1) : text),
            BenchmarkCorpus(name: "html", articles: load(corpora.appendingPathComponent("html"), every: 10)),
            BenchmarkCorpus(name: "short", articles: load(corpora.appendingPathComponent("short"), every: 50)),
        ]
    }

    private static func load(_ directory: URL, every step: Int) -> [Article] {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).sorted()
        let epoch = Date(timeIntervalSince1970: 1_750_000_000)
        return stride(from: 0, to: names.count, by: step).compactMap { index in
            guard let data = try? Data(contentsOf: directory.appendingPathComponent(names[index])) else { return nil }
            return Article(name: names[index], bytes: Array(data), receivedAt: epoch)
        }
    }
}
