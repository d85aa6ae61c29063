import ArticleAnalysis

extension KeyReader {
    /// The `analysis` object: options of the analysis stages.
    mutating func analysisOptions(default fallback: AnalysisOptions) -> AnalysisOptions {
        guard var reader = object("analysis") else { return fallback }
        var options = fallback
        options.disabledStages = reader.stringSet("disabledStages")
        options.redactPII = reader.boolean("redactPII", default: options.redactPII)
        options.nearDuplicateThreshold = reader.number("nearDuplicateThreshold", default: options.nearDuplicateThreshold, in: 0.05...1)
        if var window = reader.object("nearDuplicateWindow") {
            let count = window.integer("count", default: options.nearDuplicateWindow.count ?? 0, in: 0...16_777_214, note: "0 for no count limit")
            let days = window.number("days", default: options.nearDuplicateWindow.days ?? 0, in: 0...36_500)
            options.nearDuplicateWindow = DuplicateWindow(count: count == 0 ? nil : count, days: days == 0 ? nil : days)
            window.rejectUnknownKeys()
            reader.problems += window.problems
        }
        if let problem = Self.pipelineProblem(options) { reader.problems.append(problem) }
        reader.rejectUnknownKeys()
        problems += reader.problems
        return options
    }

    /// A stage list that leaves the pipeline unbuildable is a configuration error, caught at load time.
    private static func pipelineProblem(_ options: AnalysisOptions) -> String? {
        do {
            _ = try AnalysisPipeline.standard(options: options)
            return nil
        } catch {
            return "key \"analysis.disabledStages\": \(error)"
        }
    }
}
