// swift-tools-version: 6.1
import PackageDescription

/// Upcoming features every target opts into (see ARCHITECTURE.md "Habits").
let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "ArticleWatch",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "articlewatch", targets: ["articlewatch"]),
        .library(name: "ArticleAnalysis", targets: ["ArticleAnalysis"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        // Descriptors, open flags, errno and EINTR retries for the platform layer (issue 15).
        .package(url: "https://github.com/apple/swift-system", from: "1.8.1"),
    ],
    targets: [
        // The pure core: bytes in, record out. No file access, no clock, no globals.
        .target(
            name: "ArticleAnalysis",
            dependencies: ["CLibXML2", "CLanguageID", "CSHA256"],
            exclude: [
                "Entities/Resources/LICENSE-phoenix-dictionaries.txt",
                "Entities/Resources/LICENSE-geonames.txt",
                "NameTagger/Resources/LICENSE-ner-train.txt",
                "Events/Resources/LICENSE-phoenix-dictionaries.txt",
                "Places/Resources/LICENSE-geonames.txt",
                "Tone/Lexicon/LICENSE-vaderSentiment.txt",
            ],
            swiftSettings: strictSettings
        ),
        // libxml2's HTML parser (Debian libxml2-dev), used by the HTML extractor.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // A C shim over CLD2, the language identifier (Debian libcld2-dev), whose API is C++.
        .target(
            name: "CLanguageID",
            linkerSettings: [.linkedLibrary("cld2"), .linkedLibrary("stdc++")]
        ),
        // SHA-256's block function on the x86-64 SHA extensions, for the article id (the portable code is Swift).
        .target(name: "CSHA256"),
        // Linux calls the Glibc module does not expose (renameat2).
        .target(name: "CSpoolSupport"),
        // glibc malloc settings for the daemon (mallopt, malloc_trim): issue 7's steady RSS.
        .target(name: "CMallocTuning"),
        // The queue seam: the protocol the daemon's core talks to, the claim and line types, the injected
        // clock, and the in-memory queue tests use. The folder spool (Spool) and PostgreSQL implement it.
        .target(name: "WorkQueue", dependencies: ["ArticleAnalysis"], swiftSettings: strictSettings),
        // The directory queue and the JSON Lines appender: the only target that renames and appends.
        .target(
            name: "Spool",
            dependencies: [
                "ArticleAnalysis", "WorkQueue", "CSpoolSupport", .product(name: "Logging", package: "swift-log"),
                .product(name: "SystemPackage", package: "swift-system"),
            ],
            swiftSettings: strictSettings
        ),
        .systemLibrary(
            name: "CSystemd",
            pkgConfig: "libsystemd",
            providers: [.apt(["libsystemd-dev"])]
        ),
        .target(
            name: "Systemd",
            dependencies: ["CSystemd", .product(name: "Logging", package: "swift-log")],
            swiftSettings: strictSettings
        ),
        // The daemon's near-duplicate registry (issue 6): the index of ArticleAnalysis behind an actor, persisted.
        .target(
            name: "DuplicateRegistry",
            dependencies: ["ArticleAnalysis", "Spool", .product(name: "Logging", package: "swift-log")],
            swiftSettings: strictSettings
        ),
        // libpq, PostgreSQL's C client (Debian libpq-dev 15), for the shared queue (issue 16).
        .systemLibrary(
            name: "CLibPQ",
            pkgConfig: "libpq",
            providers: [.apt(["libpq-dev"])]
        ),
        // Several hosts, one queue: the PostgreSQL connection, schema and the exactly-once job queue.
        .target(
            name: "PostgresQueue",
            dependencies: ["CLibPQ", "WorkQueue", "Spool", "ArticleAnalysis"],
            swiftSettings: strictSettings
        ),
        .target(
            name: "ArticleWatchDaemon",
            dependencies: [
                "ArticleAnalysis", "WorkQueue", "Spool", "Systemd", "DuplicateRegistry", "CMallocTuning", "PostgresQueue",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "SystemPackage", package: "swift-system"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
            ],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "articlewatch",
            dependencies: [
                "ArticleWatchDaemon", "ArticleAnalysis", "Spool", "Systemd", "CMallocTuning", "PostgresQueue",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: strictSettings
        ),
        // Evaluation and benchmark harness for `make eval` / `make bench`: reads files, prints figures. Not installed.
        .executableTarget(
            name: "articlewatch-eval",
            dependencies: ["ArticleAnalysis", "DuplicateRegistry", "Systemd", "CICU", .product(name: "Logging", package: "swift-log")],
            swiftSettings: strictSettings
        ),
        // A C shim over ICU's break iterators (Debian libicu-dev, which libxml2-dev pulls in anyway), only for the
        // eval's sentence-splitter comparison (`make eval-sentences`); never a dependency of the analysis or daemon.
        .target(name: "CICU", linkerSettings: [.linkedLibrary("icuuc")]),
        .testTarget(
            name: "ArticleAnalysisTests", dependencies: ["ArticleAnalysis"], exclude: ["Fixtures", "FuzzReproducers", "Extraction/Fixtures"], swiftSettings: strictSettings),
        .testTarget(name: "DuplicateRegistryTests", dependencies: ["DuplicateRegistry", "ArticleAnalysis"], swiftSettings: strictSettings),
        .testTarget(
            name: "SystemdTests",
            dependencies: ["Systemd", .product(name: "Logging", package: "swift-log")],
            swiftSettings: strictSettings
        ),
        .testTarget(name: "WorkQueueTests", dependencies: ["WorkQueue"], swiftSettings: strictSettings),
        .testTarget(name: "SpoolTests", dependencies: ["Spool", "WorkQueue", "ArticleAnalysis"], swiftSettings: strictSettings),
        .testTarget(
            name: "ArticleWatchDaemonTests",
            dependencies: ["ArticleWatchDaemon", "ArticleAnalysis", "Spool", "WorkQueue", "Systemd", "DuplicateRegistry", .product(name: "Logging", package: "swift-log")],
            swiftSettings: strictSettings
        ),
        // Against a real PostgreSQL 15 cluster the tests start in a temporary directory and remove.
        .testTarget(
            name: "PostgresQueueTests", dependencies: ["PostgresQueue", "PostgresTestSupport", "WorkQueue", "Spool", "ArticleAnalysis"],
            swiftSettings: strictSettings),
        // The tests' own PostgreSQL cluster (initdb + pg_ctl in a temporary directory), for the unit and integration tests.
        .target(name: "PostgresTestSupport", dependencies: ["PostgresQueue"], path: "Tests/PostgresTestSupport", swiftSettings: strictSettings),
        // Start the built `articlewatch` binary on temporary spools: real files, real inotify, real signals.
        .testTarget(name: "IntegrationTests", dependencies: ["ArticleAnalysis", "PostgresQueue", "PostgresTestSupport"], swiftSettings: strictSettings),
    ]
)
