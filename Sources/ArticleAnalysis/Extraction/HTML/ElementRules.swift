/// What the page outliner does with an element, decided from its tag, its attributes and its class and id words.
enum ElementRules {
    /// Elements whose content is never article text: code, media, forms, and page furniture.
    private static let skippedTags: Set<String> = [
        "script", "style", "noscript", "template", "svg", "math", "nav", "header", "footer", "aside",
        "button", "select", "option", "input", "textarea", "iframe", "object", "embed", "canvas", "video", "audio",
        "picture", "figure", "menu", "dialog", "label",
    ]
    /// Elements that start a new block of text.
    static let blockTags: Set<String> = [
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt",
        "dd", "blockquote", "pre", "table", "tr", "td", "th", "tbody", "thead", "br", "hr", "address", "center",
        "figcaption", "details", "summary", "body", "caption", "tfoot",
    ]
    /// ARIA roles of page furniture.
    private static let skippedRoles: Set<String> = [
        "navigation", "banner", "complementary", "contentinfo", "dialog", "alertdialog", "menu", "menubar", "search",
        "alert", "toolbar",
    ]
    /// Class and id words of furniture: comments, sharing, related lists, ads, prompts, menus. Blocks under them
    /// are dropped when they sit inside the chosen article element. Taken from the boilerplate class names
    /// Readability.js and trafilatura look for, as whole words.
    private static let furnitureWords: Set<String> = [
        "comment", "comments", "share", "sharing", "social", "related", "recommended", "recommendations",
        "newsletter", "subscribe", "subscription", "signup", "cookie", "cookies", "consent", "banner", "promo",
        "advert", "advertisement", "ad", "ads", "adsense", "sponsor", "sponsored", "sidebar", "footer", "nav",
        "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "popup", "modal", "outbrain", "taboola",
        "byline", "author", "toolbar", "pagination", "disqus", "subnav", "follow", "jump",
        "caption", "captions", "credit", "credits", "gallery", "dateline", "timestamp",
    ]
    /// Words that only lower an element's score (Readability's negative weight) without dropping what is
    /// under it: page builders put article text in `elementor-widget-container`.
    private static let weakNegativeWords: Set<String> = [
        "widget", "tags", "tag", "masthead", "print", "hidden", "skip", "trending", "popular", "more", "teaser",
        "meta", "rating", "paywall", "login",
    ]
    /// Class and id words of the article container; they outweigh a negative word on the same element.
    private static let positiveWords: Set<String> = [
        "article", "body", "content", "entry", "main", "post", "story", "text", "blog", "prose", "richtext",
    ]

    enum Action { case skip, visit }

    /// What the tag name alone says about an element; worked out once per distinct name on a page.
    struct TagTraits {
        enum Kind { case head, title, meta, link, script, h1, time, anchor, other }
        var name: String
        var kind: Kind
        var skipped: Bool
        var block: Bool
        var heading: Bool
        /// The page's outer containers are never furniture, whatever their classes say ("one-sidebar").
        var outer: Bool
    }

    private static let kinds: [String: TagTraits.Kind] = [
        "head": .head, "title": .title, "meta": .meta, "link": .link, "script": .script, "h1": .h1, "time": .time,
        "a": .anchor,
    ]
    private static let outerTags: Set<String> = ["body", "html", "main", "article"]

    static func traits(of name: String) -> TagTraits {
        let utf8 = Array(name.utf8)
        let heading = utf8.count == 2 && utf8[0] == UInt8(ascii: "h") && (UInt8(ascii: "1")...UInt8(ascii: "6")).contains(utf8[1])
        return TagTraits(
            name: name, kind: kinds[name] ?? .other, skipped: skippedTags.contains(name), block: blockTags.contains(name),
            heading: heading, outer: outerTags.contains(name))
    }

    /// Skips by tag, `hidden`, ARIA role and inline `display:none`. Class words do not skip here: a wrapper
    /// such as `Page-ad-margins` can hold the whole article, so they are weighed later (`ContentSelector`).
    static func action(for tag: TagTraits, attributes: HTMLAttributes) -> Action {
        if tag.skipped { return .skip }
        guard !attributes.isEmpty else { return .visit }
        if attributes.contains("hidden") { return .skip }
        if attributes.value("aria-hidden", equals: "true") { return .skip }
        if let role = attributes.string("role"), skippedRoles.contains(role) { return .skip }
        if attributes.withBytes("style", hidesElement) == true { return .skip }
        return .visit
    }

    /// `display:none` / `display: none` in an inline style.
    private static func hidesElement(_ style: Span<UInt8>) -> Bool {
        var index = 0
        while index + displayWord.count <= style.count {
            if style[index] == displayWord[0], style.hasPrefix(displayWord, at: index) {
                var rest = index + displayWord.count
                while rest < style.count, style[rest] == 0x20 || style[rest] == UInt8(ascii: ":") { rest += 1 }
                return style.hasPrefix(noneWord, at: rest)
            }
            index += 1
        }
        return false
    }

