internal import CLibXML2

/// One iterative depth-first pass over the libxml2 tree (no recursion, so nesting depth cannot overflow the
/// stack) that builds the `PageOutline`. Subtrees deeper than `maximumDepth` are not entered: no article
/// nests its text that deep, and it keeps hostile pages (100 000 nested elements) linear and bounded.
struct HTMLWalker {
    static let maximumDepth = 400
    /// Metadata texts gathered from skipped subtrees (a byline, JSON-LD) are capped at this many bytes.
    static let maximumSignalBytes = 200_000

    private var outline = PageOutline()
    private var stack: [(node: xmlNodePtr, element: Int, block: Bool, link: Bool)] = []
    private var blockOwners: [Int] = []
    private var buffer: [UInt8] = []
    private var linkBytes = 0
    private var commas = 0
    private var linkDepth = 0
    private var headDepth = 0
    private var classInfos: [UInt64: ElementRules.ClassInfo] = [:]

    static func outline(of tree: HTMLTree) -> PageOutline {
        var walker = HTMLWalker()
        walker.walk(from: tree.root)
        return walker.outline
    }

    private mutating func walk(from root: xmlNodePtr?) {
        guard let root else { return }
        var node: xmlNodePtr? = root
        var depth = 0
        while let current = node {
            if enter(current), depth < Self.maximumDepth, let child = current.pointee.children {
                node = child
                depth += 1
                continue
            }
            leave(current)
            var climbing = current
            node = nil
            while climbing != root {
                if let next = climbing.pointee.next { node = next; break }
                guard let parent = climbing.pointee.parent, depth > 0 else { break }
                depth -= 1
                climbing = parent
                leave(climbing)
            }
        }
        flush()
    }

    /// Returns whether to visit the node's children.
    private mutating func enter(_ node: xmlNodePtr) -> Bool {
        if node.isText {
            guard headDepth == 0, let bytes = node.textBytes else { return false }
            append(bytes)
            return false
        }
        guard node.isElement else { return false }
        let tag = node.tagName
        if headDepth > 0 || tag == "head" {
            readHead(node, tag: tag)
            if tag == "head" { push(node, tag: tag, block: false, classWeight: 0, furniture: false); headDepth += 1; return true }
            return false
        }
        let info = ElementRules.classInfo(of: node, cache: &classInfos)
        readBodySignals(node, tag: tag, byline: info.byline)
        // The page's outer containers are never furniture, whatever their classes say ("one-sidebar").
        let outer = tag == "body" || tag == "html" || tag == "main" || tag == "article"
        let weight = info.weight < 0 && outer ? 0 : info.weight
        guard ElementRules.action(for: node, tag: tag) == .visit else { return false }
        let isBlock = ElementRules.blockTags.contains(tag)
        if isBlock { flush() }
        push(node, tag: tag, block: isBlock, classWeight: weight, furniture: info.furniture && !outer)
        if tag == "a" { linkDepth += 1; stack[stack.count - 1].link = true }
        return true
    }

    private mutating func push(_ node: xmlNodePtr, tag: String, block: Bool, classWeight: Int, furniture: Bool) {
        let parent = stack.last?.element ?? -1
        outline.elements.append(.init(parent: parent, tag: tag, classWeight: classWeight, furniture: furniture))
        let index = outline.elements.count - 1
        stack.append((node, index, block, false))
        if block { blockOwners.append(index) }
    }

    private mutating func leave(_ node: xmlNodePtr) {
        guard let top = stack.last, top.node == node else { return }
        stack.removeLast()
        if top.link { linkDepth -= 1 }
        if outline.elements[top.element].tag == "head" { headDepth -= 1 }
        if top.block {
            flush()
            blockOwners.removeLast()
        }
    }

