import ArticleAnalysis
import Benchmark

/// One benchmark per stage (each fed the documents exactly as the earlier stages leave them) and one for
/// the whole pipeline with the JSON line, on the five seed articles and on a sample of the HTML pages.
/// One iteration is one pass over the sample, so throughput × the article count is articles per second.
/// Stages run on the text and HTML samples; the short texts get the whole pipeline only (keeps `make bench` short).
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .cpuTotal, .throughput, .mallocCountTotal, .peakMemoryResident],
        timeUnits: .microseconds,
        warmupIterations: 2,
        maxDuration: .seconds(1),
        maxIterations: 50
    )
    guard let pipeline = try? AnalysisPipeline.standard() else { fatalError("the standard pipeline does not build") }
    for corpus in BenchmarkCorpus.all() where !corpus.articles.isEmpty {
        registerStageBenchmarks(pipeline: pipeline, corpus: corpus)
    }
}

private func registerStageBenchmarks(pipeline: AnalysisPipeline, corpus: BenchmarkCorpus) {
    let options = AnalysisOptions()
    let count = corpus.articles.count
    Benchmark("pipeline+json · \(corpus.name) (\(count) articles)", configuration: .init(scalingFactor: .one)) { benchmark in
        for article in corpus.articles {
            if case let .analyzed(record) = pipeline.analyze(article, options: options) {
                blackHole(record.json.serialized())
            }
        }
    }
    guard corpus.name != "short" else { return }
    // The documents as each stage receives them: stage i gets the output of stages 0..<i.
    var documents = corpus.articles.map { AnalysisDocument(article: $0, options: options) }
    for stage in pipeline.stages {
        let inputs = documents
        Benchmark("stage \(stage.name) · \(corpus.name) (\(count) articles)") { benchmark in
            for input in inputs {
                var document = input
                try? stage.apply(to: &document)
                blackHole(document)
            }
        }
        for index in documents.indices { try? stage.apply(to: &documents[index]) }
    }
}
