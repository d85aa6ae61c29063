import ArticleAnalysis
import DuplicateRegistry
import Foundation
import Logging
/// `articlewatch-eval dedup-bench [DIR] [SIZE…]`: for each size (default 100000 1000000) synthesises a
/// registry of that many articles (random sketches, 64-hex ids, 40-character file names like the spool's),
/// and prints JSON: check rate while filling, bytes held (the arrays' capacity, and resident-set growth),
/// persist time and file size, the time `DuplicateRegistry.load` takes on that file (the daemon's start-up
/// share), and the time a rebuild from a results log of that many lines takes when the file is missing.
func dedupBench(_ arguments: [String]) throws {
    let directory = arguments.first ?? "bench-results/dedup-bench"
    let sizes = arguments.count > 1 ? arguments.dropFirst().compactMap { Int($0) } : [100_000, 1_000_000]
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    for size in sizes {
        let report = AsyncRunner.run { await benchRegistry(size: size, directory: directory) }
        print(report)
    }
}

private func benchRegistry(size: Int, directory: String) async -> String {
    let logger = Logger(label: "dedup-bench")
    let indexPath = "\(directory)/duplicates-\(size).index"
    let logPath = "\(directory)/results-\(size).jsonl"
    try? FileManager.default.removeItem(atPath: indexPath)
    var random = SplitMix64(seed: UInt64(size))
    let start = Date(timeIntervalSince1970: 1_795_000_000)
    let residentBefore = residentBytes()
    let registry = DuplicateRegistry(indexPath: indexPath, window: DuplicateWindow(count: size), logger: logger)
    let filling = ContinuousClock.now
    var links = 0
    for number in 0..<size {
        let article = SyntheticArticle(number: number, random: &random, start: start)
        if await registry.check(id: article.id, file: article.file, fingerprint: article.fingerprint, receivedAt: article.receivedAt) != nil {
            links += 1
        }
    }
    let fillSeconds = seconds(since: filling)
    let allocated = await registry.allocatedBytes
    let resident = residentBytes() - residentBefore
    // The same articles again (same seed), as the results log the daemon would have written.
    var replay = SplitMix64(seed: UInt64(size))
    var log = Data()
    for number in 0..<size { log.append(contentsOf: SyntheticArticle(number: number, random: &replay, start: start).logLine.utf8) }
    try? log.write(to: URL(fileURLWithPath: logPath))
    log = Data()

    let persisting = ContinuousClock.now
    try? await registry.persist()
    let persistSeconds = seconds(since: persisting)
    let fileBytes = (try? FileManager.default.attributesOfItem(atPath: indexPath)[.size] as? Int) ?? 0

    // The pure part of a load alone: checksum, columns, table rebuild (no file reading, no log catch-up).
    let fileBytes2 = (try? Data(contentsOf: URL(fileURLWithPath: indexPath))) ?? Data()
    let decoding = ContinuousClock.now
    let decoded = fileBytes2.withUnsafeBytes { try? NearDuplicateIndex(serialized: $0.assumingMemoryBound(to: UInt8.self).span, window: DuplicateWindow(count: size)) }
    let decodeSeconds = seconds(since: decoding)
    let decodedCount = decoded?.count ?? -1

    let loading = ContinuousClock.now
    let loadingCPU = processCPUSeconds()
    let loaded = DuplicateRegistry(indexPath: indexPath, window: DuplicateWindow(count: size), logger: logger)
    let summary = await loaded.load(resultsLogs: [logPath])
    let loadSeconds = seconds(since: loading)
    let loadCPUSeconds = processCPUSeconds() - loadingCPU

    try? FileManager.default.removeItem(atPath: indexPath)
    let rebuilding = ContinuousClock.now
    let rebuildingCPU = processCPUSeconds()
    let rebuilt = DuplicateRegistry(indexPath: indexPath, window: DuplicateWindow(count: size), logger: logger)
    let rebuildSummary = await rebuilt.load(resultsLogs: [logPath])
    let rebuildSeconds = seconds(since: rebuilding)
    let rebuildCPUSeconds = processCPUSeconds() - rebuildingCPU
    try? FileManager.default.removeItem(atPath: logPath)

    let fields: [(String, JSONValue)] = [
        ("articles", .int(size)), ("checksPerSecond", .double((Double(size) / fillSeconds).rounded())),
        ("chanceLinks", .int(links)),
        ("allocatedBytes", .int(allocated)), ("allocatedBytesPerArticle", .double(Double(allocated) / Double(size))),
        ("residentGrowthBytes", .int(resident)), ("indexFileBytes", .int(fileBytes)),
        ("persistSeconds", .double(persistSeconds)), ("loadSeconds", .double(loadSeconds)), ("loadCPUSeconds", .double(loadCPUSeconds)),
        ("decodeSeconds", .double(decodeSeconds)), ("decodedArticles", .int(decodedCount)),
        ("loadSource", .string("\(summary.source)")), ("loadedArticles", .int(summary.articles)),
        ("rebuildFromLogSeconds", .double(rebuildSeconds)), ("rebuildFromLogCPUSeconds", .double(rebuildCPUSeconds)), ("rebuiltArticles", .int(rebuildSummary.articles)),
    ]
    return JSONValue.object(fields).serialized()
}

