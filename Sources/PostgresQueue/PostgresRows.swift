/// The rows a statement returned, copied out of libpq's result (which is freed before this exists), in
/// PostgreSQL's text format: `nil` is SQL NULL.
public struct PostgresRows: Sendable, Equatable {
    public let columns: [String]
    public let rows: [[String?]]
    /// The row count of an INSERT, UPDATE or DELETE (PQcmdTuples), 0 for other statements.
    public let affected: Int

    public init(columns: [String], rows: [[String?]], affected: Int) {
        self.columns = columns
        self.rows = rows
        self.affected = affected
    }

    public var count: Int { rows.count }
    public var isEmpty: Bool { rows.isEmpty }

    /// The first column of the first row: for `SELECT count(*)`-style statements.
    public var scalar: String? { rows.first?.first ?? nil }

    /// nil for SQL NULL, and for a row or column that is not there.
    public func text(_ row: Int, _ column: String) -> String? {
        guard rows.indices.contains(row), let index = columns.firstIndex(of: column) else { return nil }
        return rows[row][index]
    }

    public func int(_ row: Int, _ column: String) -> Int? { text(row, column).flatMap { Int($0) } }

    /// A `bytea` column, which the text format spells `\x` + hex.
    public func bytes(_ row: Int, _ column: String) -> [UInt8]? {
        guard let text = text(row, column) else { return nil }
        return Self.decodeHex(text)
    }

    static func decodeHex(_ text: String) -> [UInt8]? {
        let digits = Array(text.utf8)
        guard digits.count >= 2, digits[0] == UInt8(ascii: "\\"), digits[1] == UInt8(ascii: "x"), digits.count % 2 == 0 else {
            return nil
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(digits.count / 2 - 1)
        var index = 2
        while index < digits.count {
            guard let high = nibble(digits[index]), let low = nibble(digits[index + 1]) else { return nil }
            bytes.append(high << 4 | low)
            index += 2
        }
        return bytes
    }

    private static func nibble(_ digit: UInt8) -> UInt8? {
        switch digit {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): digit - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): digit - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): digit - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
