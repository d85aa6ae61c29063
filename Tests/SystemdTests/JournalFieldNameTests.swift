import Testing
import Systemd

@Suite struct JournalFieldNameTests {
    @Test(arguments: [
        ("article.id", "ARTICLE_ID"),
        ("article.file", "ARTICLE_FILE"),
        ("duration.ms", "DURATION_MS"),
        ("failure-reason", "FAILURE_REASON"),
        ("spool  file!", "SPOOL_FILE"),
        ("Outcome", "OUTCOME"),
        ("_trusted", "TRUSTED"),
        ("__x__", "X"),
        ("9lives", "F_9LIVES"),
        ("naïve.key", "NA_VE_KEY"),
        ("message", "META_MESSAGE"),
        ("priority", "META_PRIORITY"),
        ("code.file", "META_CODE_FILE"),
        ("message.id", "MESSAGE_ID"),
    ])
    func mapsKeysToValidNames(key: String, expected: String) {
        #expect(JournalFieldName.from(metadataKey: key) == expected)
    }

    @Test func keysWithoutLettersOrDigitsAreDropped() {
        #expect(JournalFieldName.from(metadataKey: "...") == nil)
        #expect(JournalFieldName.from(metadataKey: "") == nil)
    }

    @Test func everyResultSatisfiesJournaldsRules() throws {
        let keys = ["a", "x.y.z", "_", "0", "-9.a", String(repeating: "long.key.", count: 20), "Ünïcödé", "a__b", "ok_"]
        for key in keys {
            guard let name = JournalFieldName.from(metadataKey: key) else { continue }
            #expect((1...64).contains(name.count), "\(key) → \(name)")
            #expect(name.allSatisfy { ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }, "\(key) → \(name)")
            let first = try #require(name.first)
            #expect(first != "_" && !first.isNumber, "\(key) → \(name)")
        }
    }
}
