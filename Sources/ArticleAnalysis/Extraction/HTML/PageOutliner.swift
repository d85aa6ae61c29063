/// Builds the `PageOutline` from libxml2's parse events (`HTMLEventParser`) in one pass: elements with their
/// class weights, text blocks owned by the innermost block element, and the metadata signals on the way.
/// Skipped subtrees (scripts, navigation, hidden elements) and the head give no text. Only the outer
/// `maximumDepth` levels become outline elements: deeper elements pass their text to the block around them,
/// so a hostile page (100,000 nested elements) costs linear time and the content scorer's walks up the
/// outline stay short, and the text is still there.
struct PageOutliner {
    static let maximumDepth = 400
    /// Metadata texts gathered from skipped subtrees (a byline, JSON-LD) are capped at this many bytes.
    static let maximumSignalBytes = 200_000

    /// The outline of a UTF-8 page, parsed after `MarkupCondenser` has left out what no stage reads (or
    /// as it is, with `condensed: false`, to check that condensing changes nothing).
    static func outline(ofPage html: String, condensed: Bool = true) -> PageOutline? {
        let bytes = html.utf8.span
        let page = bytes.extracting(..<min(bytes.count, HTMLEventParser.maximumBytes))
        var outliner = PageOutliner()
        let parsed = condensed
            ? HTMLEventParser.parse(MarkupCondenser.condense(page).span, into: &outliner)
            : HTMLEventParser.parse(page, into: &outliner)
        return parsed ? outliner.outline : nil
    }

    private(set) var outline = PageOutline()

    /// One per element libxml2 has open, so its end events pair with ours.
    private enum Frame {
        case element(index: Int, block: Bool, link: Bool, head: Bool)
        /// Inside the head or a skipped subtree: no text, no outline element.
        case muted
        /// Deeper than `maximumDepth`: its text goes to the block around it.
        case transparent
    }

    private var frames: [Frame] = []
    private var mutedFrames = 0
    /// The frame depth of a skipped `<header>` being read for its byline and date (nil outside one).
    private var mutedHeaderDepth: Int?
    private var headFrames = 0
    private var recordedDepth = 0
    private var blockOwners: [Int] = []
    private var buffer: [UInt8] = []
    private var linkBytes = 0
    private var commas = 0
    private var linkDepth = 0
    private var classInfos = KeyedTable<UInt64, ElementRules.ClassInfo>(capacity: 256)
    /// Tag traits by libxml2's name pointer: the parser interns names, so a page's few dozen distinct tags
    /// are looked up by address instead of building a String per element.
    private var tags = KeyedTable<UInt64, ElementRules.TagTraits>(capacity: 64)
    private var captures: [TextCapture] = []

    // MARK: Events

    /// An element starts; `depth` is libxml2's count of open elements, this one included.
    mutating func start(_ name: HTMLElementName, _ attributes: HTMLAttributes, depth: Int) {
        while frames.count >= depth, !frames.isEmpty { close() }
        let tag = traits(of: name)
        if tag.block, !captures.isEmpty { for index in captures.indices { captures[index].breakWord() } }
        if mutedFrames > 0 {
            if headFrames > 0 {
                readHead(tag, attributes)
            } else if mutedHeaderDepth != nil, !attributes.isEmpty {
                readBodySignals(tag, attributes, ElementRules.classInfo(of: attributes, cache: &classInfos))
            } else {
                // Outside an article's <header>, skipped furniture (menus, footers) is only read for the tags
                // themselves (h1, time, rel=author, JSON-LD): class words there would cost a look-up per element.
                readBodySignals(tag, attributes, ElementRules.ClassInfo(), microdata: false)
            }
            openMuted()
            return
        }
        if tag.kind == .head {
            push(tag, block: false, classWeight: 0, furniture: false, head: true)
            mutedFrames += 1
            headFrames += 1
            return
        }
        let info = attributes.isEmpty ? ElementRules.ClassInfo() : ElementRules.classInfo(of: attributes, cache: &classInfos)
        readBodySignals(tag, attributes, info)
        guard ElementRules.action(for: tag, attributes: attributes) == .visit else {
            openMuted()
            if tag.name == "header", mutedHeaderDepth == nil { mutedHeaderDepth = frames.count }
            return
        }
        guard recordedDepth < Self.maximumDepth else { return frames.append(.transparent) }
        if tag.block { flush() }
        let weight = info.weight < 0 && tag.outer ? 0 : info.weight
        push(tag, block: tag.block, classWeight: weight, furniture: info.furniture && !tag.outer, head: false)
        outline.elements[outline.elements.count - 1].classHash = info.classHash
    }

