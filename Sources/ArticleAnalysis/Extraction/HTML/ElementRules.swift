internal import CLibXML2

/// What the HTML walker does with an element, decided from its tag, its attributes and its class and id words.
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

    /// Skips by tag, `hidden`, ARIA role and inline `display:none`. Class words do not skip here: a wrapper
    /// such as `Page-ad-margins` can hold the whole article, so they are weighed later (`ContentSelector`).
    static func action(for node: xmlNodePtr, tag: String) -> Action {
        if skippedTags.contains(tag) { return .skip }
        guard node.pointee.properties != nil else { return .visit }
        if node.attribute("hidden") != nil { return .skip }
        if node.attribute("aria-hidden") == "true" { return .skip }
        if let role = node.attribute("role"), skippedRoles.contains(role) { return .skip }
        if let style = node.attribute("style"), hidesElement(style) { return .skip }
        return .visit
    }

    /// `display:none` / `display: none` in an inline style.
    private static func hidesElement(_ style: String) -> Bool {
        let bytes = Array(style.utf8)
        guard let start = bytes.firstRange(of: Array("display".utf8))?.upperBound else { return false }
        let rest = bytes[start...].drop { $0 == 0x20 || $0 == UInt8(ascii: ":") }
        return rest.starts(with: "none".utf8)
    }

    /// +25 for a container word, -25 for a furniture word (Readability's weights), from class and id.
    /// What the class and id words say: the weight, and whether they name a byline.
    struct ClassInfo {
        var weight = 0
        var furniture = false
        var byline = false
    }

    /// Cached by a hash of the raw class and id bytes: pages repeat the same few class names thousands of
    /// times, and hashing libxml2's bytes avoids building Strings for the common case.
    static func classInfo(of node: xmlNodePtr, cache: inout [UInt64: ClassInfo]) -> ClassInfo {
        guard node.pointee.properties != nil else { return ClassInfo() }
        let classBytes = node.attributeBytes("class"), idBytes = node.attributeBytes("id")
        if classBytes == nil && idBytes == nil { return ClassInfo() }
        var key = WordHashSet.hash(classBytes ?? UnsafeBufferPointer(start: nil, count: 0))
        key = key &* 31 &+ WordHashSet.hash(idBytes ?? UnsafeBufferPointer(start: nil, count: 0))
        if let known = cache[key] { return known }
        let names = (classBytes.map { String(decoding: $0, as: UTF8.self) } ?? "") + " "
            + (idBytes.map { String(decoding: $0, as: UTF8.self) } ?? "")
        let info = classInfo(of: names)
        cache[key] = info
        return info
    }

    static func classInfo(of names: String) -> ClassInfo {
        var furniture = false, weak = false, positive = false, byline = false
        for word in names.utf8.split(whereSeparator: { !PersonalDataScanner.isLetter($0) }) {
            let word = String(decoding: word, as: UTF8.self).lowercased()
            if furnitureWords.contains(word) { furniture = true }
            if weakNegativeWords.contains(word) { weak = true }
            if positiveWords.contains(word) { positive = true }
            if word == "byline" { byline = true }
        }
        let weight = weight(positive: positive, negative: furniture || weak)
        return ClassInfo(weight: weight, furniture: furniture && weight < 0, byline: byline)
    }

    private static func weight(positive: Bool, negative: Bool) -> Int {
        switch (positive, negative) {
        case (true, false): return 25
        case (false, true): return -25
        default: return 0
        }
    }
}
