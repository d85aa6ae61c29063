import ArticleAnalysis
import Foundation
import Testing

@Suite struct AnalysisPipelineTests {
    struct NeedsTone: AnalysisStage {
        let name: StageName = "needs-tone"
        let requires: Set<Annotation> = [.tone]
        let provides: Set<Annotation> = []
        func apply(to document: inout AnalysisDocument) throws(StageFailure) {}
    }

    struct AlwaysFails: AnalysisStage {
        let name: StageName = "flaky"
        let requires: Set<Annotation> = [.decodedText]
        let provides: Set<Annotation> = [.tone]
        func apply(to document: inout AnalysisDocument) throws(StageFailure) { throw StageFailure(.internal, "lexicon missing") }
    }

    @Test func anUnmetRequirementNamesWhatIsAvailable() {
        #expect {
            try AnalysisPipeline(stages: [DecodeStage(), NeedsTone()])
        } throws: { error in
            "\(error)".contains("needs tone") && "\(error)".contains("Available: decodedText")
        }
    }

    @Test func aFailedStageIsWrittenDownAndItsDependentsSkipped() throws {
        let pipeline = try AnalysisPipeline(stages: [DecodeStage(), AlwaysFails(), NeedsTone()])
        let outcome = pipeline.analyze(Article(name: "a", bytes: Array("text".utf8), receivedAt: Date(timeIntervalSince1970: 0)), options: .init())
        guard case let .analyzed(record) = outcome else { Issue.record("expected a record"); return }
        #expect(record.warnings == ["stage 'flaky' failed: lexicon missing", "stage 'needs-tone' skipped: needs tone"])
    }

    struct NeedsEntities: AnalysisStage {
        let name: StageName = "needs-entities"
        let requires: Set<Annotation> = [.entities]
        let provides: Set<Annotation> = []
        func apply(to document: inout AnalysisDocument) throws(StageFailure) { document.warnings.append("needs-entities ran") }
    }

    /// An English-only stage on an article known to be French is skipped with its own warning and does not
    /// make its output available; on an article of unknown language it runs.
    @Test func aStageForAnotherLanguageIsSkippedAndItsOutputIsNotAvailable() throws {
        let article = Article(name: "a", bytes: [], receivedAt: Date(timeIntervalSince1970: 0))
        let cases: [(language: String?, warnings: [String])] = [
            ("fr", ["entities: skipped for language 'fr', the lexicons are English"]), (nil, ["needs-entities ran"]),
        ]
        for (language, expected) in cases {
            let pipeline = try AnalysisPipeline(stages: [
                PresetSentencesStage(["La Russie soutient l'Iran."], language: language), EntityStage(), NeedsEntities(),
            ])
            guard case let .analyzed(record) = pipeline.analyze(article, options: .init()) else {
                Issue.record("expected a record")
                return
            }
            #expect(record.warnings == expected)
        }
    }

    @Test func unknownDisabledStageIsAnError() {
        #expect(throws: PipelineError.self) { try AnalysisPipeline.standard(options: AnalysisOptions(disabledStages: ["tonee"])) }
    }

    @Test func theStandardRecordHasEveryField() throws {
        let pipeline = try AnalysisPipeline.standard()
        let article = Article(name: "a.txt", bytes: Array("Iran and Russia\n\nThey met in Tehran on Monday.".utf8), receivedAt: Date(timeIntervalSince1970: 1_700_000_000))
        guard case let .analyzed(record) = pipeline.analyze(article, options: .init()) else { Issue.record("failed"); return }
        let json = record.json
        for key in ["schema", "id", "file", "receivedAt", "title", "text", "entities", "tone", "duplicateOf", "warnings"] {
            #expect(json[key] != nil, "missing \(key)")
        }
        #expect(json["receivedAt"] == .string("2023-11-14T22:13:20.000Z"))
        #expect(json["title"] == .string("Iran and Russia"))
    }
}

@Suite struct JSONValueTests {
    @Test func serializesEscapesAndKeepsKeyOrder() throws {
        let value = JSONValue.object([("z", .string("a\"b\\c\nd\u{01}")), ("a", .array([.int(1), .double(2.5), .null, .bool(true)])), ("n", .double(.nan))])
        #expect(value.serialized() == #"{"z":"a\"b\\c\nd\u0001","a":[1,2.5,null,true],"n":null}"#)
        let decoded = try JSONReader.value(of: Array(value.serialized().utf8))
        #expect(decoded["z"] == .string("a\"b\\c\nd\u{01}"))
    }

    @Test func rfc3339KnownInstants() {
        #expect(RFC3339.format(Date(timeIntervalSince1970: 0)) == "1970-01-01T00:00:00.000Z")
        #expect(RFC3339.format(Date(timeIntervalSince1970: 951_782_400.25)) == "2000-02-29T00:00:00.250Z")
        #expect(RFC3339.format(Date(timeIntervalSince1970: -1)) == "1969-12-31T23:59:59.000Z")
    }
}
