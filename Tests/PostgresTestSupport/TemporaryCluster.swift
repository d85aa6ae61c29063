import Foundation
import Glibc
import PostgresQueue

/// A PostgreSQL 15 cluster of the tests' own in a temporary directory: initdb, then pg_ctl start with the
/// Unix socket in that directory and no TCP (`listen_addresses=''`), as the `postgres` user when the tests
/// run as root (the server refuses root). initdb costs seconds, so one cluster serves the whole test
/// process and each test gets a fresh database. A watchdog shell started with it stops and removes it
/// once the test process is gone, however it ended (swift-testing's exit skips atexit handlers, and a
/// crashed or killed run must not leave a server behind).
public final class TemporaryCluster: Sendable {
    public static let binaries = "/usr/lib/postgresql/15/bin"
    /// The superuser (trusted on the socket) and a role that must give a password, for the auth tests.
    public static let superuser = "postgres"
    public static let passwordRole = "articlewatch_pw"
    public static let password = "correct-horse"

    public let directory: String
    var socketDirectory: String { directory }
    var dataDirectory: String { directory + "/data" }

    /// Started on first use; a failure to start is remembered and rethrown to every test that asks.
    static let shared: Result<TemporaryCluster, any Error> = Result { try TemporaryCluster() }

    public static func start() throws -> TemporaryCluster { try shared.get() }

    /// A cluster of the caller's own, for a test that stops and starts the server (the shared one serves
    /// tests running at the same time). Removed by its watchdog with the test process, or by `remove()`.
    public static func startPrivate() throws -> TemporaryCluster { try TemporaryCluster() }

    /// `pg_ctl stop -m fast`: every connection is ended, new ones are refused until `startServer()`.
    public func stopServer() throws {
        try Self.asServerUser(Self.binaries + "/pg_ctl", ["-D", dataDirectory, "-w", "-s", "-m", "fast", "stop"])
    }

    /// Starts the server again on the same socket and data after `stopServer()`.
    public func startServer() throws {
        try Self.asServerUser(Self.binaries + "/pg_ctl", [
            "-D", dataDirectory, "-w", "-s", "-l", directory + "/server.log", "start",
            "-o", "-k \(directory) -c listen_addresses= -F -c shared_buffers=32MB -c max_connections=200",
        ])
    }

    /// Stops the server (if running) and removes the directory: for a private cluster when its test ends.
    public func remove() {
        try? Self.asServerUser(Self.binaries + "/pg_ctl", ["-D", dataDirectory, "-w", "-s", "-m", "immediate", "stop"])
        try? FileManager.default.removeItem(atPath: directory)
    }

    private init() throws {
        directory = NSTemporaryDirectory() + "articlewatch-pg-" + UUID().uuidString.prefix(8)
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        if getuid() == 0 { try Self.runChecked("/usr/bin/chown", ["postgres:postgres", directory]) }
        do {
            try Self.asServerUser(Self.binaries + "/initdb", [
                "-D", dataDirectory, "-U", Self.superuser, "--auth=trust", "--no-sync", "-E", "UTF8", "--locale=C.UTF-8",
            ])
            let hba = "local all \(Self.superuser) trust\nlocal all all scram-sha-256\n"
            try hba.write(toFile: dataDirectory + "/pg_hba.conf", atomically: false, encoding: .utf8)
            try startServer()
        } catch {
            try? FileManager.default.removeItem(atPath: directory)
            throw error
        }
        try startWatchdog()
    }

    /// A libpq URI for `database` on this cluster's socket.
    public func url(database: String, user: String = superuser, password: String? = nil) -> String {
        let encodedDirectory = socketDirectory.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? socketDirectory
        let credentials = password.map { "\(user):\($0)" } ?? user
        return "postgresql://\(credentials)@\(encodedDirectory)/\(database)"
    }

    /// A new empty database for one test (the role with a password may connect to it).
    public func createDatabase(_ label: String = "t") async throws -> String {
        let name = "\(label)_\(UUID().uuidString.prefix(8).lowercased())"
        let admin = try await PostgresConnection.connect(url(database: "postgres"))
        try await admin.run { session in
            try session.query("CREATE DATABASE \(name)")
            let roles = try session.query("SELECT 1 FROM pg_roles WHERE rolname = $1", [.text(Self.passwordRole)])
            if roles.isEmpty {
                _ = try? session.query("CREATE ROLE \(Self.passwordRole) LOGIN PASSWORD '\(Self.password)'")
            }
        }
        await admin.close()
        return url(database: name)
    }

    /// `sh` polling this process; when it has gone, pg_ctl stop and the directory removed.
    private func startWatchdog() throws {
        let stop = (getuid() == 0 ? "/usr/sbin/runuser -u postgres -- " : "") + Self.binaries + "/pg_ctl"
        let script = """
            while kill -0 \(getpid()) 2>/dev/null; do sleep 0.5; done
            \(stop) -D '\(dataDirectory)' -w -s -m immediate stop
            rm -rf '\(directory)'
            """
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for descriptor: Int32 in 0...2 {
            posix_spawn_file_actions_addopen(&actions, descriptor, "/dev/null", descriptor == 0 ? O_RDONLY : O_WRONLY, 0)
        }
        let words: [String] = ["/bin/sh", "-c", script]
        let argv: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) } + [nil]
        defer { for argument in argv { free(argument) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, "/bin/sh", &actions, nil, argv, environ)
        guard spawned == 0 else { throw ClusterError(command: "watchdog", status: -1, output: String(cString: strerror(spawned))) }
    }

    private static func asServerUser(_ executable: String, _ arguments: [String]) throws {
        if getuid() == 0 {
            try runChecked("/usr/sbin/runuser", ["-u", "postgres", "--", executable] + arguments)
        } else {
            try runChecked(executable, arguments)
        }
    }

    /// posix_spawn and waitpid, not Foundation's Process: Process learns of the exit on a dispatch queue,
    /// which never runs while the test pool's threads wait in this (once-only) initializer.
    private static func runChecked(_ executable: String, _ arguments: [String]) throws {
        let outputPath = NSTemporaryDirectory() + "articlewatch-pg-command-\(UUID().uuidString.prefix(8)).log"
        defer { unlink(outputPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { for argument in argv { free(argument) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, environ)
        guard spawned == 0 else {
            throw ClusterError(command: executable, status: -1, output: String(cString: strerror(spawned)))
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1, errno == EINTR {}
        let exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        guard exitStatus == 0 else {
            let output = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
            throw ClusterError(command: ([executable] + arguments).joined(separator: " "), status: exitStatus, output: output)
        }
    }
}

public struct ClusterError: Error, CustomStringConvertible {
    let command: String
    let status: Int32
    let output: String
    public var description: String { "`\(command)` exited with \(status): \(output)" }
}
