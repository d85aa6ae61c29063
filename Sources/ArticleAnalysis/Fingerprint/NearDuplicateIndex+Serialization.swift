/// The index file: a header, the article columns as they sit in memory, and a checksum of everything
/// before it. The tables are not written; they are rebuilt at load (a few hundred ms for a million
/// articles), which keeps the file at about 101 bytes per article plus names and makes it independent of
/// table sizing. Little-endian, like every machine the daemon runs on; the header's byte-order mark makes
/// a file from a big-endian host fail the check instead of loading garbage.
extension NearDuplicateIndex {
    static let magic: [UInt8] = Array("AWNDIDX1".utf8)
    static let formatVersion: UInt32 = 3
    static let byteOrderMark: UInt32 = 0x0102_0304
    static let headerSize = 48

    /// The live articles as bytes, ready to be written (temp file, fsync, rename: the registry's job).
    public func serialized() -> [UInt8] {
        let live = count
        let nameLength = names.byteCount(from: firstLive)
        var out: [UInt8] = []
        out.reserveCapacity(Self.headerSize + live * 101 + nameLength + 8)
        out.append(contentsOf: Self.magic)
        Self.append(Self.formatVersion, to: &out)
        Self.append(Self.byteOrderMark, to: &out)
        Self.append(UInt16(Fingerprint.permutations), to: &out)
        Self.append(UInt16(LSHBanding.bands), to: &out)
        Self.append(UInt16(LSHBanding.rows), to: &out)
        Self.append(UInt16(Fingerprint.bitsPerValue), to: &out)
        Self.append(newestSeconds, to: &out)
        Self.append(UInt32(0), to: &out)
        Self.append(UInt64(live), to: &out)
        Self.append(UInt64(nameLength), to: &out)
        ids[(firstLive * 4)...].withUnsafeBytes { out.append(contentsOf: $0) }
        signatures[(firstLive * Fingerprint.permutations)...].withUnsafeBytes { out.append(contentsOf: $0) }
        receivedSeconds[firstLive...].withUnsafeBytes { out.append(contentsOf: $0) }
        names.serialized(from: firstLive, into: &out)
        let checksum = out.withUnsafeBytes { IndexChecksum.checksum($0) }
        Self.append(checksum, to: &out)
        return out
    }

    /// Reads an index file's bytes, checking the checksum and every length before trusting any of it.
    /// The window and threshold are the caller's (the configuration may have changed since the file was
    /// written); a smaller window evicts at once.
    public init(
        serialized bytes: UnsafeRawBufferPointer, threshold: Double = 0.8, window: DuplicateWindow = DuplicateWindow()
    ) throws(IndexFileError) {
        self.init(threshold: threshold, window: window)
        guard bytes.count >= Self.headerSize + 8 else { throw .truncated(bytes.count) }
        let body = UnsafeRawBufferPointer(rebasing: bytes[..<(bytes.count - 8)])
        let stored = bytes.loadUnaligned(fromByteOffset: bytes.count - 8, as: UInt64.self)
        guard Array(bytes[0..<8]) == Self.magic else { throw .notAnIndex }
        guard stored == IndexChecksum.checksum(body) else { throw .checksumMismatch }
        let version = bytes.loadUnaligned(fromByteOffset: 8, as: UInt32.self)
        let mark = bytes.loadUnaligned(fromByteOffset: 12, as: UInt32.self)
        let shape = (0..<4).map { Int(bytes.loadUnaligned(fromByteOffset: 16 + $0 * 2, as: UInt16.self)) }
        guard version == Self.formatVersion, mark == Self.byteOrderMark,
            shape == [Fingerprint.permutations, LSHBanding.bands, LSHBanding.rows, Fingerprint.bitsPerValue]
        else { throw .incompatible(version: Int(version)) }
        newestSeconds = bytes.loadUnaligned(fromByteOffset: 24, as: UInt32.self)
        let live = Int(bytes.loadUnaligned(fromByteOffset: 32, as: UInt64.self))
        let nameLength = Int(bytes.loadUnaligned(fromByteOffset: 40, as: UInt64.self))
        let perArticle = 32 + Fingerprint.permutations + 4 + 1
        guard live <= Self.maximumArticles, nameLength <= body.count,
            Self.headerSize + live * perArticle + nameLength == body.count
        else { throw .truncated(bytes.count) }

        var offset = Self.headerSize
        func column<Element>(_ type: Element.Type, count: Int) -> [Element] {
            let length = count * MemoryLayout<Element>.stride
            defer { offset += length }
            return [Element](unsafeUninitializedCapacity: count) { buffer, initialized in
                UnsafeMutableRawBufferPointer(buffer).copyMemory(
                    from: UnsafeRawBufferPointer(rebasing: body[offset..<(offset + length)]))
                initialized = count
            }
        }
        ids = column(UInt64.self, count: live * 4)
        signatures = column(UInt8.self, count: live * Fingerprint.permutations)
        receivedSeconds = column(UInt32.self, count: live)
        guard let names = NameStore(lengths: column(UInt8.self, count: live), bytes: column(UInt8.self, count: nameLength))
        else { throw .truncated(bytes.count) }
        self.names = names
        evictForWindow(adding: 0)
        compactAndRebuild(reserving: 0)
    }

    private static func append<Value: FixedWidthInteger>(_ value: Value, to out: inout [UInt8]) {
        withUnsafeBytes(of: value.littleEndian) { out.append(contentsOf: $0) }
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
