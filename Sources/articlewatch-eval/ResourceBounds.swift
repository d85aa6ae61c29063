import ArticleAnalysis
import Dispatch
import Foundation
import Synchronization

/// `articlewatch-eval bounds [MB…]`: time and peak memory of one analysis per pathological input kind and
/// size (default 1, 2, 4, 8 MB; fractions allowed). Each measurement runs in a fresh child process (`bounds --one KIND MB`)
/// so the peak RSS (`VmHWM`) belongs to that input alone. Prints a table and, per kind, the ratio of
/// time and of extra memory between the largest and smallest size: linear means time ratio ≈ size
/// ratio; bounded memory means extra memory / input bytes stays a small constant.
/// `bounds --kinds` lists the kinds; `bounds --write KIND MB FILE` writes one input to a file instead (scripts/isolation-limits.sh feeds them
/// to the daemon's isolated analysis to check its resource limits).
/// Each child analyses its input on `boundsThreads` threads at once, as the daemon's workers would two hostile
/// files: shared state (libxml2, CLD2, lazily built tables) is exercised from more than one thread. CPU seconds
/// are per analysis (the process's CPU time divided by the threads); extra memory is for all of them together.
func resourceBounds(_ arguments: [String]) throws {
    if arguments.first == "--one", arguments.count == 3, let megabytes = Double(arguments[2]) {
        return measureOne(kind: arguments[1], bytes: Int(megabytes * 1_048_576))
    }
    if arguments.first == "--kinds" { return print(PathologicalInput.kinds.joined(separator: "\n")) }
    if arguments.first == "--write", arguments.count == 4, let megabytes = Double(arguments[2]) {
        return try Data(PathologicalInput.make(arguments[1], bytes: Int(megabytes * 1_048_576))).write(to: URL(fileURLWithPath: arguments[3]))
    }
    let sizes = arguments.compactMap(Double.init).isEmpty ? [1, 2, 4, 8] : arguments.compactMap(Double.init)
    let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    print("kind\tMB\tcpu_seconds\textraRSS_MB(\(boundsThreads) at once)\textra/input\toutcome")
    for kind in PathologicalInput.kinds {
        var rows: [(megabytes: Double, seconds: Double, extra: Double)] = []
        for megabytes in sizes {
            let process = Process()
            process.executableURL = executable
            process.arguments = ["bounds", "--one", kind, String(megabytes)]
            let pipe = Pipe()
            process.standardOutput = pipe
            try process.run()
            let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            let fields = output.split(separator: "\t").map(String.init)
            guard fields.count == 3, let seconds = Double(fields[0]), let extra = Double(fields[1]) else {
                print("\(kind)\t\(megabytes)\tFAILED (exit \(process.terminationStatus)): \(output)")
                continue
            }
            rows.append((megabytes, seconds, extra))
            let perInput = extra / megabytes
            print("\(kind)\t\(megabytes)\t\(String(format: "%.3f", seconds))\t\(String(format: "%.1f", extra))\t\(String(format: "%.1f", perInput))\t\(fields[2].trimmingCharacters(in: .whitespacesAndNewlines))")
        }
        if let first = rows.first, let last = rows.last, last.megabytes > first.megabytes {
            let sizeRatio = last.megabytes / first.megabytes
            print("\(kind)\tratio ×\(String(format: "%g", sizeRatio)) size → ×\(String(format: "%.2f", last.seconds / max(first.seconds, 1e-6))) time, ×\(String(format: "%.2f", last.extra / max(first.extra, 0.1))) extra memory")
        }
    }
}

/// How many analyses of the same input a child runs at once.
let boundsThreads = 2

/// Child side: build the input, note the peak RSS so far, analyse it on `boundsThreads` threads at once, and
/// print CPU seconds per analysis (not wall time: the machine is shared, and CPU time is what grows with the
/// input), extra peak MB, outcome (the same on every thread, or each thread's when they differ).
private func measureOne(kind: String, bytes: Int) {
    let input = PathologicalInput.make(kind, bytes: bytes)
    let pipeline: AnalysisPipeline
    do { pipeline = try AnalysisPipeline.standard() } catch { return print("0\t0\tpipeline: \(error)") }
    let article = Article(name: kind, bytes: input, receivedAt: Date(timeIntervalSince1970: 0))
    let baseline = peakResidentKilobytes()
    let outcomes = Mutex([String](repeating: "", count: boundsThreads))
    let started = boundsCPUSeconds()
    DispatchQueue.concurrentPerform(iterations: boundsThreads) { thread in
        let outcome = switch pipeline.analyze(article, options: AnalysisOptions()) {
        case let .analyzed(record): "result \(record.json.serialized().utf8.count) bytes of JSON"
        case let .failed(record): "failure \(record.reason.rawValue)"
        }
        outcomes.withLock { $0[thread] = outcome }
    }
    let extra = Double(peakResidentKilobytes() - baseline) / 1024
    let seconds = (boundsCPUSeconds() - started) / Double(boundsThreads)
    let all = outcomes.withLock { $0 }
    print("\(seconds)\t\(extra)\t\(Set(all).count == 1 ? all[0] : all.joined(separator: " | "))")
}

private func boundsCPUSeconds() -> Double { CPUTime.process() }

/// `VmHWM` from /proc/self/status: the peak resident set so far, in kB.
private func peakResidentKilobytes() -> Int {
    let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
    guard let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }) else { return 0 }
    return Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0
}
