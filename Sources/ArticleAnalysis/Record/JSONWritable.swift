/// A value that writes its own JSON into a `JSONWriter`: how a typed record section reaches the line
/// without a `JSONValue` tree in between.
public protocol JSONWritable {
    func write(to json: inout JSONWriter)
}

extension JSONValue: JSONWritable {
    public func write(to json: inout JSONWriter) { json.value(self) }
}

extension String: JSONWritable {
    public func write(to json: inout JSONWriter) { json.string(self) }
}

extension Int: JSONWritable {
    public func write(to json: inout JSONWriter) { json.int(self) }
}

extension Double: JSONWritable {
    public func write(to json: inout JSONWriter) { json.double(self) }
}

extension Bool: JSONWritable {
    public func write(to json: inout JSONWriter) { json.bool(self) }
}

extension Optional: JSONWritable where Wrapped: JSONWritable {
    public func write(to json: inout JSONWriter) {
        if let value = self { value.write(to: &json) } else { json.null() }
    }
}

extension Array: JSONWritable where Element: JSONWritable {
    public func write(to json: inout JSONWriter) {
        json.beginArray()
        for index in indices { self[index].write(to: &json) }
        json.endArray()
    }
}

extension JSONWritable {
    /// The value written out, without a newline: compact for a log, indented for people. `capacity` is a
    /// guess at the size, so a long article's line is not grown a piece at a time.
    public func written(pretty: Bool = false, capacity: Int) -> [UInt8] {
        var json = JSONWriter(pretty: pretty, capacity: capacity)
        write(to: &json)
        return json.bytes
    }
}
