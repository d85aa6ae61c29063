// swift-tools-version: 6.1
// The libFuzzer target over the analysis entry point, as its own package so the main package's
// `swift build --build-tests` never compiles it. Built by scripts/fuzz.sh with
// `-sanitize=fuzzer,address -parse-as-library` (see `make fuzz`).
import PackageDescription

/// A path dependency's identity is its directory's name, which depends on where the repository was cloned.
let parentIdentity = Context.packageDirectory.split(separator: "/").dropLast().last.map { String($0).lowercased() } ?? "articlewatch"

let package = Package(
    name: "ArticleWatchFuzz",
    dependencies: [.package(path: "..")],
    targets: [
        .executableTarget(
            name: "AnalysisFuzzer",
            dependencies: [.product(name: "ArticleAnalysis", package: parentIdentity)],
            swiftSettings: [.enableUpcomingFeature("ExistentialAny"), .enableUpcomingFeature("InternalImportsByDefault")]
        ),
    ]
)
