/// How `ContentSelector` gathers the article's parts around the top element: its worthy siblings, siblings
/// with prose a few levels up, and siblings built from the same template.
extension ContentSelector {
    /// Elements are numbered in document order, so an ancestor always has the smaller number.
    func isAncestor(_ ancestor: Int, of element: Int) -> Bool {
        var current = element
        while current > ancestor { current = outline.elements[current].parent }
        return current == ancestor
    }

    func chosenElements(around top: Int) -> Set<Int> {
        var chosen = siblingsWithProse(around: top)
        chosen.formUnion(siblingsOfTheSameKind(around: top))
        chosen.insert(top)
        let parent = outline.elements[top].parent
        guard parent >= 0 else { return chosen }
        let threshold = max(10, finalScore(top) * Self.siblingShare)
        var paragraphKinds: Set<ParagraphKind> = []
        for block in outline.blocks where block.textBytes >= 80 && !block.heading && isAncestor(top, of: block.owner) {
            let owner = outline.elements[block.owner]
            if owner.classHash != 0 { paragraphKinds.insert(ParagraphKind(tag: owner.tag, classHash: owner.classHash)) }
        }
        for index in outline.elements.indices where index != top && outline.elements[index].parent == parent {
            let sibling = outline.elements[index]
            let density = sibling.textBytes == 0 ? 1 : Double(sibling.linkBytes) / Double(sibling.textBytes)
            let paragraph = sibling.tag == "p" || paragraphKinds.contains(ParagraphKind(tag: sibling.tag, classHash: sibling.classHash))
            if finalScore(index) >= threshold || paragraph && sibling.textBytes > 80 && density < 0.25 {
                chosen.insert(index)
            }
        }
        return chosen
    }

    /// Articles split into a lead block and the rest (telegraph.co.uk, wired.com) put the parts in sibling
    /// containers one or two levels above the paragraphs, often with an ad between them. Siblings of the top
    /// element and of its parent join when they hold prose: at least 200 bytes (and a fifth of the top's) in
    /// paragraph-sized blocks, at most 20 % links, and no furniture words. Any sibling, not only the adjacent
    /// one, gained 0.001 F1 on the benchmark.
    func siblingsWithProse(around top: Int) -> Set<Int> {
        var chosen: Set<Int> = []
        var anchor = top
        for _ in 0..<3 {
            let parent = outline.elements[anchor].parent
            guard parent >= 0, outline.elements[parent].tag != "body" else { break }
            let siblings = children[parent]
            if siblings.contains(anchor) {
                for sibling in siblings where sibling != anchor {
                    let element = outline.elements[sibling]
                    let prose = proseBytes[sibling]
                    let enough = max(Self.minimumSiblingProse, proseBytes[top] / 5)
                    if !element.furniture, prose >= enough, element.linkBytes * 5 <= element.textBytes {
                        chosen.insert(sibling)
                    }
                }
            }
            anchor = parent
        }
        return chosen
    }

    static let minimumSiblingProse = 200

    /// Articles cut into sections by a page builder (quantamagazine.org: three `section.outer--content`
    /// between pull quotes and figures) put each part in a container built from the same template: the same
    /// tag and the same class attribute. A container that is the top element or one of its ancestors (up
    /// to `maximumKindLevels` levels) brings in its siblings of the same kind that hold prose, however far up
    /// they are; siblings from another template (teaser lists, comments) do not qualify.
    func siblingsOfTheSameKind(around top: Int) -> Set<Int> {
        var chosen: Set<Int> = []
        var anchor = top
        for _ in 0..<Self.maximumKindLevels {
            let parent = outline.elements[anchor].parent
            guard parent >= 0, outline.elements[parent].tag != "body" else { break }
            let kind = outline.elements[anchor]
            if kind.classHash != 0 {
                for sibling in children[parent] where sibling != anchor {
                    let element = outline.elements[sibling]
                    guard element.classHash == kind.classHash, element.tag == kind.tag, !element.furniture else { continue }
                    if proseBytes[sibling] >= Self.minimumSiblingProse, element.linkBytes * 5 <= element.textBytes {
                        chosen.insert(sibling)
                    }
                }
            }
            anchor = parent
        }
        return chosen
    }

    static let maximumKindLevels = 8

    /// The tag and class of an element that holds a paragraph. Siblings of the top element built like the
    /// paragraphs inside it are paragraphs too, whatever the tag: CNN writes `div.zn-body__paragraph`, and
    /// puts the first few beside the container of the rest.
    struct ParagraphKind: Hashable {
        var tag: String
        var classHash: UInt64
    }
}
