import Foundation

/// Files of this repository the daemon tests use: the seed articles and the built `articlewatch` binary
/// (`swift build --build-tests` builds it; ARTICLEWATCH_BINARY points elsewhere).
enum RepositoryFiles {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func seed(_ index: Int) throws -> [UInt8] {
        let directory = root.appendingPathComponent("seeds")
        let name = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted().filter { $0.hasSuffix(".txt") }[index]
        return Array(try Data(contentsOf: directory.appendingPathComponent(name)))
    }

    static var binary: String {
        ProcessInfo.processInfo.environment["ARTICLEWATCH_BINARY"] ?? root.appendingPathComponent(".build/debug/articlewatch").path
    }
}
