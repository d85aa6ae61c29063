import Foundation
import Testing

/// Real lines from a real daemon run validate against the shipped JSON Schemas (checked by the
/// `jsonschema` validator, not by us).
@Suite struct RecordSchemaTests {
    @Test func resultsAndFailuresValidateAgainstTheSchemas() throws {
        let daemon = try DaemonHarness(label: "schema", config: ["maxFileBytes": 20000])
        try daemon.start()
        for (name, bytes) in DaemonEndToEndTests.seeds { try daemon.deliver(name, bytes) }
        try daemon.deliver("page.html", "<html><head><title>Iran and Russia</title></head><body><p>Text.</p></body></html>")
        try daemon.deliver("empty.txt", [])
        try daemon.deliver("huge.txt", [UInt8](repeating: 0x61, count: 30000))
        try FileManager.default.createSymbolicLink(atPath: daemon.inbox + "/link", withDestinationPath: "/etc/passwd")
        #expect(daemon.waitForLines(9))
        daemon.stop()
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        for (schema, log, count) in [("result", daemon.resultsPath, 6), ("failure", daemon.failuresPath, 3)] {
            let output = try Self.validate(repository.appendingPathComponent("schema/\(schema).schema.json").path, log, repository: repository)
            #expect(output.status == 0, "\(output.text)")
            #expect(output.text.contains("\(count) valid, 0 invalid"), "\(output.text)")
        }
    }

    /// Locations and countries carry GeoNames geo (issue 14), and the schema checks its fields.
    @Test func placesCarryGeoThatValidates() throws {
        let daemon = try DaemonHarness(label: "geo", config: [:])
        try daemon.start()
        try daemon.deliver("floods.txt", "Floods in Texas\n\nRoads near Paris, Texas, were closed on Monday after storms, officials in Dallas said. Iran sent condolences.\n")
        #expect(daemon.waitForLines(1))
        daemon.stop()
        let line = try String(contentsOfFile: daemon.resultsPath, encoding: .utf8)
        let record = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        let entities = try #require(record["entities"] as? [[String: Any]])
        let paris = try #require(entities.first { $0["name"] as? String == "Paris" }?["geo"] as? [String: Any])
        #expect(paris["country"] as? String == "USA" && paris["admin1"] as? String == "Texas" && paris["featureCode"] as? String != nil)
        #expect(entities.contains { $0["type"] as? String == "country" && ($0["geo"] as? [String: Any])?["featureCode"] as? String == "PCLI" })
        // The title's "Texas" is a mention too, at code points 10..<15 of `title`.
        let texas = try #require(entities.first { ($0["titleOffsets"] as? [[Int]])?.isEmpty == false })
        #expect(texas["titleOffsets"] as? [[Int]] == [[10, 15]] && record["title"] as? String == "Floods in Texas")
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let schema = repository.appendingPathComponent("schema/result.schema.json").path
        let output = try Self.validate(schema, daemon.resultsPath, repository: repository)
        #expect(output.status == 0 && output.text.contains("1 valid, 0 invalid"), "\(output.text)")
        // The same line with a latitude off the globe must fail.
        let bad = NSTemporaryDirectory() + "bad-geo-\(UUID().uuidString).jsonl"
        defer { try? FileManager.default.removeItem(atPath: bad) }
        let latitude = try #require(paris["lat"] as? Double)
        try line.replacingOccurrences(of: "\"lat\":\(latitude)", with: "\"lat\":200").write(toFile: bad, atomically: true, encoding: .utf8)
        #expect(try Self.validate(schema, bad, repository: repository).status == 1)
    }

    @Test func theValidatorRejectsABadLine() throws {
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let file = NSTemporaryDirectory() + "bad-\(UUID().uuidString).jsonl"
        defer { try? FileManager.default.removeItem(atPath: file) }
        try "{\"schema\":\"articlewatch.failure/1\",\"id\":null,\"file\":\"x\",\"delivery\":null,\"bytes\":null,\"reason\":\"cosmic-rays\",\"message\":\"m\",\"at\":null}\n"
            .write(toFile: file, atomically: true, encoding: .utf8)
        let output = try Self.validate(repository.appendingPathComponent("schema/failure.schema.json").path, file, repository: repository)
        #expect(output.status == 1)
    }

    static func validate(_ schema: String, _ log: String, repository: URL) throws -> (status: Int32, text: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = [repository.appendingPathComponent("scripts/validate-lines.py").path, schema, log]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, text)
    }
}
