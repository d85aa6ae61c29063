import Foundation
import Spool
import WorkQueue
import Testing

@Suite struct DeliveryIndexTests {
    let directory = TemporaryDirectory("index")

    @Test func findsTokensAcrossChunkBoundariesAndFiles() throws {
        var text = ""
        for index in 0..<30_000 { text += "{\"schema\":\"x\",\"delivery\":\"abc-1.\(index)\",\"pad\":\"\(String(repeating: "y", count: 40))\"}\n" }
        directory.write("r.jsonl", text)
        directory.write("r.jsonl.1", "{\"delivery\":\"old-9.1\"}\n")
        #expect(text.utf8.count > 2 << 20, "the file must span several read chunks")
        let wanted: Set<String> = ["abc-1.0", "abc-1.17000", "abc-1.29999", "old-9.1", "abc-1.30000", "missing"]
        let paths = Spool.recentLogFiles(RawPath(directory.file("r.jsonl")))
        let found = try DeliveryIndex.tokens(wanted, foundIn: paths)
        #expect(found == ["abc-1.0", "abc-1.17000", "abc-1.29999", "old-9.1"])
    }
}
