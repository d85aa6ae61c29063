import Foundation
import Glibc
import Testing

/// Where the repository and the built helper binaries are, and what the machine allows.
enum TestEnvironment {
    /// The repository root, found from this file's path (Tests/SystemdTests/Support/…).
    static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `articlewatch-eval` built beside this test binary (`swift build --build-tests` builds both), if any.
    static let evalBinary: String? = {
        let testBinary = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        var candidates = [testBinary.deletingLastPathComponent().appendingPathComponent("articlewatch-eval").path]
        // On Linux the test binary may sit inside a `.xctest` directory.
        candidates.append(testBinary.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("articlewatch-eval").path)
        candidates.append(repositoryRoot.appendingPathComponent(".build/debug/articlewatch-eval").path)
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    static let isRoot = geteuid() == 0

    /// A private journald needs root (a private mount namespace), journald itself, unshare, and the probe.
    static let canRunPrivateJournald = isRoot && evalBinary != nil
        && hasExecutable("/lib/systemd/systemd-journald") && hasExecutable("/usr/bin/unshare")
        && (try? run("/usr/bin/unshare", ["--mount", "--propagation", "private", "/bin/true"]).status) == 0
    static let privateJournaldRequirements: Comment = """
        needs root with CAP_SYS_ADMIN (unshare --mount for a private /run), /lib/systemd/systemd-journald, \
        and articlewatch-eval built beside the tests (swift build --build-tests)
        """

    static func hasExecutable(_ path: String) -> Bool {
        FileManager.default.isExecutableFile(atPath: path)
    }

    /// Runs a program and returns its exit status and combined output.
    @discardableResult
    static func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
