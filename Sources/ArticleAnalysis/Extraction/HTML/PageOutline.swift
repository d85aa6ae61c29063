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
    struct Signals {
        var documentTitle: String?
        var meta: [String: String] = [:]
        var canonical: String?
        var jsonLD: [String] = []
        var firstH1: String?
        var firstTime: String?
        var relAuthor: String?
        var bylineText: String?
    }

    var elements: [Element] = []
    var blocks: [Block] = []
    var signals = Signals()
}
