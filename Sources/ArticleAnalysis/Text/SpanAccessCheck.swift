import Foundation

/// The reviewed pointer code of `Text/` that the rest of the core reads bytes through (`ByteSpanAccess`,
/// `FixedWidthBytes`, `IndexChecksum`, `PositionTable(restoring:)`) driven by arbitrary bytes at arbitrary
/// offsets, for the fuzz target (Fuzz/, `scripts/fuzz.sh`); each answer is compared with a plain loop over
/// the same bytes. Then the span readers built on them: the HTML condenser and start-tag reader, the JSON
/// reader, and the index-file loader over a valid file with the input spliced in (its checksum made to
/// match, so the loader's length and slot checks are what is tested). A wrong answer stops with
/// `precondition`; an out-of-bounds read stops the address sanitizer.
public enum SpanAccessCheck {
    public static func check(bytes: [UInt8]) {
        let span = bytes.span
        // The bytes `skippingBytes` steps over: those whose low four bits differ from the first byte's.
        let low = (bytes.first ?? 0) & 0x0F
        let table = (0..<256).map { UInt8($0) & 0x0F != low }
        for (start, end) in offsetPairs(bytes) {
            checkScans(span, from: start, to: end, stepping: table.span)
        }
        checkIntegers(bytes)
        checkCopies(bytes)
        checkCondenser(bytes)
        checkJSON(span)
        checkIndexFile(bytes)
    }

    /// Every pair of offsets for a short input; for a long one, starts at the ends, the middle and offsets
    /// read from the input's first bytes (so the fuzzer steers them), each with ends a few bytes to a few
    /// hundred on (the plain loops it is compared with stay short, so a 64 KiB input is as quick as a small one).
    private static func offsetPairs(_ bytes: [UInt8]) -> [(Int, Int)] {
        let count = bytes.count
        if count <= 40 {
            return (0...count).flatMap { start in (start...count).map { (start, $0) } }
        }
        var starts = [0, 1, 7, 8, 9, count / 2, count - 9, count - 8, count - 7, count - 1, count]
        for index in stride(from: 0, to: min(count, 16), by: 2) {
            starts.append((Int(bytes[index]) << 8 | Int(bytes[index + 1])) % (count + 1))
        }
        return starts.flatMap { start in [0, 1, 7, 8, 9, 17, 64, 300].map { (start, min(count, start + $0)) } }
    }

    /// `firstOffset`, `skippingWords`, `skippingBytes` and `word64` from `start`, against byte loops.
    private static func checkScans(_ span: Span<UInt8>, from start: Int, to end: Int, stepping table: Span<Bool>) {
        let wanted: UInt8 = start < span.count ? span[start] ^ UInt8(truncatingIfNeeded: end) : 0x3C
        var expected = start
        while expected < end, span[expected] != wanted { expected += 1 }
        precondition(span.firstOffset(of: wanted, from: start, to: end) == expected, "firstOffset finds another byte")

        // The word and table scans run to the span's end: a prefix ending a little past `end` keeps the plain
        // loops short and puts the span's last, partial word at many places.
        let span = span.extracting(..<min(span.count, end + 16))
        let skipped = span.skippingWords(from: start) { !ByteWord.contains(wanted, in: $0) }
        precondition(skipped >= start && (skipped - start) % 8 == 0 && skipped <= span.count, "skippingWords leaves the words")
        for index in start..<skipped { precondition(span[index] != wanted, "skippingWords stepped over the byte") }
        if skipped + 8 <= span.count {
            precondition(ByteWord.contains(wanted, in: span.word64(at: skipped)), "skippingWords stopped at a passing word")
        }

        var plain = start
        while plain < span.count, table[Int(span[plain])] { plain += 1 }
        precondition(span.skippingBytes(from: start, in: table) == plain, "skippingBytes stops elsewhere")

        if start + 8 <= span.count {
            var word: UInt64 = 0
            for offset in (0..<8).reversed() { word = word << 8 | UInt64(span[start + offset]) }
            precondition(span.word64(at: start) == word, "word64 reads other bytes")
            precondition(span.loadInteger(at: start, as: UInt64.self) == word, "loadInteger reads other bytes")
        }
    }

    /// Integers written and read back at every alignment.
    private static func checkIntegers(_ bytes: [UInt8]) {
        var out: [UInt8] = []
        for start in 0..<min(bytes.count, 8) { out.append(bytes[start]) }
        let value32 = UInt32(truncatingIfNeeded: bytes.count &* 0x9E37_79B1)
        let value16 = UInt16(truncatingIfNeeded: bytes.first.map(Int.init) ?? 7)
        let at32 = out.count
        out.append(littleEndian: value32)
        let at16 = out.count
        out.append(littleEndian: value16)
        precondition(out.span.loadInteger(at: at32, as: UInt32.self) == value32, "a UInt32 reads back as another")
        precondition(out.span.loadInteger(at: at16, as: UInt16.self) == value16, "a UInt16 reads back as another")
        precondition(out.span.loadInteger(at: out.count - 2, as: UInt16.self) == value16, "the last two bytes read back as another")
    }

