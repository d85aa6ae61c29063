/// The index file: a header, the article columns as they sit in memory, the twelve band tables as they
/// sit in memory, and a checksum of everything before it. Loading is then a checked copy: rebuilding the
/// tables was most of a start-up with a long history (55 ms of CPU for 100k articles, 0.94 s for a
/// million in `dedup-bench`; docs/BENCHMARKS.md). The tables cost ~65 bytes per article on disk at their
/// 0.74–0.92 load, beside ~101 bytes of columns plus the name. The evicted articles still in memory (at
/// most 1/32 of the live ones) are written too, since the tables' slots name positions counted from the
/// first of them. Little-endian, like every machine the daemon runs on; the header's byte-order mark
/// makes a file from a big-endian host fail the check instead of loading garbage.
///
/// Format 3 (live articles only, no tables; written until November 2026) is still read: its tables are
/// rebuilt, and the next persist writes format 4.
extension NearDuplicateIndex {
    static let magic: [UInt8] = Array("AWNDIDX1".utf8)
    static let formatVersion: UInt32 = 4
    static let byteOrderMark: UInt32 = 0x0102_0304
    /// Format 4's header: format 3's 48 bytes, then the first live position and the tables' capacity.
    static let headerSize = 64
    static let formatWithoutTables: UInt32 = 3
    static let headerSizeWithoutTables = 48
    /// Bytes per article in the columns: id, signature, received-at, name length.
    static let columnBytesPerArticle = 32 + Fingerprint.permutations + 4 + 1

    /// Every position's columns and the tables as bytes, ready to be written (temp file, fsync, rename:
    /// the registry's job).
    public func serialized() -> [UInt8] {
        let positions = names.count
        let nameLength = names.byteCount(from: 0)
        let tableCapacity = bandTables[0].capacity
        var out: [UInt8] = []
        out.reserveCapacity(
            Self.headerSize + positions * Self.columnBytesPerArticle + nameLength + LSHBanding.bands * tableCapacity * 4 + 8)
        out.append(contentsOf: Self.magic)
        Self.append(Self.formatVersion, to: &out)
        Self.append(Self.byteOrderMark, to: &out)
        Self.append(UInt16(Fingerprint.permutations), to: &out)
        Self.append(UInt16(LSHBanding.bands), to: &out)
        Self.append(UInt16(LSHBanding.rows), to: &out)
        Self.append(UInt16(Fingerprint.bitsPerValue), to: &out)
        Self.append(newestSeconds, to: &out)
        Self.append(UInt32(0), to: &out)
        Self.append(UInt64(positions), to: &out)
        Self.append(UInt64(nameLength), to: &out)
        Self.append(UInt64(firstLive), to: &out)
        Self.append(UInt64(tableCapacity), to: &out)
        out.append(memoryOf: ids)
        out.append(memoryOf: signatures)
        out.append(memoryOf: receivedSeconds)
        names.serialized(from: 0, into: &out)
        for table in bandTables { table.serialized(into: &out) }
        let checksum = IndexChecksum.checksum(out.span)
        Self.append(checksum, to: &out)
        return out
    }

