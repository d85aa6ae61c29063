import Logging

/// One journal entry under construction: `FIELD=value` byte strings in the order journald receives them.
struct JournalEntry {
    private(set) var fields: [[UInt8]] = []

    /// Appends a field whose name is already valid. Values may hold any bytes, newlines included
    /// (`sd_journal_sendv` switches to the binary-safe encoding for them).
    mutating func append(_ name: String, _ value: String) {
        var field = Array(name.utf8)
        field.append(UInt8(ascii: "="))
        field.append(contentsOf: value.utf8)
        fields.append(field)
    }

    /// Appends a metadata value under its journal name. Nested dictionaries become `PARENT_CHILD` fields;
    /// arrays and other values are written as swift-log prints them. `message.id` may hold an event name
    /// (`ready`) or a 128-bit id; anything else would make journalctl ignore the field, so it is kept as
    /// `META_MESSAGE_ID` instead.
    mutating func appendMetadata(key: String, value: Logger.Metadata.Value) {
        guard let name = JournalFieldName.from(metadataKey: key) else { return }
        switch value {
        case .dictionary(let dictionary):
            for (childKey, childValue) in dictionary.sorted(by: { $0.key < $1.key }) {
                appendMetadata(key: name + "." + childKey, value: childValue)
            }
        case .string(let text) where name == "MESSAGE_ID":
            if let id = JournalMessageID(metadataValue: text) {
                append(name, id.rawValue)
            } else {
                append("META_MESSAGE_ID", text)
            }
        default:
            append(name, value.description)
        }
    }
}
