@testable import ArticleWatchDaemon
import Foundation
import Testing

@Suite struct ConfigurationLoaderTests {
    func parse(_ json: String) throws(ConfigurationError) -> Configuration {
        try ConfigurationLoader.parse(Data(json.utf8), file: "test.json", baseDirectory: "/etc/aw", processorCount: 3)
    }

    @Test func emptyObjectGivesTheDocumentedDefaults() throws {
        let config = try parse("{}")
        #expect(config.spool == "/etc/aw/var/spool")
        #expect(config.workers == 3)
        #expect(config.fsync == .interval && config.fsyncMilliseconds == 10)
        #expect(config.maxFileBytes == 10 << 20 && config.rotateBytes == 256 << 20 && config.rotateKeep == 10)
        #expect(config.keepProcessed && config.includeText)
    }

    @Test func relativePathsResolveAgainstTheFilesDirectory() throws {
        let config = try parse(#"{"spool": "../srv/spool", "results": "/var/log/aw/r.jsonl"}"#)
        #expect(config.spool == "/etc/srv/spool")
        #expect(config.results == "/var/log/aw/r.jsonl")
    }

    @Test func everyProblemIsNamedWithKeyValueAndWhatIsAllowed() {
        #expect {
            try parse(#"{"workers": "four", "fsync": "sometimes", "keepProcessed": 1, "rotateKeep": 0, "colour": "blue", "analysis": {"tone": true}}"#)
        } throws: { error in
            let text = "\(error)"
            return text.contains(#"key "workers": "four" is not allowed; use a whole number from 1 to 256"#)
                && text.contains(#"key "fsync": "sometimes" is not allowed; use one of always, interval, never"#)
                && text.contains(#"key "keepProcessed": 1 is not allowed; use true or false"#)
                && text.contains(#"key "rotateKeep": 0"#)
                && text.contains(#"unknown key "colour""#)
                && text.contains(#"unknown key "analysis.tone""#)
        }
    }

    @Test func resultsAndFailuresMustDiffer() {
        #expect(throws: ConfigurationError.self) { try parse(#"{"results": "a.jsonl", "failures": "a.jsonl"}"#) }
    }

    @Test func notJSONIsReportedAsSuch() {
        #expect { try parse("{ spool: x }") } throws: { "\($0)".contains("not valid JSON") }
    }

    @Test func theShippedConfigIsValid() throws {
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let config = try ConfigurationLoader.load(path: repository.appendingPathComponent("config.json").path)
        #expect(config.spool.hasSuffix("/var/spool"))
    }

    @Test func restartOnlyKeysAreNamed() throws {
        let old = try parse("{}")
        var new = old
        new.workers = 9
        new.fsync = .always
        #expect(new.keysNeedingRestart(comparedTo: old) == ["workers"])
    }
}
