import Foundation
@testable import Spool
import Testing

/// `analyze`'s standard output: every line arrives whole, in order, with its newline, whether it was
/// written by a flush the buffer's size forced or by the last one.
@Suite struct LineOutputTests {
    @Test func linesArriveInOrderAcrossFlushes() throws {
        let directory = TemporaryDirectory("line-output")
        let path = directory.write("out.jsonl", "")
        let handle = try #require(FileHandle(forWritingAtPath: path))
        defer { try? handle.close() }
        var output = LineOutput(descriptor: handle.fileDescriptor, name: path, flushBytes: 40)
        let lines = (0..<25).map { index in "{\"line\":\(index),\"pad\":\"\(String(repeating: "x", count: index * 3))\"}" }
        var flushedWhole = 0
        for (index, line) in lines.enumerated() {
            try output.append(Array(line.utf8))
            let written = directory.lines("out.jsonl")
            // What is on disk is always a prefix of whole lines, never more than was appended.
            #expect(written == Array(lines[..<written.count]), "after line \(index)")
            #expect(written.count <= index + 1)
            flushedWhole = written.count
        }
        #expect(flushedWhole > 0, "a 40-byte buffer flushed on its own")
        try output.flush()
        #expect(directory.lines("out.jsonl") == lines)
        try output.flush()  // nothing buffered: writes nothing more
        #expect(directory.lines("out.jsonl") == lines)
    }

    @Test func aClosedDescriptorIsAnError() throws {
        var output = LineOutput(descriptor: -1, name: "nowhere", flushBytes: 1)
        do {
            try output.append(Array("{}".utf8))
            Issue.record("a write to descriptor -1 succeeded")
        } catch {
            #expect(error.operation == "write")
        }
    }

    /// The read sized by fstat's answer still reads a file that is longer or shorter than that answer,
    /// and still stops at the limit.
    @Test func sizedReadsReadWhatTheFileHolds() throws {
        let directory = TemporaryDirectory("sized-read")
        let bytes = (0..<200_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        let path = directory.file("big.bin")
        FileManager.default.createFile(atPath: path, contents: Data(bytes))
        let handle = try #require(FileHandle(forReadingAtPath: path))
        defer { try? handle.close() }
        for (expected, limit, wanted) in [
            (200_000, 1_000_000, 200_000), (10, 1_000_000, 200_000), (900_000, 1_000_000, 200_000), (nil, 1_000_000, 200_000),
            (200_000, 5_000, 5_000), (0, 1_000_000, 200_000),
        ] as [(Int?, Int, Int)] {
            try handle.seek(toOffset: 0)
            let read = try Syscalls.readAll(handle.fileDescriptor, path: RawPath(path), limit: limit, expected: expected)
            #expect(read == Array(bytes[..<wanted]), "expected \(expected.map(String.init) ?? "nil"), limit \(limit)")
        }
    }
}
