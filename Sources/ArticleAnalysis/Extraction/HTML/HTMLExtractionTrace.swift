import Foundation

/// A readable account of one HTML extraction, for tuning and for `articlewatch-eval extract-trace`: every text
/// block with its element path, link density, and whether it was kept, and the metadata found. With
/// `condensed: false` the page goes to libxml2 as it is (see `MarkupCondenser`).
public enum HTMLExtractionTrace {
    public static func trace(_ html: String, condensed: Bool = true) -> [String] {
        guard let outline = PageOutliner.outline(ofPage: html, condensed: condensed) else { return ["(libxml2 returned no document)"] }
        var selector = ContentSelector(outline: outline)
        let main = selector.select()
        let top = main.top
        let choice = ContentCascade.choose(from: selector, main: main)
        let keptSet = Set(choice.kept)
        let metadata = HTMLMetadataReader.metadata(from: outline)
        var lines = [[metadata.title, metadata.byline, metadata.published, metadata.modified, metadata.url, metadata.site].map { $0 ?? "-" }.joined(separator: " | ")]
        let signals = outline.signals
        lines.append("h1 \(signals.headings) | times \(signals.times.map { "\($0.datetime ?? "-") \($0.text ?? "-")" }) | "
            + "authors \(signals.itemAuthors) rel \(signals.relAuthors) byline \(signals.bylineTexts) dates \(signals.dateTexts) | jsonld \(signals.jsonLD.count)")
        lines.append("elements \(outline.elements.count), blocks \(outline.blocks.count), top \(top.map { path(of: $0, in: selector.outline) } ?? "none"), path \(choice.path.rawValue)")
        for (index, block) in outline.blocks.enumerated() {
            let density = Int((block.linkDensity * 100).rounded())
            lines.append("\(keptSet.contains(index) ? "KEEP" : "drop") \(selector.isProseParagraph(index) ? "P" : " ") ld=\(density)% \(path(of: block.owner, in: outline)) | \(block.text)")
        }
        lines += choice.paragraphs.map { "JSON \($0)" }
        return lines
    }

    private static func path(of element: Int, in outline: PageOutline) -> String {
        var parts: [String] = []
        var current = element
        while current >= 0, parts.count < 6 {
            let node = outline.elements[current]
            parts.append("\(node.tag)#\(current)\(node.classWeight != 0 ? "(\(node.classWeight))" : "")\(node.score > 0 ? String(format: "[%.0f]", node.score) : "")")
            current = node.parent
        }
        return parts.reversed().joined(separator: ">")
    }
}