    private mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        var added = 0
        for byte in bytes {
            let isSpace = byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C
            if isSpace {
                if let last = buffer.last, last != 0x20 { buffer.append(0x20); added += 1 }
            } else {
                buffer.append(byte)
                added += 1
                if byte == UInt8(ascii: ",") { commas += 1 }
            }
        }
        if linkDepth > 0 { linkBytes += added }
    }

    /// Ends the current text block and gives it to the innermost open block element.
    private mutating func flush() {
        while buffer.last == 0x20 { buffer.removeLast() }
        defer { buffer.removeAll(keepingCapacity: true); linkBytes = 0; commas = 0 }
        guard !buffer.isEmpty, let owner = blockOwners.last else { return }
        let tag = outline.elements[owner].tag
        let heading = tag.count == 2 && tag.first == "h" && tag.last.map { $0 >= "1" && $0 <= "6" } == true
        outline.blocks.append(.init(
            owner: owner, text: String(decoding: buffer, as: UTF8.self), textBytes: buffer.count,
            linkBytes: min(linkBytes, buffer.count), commas: commas, heading: heading))
    }

    // MARK: Metadata signals

    private mutating func readHead(_ node: xmlNodePtr, tag: String) {
        switch tag {
        case "title" where outline.signals.documentTitle == nil:
            outline.signals.documentTitle = Self.innerText(node, limit: 2_000)
        case "meta":
            guard let content = node.attribute("content") else { return }
            for key in [node.attribute("property"), node.attribute("name"), node.attribute("itemprop")] {
                if let key, !key.isEmpty, outline.signals.meta[key.lowercased()] == nil {
                    outline.signals.meta[key.lowercased()] = content
                }
            }
        case "link":
            if node.attribute("rel")?.lowercased() == "canonical", let href = node.attribute("href") {
                outline.signals.canonical = href
            }
        case "script":
            readJSONLD(node)
        default: break
        }
    }

    private mutating func readBodySignals(_ node: xmlNodePtr, tag: String, byline: Bool) {
        switch tag {
        case "script": readJSONLD(node)
        case "meta" where node.attribute("itemprop") != nil: readHead(node, tag: tag)
        case "h1" where outline.signals.firstH1 == nil: outline.signals.firstH1 = Self.innerText(node, limit: 2_000)
        case "time" where outline.signals.firstTime == nil:
            outline.signals.firstTime = node.attribute("datetime")
        case "a" where outline.signals.relAuthor == nil && node.attribute("rel") == "author":
            outline.signals.relAuthor = Self.innerText(node, limit: 300)
        default:
            if byline, outline.signals.bylineText == nil {
                outline.signals.bylineText = Self.innerText(node, limit: 300)
            }
        }
    }

    private mutating func readJSONLD(_ node: xmlNodePtr) {
        guard node.attribute("type")?.lowercased() == "application/ld+json",
            outline.signals.jsonLD.reduce(0, { $0 + $1.utf8.count }) < Self.maximumSignalBytes,
            let text = Self.innerText(node, limit: Self.maximumSignalBytes)
        else { return }
        outline.signals.jsonLD.append(text)
    }

    /// The text under a node, whitespace-collapsed, at most `limit` bytes; nil when empty.
    static func innerText(_ node: xmlNodePtr, limit: Int) -> String? {
        var bytes: [UInt8] = []
        var current = node.pointee.children
        var depth = 0
        while let visiting = current, bytes.count < limit {
            if visiting.isText, let text = visiting.textBytes {
                for byte in text.prefix(limit - bytes.count) {
                    let isSpace = byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
                    if !isSpace { bytes.append(byte) } else if let last = bytes.last, last != 0x20 { bytes.append(0x20) }
                }
            }
            if visiting.isElement, depth < 64, let child = visiting.pointee.children {
                current = child
                depth += 1
                continue
            }
            var climbing = visiting
            current = nil
            while true {
                if let next = climbing.pointee.next { current = next; break }
                guard depth > 0, let parent = climbing.pointee.parent else { break }
                depth -= 1
                climbing = parent
            }
        }
        while bytes.last == 0x20 { bytes.removeLast() }
        return bytes.isEmpty ? nil : String(decoding: bytes, as: UTF8.self)
    }
}
