// swift-tools-version: 6.1
// In-process micro-benchmarks of the analysis stages with package-benchmark (ordo-one), in a package of
// their own so the main package's `swift build --build-tests` (CI) never compiles the harness.
// Run: `cd Benchmarks && swift package --allow-writing-to-package-directory benchmark` (or `make bench`).
import Foundation
import PackageDescription

/// SwiftPM names a path dependency after its directory, which is whatever the clone was called.
let mainPackage = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().lastPathComponent

let package = Package(
    name: "ArticleWatchBenchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(path: ".."),
        // 1.38.1 is the mirrored release. Its MallocInterposer trait counts allocations; the
        // RuntimeInterposer trait (ARC counts on Swift 6.3) needs a package that is not mirrored, so it is off.
        .package(url: "https://github.com/ordo-one/package-benchmark", exact: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "AnalysisBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "package-benchmark"),
                .product(name: "ArticleAnalysis", package: mainPackage),
            ],
            path: "Benchmarks/AnalysisBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "package-benchmark")]
        ),
    ]
)
