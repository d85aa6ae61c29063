import Foundation
import Logging
import Testing
import Systemd

@Suite struct JournalMessageIDTests {
    @Test func everyIdIsA128BitIdAndUnique() {
        let ids = JournalMessageID.all.map(\.id.rawValue)
        #expect(ids.count == 9)
        #expect(Set(ids).count == ids.count)
        for id in ids { #expect(JournalMessageID(rawValue: id)?.rawValue == id) }
    }

    @Test func acceptsTheUuidFormAndRejectsAnythingElse() {
        #expect(JournalMessageID(rawValue: "D1B3E353-4206-427D-BFC6-482FEE66A419") == .ready)
        #expect(JournalMessageID(rawValue: "d1b3e3534206427dbfc6482fee66a41") == nil)
        #expect(JournalMessageID(rawValue: "not-an-id") == nil)
    }

    @Test func eventNamesResolveToTheirIds() {
        #expect(JournalMessageID(eventName: "ready") == .ready)
        #expect(JournalMessageID(eventName: "article-failed") == .articleFailed)
        #expect(JournalMessageID(eventName: "configuration-rejected") == .configurationRejected)
        #expect(JournalMessageID(eventName: "articleFailed") == nil)
        #expect(JournalMessageID(metadataValue: "stopping") == .stopping)
        #expect(JournalMessageID(metadataValue: "5c9941fe7e13400d8cfc18768e7b4ad8") == .stopping)
        #expect(JournalMessageID(metadataValue: "stop") == nil)
    }

    @Test func theMetadataUsesTheDocumentedKey() {
        #expect(JournalMessageID.paused.metadata == ["message.id": "08ed18ea701a40e48af105c6d32f7b69"])
    }

    /// `journalctl -x` can only explain an id that has a catalog entry.
    @Test func theShippedCatalogExplainsEveryId() throws {
        let catalog = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("deploy/articlewatch.catalog")
        let text = try String(contentsOf: catalog, encoding: .utf8)
        let headers = Set(text.split(separator: "\n").filter { $0.hasPrefix("-- ") }.map { String($0.dropFirst(3)) })
        for (name, id) in JournalMessageID.all {
            #expect(headers.contains(id.rawValue), "no catalog entry for \(name) (\(id))")
        }
        #expect(headers.count == JournalMessageID.all.count)
    }
}
