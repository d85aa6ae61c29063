import Foundation
import Testing

/// `articlewatch analyze` hands long file lists past ArgumentParser (`AnalyzeOperands`): wherever the
/// options stand among the files, every file gets its record in argument order, and an option's value is
/// never taken for a file.
@Suite struct AnalyzeArgumentsTests {
    @Test func optionsAmongManyFilesKeepTheFilesAndTheirOrder() throws {
        let directory = NSTemporaryDirectory() + "articlewatch-analyze-args-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let names = (1...6).map { "f\($0).txt" }
        for (index, name) in names.enumerated() {
            try "Article \(index): the council met on Tuesday and voted on the budget for the port.".write(
                toFile: directory + "/" + name, atomically: true, encoding: .utf8)
        }
        let paths = names.map { directory + "/" + $0 }
        let cases: [[String]] = [
            ["--workers", "1"] + paths,
            Array(paths[..<2]) + ["--workers", "2"] + Array(paths[2...]),
            ["--workers", "1", "--"] + paths,
            Array(paths[..<5]) + ["--workers=1", paths[5]],
        ]
        for arguments in cases {
            let records = try analyzeRecords(arguments)
            #expect(records.map { $0["file"] as? String } == names, "\(arguments.map { $0.replacingOccurrences(of: directory + "/", with: "") })")
        }
    }
}
