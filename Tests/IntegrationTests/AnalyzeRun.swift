import Foundation
import Testing

/// Runs the built `articlewatch analyze` with these arguments and returns its records, one per output line;
/// the exit status is expected to be 0 (every file got a record, a failure record counts).
func analyzeRecords(_ arguments: [String]) throws -> [[String: Any]] {
    try articlewatchRecords(["analyze"] + arguments)
}

/// Runs the built `articlewatch` with these arguments (exit status 0 expected) and parses each output line.
func articlewatchRecords(_ arguments: [String]) throws -> [[String: Any]] {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: DaemonHarness.binary)
    process.arguments = arguments
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    return String(decoding: data, as: UTF8.self).split(separator: "\n").compactMap {
        try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
    }
}
