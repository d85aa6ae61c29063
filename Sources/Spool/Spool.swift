import ArticleAnalysis
public import WorkQueue

/// The directory queue: scan the inbox, claim a file by renaming it into a claim directory (exactly one
/// claimer wins), read it safely, and move it on once its line is durable.
public struct Spool: Sendable {
    public let layout: SpoolLayout
    public let instance: SpoolInstance

    /// Creates the directories if needed and takes this daemon's instance lock; `clock` stamps the
    /// instance's name.
    public init(root: RawPath, clock: any DaemonClock = SystemClock()) throws(SystemError) {
        layout = SpoolLayout(root: root)
        try layout.create()
        instance = try SpoolInstance(layout: layout, startedAt: clock.now())
    }

    /// Every name in the inbox that is not a producer's temporary file, with what `lstat` says of it.
    public func scanInbox() throws(SystemError) -> [InboxEntry] {
        var entries: [InboxEntry] = []
        for name in try Syscalls.listDirectory(layout.inbox) where !name.isProducerTemporary {
            if let info = try Syscalls.linkStatus(layout.inbox.appending(name)) { entries.append(InboxEntry(name: name, status: info)) }
        }
        return entries
    }

    /// The entry's current `lstat`, or nil when it is gone.
    public func inspect(_ name: EntryName) throws(SystemError) -> InboxEntry? {
        try Syscalls.linkStatus(layout.inbox.appending(name)).map { InboxEntry(name: name, status: $0) }
    }

    /// Renames `inbox/<name>` to `processing/<token>/<name>`. Nil when another claimer (or the producer)
    /// took it first. The claim directory is new, so the rename can never replace anything.
    public func claim(_ name: EntryName) throws(SystemError) -> QueueClaim? {
        let token = instance.nextToken()
        let directory = layout.processing.appending(token)
        try Syscalls.makeDirectory(directory, mode: 0o755)
        do {
            try Syscalls.rename(layout.inbox.appending(name), to: directory.appending(name))
        } catch {
            try? Syscalls.removeDirectory(directory)
            if error.isNotFound { return nil }
            throw error
        }
        return QueueClaim(delivery: token, name: name)
    }

    /// Opens the claimed file the safe way (`SafeFileReader`): no links followed, only a regular file with
    /// one link and at most `maxBytes` is read. Anything else is rejected unread.
    public func read(_ claim: QueueClaim, maxBytes: Int) -> ClaimedContent {
        SafeFileReader(maxBytes: maxBytes, symlinks: .reject, hardLinks: .reject).read(path(of: claim))
    }

    /// Moves a delivery whose line is durable to `done/` (or deletes it) or `failed/`, then removes its
    /// claim directory. A name already taken there gets a `.2`, `.3`, … suffix: every delivery is kept.
    public func finish(_ claim: QueueClaim, _ disposition: Disposition) throws(SystemError) {
        let source = path(of: claim)
        let claimDirectory = directory(of: claim)
        if try Syscalls.linkStatus(source) != nil {
            switch disposition {
            case .done(keep: false): try Syscalls.unlink(source)
            case .done(keep: true): try moveKeepingName(source, name: claim.name, into: layout.done)
            case .failed: try moveKeepingName(source, name: claim.name, into: layout.failed)
            }
        }
        for entry in try Syscalls.listDirectory(claimDirectory) where entry.bytes.first == UInt8(ascii: ".") {
            try? Syscalls.unlink(claimDirectory.appending(entry))
        }
        try Syscalls.removeDirectory(claimDirectory)
    }

    private func moveKeepingName(_ source: RawPath, name: EntryName, into directory: RawPath) throws(SystemError) {
        var attempt = 1
        while true {
            let candidate = attempt == 1 ? name : Self.suffixed(name, attempt)
            do {
                return try Syscalls.renameNoReplace(source, to: directory.appending(candidate))
            } catch where error.isAlreadyTaken && attempt < 10_000 {
                attempt += 1
            }
        }
    }

    /// `name.N`, shortened at the front of the suffix so the result still fits in NAME_MAX (255 bytes).
    static func suffixed(_ name: EntryName, _ number: Int) -> EntryName {
        let suffix = Array(".\(number)".utf8)
        return EntryName(bytes: Array(name.bytes.prefix(255 - suffix.count)) + suffix)
    }
}

/// An inbox entry as `lstat` saw it during a scan.
public struct InboxEntry: Sendable, Equatable {
    public let name: EntryName
    public let isRegularFile: Bool
    public let size: Int
    /// Modification time in seconds since 1970, for the settle rule.
    public let modifiedAt: Double

    init(name: EntryName, status: FileInfo) {
        self.name = name
        isRegularFile = status.kind == .regular
        size = status.size
        modifiedAt = status.modifiedAt
    }
}

extension FileStatus {
    init(_ info: FileInfo) { self.init(size: info.size, changedAt: info.changedAt) }
}
