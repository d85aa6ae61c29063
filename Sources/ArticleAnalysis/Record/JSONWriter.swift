/// Writes JSON text straight into bytes, member by member, in the order the caller writes them: the one
/// encoder of the results and failures logs. Typed values write themselves (`JSONWritable`), so a record
/// line is made without building a `JSONValue` tree first. `pretty` gives the indented form of
/// `articlewatch analyze --pretty`, the same text `JSONValue.prettySerialized()` gives. Writes into a
/// `ByteSink` (one owner, so the writer is not copyable either).
public struct JSONWriter: ~Copyable {
    private var sink: ByteSink
    public let pretty: Bool
    /// How many containers are open.
    private var depth = 0
    /// Whether the next element is the first of the innermost open container (no comma before it).
    private var atFirstElement = true
    /// Whether a key was just written, so the next value is that member's (not an element of its own).
    private var afterKey = false

    public init(pretty: Bool = false, capacity: Int = 0) {
        self.pretty = pretty
        sink = ByteSink(capacity: max(capacity, 256))
    }

    /// The JSON written so far.
    public var bytes: [UInt8] { sink.bytes }

    public mutating func beginObject() { open(UInt8(ascii: "{")) }
    public mutating func endObject() { close(UInt8(ascii: "}")) }
    public mutating func beginArray() { open(UInt8(ascii: "[")) }
    public mutating func endArray() { close(UInt8(ascii: "]")) }

    /// Starts an object member: its key, then the caller writes one value.
    public mutating func key(_ name: String) {
        startElement()
        JSONValue.writeString(name, into: &sink)
        sink.append(UInt8(ascii: ":"))
        if pretty { sink.append(UInt8(ascii: " ")) }
        afterKey = true
    }

    /// Starts an object member whose key is a literal of the code (a record line has ~600): the literal's
    /// bytes are copied as they are, with no scan for bytes to escape (a key is a plain ASCII name), which
    /// cost ~150 instructions a key through `writeString`.
    public mutating func key(_ name: StaticString) {
        assert(name.hasPointerRepresentation && JSONValue.isPlainKey(name), "a literal key needs no escape")
        startElement()
        sink.append(UInt8(ascii: "\""))
        sink.append(name)
        sink.append(UInt8(ascii: "\""))
        sink.append(UInt8(ascii: ":"))
        if pretty { sink.append(UInt8(ascii: " ")) }
        afterKey = true
    }

    /// A member whose value writes itself; the key is a literal (`key(_: StaticString)`). A key made at
    /// run time goes through `key(_: String)` and then the value.
    public mutating func member(_ name: StaticString, _ value: some JSONWritable) {
        key(name)
        value.write(to: &self)
    }

    public mutating func null() { scalar(); sink.append("null") }
    public mutating func bool(_ value: Bool) { scalar(); sink.append(value ? "true" : "false") }
    public mutating func int(_ value: Int) { scalar(); sink.appendDecimal(Int64(value)) }
    /// JSON has no NaN or infinity: those become null. Whole numbers print without a fraction.
    public mutating func double(_ value: Double) { scalar(); JSONValue.writeNumber(value, into: &sink) }
    public mutating func string(_ value: String) { scalar(); JSONValue.writeString(value, into: &sink) }

    /// A value already in tree form (configuration, a section read back from a line).
    public mutating func value(_ value: JSONValue) {
        scalar()
        value.write(into: &sink, pretty: pretty, depth: depth)
    }

    /// Bytes that are already one JSON value (a section copied from another line), written as they are.
    public mutating func raw(_ encoded: [UInt8]) {
        scalar()
        sink.append(encoded.span)
    }

    /// Members that are already JSON text (`"key":value,…`, copied from another line), written as they are.
    public mutating func rawMembers(_ encoded: [UInt8]) {
        startElement()
        sink.append(encoded.span)
    }

    private mutating func open(_ bracket: UInt8) {
        scalar()
        sink.append(bracket)
        depth += 1
        atFirstElement = true
    }

    private mutating func close(_ bracket: UInt8) {
        depth -= 1
        if pretty, !atFirstElement { newline() }
        sink.append(bracket)
        atFirstElement = false
    }

    /// Before a value: inside an array it is an element (comma, indent); after a key it is not.
    @inline(__always)
    private mutating func scalar() {
        if afterKey {
            afterKey = false
        } else if depth > 0 {
            startElement()
        }
    }

    @inline(__always)
    private mutating func startElement() {
        if !atFirstElement { sink.append(UInt8(ascii: ",")) }
        atFirstElement = false
        if pretty { newline() }
    }

    private mutating func newline() { JSONValue.newline(into: &sink, depth: depth) }
}
