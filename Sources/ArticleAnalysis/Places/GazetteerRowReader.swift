/// Reads the tab-separated fields of one generated gazetteer row in place: ranges, integers and decimals
/// straight from the bytes (`StaticTableBytes` does the byte work), no array or String per row (the table has
/// ~160,000 rows and is read at start-up).
struct GazetteerRowReader {
    let bytes: StaticTableBytes
    private(set) var position: Int
    let end: Int

    init(_ bytes: StaticTableBytes, line: Range<Int>) {
        self.bytes = bytes
        position = line.lowerBound
        end = line.upperBound
    }

    /// The next field's byte range (empty at the end of the row).
    mutating func field() -> Range<Int> {
        let (range, next) = bytes.field(from: position, end: end)
        position = next
        return range
    }

    mutating func skip() { _ = field() }

    mutating func integer() -> UInt32 { bytes.integer(field()) }

    /// An optional number: nil for an empty field.
    mutating func optionalInteger() -> UInt32? {
        let range = field()
        return range.isEmpty ? nil : bytes.integer(range)
    }

    /// A decimal as the generator writes it ("-97.5164").
    mutating func decimal() -> Double { bytes.decimal(field()) }

    /// Space-separated 64-bit hexadecimal numbers (a name's word hashes, computed when the table was generated),
    /// appended to `values`.
    mutating func hexadecimals(into values: inout [UInt64]) { bytes.hexadecimals(field(), into: &values) }

    mutating func text() -> String { string(field()) }

    func string(_ range: Range<Int>) -> String { bytes.string(range) }
}
