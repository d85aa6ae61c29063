internal import CLibXML2

/// What the HTML walker does with an element, decided from its tag, its attributes and its class and id words.
enum ElementRules {
    /// Elements whose content is never article text: code, media, forms, and page furniture.
    private static let skippedTags: Set<String> = [
        "script", "style", "noscript", "template", "svg", "math", "nav", "header", "footer", "aside", "form",
        "button", "select", "option", "input", "textarea", "iframe", "object", "embed", "canvas", "video", "audio",
        "picture", "figure", "menu", "dialog", "label", "fieldset",
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
    /// Class and id words of blocks that are not the article (comments, sharing, related lists, ads, prompts).
    /// Taken from the boilerplate class names Readability.js and trafilatura look for, as whole words.
    private static let negativeWords: Set<String> = [
        "comment", "comments", "share", "sharing", "social", "related", "recommended", "recommendations",
        "newsletter", "subscribe", "subscription", "signup", "cookie", "cookies", "consent", "banner", "promo",
        "advert", "advertisement", "ad", "ads", "adsense", "sponsor", "sponsored", "sidebar", "widget", "footer",
        "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "popup", "modal", "outbrain", "taboola",
        "byline", "author", "tags", "tag", "toolbar", "pagination", "masthead", "disqus", "paywall", "login",
        "print", "hidden", "skip", "trending", "popular", "more", "teaser", "caption", "credit", "meta", "dateline",
        "timestamp", "rating", "subnav", "jump", "follow",
    ]
    /// Class and id words of the article container; they outweigh a negative word on the same element.
    private static let positiveWords: Set<String> = [
        "article", "body", "content", "entry", "main", "post", "story", "text", "blog", "prose", "richtext",
    ]

    enum Action { case skip, visit }

    static func action(for node: xmlNodePtr, tag: String) -> Action {
        if skippedTags.contains(tag) { return .skip }
        if node.attribute("hidden") != nil { return .skip }
        if node.attribute("aria-hidden") == "true" { return .skip }
        if let role = node.attribute("role"), skippedRoles.contains(role) { return .skip }
        if let style = node.attribute("style"), style.contains("display:none") || style.contains("display: none") {
            return .skip
        }
        if tag == "body" || tag == "html" || tag == "article" || tag == "main" { return .visit }
        return classWeight(of: node) < 0 ? .skip : .visit
    }

    /// +25 for a container word, -25 for a furniture word (Readability's weights), from class and id.
    static func classWeight(of node: xmlNodePtr) -> Int {
        var negative = false, positive = false
        for name in [node.attribute("class"), node.attribute("id")] {
            guard let name, !name.isEmpty else { continue }
            for word in name.lowercased().split(whereSeparator: { !$0.isLetter }) {
                let word = String(word)
                if negativeWords.contains(word) { negative = true }
                if positiveWords.contains(word) { positive = true }
            }
        }
        switch (positive, negative) {
        case (true, false): return 25
        case (false, true): return -25
        default: return 0
        }
    }
}
