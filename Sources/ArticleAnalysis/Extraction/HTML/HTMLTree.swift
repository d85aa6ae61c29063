internal import CLibXML2

/// A page parsed by libxml2's HTML parser (error-recovering, like a browser). Owns the tree and frees it.
/// The parser is told never to touch the network and not to keep blank nodes; input is capped before it gets
/// here, and the HTML parser knows only HTML's predefined entities, so there is no entity expansion to abuse.
final class HTMLTree {
    let document: htmlDocPtr

    /// Pages larger than this are cut: no article needs more, and parsing stays bounded (8 MiB).
    static let maximumBytes = 8 << 20

    init?(_ html: String) {
        var html = html
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
            | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_COMPACT.rawValue)
        let stripped = html.withUTF8 { bytes in
            RawTextStripper.strip(UnsafeBufferPointer(rebasing: bytes.prefix(Self.maximumBytes)))
        }
        let parsed = stripped.withUnsafeBufferPointer { bytes -> htmlDocPtr? in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                htmlReadMemory(chars.baseAddress, Int32(chars.count), nil, "UTF-8", options)
            }
        }
        guard let parsed else { return nil }
        document = parsed
    }

    deinit { xmlFreeDoc(document) }

    var root: xmlNodePtr? { xmlDocGetRootElement(document) }
}

/// Read-only helpers over libxml2 nodes.
extension UnsafeMutablePointer where Pointee == xmlNode {
    var isElement: Bool { pointee.type == XML_ELEMENT_NODE }
    var isText: Bool { pointee.type == XML_TEXT_NODE || pointee.type == XML_CDATA_SECTION_NODE }

    /// The element's name, lower-cased by the HTML parser.
    var tagName: String { pointee.name.map { String(cString: $0) } ?? "" }

    /// Compares the element name with an ASCII lower-case name without building a String.
    func hasName(_ name: StaticString) -> Bool {
        xmlStrEqual(pointee.name, name.utf8Start) != 0
    }

    /// An attribute's value, read from the attribute list without allocating in libxml2.
    func attribute(_ name: StaticString) -> String? {
        var attribute = pointee.properties
        while let current = attribute {
            if xmlStrEqual(current.pointee.name, name.utf8Start) != 0 {
                guard let text = current.pointee.children, let content = text.pointee.content else { return "" }
                return String(cString: content)
            }
            attribute = current.pointee.next
        }
        return nil
    }

    /// An attribute's raw UTF-8 value (libxml2's own storage, valid while the tree lives), or nil.
    func attributeBytes(_ name: StaticString) -> UnsafeBufferPointer<UInt8>? {
        var attribute = pointee.properties
        while let current = attribute {
            if xmlStrEqual(current.pointee.name, name.utf8Start) != 0 {
                guard let text = current.pointee.children, let content = text.pointee.content else { return nil }
                return UnsafeBufferPointer(start: content, count: Int(xmlStrlen(content)))
            }
            attribute = current.pointee.next
        }
        return nil
    }

    /// Text content of a text node, as raw UTF-8 bytes.
    var textBytes: UnsafeBufferPointer<UInt8>? {
        guard let content = pointee.content else { return nil }
        return UnsafeBufferPointer(start: content, count: Int(xmlStrlen(content)))
    }
}