/// One synthetic article: a random sketch (unrelated articles), an id, a spool-like 40-character name.
private struct SyntheticArticle {
    let id: String
    let file: String
    let fingerprint: Fingerprint
    let receivedAt: Date

    init(number: Int, random: inout SplitMix64, start: Date) {
        id = (0..<4).map { _ in
            let hex = String(random.next(), radix: 16)
            return String(repeating: "0", count: 16 - hex.count) + hex
        }.joined()
        let padded = String(number)
        file = "2026-11-22T18-40-05Z-" + String(repeating: "0", count: max(0, 8 - padded.count)) + padded + "-wire.html"
        fingerprint = Fingerprint(signature: (0..<8).flatMap { _ in withUnsafeBytes(of: random.next()) { Array($0) } },
                                  shingleCount: 500)!
        receivedAt = start.addingTimeInterval(Double(number))
    }

    /// The fields of a results line the registry reads back.
    var logLine: String {
        JSONValue.object([
            ("id", .string(id)), ("file", .string(file)), ("receivedAt", .string(RFC3339.format(receivedAt))),
            ("fingerprint", fingerprint.json), ("duplicateOf", .null),
        ]).serialized() + "\n"
    }
}

/// Seeded generator so every run benches the same articles (ArticleAnalysis's SplitMix64).
typealias SplitMix64 = SplitMix

extension SplitMix {
    init(seed: UInt64) { self.init(state: seed) }
}

private func seconds(since start: ContinuousClock.Instant) -> Double {
    let elapsed = ContinuousClock.now - start
    return elapsed.inSeconds
}

/// CPU time of the whole process: on two cores shared with other builds, wall time is mostly waiting.
func processCPUSeconds() -> Double { CPUTime.process() }

/// Resident set size from /proc/self/statm (Linux), 0 elsewhere.
private func residentBytes() -> Int {
    guard let statm = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
    let fields = statm.split(separator: " ")
    return fields.count > 1 ? (Int(fields[1]) ?? 0) * 4096 : 0
}

/// Runs async code from the synchronous subcommand entry point and waits for its result.
enum AsyncRunner {
    static func run<Result: Sendable>(_ body: @escaping @Sendable () async -> Result) -> Result {
        let box = ResultBox<Result>()
        let done = DispatchSemaphore(value: 0)
        Task {
            box.value = await body()
            done.signal()
        }
        done.wait()
        return box.value!
    }

    private final class ResultBox<Value>: @unchecked Sendable {
        var value: Value?
    }
}
