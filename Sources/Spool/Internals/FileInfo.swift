import Glibc

/// What lstat(2)/fstat(2) said of one file, in Swift words: the spool decides on these fields and never
/// sees `struct stat` or the `S_IF*` bits.
struct FileInfo: Sendable, Equatable {
    /// The file type bits of `st_mode`, named.
    enum Kind: Sendable, Equatable {
        case regular, directory, symbolicLink, fifo, socket, characterDevice, blockDevice, other

        init(mode: mode_t) {
            switch mode & S_IFMT {
            case S_IFREG: self = .regular
            case S_IFDIR: self = .directory
            case S_IFLNK: self = .symbolicLink
            case S_IFIFO: self = .fifo
            case S_IFSOCK: self = .socket
            case S_IFCHR: self = .characterDevice
            case S_IFBLK: self = .blockDevice
            default: self = .other
            }
        }

        /// The words a failure message uses ("not a regular file (a FIFO)").
        var name: String {
            switch self {
            case .regular: "regular file"
            case .directory: "directory"
            case .symbolicLink: "symbolic link"
            case .fifo: "FIFO"
            case .socket: "socket"
            case .characterDevice: "character device"
            case .blockDevice: "block device"
            case .other: "special file"
            }
        }
    }

    let kind: Kind
    let size: Int
    let linkCount: Int
    /// `st_dev` and `st_ino`: which file this is, to notice a log replaced under its name.
    let device: UInt
    let inode: UInt
    /// `st_mtim`, seconds since 1970: the settle rule's "unchanged".
    let modifiedAt: Double
    /// `st_ctim`, seconds since 1970: when the file last changed in any way (the claim's `receivedAt`).
    let changedAt: Double

    init(_ info: stat) {
        kind = Kind(mode: info.st_mode)
        size = Int(info.st_size)
        linkCount = Int(info.st_nlink)
        device = UInt(info.st_dev)
        inode = UInt(info.st_ino)
        modifiedAt = Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1e9
        changedAt = Double(info.st_ctim.tv_sec) + Double(info.st_ctim.tv_nsec) / 1e9
    }
}
