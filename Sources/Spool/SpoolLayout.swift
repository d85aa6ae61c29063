/// The spool's directories. Queue states are directories (OpenSMTPD's way): where a file is says what
/// has happened to it, so start-up rebuilds everything from disk.
public struct SpoolLayout: Sendable, Equatable {
    public let root: RawPath
    /// Producers rename finished files in here (or write here directly and let them settle).
    public var inbox: RawPath { root.appending("inbox") }
    /// Producers write here first; the daemon never reads it.
    public var tmp: RawPath { root.appending("tmp") }
    /// One sub-directory per claim (`<instance>.<sequence>/<name>`) while an article is analysed.
    public var processing: RawPath { root.appending("processing") }
    public var done: RawPath { root.appending("done") }
    public var failed: RawPath { root.appending("failed") }

    public init(root: RawPath) { self.root = root }

    /// Creates the spool and its five directories (existing ones are fine). Group-writable for producers.
    public func create() throws(SystemError) {
        try makeParents(of: root)
        try Syscalls.makeDirectory(root, mode: 0o775)
        for directory in [inbox, tmp] { try Syscalls.makeDirectory(directory, mode: 0o775) }
        for directory in [processing, done, failed] { try Syscalls.makeDirectory(directory, mode: 0o755) }
    }

    /// `mkdir -p` for the directories above the spool (a fresh checkout has no `var/` yet).
    private func makeParents(of path: RawPath) throws(SystemError) {
        var prefix: [UInt8] = []
        let components = path.bytes.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: true).dropLast()
        if path.bytes.first == UInt8(ascii: "/") { prefix.append(UInt8(ascii: "/")) }
        for component in components {
            if !prefix.isEmpty && prefix.last != UInt8(ascii: "/") { prefix.append(UInt8(ascii: "/")) }
            prefix.append(contentsOf: component)
            try Syscalls.makeDirectory(RawPath(bytes: prefix), mode: 0o755)
        }
    }
}
