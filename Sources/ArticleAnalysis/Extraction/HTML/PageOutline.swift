/// The page reduced to what the content scorer needs: elements (in document order, each knowing its parent),
/// text blocks (each owned by the innermost block element around it), and the metadata signals seen on the way.
struct PageOutline {
    struct Element {
        var parent: Int
        var tag: String
        var classWeight: Int
        /// Class words name furniture (comments, sharing, ads…): see `ElementRules`.
        var furniture: Bool
        /// Hash of the class attribute (0 without one): same template part, same hash.
        var classHash: UInt64 = 0
        /// UTF-8 bytes of text in blocks under it, and how much of that is link text.
        var textBytes = 0
        var linkBytes = 0
        var score = 0.0
    }

    struct Block {
        var owner: Int
        var text: String
        var textBytes: Int
        var linkBytes: Int
        var commas: Int
        var heading: Bool
        var linkDensity: Double { textBytes == 0 ? 0 : Double(linkBytes) / Double(textBytes) }
    }

    /// What the head and body say about the page, before choosing among them (see `HTMLMetadataReader`).
    /// Read in the same pass that builds the outline, also inside skipped subtrees (an article's `<header>`
    /// holds its headline, byline and time), so the metadata never needs a second walk of the page.
    struct Signals {
        var documentTitle: String?
        var meta: [String: String] = [:]
        var canonical: String?
        var jsonLD: [String] = []
        /// The texts of the page's first few `<h1>` elements, in order (a site logo can come first).
        var headings: [String] = []
        var firstH1: String? { headings.first }
        /// How many text blocks the outline held when the first h1 ended: where the headline sits among the
        /// blocks, also when it is in a skipped `<header>` and so no block itself.
        var blocksBeforeHeadline: Int?
        var times: [TimeElement] = []
        var relAuthors: [String] = []
        /// Texts of elements marked `itemprop="author"` (or `creator`).
        var itemAuthors: [String] = []
        /// Texts of elements whose class or id says `byline`.
        var bylineTexts: [String] = []
        /// Texts of elements whose class or id says `date`, `published`, `timestamp`…
        var dateTexts: [String] = []
    }

    /// A `<time>` element: its machine-readable value, what its attributes say it dates, and its visible text.
    struct TimeElement {
        var datetime: String?
        var published: Bool
        var modified: Bool
        var text: String?
    }

    var elements: [Element] = []
    var blocks: [Block] = []
    var signals = Signals()
}
