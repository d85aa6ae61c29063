/// Where one quotation sits in a paragraph's UTF-8: its marks and its content. A quote whose closing mark
/// never comes runs to the paragraph end (the news convention for a quote continued in the next paragraph).
struct QuoteSpan: Sendable, Equatable {
    /// Byte offset of the opening mark.
    var open: Int
    var contentStart: Int
    var contentEnd: Int
    /// Byte offset just after the closing mark (the paragraph end when unclosed).
    var close: Int
    var isClosed: Bool
}
