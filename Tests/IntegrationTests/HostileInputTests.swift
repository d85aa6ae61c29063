import Foundation
import Glibc
import Testing

/// The hostile entries `DaemonEndToEndTests.hostileEntriesEachGetOneFailureLine` does not cover, all in
/// one inbox at once: each gives exactly one result or failure line, the daemon stays up, nothing is left
/// in processing/, and link targets outside the spool are never opened (inotify on the targets says so).
@Suite(.serialized) struct HostileInputTests {
    /// One hostile entry: its name as bytes, how to make it, and the line it must produce
    /// ("result", or a failure reason code).
    struct Case {
        let name: [UInt8]
        let expected: String
        let make: (DaemonHarness, String) throws -> Void
        var text: String { String(decoding: name, as: UTF8.self) }
    }

    static func deliver(_ bytes: [UInt8]) -> (DaemonHarness, String) throws -> Void {
        { daemon, name in try daemon.deliver(name, bytes) }
    }

    static func cases(outside: String) -> [Case] {
        let nested = String(repeating: "<div>", count: 100_000) + "<p>Deep inside, Tehran and Moscow agreed.</p>" + String(repeating: "</div>", count: 100_000)
        let laughs = "<!DOCTYPE html [<!ENTITY lol \"lol\">"
            + (1...9).map { "<!ENTITY lol\($0) \"" + String(repeating: "&lol\($0 == 1 ? "" : String($0 - 1));", count: 10) + "\">" }.joined()
            + "]><html><body><p>&lol9;</p>" + String(repeating: "&amp;&#x1F600;&#99999999;&nosuch;&#", count: 2_000) + "</body></html>"
        let script = "<html><head><script>" + String(repeating: "var a = '<p>not text</p>'; document.write(a);\n", count: 2_000) + "</script></head></html>"
        // One line without a newline or a sentence end: 3 MB in `make torture`; 256 KiB in `make test`, because
        // the merged event coder is quadratic in sentence length (3 MB takes minutes in a debug build).
        let lineBytes = TortureAudit.environment("ARTICLEWATCH_HOSTILE_LINE_BYTES", default: 256 << 10)
        let oneLine = String(repeating: "Tehran and Moscow signed another agreement on gas and grain ", count: lineBytes / 60)
        var utf16 = [UInt8]()
        for unit in "Tehran and Moscow signed an agreement on energy cooperation.".utf16 { utf16 += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let executable = Array(FileManager.default.contents(atPath: "/bin/true") ?? Data([0x7F, 0x45, 0x4C, 0x46]))
        let longName = Array((String(repeating: "n", count: 251) + ".txt").utf8)
        return [
            Case(name: Array("one-byte.txt".utf8), expected: "result", make: deliver([0x41])),
            Case(name: Array("jpeg.jpg".utf8), expected: "binary", make: deliver([0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10] + Array("JFIF".utf8) + [0, 1, 2, 3])),
            Case(name: Array("true.elf".utf8), expected: "binary", make: deliver(executable)),
            Case(name: Array("invalid-utf8.txt".utf8), expected: "result", make: deliver(Array("Tehran ".utf8) + [0xC3, 0x28, 0xA0, 0xA1, 0xFF] + Array(" Moscow.".utf8))),
            Case(name: Array("truncated-utf8.txt".utf8), expected: "result", make: deliver(Array("Tehran und M".utf8) + [0xC3])),
            Case(name: Array("utf16-no-bom.txt".utf8), expected: "result", make: deliver(utf16)),
            Case(name: Array("one-line.txt".utf8), expected: "result", make: deliver(Array(oneLine.utf8))),
            Case(name: Array("nested.html".utf8), expected: "result", make: deliver(Array(nested.utf8))),
            Case(name: Array("laughs.html".utf8), expected: "result", make: deliver(Array(laughs.utf8))),
            Case(name: Array("all-script.html".utf8), expected: "result", make: deliver(Array(script.utf8))),
            Case(name: Array("北京 طهران 🦀.txt".utf8), expected: "result", make: deliver(Array("北京和德黑兰。طهران وموسكو.".utf8))),
            Case(name: longName, expected: "result", make: deliver(Array("A name of 255 bytes.".utf8))),
            Case(name: Array("bad-name-".utf8) + [0xFF, 0xFE] + Array(".txt".utf8), expected: "result", make: { daemon, _ in
                let name = Array("bad-name-".utf8) + [0xFF, 0xFE] + Array(".txt".utf8)
                try Self.createRaw(daemon.spool + "/tmp/", name, Array("A name that is not UTF-8.".utf8))
                #expect(Self.renameRaw(daemon.spool + "/tmp/", daemon.inbox + "/", name) == 0)
            }),
            Case(name: Array("shadow-link".utf8), expected: "symlink", make: { daemon, name in
                try FileManager.default.createSymbolicLink(atPath: daemon.inbox + "/" + name, withDestinationPath: "/etc/shadow")
            }),
            Case(name: Array("decoy-link".utf8), expected: "symlink", make: { daemon, name in
                try FileManager.default.createSymbolicLink(atPath: daemon.inbox + "/" + name, withDestinationPath: outside + "/decoy.txt")
            }),
            Case(name: Array("hard-link.txt".utf8), expected: "hard-link", make: { daemon, name in
                #expect(link(outside + "/secret.txt", daemon.inbox + "/" + name) == 0)
            }),
            Case(name: Array("socket".utf8), expected: "not-regular-file", make: { daemon, name in
                #expect(Self.bindSocket(daemon.inbox + "/" + name))
            }),
        ]
    }

    @Test func everyHostileEntryGetsExactlyOneLineAndLinkTargetsAreNeverOpened() throws {
        let daemon = try DaemonHarness(label: "hostile2", config: ["workers": 2, "rescanSeconds": 1])
        let outside = daemon.root + "/outside"
        try FileManager.default.createDirectory(atPath: outside, withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: outside + "/secret.txt", contents: Data("outside the spool".utf8))
        FileManager.default.createFile(atPath: outside + "/decoy.txt", contents: Data("never to be opened".utf8))
        let watched = [outside + "/secret.txt", outside + "/decoy.txt"] + (FileManager.default.fileExists(atPath: "/etc/shadow") ? ["/etc/shadow"] : [])
        try daemon.start()
        #expect(daemon.waitForReady())
        let watch = try HostileOpenWatch(watched)
        let cases = Self.cases(outside: outside)
        for hostile in cases { try hostile.make(daemon, hostile.text) }
        #expect(daemon.waitForLines(cases.count, timeout: 300))
        usleep(500_000)  // a second line for any entry would show up here
        #expect(daemon.isRunning)
        let opened = watch.drainEvents()
        #expect(daemon.stop() == 0)

        let lines = daemon.lines()
        #expect(lines.count == cases.count)
        #expect(lines.allSatisfy { $0["unparseable"] == nil })
        var outcomes: [String: [String]] = [:]
        for line in lines {
            let outcome = line["schema"] as? String == "articlewatch.result/1" ? "result" : line["reason"] as? String ?? "?"
            outcomes[line["file"] as? String ?? "?", default: []].append(outcome)
        }
        for hostile in cases {
            #expect(outcomes[hostile.text] == [hostile.expected], "\(hostile.text.prefix(40))")
        }
        #expect(opened == 0, "a link target outside the spool was opened or read")
        #expect(try String(contentsOfFile: outside + "/secret.txt", encoding: .utf8) == "outside the spool")
        #expect(daemon.claimsInProcessing.isEmpty)
        #expect(daemon.entries("inbox").isEmpty)
        let utf16 = daemon.results().first { $0["file"] as? String == "utf16-no-bom.txt" }
        #expect(utf16?["encoding"] as? String == "utf-16le")
        let nested = daemon.results().first { $0["file"] as? String == "nested.html" }
        #expect((nested?["text"] as? String)?.contains("Deep inside") == true)
    }

    /// Deleted after its event but before a worker claims it: no line, no error, no crash.
    @Test func aFileDeletedBetweenEventAndClaimLeavesNoTrace() throws {
        let daemon = try DaemonHarness(label: "vanish")
        try daemon.start()
        usleep(300_000)
        let pid = daemon.process!.processIdentifier
        #expect(daemon.suspend())  // the events queue up; the files go before the daemon can look
        for index in 0..<20 { try daemon.deliver("gone\(index).txt", "Here a moment.") }
        for index in 0..<20 { unlink(daemon.inbox + "/gone\(index).txt") }
        try daemon.deliver("stays.txt", "Tehran and Moscow, still here.")
        kill(pid, SIGCONT)
        #expect(daemon.waitForLines(1))
        usleep(500_000)
        #expect(daemon.isRunning)
        #expect(daemon.stop() == 0)
        #expect(daemon.lines().map { $0["file"] as? String } == ["stays.txt"], "\(daemon.lines()) \(daemon.stderr.suffix(3000))")
        #expect(!daemon.stderr.contains("cannot claim"))
        #expect(daemon.claimsInProcessing.isEmpty)
    }

    /// A producer that renames a file in and keeps appending through its open descriptor (breaking the
    /// protocol): the daemon reads what is there once, writes one line, and never reads it again.
    @Test func aFileStillBeingAppendedWhenItLandsGetsOneLine() throws {
        let daemon = try DaemonHarness(label: "growing")
        try daemon.start()
        #expect(daemon.waitForReady())
        let temporary = daemon.spool + "/tmp/growing.txt"
        let descriptor = open(temporary, O_CREAT | O_WRONLY | O_APPEND, 0o644)
        #expect(descriptor >= 0)
        let chunk = Array("Tehran and Moscow kept talking about energy.\n".utf8)
        _ = chunk.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        #expect(rename(temporary, daemon.inbox + "/growing.txt") == 0)
        var written = chunk.count
        for _ in 0..<40 {
            written += chunk.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            usleep(20_000)
        }
        close(descriptor)
        #expect(daemon.waitForLines(1), "a loaded machine may be slow, but the line must come")
        #expect(daemon.isRunning)
        #expect(daemon.stop() == 0)
        let lines = daemon.lines()
        #expect(lines.count == 1)
        let bytes = lines.first?["bytes"] as? Int ?? 0
        #expect(bytes > 0 && bytes <= written && bytes % chunk.count == 0, "whole appends only: \(bytes) of \(written)")
        #expect(daemon.claimsInProcessing.isEmpty)
    }

    static func createRaw(_ directory: String, _ name: [UInt8], _ bytes: [UInt8]) throws {
        let path = Array(directory.utf8) + name + [0]
        let descriptor = path.withUnsafeBufferPointer { $0.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_CREAT | O_WRONLY | O_TRUNC, 0o644) } }
        guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno)!) }
        _ = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        close(descriptor)
    }

    static func renameRaw(_ from: String, _ to: String, _ name: [UInt8]) -> Int32 {
        let source = (Array(from.utf8) + name + [0]).map { CChar(bitPattern: $0) }
        let target = (Array(to.utf8) + name + [0]).map { CChar(bitPattern: $0) }
        return rename(source, target)
    }

    /// Binds a Unix socket at `path` (the kernel creates the socket file) and closes it; the file stays.
    static func bindSocket(_ path: String) -> Bool {
        let descriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(descriptor) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        guard bytes.count < MemoryLayout.size(ofValue: address.sun_path) else { return false }
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            for (index, byte) in bytes.enumerated() { raw[index] = byte }
        }
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        return result == 0
    }
}