    /// An element ends; `depth` counts it as still open. Elements libxml2 closed silently close here first.
    mutating func end(depth: Int) {
        while frames.count > depth { close() }
        if frames.count == depth, depth > 0 { close() }
    }

    mutating func text(_ bytes: Span<UInt8>) {
        for index in captures.indices { captures[index].append(bytes) }
        guard mutedFrames == 0 else { return }
        append(bytes)
    }

    /// The document ended: close what is still open and hand over the last block.
    mutating func finish() {
        while !frames.isEmpty { close() }
        flush()
    }

    // MARK: Frames

    private mutating func traits(of name: HTMLElementName) -> ElementRules.TagTraits {
        let key = name.identity
        if let known = tags[key] { return known }
        let traits = ElementRules.traits(of: name.string)
        tags.update(key, orInsert: { traits }, { _ in })
        return traits
    }

    private mutating func openMuted() {
        frames.append(.muted)
        mutedFrames += 1
    }

    private mutating func push(_ tag: ElementRules.TagTraits, block: Bool, classWeight: Int, furniture: Bool, head: Bool) {
        outline.elements.append(.init(parent: elementStack.last ?? -1, tag: tag.name, classWeight: classWeight, furniture: furniture))
        let index = outline.elements.count - 1
        let link = tag.kind == .anchor
        frames.append(.element(index: index, block: block, link: link, head: head))
        elementStack.append(index)
        recordedDepth += 1
        if block { blockOwners.append(index) }
        if link { linkDepth += 1 }
    }

    /// Open outline elements, innermost last (the parents of new elements).
    private var elementStack: [Int] = []

    private mutating func close() {
        let frame = frames.removeLast()
        if let depth = mutedHeaderDepth, frames.count < depth { mutedHeaderDepth = nil }
        if !captures.isEmpty { finishCaptures(openedAt: frames.count + 1) }
        switch frame {
        case .muted: mutedFrames -= 1
        case .transparent: break
        case let .element(_, block, link, head):
            elementStack.removeLast()
            recordedDepth -= 1
            if link { linkDepth -= 1 }
            if head { mutedFrames -= 1; headFrames -= 1 }
            if block {
                flush()
                blockOwners.removeLast()
            }
        }
    }

    // MARK: Text blocks

