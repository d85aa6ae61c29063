import ArticleAnalysis
import Dispatch
import Foundation

/// libFuzzer entry point over the token and table layer (`TokenLayerCheck`: the bytes as text through the
/// token table and vocabulary, the raw bytes through the keyed tables and interners), the layer's unsafe
/// byte accessors and the span readers built on them (`SpanAccessCheck`: scans, loads and copies at fuzzed
/// offsets against plain loops, the HTML condenser, the JSON reader, the index-file loader), and the
/// whole analysis path the daemon runs for one file: bytes → `Article` → the standard pipeline → the JSON
/// line. Its own package under Fuzz/, built by `scripts/fuzz.sh`
/// (so the main package's `swift build --build-tests` never sees it).
/// A crash, an ASan report, a leak or a run over libFuzzer's `-timeout` is a finding.
/// Each input is analysed on two threads at once, as the daemon's workers do, so that state shared between
/// analyses (the C libraries', the lazily built tables) is exercised from more than one thread.
enum AnalysisFuzzer {
    static let threads = 2
    /// `FUZZ_TOKEN_LAYER_ONLY=1`: only the token and table layer, thousands of inputs a second instead of a
    /// few (the whole pipeline under the address sanitizer is slow), so that layer gets deep coverage.
    static let tokenLayerOnly = ProcessInfo.processInfo.environment["FUZZ_TOKEN_LAYER_ONLY"] == "1"

    /// Built once: constructing the pipeline checks the stage graph, which is not what is being fuzzed.
    static let pipeline: AnalysisPipeline = {
        do { return try AnalysisPipeline.standard() } catch { fatalError("standard pipeline: \(error)") }
    }()

    static func run(_ bytes: [UInt8]) {
        // The token and table layer directly (bounds, order, tables giving back what was put in).
        TokenLayerCheck.check(bytes: bytes)
        // The unsafe accessors of Text/ at fuzzed offsets, and the readers that reach bytes only through them.
        SpanAccessCheck.check(bytes: bytes)
        if tokenLayerOnly { return }
        DispatchQueue.concurrentPerform(iterations: threads) { _ in analyse(bytes) }
    }

    static func analyse(_ bytes: [UInt8]) {
        let article = Article(name: "fuzz-input", bytes: bytes, receivedAt: Date(timeIntervalSince1970: 0))
        switch pipeline.analyze(article, options: AnalysisOptions()) {
        case let .analyzed(record):
            // The daemon writes exactly this; it must be one line of JSON whatever the input was.
            let line = record.line()
            precondition(!line.contains(UInt8(ascii: "\n")), "a result line contains a raw newline")
            precondition((try? JSONReader.value(of: line)) != nil, "a result line is not JSON")
        case let .failed(record):
            let line = record.line()
            precondition(!line.contains(UInt8(ascii: "\n")), "a failure line contains a raw newline")
            precondition((try? JSONReader.value(of: line)) != nil, "a failure line is not JSON")
        }
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzAnalysis(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    AnalysisFuzzer.run(bytes)
    return 0
}

/// libFuzzer's driver, from its runtime (`-sanitize=fuzzer`).
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32

/// SwiftPM links an executable with `--defsym main=AnalysisFuzzer_main`, which hides libFuzzer's own
/// `main`; this is that entry point, and it hands over to libFuzzer's driver.
@_cdecl("AnalysisFuzzer_main")
public func fuzzerMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    // As the daemon does before its workers start: the C libraries' global state first, on this thread.
    AnalysisLibraries.initialiseOnce()
    _ = AnalysisFuzzer.pipeline
    var count = argc
    var arguments = argv
    return runFuzzerDriver(&count, &arguments) { data, size in fuzzAnalysis(data, size) }
}
