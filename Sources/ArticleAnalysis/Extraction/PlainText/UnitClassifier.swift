/// Gives every unit of scraped text its kind once the body run is known (see `PlainTextExtractor`).
struct UnitClassifier {
    let units: [TextUnit]
    let body: Range<Int>
    let minimumStop: Double
    private(set) var kinds: [BlockKind] = []
    private var article = ExtractedArticle()
    /// The index of the last kept unit, so that kept sentence pieces of one line join into one paragraph.
    private var lastKept: Int?
    /// Where the body's closing run of sentence pieces that read as page furniture begins (`TrailingPieces`).
    private let trailerStart: Int

    init(units: [TextUnit], body: Range<Int>, minimumStop: Double) {
        self.units = units
        self.body = body
        self.minimumStop = minimumStop
        kinds = Array(repeating: .boilerplate, count: units.count)
        var start = body.upperBound
        while start > body.lowerBound, units[start - 1].isSentencePiece, Self.trailerReason(units[start - 1]) != nil { start -= 1 }
        trailerStart = start
    }

    mutating func classify() -> (article: ExtractedArticle, kinds: [BlockKind]) {
        classifyHead()
        classifyBody()
        classifyTail()
        return (article, kinds)
    }

    // MARK: Before the body: breadcrumbs, title, byline, captions.

    private mutating func classifyHead() {
        let head = 0..<body.lowerBound
        // A date line ("Monday, 18 March 2024") looks like a title by its shape; it never is one.
        // A tokenised wire headline ends in a detached period ("… British lamb ."); a dateline is no title.
        var titleIndex = head.first {
            (units[$0].isTitleLike || WireLines.isTokenizedHeadline(units[$0])) && units[$0].words >= 2
                && Self.bylineName(units[$0].text) == nil && PublishedDateReader.dateLine(units[$0].text) == nil
                && !WireLines.isPlaceDateline(units[$0].text)
        }
        var breadcrumbIndex: Int?
        if let first = titleIndex,
            let shorter = head.first(where: { $0 > first && units[$0].words >= 2 && units[$0].isTitleLike
                && units[first].text.count > units[$0].text.count && units[first].text.hasSuffix(units[$0].text) })
        {
            // "Iran General NewsRussia and Iran Not Natural Allies" followed by "Russia and Iran Not Natural Allies".
            breadcrumbIndex = first
            titleIndex = shorter
        }
        for index in head {
            let unit = units[index]
            if index == breadcrumbIndex {
                remove(index, .breadcrumb)
            } else if index == titleIndex {
                kinds[index] = .title
                article.metadata.title = unit.text
            } else if article.metadata.byline == nil, let name = Self.bylineName(unit.text) ?? wireByline(index, titleIndex) {
                kinds[index] = .byline
                article.metadata.byline = name
            } else if titleIndex.map({ index > $0 }) ?? true, WireLines.isPlaceDateline(unit.text) {
                // "BRUSSELS 1996-08-22": where the story was filed opens the story (its date stays `published`).
                keep(index, .body)
            } else if let titleIndex, index > titleIndex, unit.isTitleLike, unit.personalData == 0 {
                remove(index, .caption)
            } else if titleIndex.map({ index < $0 }) ?? false, unit.isTitleLike {
                remove(index, .breadcrumb)
            } else {
                remove(index, reasonOutsideBody(unit))
            }
        }
    }

    /// A bare name right after the title and before a date line is the byline of wire copy ("Peter Blackburn").
    private func wireByline(_ index: Int, _ titleIndex: Int?) -> String? {
        guard let titleIndex, index == titleIndex + 1, index + 1 < units.count,
            PublishedDateReader.dateLine(units[index + 1].text) != nil || WireLines.isPlaceDateline(units[index + 1].text)
        else { return nil }
        return WireLines.bareBylineName(units[index].text)
    }

    // MARK: The body run: body, headings, and junk that sits inside it.

    private mutating func classifyBody() {
        for index in body {
            let unit = units[index]
            if let reason = junkReason(unit, index: index) {
                remove(index, reason)
            } else if isSentence(unit) || unit.isSentencePiece || WireLines.isResultsLine(unit) {
                keep(index, .body)
            } else if isHeading(unit), index + 1 < body.upperBound {
                keep(index, .heading)
            } else if article.metadata.byline == nil, let name = Self.bylineName(unit.text) {
                kinds[index] = .byline
                article.metadata.byline = name
            } else {
                remove(index, .fragment)
            }
        }
    }