    private mutating func append(_ bytes: Span<UInt8>) {
        var added = 0
        bytes.forEachByte { byte in
            let isSpace = byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C
            if isSpace {
                if let last = buffer.last, last != 0x20 { buffer.append(0x20); added += 1 }
            } else {
                buffer.append(byte)
                added += 1
                if byte == UInt8(ascii: ",") { commas += 1 }
            }
            return true
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

    private mutating func readHead(_ tag: ElementRules.TagTraits, _ attributes: HTMLAttributes) {
        switch tag.kind {
        case .title where outline.signals.documentTitle == nil: capture(.title, limit: 2_000)
        case .meta:
            guard let content = attributes.string("content") else { return }
            for key in [attributes.string("property"), attributes.string("name"), attributes.string("itemprop")] {
                if let key, !key.isEmpty, outline.signals.meta[key.lowercased()] == nil {
                    outline.signals.meta[key.lowercased()] = content
                }
            }
        case .link:
            if attributes.value("rel", equals: "canonical"), let href = attributes.string("href") {
                outline.signals.canonical = href
            }
        case .script: readJSONLD(attributes)
        default: break
        }
    }

    /// Up to this many of each repeated body signal (h1s, times, author elements) are kept: the article's own
    /// come first on the page, and a list of teasers further down must not cost time or memory.
    static let maximumRepeatedSignals = 6

    private mutating func readBodySignals(
        _ tag: ElementRules.TagTraits, _ attributes: HTMLAttributes, _ info: ElementRules.ClassInfo, microdata: Bool = true
    ) {
        // Counts read in place: a copy of `outline.signals` per element cost a retain and release of each field.
        let limit = Self.maximumRepeatedSignals
        switch tag.kind {
        case .script: readJSONLD(attributes)
        case .meta where attributes.contains("itemprop"): readHead(tag, attributes)
        case .h1 where outline.signals.headings.count < limit: capture(.heading, limit: 2_000)
        case .time where outline.signals.times.count < limit: readTime(attributes)
        case .anchor where outline.signals.relAuthors.count < limit && attributes.value("rel", equals: "author"):
            capture(.relAuthor, limit: 300)
        default: break
        }
        guard microdata, !attributes.isEmpty else { return }
        if tag.kind != .meta, let property = attributes.withBytes("itemprop", { String(utf8Bytes: $0).lowercased() }) {
            readItemProperty(property, attributes)
        }
        if info.byline, outline.signals.bylineTexts.count < limit { capture(.byline, limit: 300) }
        if info.dated, tag.kind != .time, outline.signals.dateTexts.count < limit { capture(.dateText, limit: 200) }
    }

    /// `<time datetime=… pubdate>` / `itemprop="datePublished"` / `itemprop="dateModified"`, with its text.
    private mutating func readTime(_ attributes: HTMLAttributes) {
        let published = attributes.contains("pubdate") || attributes.value("itemprop", equals: "datepublished")
        let modified = attributes.value("itemprop", equals: "datemodified")
        outline.signals.times.append(.init(datetime: attributes.string("datetime"), published: published, modified: modified))
        capture(.time(outline.signals.times.count - 1), limit: 200)
    }

    /// Microdata on body elements: an author's text, and publication dates given as `content` or `datetime`.
    private mutating func readItemProperty(_ name: String, _ attributes: HTMLAttributes) {
        switch name {
        case "author", "creator":
            if outline.signals.itemAuthors.count < Self.maximumRepeatedSignals { capture(.itemAuthor, limit: 300) }
        case "datepublished", "datemodified", "datecreated":
            if outline.signals.meta[name] == nil, let value = attributes.string("content") ?? attributes.string("datetime") {
                outline.signals.meta[name] = value
            }
        default: break
        }
    }

    private mutating func readJSONLD(_ attributes: HTMLAttributes) {
        guard attributes.value("type", equals: "application/ld+json"),
            outline.signals.jsonLD.reduce(0, { $0 + $1.utf8.count }) < Self.maximumSignalBytes
        else { return }
        capture(.jsonLD, limit: Self.maximumSignalBytes)
    }

    /// Starts collecting the text of the element about to open (one capture of a kind at a time).
    private mutating func capture(_ signal: TextCapture.Signal, limit: Int) {
        guard !captures.contains(where: { $0.signal == signal }) else { return }
        captures.append(TextCapture(signal: signal, depth: frames.count + 1, limit: limit))
    }

    private mutating func finishCaptures(openedAt depth: Int) {
        while let last = captures.last, last.depth >= depth {
            captures.removeLast()
            let text = last.text
            switch last.signal {
            case .title: outline.signals.documentTitle = outline.signals.documentTitle ?? text
            case .heading:
                if let text { outline.signals.headings.append(text) }
                if outline.signals.blocksBeforeHeadline == nil { outline.signals.blocksBeforeHeadline = outline.blocks.count }
            case .relAuthor: if let text { outline.signals.relAuthors.append(text) }
            case .byline: if let text { outline.signals.bylineTexts.append(text) }
            case .dateText: if let text { outline.signals.dateTexts.append(text) }
            case .itemAuthor: if let text { outline.signals.itemAuthors.append(text) }
            case .jsonLD: if let text { outline.signals.jsonLD.append(text) }
            case let .time(index): outline.signals.times[index].text = text
            }
        }
    }
}
