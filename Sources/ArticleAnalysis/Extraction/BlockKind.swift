/// What a line or paragraph of a page is, as the extractors judge it. Only `heading` and `body` reach the
/// clean text; `title` and `byline` go to the metadata; the rest is counted in the record's `boilerplate`.
public enum BlockKind: String, Sendable, Equatable {
    case title, heading, body, byline, caption, boilerplate
}

/// Whether a kept paragraph is running text or a section heading.
public enum ParagraphRole: String, Sendable, Equatable {
    case body, heading
}

/// Why a block was left out: the keys of `boilerplate.byKind` in the record.
public enum RemovalReason: String, Sendable, Equatable, CaseIterable {
    /// Site sections glued before the title ("Iran General News").
    case breadcrumb
    /// Image captions and credits between the title and the body.
    case caption
    /// "Previous …"/"Next …" and other links to elsewhere on the site.
    case navigation
    /// "Latest news", "Must read" and the headline lists or teasers under them.
    case relatedLinks = "related-links"
    /// App prompts, comment and share calls, newsletter sign-ups.
    case callToAction = "call-to-action"
    /// Disclaimers, copyright and submission notices.
    case disclaimer
    /// Author cards with names, emails, phones, addresses, handles or follower counts.
    case authorProfile = "author-profile"
    /// Lines printed more than once (ad and clickbait lists).
    case repeated
    /// Short scraps outside the article that fit nothing else.
    case fragment
    /// HTML parts outside the main content (nav, header, footer, aside, forms, low-scoring blocks).
    case markup
}
