import ArticleAnalysis

/// Times the pipeline and each of its stages over an in-memory corpus with the thread's CPU clock.
struct StageTimer {
    let pipeline: AnalysisPipeline
    let articles: [Article]
    let options = AnalysisOptions()

    /// CPU seconds per pass over the corpus, one entry per round.
    struct Report {
        var articleCount: Int
        var corpusBytes: Int
        var pipelineRounds: [Double] = []
        var stageRounds: [String: [Double]] = [:]
        var stageOrder: [String] = []
        /// What each stage adds, so a report can sum "everything up to the clean text" (the extraction).
        var provides: [String: [String]] = [:]
        var warnings = 0
    }

    func measure(seconds budget: Double) -> Report {
        var report = Report(articleCount: articles.count, corpusBytes: articles.reduce(0) { $0 + $1.bytes.count })
        report.stageOrder = pipeline.stages.map(\.name.rawValue) + ["record+json"]
        for stage in pipeline.stages { report.provides[stage.name.rawValue] = stage.provides.map(\.rawValue).sorted() }
        _ = wholePipelinePass()  // warm-up: lazily built tables, caches, page faults
        let start = CPUTime.thread()
        repeat {
            report.pipelineRounds.append(wholePipelinePass())
            for (stage, cost) in perStagePass(warnings: &report.warnings) { report.stageRounds[stage, default: []].append(cost) }
        } while CPUTime.thread() - start < budget || report.pipelineRounds.count < 3
        return report
    }

    /// The daemon's work per article, less the I/O: analyse, then build the JSON line.
    private func wholePipelinePass() -> Double {
        var bytesOut = 0
        let start = CPUTime.thread()
        for article in articles {
            switch pipeline.analyze(article, options: options) {
            case let .analyzed(record): bytesOut &+= record.line().count
            case let .failed(record): bytesOut &+= record.line().count
            }
        }
        let elapsed = CPUTime.thread() - start
        precondition(bytesOut > 0)
        return elapsed
    }

    /// The pipeline's loop unrolled with a clock read around each stage.
    private func perStagePass(warnings: inout Int) -> [String: Double] {
        var costs: [String: Double] = [:]
        for article in articles {
            var document = AnalysisDocument(article: article, options: options)
            var available: Set<Annotation> = []
            var failed = false
            for stage in pipeline.stages where stage.requires.isSubset(of: available) {
                // The pipeline's language gate: an English-only stage does not run on another language.
                if stage.requirements.unmet(languageCode: document.language?.code) != nil { continue }
                let start = CPUTime.thread()
                do {
                    try stage.apply(to: &document)
                    available.formUnion(stage.provides)
                } catch {
                    warnings += 1
                    failed = failed || error.isFatal
                }
                costs[stage.name.rawValue, default: 0] += CPUTime.thread() - start
                if failed { break }
            }
            let start = CPUTime.thread()
            if !failed { _ = AnalysisRecord(document: document).line() }
            costs["record+json", default: 0] += CPUTime.thread() - start
        }
        return costs
    }
}

extension StageTimer.Report {
    func json(label: String) -> JSONValue {
        let count = Double(articleCount)
        func figures(_ rounds: [Double]) -> JSONValue {
            let sorted = rounds.sorted()
            let median = sorted[sorted.count / 2], best = sorted[0]
            return .object([
                ("articlesPerSecond", .double((count / median).rounded())),
                ("bestArticlesPerSecond", .double((count / best).rounded())),
                ("microsecondsPerArticle", .double((median / count * 1e7).rounded() / 10)),
                ("rounds", .int(rounds.count)),
            ])
        }
        let stageTotal = stageOrder.compactMap { stageRounds[$0]?.sorted()[(stageRounds[$0]!.count) / 2] }.reduce(0, +)
        let stages: [(String, JSONValue)] = stageOrder.compactMap { name in
            guard let rounds = stageRounds[name] else { return nil }
            guard case var .object(fields) = figures(rounds) else { return nil }
            let median = rounds.sorted()[rounds.count / 2]
            fields.append(("shareOfPipeline", .double((median / stageTotal * 1000).rounded() / 1000)))
            fields.append(("provides", .array((provides[name] ?? []).map { .string($0) })))
            return (name, .object(fields))
        }
        return .object([
            ("label", .string(label)),
            ("articles", .int(articleCount)),
            ("meanBytes", .int(corpusBytes / max(1, articleCount))),
            ("pipeline", figures(pipelineRounds)),
            ("stages", .object(stages)),
            ("stageWarnings", .int(warnings)),
        ])
    }
}