    /// Reads an index file's bytes (format 4, or 3 with its tables rebuilt), checking the checksum and
    /// every length and table slot before trusting any of it. The window and threshold are the caller's
    /// (the configuration may have changed since the file was written); a smaller window evicts at once.
    public init(
        serialized bytes: Span<UInt8>, threshold: Double = 0.8, window: DuplicateWindow = DuplicateWindow()
    ) throws(IndexFileError) {
        self.init(threshold: threshold, window: window)
        guard bytes.count >= Self.headerSizeWithoutTables + 8 else { throw .truncated(bytes.count) }
        let body = bytes.extracting(..<(bytes.count - 8))
        let stored = bytes.loadInteger(at: bytes.count - 8, as: UInt64.self)
        guard bytes.hasPrefix(Self.magic, at: 0) else { throw .notAnIndex }
        guard stored == IndexChecksum.checksum(body) else { throw .checksumMismatch }
        let version = bytes.loadInteger(at: 8, as: UInt32.self)
        let mark = bytes.loadInteger(at: 12, as: UInt32.self)
        let shape = (0..<4).map { Int(bytes.loadInteger(at: 16 + $0 * 2, as: UInt16.self)) }
        guard version == Self.formatVersion || version == Self.formatWithoutTables, mark == Self.byteOrderMark,
            shape == [Fingerprint.permutations, LSHBanding.bands, LSHBanding.rows, Fingerprint.bitsPerValue]
        else { throw .incompatible(version: Int(version)) }
        let header = version == Self.formatVersion ? Self.headerSize : Self.headerSizeWithoutTables
        guard body.count >= header else { throw .truncated(bytes.count) }
        newestSeconds = bytes.loadInteger(at: 24, as: UInt32.self)
        let positions = Int(clamping: bytes.loadInteger(at: 32, as: UInt64.self))
        let nameLength = Int(clamping: bytes.loadInteger(at: 40, as: UInt64.self))
        let storedFirstLive = version == Self.formatVersion ? Int(clamping: bytes.loadInteger(at: 48, as: UInt64.self)) : 0
        let tableCapacity = version == Self.formatVersion ? Int(clamping: bytes.loadInteger(at: 56, as: UInt64.self)) : 0
        // Each factor is bounded before the products, so no multiplication below can overflow.
        guard positions <= Self.maximumArticles, storedFirstLive <= positions, nameLength <= body.count,
            tableCapacity <= body.count, header + positions * Self.columnBytesPerArticle + nameLength
                + LSHBanding.bands * tableCapacity * 4 == body.count
        else { throw .truncated(bytes.count) }

        var offset = header
        func column<Element: BitwiseCopyable>(_ type: Element.Type, count: Int, reserving: Int) -> [Element] {
            let length = count * MemoryLayout<Element>.stride
            defer { offset += length }
            return [Element](copyingMemoryOf: body.extracting(offset..<(offset + length)), reservingCapacity: reserving)
        }
        // The columns get the room the tables were sized for, as `compactAndRebuild` leaves them, so the
        // next insertions do not double them.
        let room = tableCapacity > 0 ? Int(Double(tableCapacity - 1) * Self.maximumLoad) : 0
        ids = column(UInt64.self, count: positions * 4, reserving: room * 4)
        signatures = column(UInt8.self, count: positions * Fingerprint.permutations, reserving: room * Fingerprint.permutations)
        receivedSeconds = column(UInt32.self, count: positions, reserving: room)
        guard let names = NameStore(lengths: column(UInt8.self, count: positions, reserving: room),
                                    bytes: column(UInt8.self, count: nameLength, reserving: positions > 0 ? (nameLength + positions - 1) / positions * room : 0))
        else { throw .truncated(bytes.count) }
        self.names = names
        firstLive = storedFirstLive
        if version == Self.formatVersion {
            var tables: [PositionTable] = []
            tables.reserveCapacity(LSHBanding.bands)
            for _ in 0..<LSHBanding.bands {
                let length = tableCapacity * 4
                guard let table = PositionTable(restoring: body.extracting(offset..<(offset + length)), positions: positions)
                else { throw .truncated(bytes.count) }
                tables.append(table)
                offset += length
            }
            bandTables = tables
            evictForWindow(adding: 0)
            if needsRebuild(adding: 0) { compactAndRebuild(reserving: 0) }
        } else {
            evictForWindow(adding: 0)
            compactAndRebuild(reserving: 0)
        }
    }

    private static func append<Value: FixedWidthInteger>(_ value: Value, to out: inout [UInt8]) {
        out.append(littleEndian: value)
    }
}

/// Why an index file was not loaded; the registry then rebuilds from the results logs.
public enum IndexFileError: Error, Sendable, Equatable, CustomStringConvertible {
    case truncated(Int)
    case notAnIndex
    case checksumMismatch
    case incompatible(version: Int)

    public var description: String {
        switch self {
        case let .truncated(size): "the index file is truncated or its lengths disagree (\(size) bytes)"
        case .notAnIndex: "the file does not start with the index magic 'AWNDIDX1'"
        case .checksumMismatch: "the index file's checksum does not match its contents"
        case let .incompatible(version): "the index file has format \(version) or another sketch shape"
        }
    }
}