    private func isSentence(_ unit: TextUnit) -> Bool {
        if unit.words >= PlainTextExtractor.proseMinimumWords && unit.stopWordRatio >= minimumStop { return true }
        return unit.endsSentence && unit.words >= 4 && (unit.stopWordRatio >= minimumStop / 2 || minimumStop == 0)
            && !(unit.text.hasSuffix("?") && unit.capitalizedRatio >= 0.6)
    }

    private func isHeading(_ unit: TextUnit) -> Bool {
        unit.words <= 15 && !unit.truncated && !unit.bulleted && unit.personalData == 0
            && (!unit.endsSentence || unit.text.hasSuffix("?") && unit.capitalizedRatio >= 0.5)
    }

    /// Junk inside the body run, judged by shape and cue words. Cue words count only with boilerplate context:
    /// a short line, a label, a place at the end of the body; a long line of prose is never removed for them,
    /// and a sentence of a long line only in the closing run of furniture (`trailerStart`).
    private func junkReason(_ unit: TextUnit, index: Int) -> RemovalReason? {
        if unit.isSentencePiece { return index >= trailerStart ? Self.trailerReason(unit) : nil }
        if unit.occurrences > 1 && unit.words < 40 { return .repeated }
        if unit.truncated { return .relatedLinks }
        let lastOfBody = index >= body.upperBound - 2
        let atEnd = lastOfBody && unit.words < Self.longProseWords
        if unit.labelled || atEnd || unit.words < 30, CueWords.count(CueWords.disclaimer, in: unit.text) >= 2,
            unit.words < 30 || unit.labelled || Self.mostlyFurniture(unit)
        {
            return .disclaimer
        }
        if unit.personalData > 0 && (unit.labelled || unit.bulleted || unit.words < PlainTextExtractor.proseMinimumWords) {
            return .authorProfile
        }
        if unit.secondPerson >= 1, atEnd || unit.words < PlainTextExtractor.proseMinimumWords,
            CueWords.count(CueWords.callToAction, in: unit.text) >= 2
        {
            return .callToAction
        }
        if unit.bulleted && unit.labelled { return .authorProfile }
        if atEnd, AuthorBio.isBio(unit.text) { return .authorProfile }
        return nil
    }

    /// A line this long is prose whatever cue words it holds.
    static let longProseWords = 50

    /// A longer line is judged by its sentences: furniture when most of its words are in sentences that
    /// `trailerReason` calls furniture (a disclaimer paragraph), not when one sentence of a story holds a cue.
    static func mostlyFurniture(_ unit: TextUnit) -> Bool {
        let sentences = LongLineSplitter.sentences(of: unit.text).map { TextUnitReader.measure(collapsed: $0, blanksBefore: 0) }
        let furniture = sentences.filter { trailerReason($0) != nil }.reduce(0) { $0 + $1.words }
        return furniture * 2 > unit.words
    }

    /// Why a sentence at the end of a long line is furniture, if it is: an author's bio or contact, a call to
    /// the reader with link-like wording, a disclaimer. Nil for a sentence of the story.
    /// Furniture sentences are short: a longer one (a run of figures or links without a full stop) is content.
    static func trailerReason(_ unit: TextUnit) -> RemovalReason? {
        guard unit.words < 40 else { return nil }
        // Phone-like figures alone (a table of results) are no contact line: it needs an address or a contact word.
        let contact = unit.personalData > 0 && unit.words < 20
            && (unit.text.contains("@") || CueWords.count(AuthorBio.contact, in: unit.text) > 0)
        if AuthorBio.isBio(unit.text) || contact { return .authorProfile }
        let pointsSomewhere = unit.links > 0 || CueWords.count(CueWords.linkLike, in: unit.text) >= 1
        if pointsSomewhere, unit.links > 0 || unit.secondPerson >= 1 && CueWords.count(CueWords.callToAction, in: unit.text) >= 2 {
            return .callToAction
        }
        if unit.words < 30 || unit.labelled, CueWords.count(CueWords.disclaimer, in: unit.text) >= 2 { return .disclaimer }
        return nil
    }

    // MARK: After the body: everything goes, with a reason.

    private mutating func classifyTail() {
        for index in body.upperBound..<units.count {
            remove(index, reasonOutsideBody(units[index]))
        }
    }

