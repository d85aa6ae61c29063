import ArticleAnalysis
public import WorkQueue

/// How an input file is opened, by the daemon and by `analyze` alike: the descriptor is checked, not
/// the name (so a file swapped between the check and the open is caught), nothing but a regular file
/// within `maxBytes` is read, and a file that grows past the limit while being read is rejected.
public struct SafeFileReader: Sendable {
    /// What to do with a path whose last component is a symbolic link.
    public enum SymlinkRule: Sendable {
        /// Rejected unread (`symlink`): the daemon, where anyone who can write the inbox could plant one.
        case reject
        /// Resolved once, then the target opened the same safe way: `analyze`, where the user named the
        /// path and means the file it points to.
        case followNamedLink
    }

    /// What to do with a regular file that has more than one hard link.
    public enum HardLinkRule: Sendable {
        /// Rejected unread (`hard-link`): in the inbox it may be someone else's file linked in.
        case reject
        /// Read: a file the user names is theirs to read.
        case allow
    }

    public let maxBytes: Int
    public let symlinks: SymlinkRule
    public let hardLinks: HardLinkRule

    public init(maxBytes: Int, symlinks: SymlinkRule, hardLinks: HardLinkRule) {
        self.maxBytes = maxBytes
        self.symlinks = symlinks
        self.hardLinks = hardLinks
    }

    public func read(_ named: RawPath) -> ClaimedContent {
        var path = named
        var entry: FileInfo?
        do {
            entry = try Syscalls.linkStatus(path)
            // Resolved only when the name is a link: realpath(3) costs a readlink(2) per component, and
            // the O_NOFOLLOW open below follows links in the directories anyway.
            if case .followNamedLink = symlinks, entry?.kind == .symbolicLink, let target = Syscalls.resolvedPath(named) {
                path = target
                entry = try Syscalls.linkStatus(path)
            }
        } catch {
            return .rejected(.unreadable, message: "cannot inspect the file: \(error)", status: nil)
        }
        guard let entry else { return .rejected(.unreadable, message: "no such file (it vanished before it was read)", status: nil) }
        if let rejection = rejection(for: entry) { return rejection }

        let descriptor: Int32
        do {
            descriptor = try Syscalls.openInputNoFollow(path)
        } catch {
            if error.isSymbolicLink { return .rejected(.symlink, message: "a symbolic link; its target was not opened", status: nil) }
            return .rejected(.unreadable, message: "cannot open the file: \(error)", status: nil)
        }
        defer { Syscalls.close(descriptor) }
        do {
            let info = try Syscalls.status(of: descriptor, path: path)
            if let rejection = rejection(for: info) { return rejection }
            let bytes = try Syscalls.readAll(descriptor, path: path, limit: maxBytes + 1, expected: info.size)
            let status = FileStatus(info)
            if bytes.count > maxBytes {
                return .rejected(.tooLarge, message: "grew past the limit of \(maxBytes) bytes while being read", status: status)
            }
            return .bytes(bytes, status: FileStatus(size: bytes.count, changedAt: status.changedAt))
        } catch {
            return .rejected(.unreadable, message: "cannot read the file: \(error)", status: nil)
        }
    }

    private func rejection(for info: FileInfo) -> ClaimedContent? {
        let status = FileStatus(info)
        switch info.kind {
        case .regular: break
        case .symbolicLink: return .rejected(.symlink, message: "a symbolic link; its target was not opened", status: status)
        default:
            return .rejected(.notRegularFile, message: "not a regular file (a \(info.kind.name)); not read", status: status)
        }
        if case .reject = hardLinks, info.linkCount > 1 {
            return .rejected(.hardLink, message: "has \(info.linkCount) hard links: it may belong to someone else; not read", status: status)
        }
        if info.size > maxBytes {
            return .rejected(.tooLarge, message: "\(info.size) bytes is over the limit of \(maxBytes) (maxFileBytes); not read", status: status)
        }
        return nil
    }
}