    /// Columns copied from bytes at every offset and written back, Strings and arrays made from spans, and
    /// the checksum of equal bytes at different addresses.
    private static func checkCopies(_ bytes: [UInt8]) {
        let span = bytes.span
        for start in 0..<min(bytes.count, 4) {
            let whole = (bytes.count - start) / 4 * 4
            let column = [UInt32](copyingMemoryOf: span.extracting(start..<(start + whole)), reservingCapacity: bytes.count)
            precondition(column.count == whole / 4, "a column of another length")
            var written: [UInt8] = []
            written.append(memoryOf: column)
            precondition(written[...] == bytes[start..<(start + whole)], "a column writes back other bytes")
            precondition(IndexChecksum.checksum(written.span) == IndexChecksum.checksum(span.extracting(start..<(start + whole))),
                         "equal bytes have different checksums")
            if whole >= 32, let table = PositionTable(restoring: span.extracting(start..<(start + whole)), positions: 1 << 24) {
                var slots: [UInt8] = []
                table.serialized(into: &slots)
                precondition(slots == written, "a restored table writes back other slots")
            }
        }
        let middle = bytes.count / 3..<(bytes.count - bytes.count / 3)
        precondition(String(utf8Bytes: span.extracting(middle)) == String(decoding: bytes[middle], as: UTF8.self), "a String of other bytes")
        var appended: [UInt8] = [1]
        appended.append(bytes: span.extracting(middle))
        precondition(appended.dropFirst().elementsEqual(bytes[middle]), "appended other bytes")
        let copied = String(utf8Capacity: middle.count) { $0.append(copying: span.extracting(middle)) }
        precondition(copied == String(decoding: bytes[middle], as: UTF8.self), "an OutputSpan copy of other bytes")
    }

    /// The condenser never grows a page and leaves a page without `<` as it is; the start-tag reader's
    /// offsets stay in the page and in order.
    private static func checkCondenser(_ bytes: [UInt8]) {
        let span = bytes.span
        let condensed = MarkupCondenser.condense(span)
        precondition(condensed.count <= bytes.count, "the condenser grew the page")
        if !bytes.contains(0x3C) { precondition(condensed == bytes, "the condenser changed a page without markup") }
        var start = span.firstOffset(of: 0x3C, from: 0, to: span.count) + 1
        while start < span.count {
            if let nameEnd = StartTag.nameEnd(span, from: start) {
                var previous = nameEnd
                let tag = StartTag.readAttributes(span, from: nameEnd) { attribute, attributeNameEnd, end in
                    precondition(previous <= attribute && attribute < attributeNameEnd && attributeNameEnd <= end && end <= span.count,
                                 "an attribute outside its tag")
                    previous = end
                }
                if let tag { precondition(tag.end > previous && tag.end <= span.count, "a tag ends outside the page") }
            }
            start = span.firstOffset(of: 0x3C, from: start, to: span.count) + 1
        }
    }

    /// The JSON reader over the bytes as they are: a value or a failure, and a walk of members with each
    /// kind of value call, its cursor never past the end.
    private static func checkJSON(_ span: Span<UInt8>) {
        _ = try? JSONReader.value(of: span)
        var reader = JSONReader()
        var steps = 0
        _ = reader.members(in: span) { reader, key in
            steps += 1
            switch (key.utf8.count + steps) % 5 {
            case 0: _ = reader.stringValue(in: span)
            case 1: _ = reader.integerValue(in: span)
            case 2: if let range = reader.rawValue(in: span) { precondition(range.upperBound <= span.count, "a raw value past the end") }
            case 3: _ = try? reader.value(in: span)
            default: return reader.skipValue(in: span)
            }
            return reader.index <= span.count
        }
    }

    /// A small valid index file, into which each input is spliced.
    private static let indexFile: [UInt8] = {
        var index = NearDuplicateIndex(window: DuplicateWindow(count: 4))
        let texts = [
            "The harbour board approved the new quay after a long night of talks with the fishing fleet.",
            "Vaccination rates rose in the spring, the health ministry said on Tuesday in its weekly report.",
            "Short note.",
            "The harbour board approved the new quay after a long night of talks with the fishing crews.",
            "Élan vital — «naïve» café",
        ]
        for (number, text) in texts.enumerated() {
            _ = index.checkAndInsert(
                id: SHA256.hexDigest(of: Array(text.utf8)), file: "file-\(number).txt", fingerprint: Fingerprint(text: text),
                receivedAt: Date(timeIntervalSince1970: 1_795_000_000 + Double(number)))
        }
        return index.serialized()
    }()

    /// The input over the index file at an offset it picks, the checksum recomputed: the loader either
    /// refuses it or loads an index that writes a file it loads again.
    private static func checkIndexFile(_ bytes: [UInt8]) {
        _ = try? NearDuplicateIndex(serialized: bytes.span)
        guard bytes.count >= 2 else { return }
        var file = indexFile
        let body = file.count - 8
        let offset = (Int(bytes[0]) << 8 | Int(bytes[1])) % body
        let patch = bytes.dropFirst(2).prefix(body - offset)
        file.replaceSubrange(offset..<(offset + patch.count), with: patch)
        file.removeLast(8)
        file.append(littleEndian: IndexChecksum.checksum(file.span))
        guard let loaded = try? NearDuplicateIndex(serialized: file.span) else { return }
        let again = loaded.serialized()
        precondition((try? NearDuplicateIndex(serialized: again.span)) != nil, "a loaded index writes a file it cannot load")
    }
}
