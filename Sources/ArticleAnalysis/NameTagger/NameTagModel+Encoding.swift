/// The model as bytes, for shipping it in the source tree as a base64 string literal (no resource bundle,
/// no file I/O in the core): "NTG1", the feature count and the weight scale, then per feature its 32-bit
/// key, its tag mask and one Int16 per set bit, all little-endian.
extension NameTagModel {
    public enum DecodingError: Error, Equatable { case notAModel, truncated }

    /// Reads `encoded` (base64; whitespace ignored).
    public init(base64 encoded: String) throws(DecodingError) {
        let bytes = Base64.decode(encoded)
        try self.init(bytes: bytes)
    }

    public init(bytes: [UInt8]) throws(DecodingError) {
        guard bytes.count >= 12, bytes[0..<4].elementsEqual("NTG1".utf8) else { throw .notAModel }
        var reader = LittleEndianReader(bytes: bytes, position: 4)
        let count = Int(reader.uint32())
        let scale = Float(bitPattern: reader.uint32())
        self.init(scale: scale, capacity: count)
        for _ in 0..<count {
            guard reader.remaining >= 5 else { throw .truncated }
            let key = reader.uint32()
            let mask = reader.byte()
            let width = mask.nonzeroBitCount
            guard reader.remaining >= 2 * width else { throw .truncated }
            // The row read in place (no array per feature: the table has ~60,000 and is read at start-up).
            var row = SIMD8<Int16>()
            for tag in 0..<NameTag.count where mask & (1 << tag) != 0 { row[tag] = Int16(bitPattern: reader.uint16()) }
            insert(key: key, row: row, mask: mask)
        }
    }

    /// Encodes weights per feature hash (tag order, real values), keeping the `maxFeatures` features with
    /// the largest weight, dropping weights under `threshold` and features left with none.
    public static func encode(
        _ features: [(feature: UInt64, weights: [Float])], threshold: Float, maxFeatures: Int = .max
    ) -> [UInt8] {
        var features = features
        if features.count > maxFeatures {
            features = Array(features.map { ($0, $0.weights.reduce(Float(0)) { max($0, abs($1)) }) }
                .sorted { $0.1 > $1.1 }.prefix(maxFeatures).map(\.0))
        }
        let largest = features.reduce(Float(0)) { max($0, $1.weights.reduce(0) { max($0, abs($1)) }) }
        let scale = max(largest, 1e-6) / 32767
        var body: [UInt8] = []
        var count: UInt32 = 0
        var seen = Set<UInt32>()
        for (feature, weights) in features {
            var mask: UInt8 = 0
            var values: [Int16] = []
            for (tag, weight) in weights.enumerated() where abs(weight) >= threshold {
                let quantized = Int16(clamping: Int((weight / scale).rounded()))
                guard quantized != 0 else { continue }
                mask |= 1 << tag
                values.append(quantized)
            }
            guard mask != 0, seen.insert(key(feature)).inserted else { continue }
            count += 1
            appendLittleEndian(&body, key(feature))
            body.append(mask)
            for value in values { appendLittleEndian16(&body, UInt16(bitPattern: value)) }
        }
        var bytes = Array("NTG1".utf8)
        appendLittleEndian(&bytes, count)
        appendLittleEndian(&bytes, scale.bitPattern)
        return bytes + body
    }

    private static func appendLittleEndian(_ bytes: inout [UInt8], _ value: UInt32) {
        for shift in stride(from: 0, to: 32, by: 8) { bytes.append(UInt8(truncatingIfNeeded: value >> UInt32(shift))) }
    }

    private static func appendLittleEndian16(_ bytes: inout [UInt8], _ value: UInt16) {
        bytes.append(UInt8(truncatingIfNeeded: value))
        bytes.append(UInt8(truncatingIfNeeded: value >> 8))
    }
}

/// Sequential little-endian reads; callers check `remaining` first.
private struct LittleEndianReader {
    let bytes: [UInt8]
    var position: Int

    var remaining: Int { bytes.count - position }

    mutating func byte() -> UInt8 {
        defer { position += 1 }
        return bytes[position]
    }

    mutating func uint16() -> UInt16 { UInt16(byte()) | UInt16(byte()) << 8 }

    mutating func uint32() -> UInt32 { UInt32(uint16()) | UInt32(uint16()) << 16 }
}

extension NameTagModel {
    /// Base64 of encoded model bytes (for the training command's generated source).
    public static func base64(_ bytes: [UInt8]) -> String { Base64.encode(bytes) }
}