    private static let displayWord = Array("display".utf8), noneWord = Array("none".utf8)

    /// Class and id words of the element holding an article's credit or its date line (metadata signals only).
    private static let bylineWords: Set<String> = ["byline", "author", "authors", "byl"]
    private static let datedWords: Set<String> = ["date", "dateline", "published", "pubdate", "timestamp", "posted"]

    /// What a class word can say, all word lists in one table: one look-up per word.
    private struct WordRoles: OptionSet, Sendable {
        let rawValue: UInt8
        static let furniture = WordRoles(rawValue: 1), weak = WordRoles(rawValue: 2), positive = WordRoles(rawValue: 4)
        static let byline = WordRoles(rawValue: 8), dated = WordRoles(rawValue: 16)
    }

    /// A listed word (lower case) and its roles, stored under the word's case-folded hash; the word is kept to
    /// rule out a hash collision.
    private struct ListedWord: Sendable {
        var bytes: [UInt8]
        var roles: WordRoles
    }

    /// Keyed by `WordHashSet.hash`, which folds ASCII case: class words are looked up straight from libxml2's
    /// bytes, with no String built or lower-cased per word.
    private static let wordRoles: KeyedTable<UInt64, ListedWord> = {
        var table = KeyedTable<UInt64, ListedWord>(capacity: 256)
        let lists: [(Set<String>, WordRoles)] = [
            (furnitureWords, .furniture), (weakNegativeWords, .weak), (positiveWords, .positive), (bylineWords, .byline), (datedWords, .dated),
        ]
        for (words, role) in lists {
            for word in words {
                let bytes = Array(word.utf8)
                table.update(WordHashSet.hash(bytes), orInsert: { ListedWord(bytes: bytes, roles: []) }) { $0.roles.insert(role) }
            }
        }
        return table
    }()

    /// +25 for a container word, -25 for a furniture word (Readability's weights), from class and id.
    /// What the class and id words say: the weight, and whether they name a byline or a date.
    struct ClassInfo {
        var weight = 0
        var furniture = false
        var byline = false
        var dated = false
        /// A hash of the class attribute as written (0 without one): elements built from the same template
        /// part share it (see `ContentSelector`).
        var classHash: UInt64 = 0
    }

    /// Cached by a hash of the raw class and id bytes: pages repeat the same few class names thousands of
    /// times, and hashing libxml2's bytes avoids building Strings for the common case.
    static func classInfo(of attributes: HTMLAttributes, cache: inout KeyedTable<UInt64, ClassInfo>) -> ClassInfo {
        attributes.withBytes("class", "id") { classBytes, idBytes in
            var classHash: UInt64 = 0, idHash = WordHashSet.hashBasis, present = false
            if let classBytes { classHash = WordHashSet.hash(classBytes, classBytes.indices); present = true }
            if let idBytes { idHash = WordHashSet.hash(idBytes, idBytes.indices); present = true }
            guard present else { return ClassInfo() }
            let key = classHash &* 31 &+ idHash
            if let known = cache[key] { return known }
            var roles: WordRoles = []
            if let classBytes { addRoles(of: classBytes, to: &roles) }
            if let idBytes { addRoles(of: idBytes, to: &roles) }
            var info = classInfo(roles)
            info.classHash = classHash
            cache.update(key, orInsert: { info }, { _ in })
            return info
        }
    }

    private static func classInfo(_ roles: WordRoles) -> ClassInfo {
        let weight = weight(positive: roles.contains(.positive), negative: !roles.isDisjoint(with: [.furniture, .weak]))
        return ClassInfo(weight: weight, furniture: roles.contains(.furniture) && weight < 0, byline: roles.contains(.byline), dated: roles.contains(.dated))
    }

    /// The roles of each run of ASCII letters in `bytes` (class words split at digits, dashes and the rest).
    private static func addRoles(of bytes: Span<UInt8>, to roles: inout WordRoles) {
        let letters = letterBytes.span, others = otherBytes.span
        var index = 0
        while index < bytes.count {
            index = bytes.skippingBytes(from: index, in: others)
            let start = index
            index = bytes.skippingBytes(from: index, in: letters)
            guard index > start, let listed = wordRoles[WordHashSet.hash(bytes, start..<index)], listed.bytes.count == index - start,
                listed.bytes.indices.allSatisfy({ listed.bytes[$0] == bytes[start + $0] | 0x20 })
            else { continue }
            roles.formUnion(listed.roles)
        }
    }

    /// Per byte value: an ASCII letter (a class word's byte), and the rest (what splits class words).
    private static let letterBytes = (0...255).map { ASCIIClass.isLetter(UInt8($0)) }
    private static let otherBytes = letterBytes.map { !$0 }

    private static func weight(positive: Bool, negative: Bool) -> Int {
        switch (positive, negative) {
        case (true, false): return 25
        case (false, true): return -25
        default: return 0
        }
    }
}