    private func reasonOutsideBody(_ unit: TextUnit) -> RemovalReason {
        if unit.occurrences > 1 { return .repeated }
        if CueWords.startsWith(CueWords.navigation, unit.text) && !unit.endsSentence { return .navigation }
        if CueWords.count(CueWords.disclaimer, in: unit.text) >= 2 { return .disclaimer }
        if unit.truncated { return .relatedLinks }
        if unit.personalData > 0 || unit.labelled || unit.bulleted || unit.text.hasSuffix(":") { return .authorProfile }
        if CueWords.count(CueWords.callToAction, in: unit.text) >= 1 && unit.words <= 12 { return .callToAction }
        if unit.isTitleLike && unit.words >= 2 { return .relatedLinks }
        return .fragment
    }

    // MARK: Helpers

    private mutating func keep(_ index: Int, _ role: ParagraphRole) {
        kinds[index] = role == .heading ? .heading : .body
        defer { lastKept = index }
        if units[index].isSentencePiece, role == .body, let lastKept, lastKept == index - 1,
            units[lastKept].line == units[index].line, article.roles.last == .body
        {
            article.paragraphs[article.paragraphs.count - 1] += " " + units[index].text
            return
        }
        article.keep(units[index].text, as: role)
    }

    private mutating func remove(_ index: Int, _ reason: RemovalReason) {
        kinds[index] = reason == .caption ? .caption : .boilerplate
        article.removed.remove(units[index].text, because: reason)
        article.removed.personalDataRemoved += units[index].personalData
    }

    /// "By Jubin Katiraie", "Written by Ann Lee and Bo Chan", "Author: Ann Lee" → the names.
    static func bylineName(_ text: String) -> String? {
        guard mayOpenByline(text.utf8.span) else { return nil }
        let words = text.split(separator: " ")
        guard (2...10).contains(words.count), let lead = words.first?.lowercased().trimmingCharacters(in: ":") else {
            return nil
        }
        var names: ArraySlice<Substring>
        if lead == "by" {
            names = words.dropFirst()
        } else if ["written", "posted", "reporting"].contains(lead), words.count >= 3, words[1].lowercased() == "by" {
            names = words.dropFirst(2)
        } else if lead == "author" || lead == "authors" {
            names = words.dropFirst()
        } else {
            return nil
        }
        if let cut = names.firstIndex(where: { $0 == "|" || $0 == "-" || $0 == "–" || $0 == "—" }) { names = names[..<cut] }
        let joiners: Set<String> = ["and", "&", ",", "de", "van", "von", "al", "bin", "da", "del", "la"]
        let capitalized = names.filter { $0.first?.isUppercase == true }.count
        let others = names.filter { $0.first?.isUppercase != true && !joiners.contains($0.lowercased()) }.count
        guard (1...8).contains(names.count), capitalized >= 1, others == 0 else { return nil }
        return names.joined(separator: " ").trimmingCharacters(in: ",.:")
    }

    /// Whether the first word, read on bytes, may be one of `bylineName`'s leads ("by", "written", "posted",
    /// "reporting", "author(s)", each maybe after or before colons). False only when it surely is none: the
    /// ASCII letters after any spaces and colons, lower-cased, are no lead, or a byte other than a space or a
    /// colon follows them. A lead is lower-cased and trimmed of colons before it is compared, and no Character
    /// but ASCII letters lower-cases to those letters (the Kelvin sign's "k" is in none), so a true lead is
    /// exactly such a run. Nearly every line asked is not a byline, and splitting it into Substrings cost
    /// ~2,000 instructions a line (one that merely started with b, w, p, r or a still paid it).
    static func mayOpenByline(_ bytes: Span<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count, bytes[index] == 0x20 || bytes[index] == UInt8(ascii: ":") { index += 1 }
        let start = index
        var hash = WordHashSet.hashBasis
        while index < bytes.count, ASCIIClass.isLetter(bytes[index]), index - start < 10 {
            hash = WordHashSet.adding(bytes[index], to: hash)
            index += 1
        }
        guard index > start, index == bytes.count || bytes[index] == 0x20 || bytes[index] == UInt8(ascii: ":") else { return false }
        return bylineLeads.contains(hash: hash)
    }

    /// The first words `bylineName` reads as the start of a byline, looked up by their `WordHashSet.hash`.
    static let bylineLeads = WordHashSet(["by", "written", "posted", "reporting", "author", "authors"])
}

