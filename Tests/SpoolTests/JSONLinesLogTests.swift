import Foundation
import Logging
@testable import Spool
import WorkQueue
import Testing

@Suite struct JSONLinesLogTests {
    let directory = TemporaryDirectory("log")

    @Test func appendsWholeLines() throws {
        let log = try JSONLinesLog(path: RawPath(directory.file("r.jsonl")))
        try log.append(Array("{\"a\":1}\n".utf8))
        try log.append(Array("{\"a\":2}\n".utf8))
        #expect(directory.lines("r.jsonl") == ["{\"a\":1}", "{\"a\":2}"])
        #expect(log.size == 16)
    }

    @Test func tornLastLineIsMovedAsideAtOpen() throws {
        directory.write("r.jsonl", "{\"a\":1}\n{\"a\":2}\n{\"a\":3, \"half")
        let log = try JSONLinesLog(path: RawPath(directory.file("r.jsonl")))
        #expect(log.repairedTail?.removedBytes == 13)
        #expect(directory.lines("r.jsonl") == ["{\"a\":1}", "{\"a\":2}"])
        #expect(directory.lines("r.jsonl.torn") == ["{\"a\":3, \"half"])
        try log.append(Array("{\"a\":4}\n".utf8))
        #expect(directory.lines("r.jsonl").last == "{\"a\":4}")
    }

    @Test func aLogWithNoNewlineAtAllIsCutToEmpty() throws {
        directory.write("r.jsonl", "garbage without newline")
        let log = try JSONLinesLog(path: RawPath(directory.file("r.jsonl")))
        #expect(log.size == 0)
        #expect(log.repairedTail?.removedBytes == 23)
    }

    @Test func rotationShiftsOlderFilesAndKeepsAtMostKeep() throws {
        let log = try JSONLinesLog(path: RawPath(directory.file("r.jsonl")))
        for index in 0..<5 {
            try log.append(Array("{\"n\":\(index)}\n".utf8))
            #expect(try log.rotateIfNeeded(maxBytes: 5, keep: 3))
        }
        #expect(directory.lines("r.jsonl.1") == ["{\"n\":4}"])
        #expect(directory.lines("r.jsonl.2") == ["{\"n\":3}"])
        #expect(directory.lines("r.jsonl.3") == ["{\"n\":2}"])
        #expect(!FileManager.default.fileExists(atPath: directory.file("r.jsonl.4")))
        #expect(directory.lines("r.jsonl").isEmpty)
    }

    @Test func detectsADeletedOrReplacedFile() throws {
        let log = try JSONLinesLog(path: RawPath(directory.file("r.jsonl")))
        #expect(!log.isDetached())
        try FileManager.default.removeItem(atPath: directory.file("r.jsonl"))
        #expect(log.isDetached())
        try log.reopen()
        #expect(!log.isDetached())
    }
}

@Suite struct LogAppenderTests {
    let directory = TemporaryDirectory("appender")

    func appender(_ policy: DurabilityPolicy, rotateAt: Int = 0) throws -> LogAppender {
        try LogAppender(
            path: RawPath(directory.file("r.jsonl")), policy: policy, rotation: RotationPolicy(maxBytes: rotateAt, keep: 50),
            logger: Logger(label: "test"), onTrouble: { _ in })
    }

    @Test(arguments: [DurabilityPolicy.always, .interval(milliseconds: 5), .never])
    func concurrentAppendsAllLandWhole(policy: DurabilityPolicy) async throws {
        let log = try appender(policy)
        await withTaskGroup(of: Void.self) { group in
            for index in 0..<300 {
                group.addTask { await log.append(Array("{\"n\":\(index),\"pad\":\"\(String(repeating: "x", count: index))\"}".utf8)) }
            }
        }
        let lines = directory.lines("r.jsonl")
        #expect(lines.count == 300)
        let numbers = Set(lines.compactMap { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["n"] as? Int
        })
        #expect(numbers == Set(0..<300))
    }

    @Test func rotationDuringGroupCommitLosesNothing() async throws {
        let log = try appender(.interval(milliseconds: 2), rotateAt: 400)
        for index in 0..<200 { await log.append(Array("{\"n\":\(index)}".utf8)) }
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasPrefix("r.jsonl") }
        let total = files.reduce(0) { $0 + directory.lines($1).count }
        #expect(files.count > 3)
        #expect(total == 200)
    }

    @Test func aDeletedLogIsRecreatedOnTheNextAppend() async throws {
        let log = try appender(.always)
        await log.append(Array("{\"n\":1}".utf8))
        try FileManager.default.removeItem(atPath: directory.file("r.jsonl"))
        await log.append(Array("{\"n\":2}".utf8))
        #expect(directory.lines("r.jsonl") == ["{\"n\":2}"])
    }
}
