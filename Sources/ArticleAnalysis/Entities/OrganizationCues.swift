/// Evidence that a name is an organisation which news wire states outright and that neither the dictionaries
/// nor the tagger (trained on web text, Wikipedia and tweets) reads reliably; applied to a whole document after
/// the recogniser's vote and consistency pass:
/// - a legal form ends the name ("Siemens AG", "Alpo Petfoods Inc", "Barclays Plc"): the capitalised words
///   before it are an organisation, whatever type the mentions there had (a country adjective joins:
///   "British Airways Plc"; a dictionary organisation keeps its code);
/// - a body's name, "of" and a country or place ("National Bank of Poland") is one organisation (a
///   company's, only with a country: "Metaview Corporation of San Francisco" is where it sits);
/// - an acronym defined in brackets ("Organisation for Security and Cooperation in Europe ( OSCE )"): the
///   longest capitalised run before it whose initials fit the acronym's letters (in order, or all of them
///   in another order: "National Union for the Total Independence of Angola ( UNITA )") becomes one
///   organisation, whatever mentions it held, and so does the acronym; failing that, an organisation
///   mention ending at the bracket makes the acronym one. Countries keep their type ("( UAE )"), and
///   acronyms of things ("( GDP )", "( CEO )") are left alone;
/// - one name, one type: a name an organisation cue marked (its acronym, its name without the legal form:
///   "Siemens" after "Siemens AG") is an organisation wherever else the document writes it, and found
///   where no mention covers it.
/// Dictionary mentions with a code keep their type (they carry CAMEO and ISO codes); countries never change.
enum OrganizationCues {
    /// Last words that make a capitalised name a company.
    static let legalForms: TokenSet = [
        "inc", "inc.", "corp", "corp.", "co", "co.", "ltd", "ltd.", "plc", "ag", "sa", "s.a.", "nv", "n.v.", "gmbh",
        "spa", "s.p.a.", "bv", "ab", "asa", "oyj", "bhd", "llc", "llp", "lp", "pty", "kgaa", "se", "limited",
        "incorporated", "corporation",
    ]

    /// Heads that name a company rather than a body.
    static let companyHeads: TokenSet = ["company", "corporation", "corp", "corp.", "group", "inc", "inc."]

    /// Legal forms that are also words or name parts in title case ("Sa" in "Khun Sa", "Se", "Ab"): they count
    /// only with two capitals ("SA", "SpA").
    static let legalFormsNeedingCapitals: TokenSet = [
        "ag", "sa", "s.a.", "nv", "n.v.", "spa", "s.p.a.", "bv", "ab", "asa", "oyj", "lp", "llp", "se", "kgaa",
    ]

    /// Words that make a capitalised run a body rather than a thing ("Human Landing System ( HLS )" is none):
    /// the rules' organisation heads and a few more that acronym definitions use.
    static let bodyWords: TokenSet = TokenSet(NameWords.organizationHeadWords + [
        "administration", "confederation", "coalition", "mission", "secretariat", "directorate", "syndicate",
        "consortium", "exchange", "airlines", "airways", "industries", "holdings", "bourse", "cartel", "unit",
        "organisations", "organizations", "institutes", "nations", "countries", "states", "workers", "army's",
    ])

    /// Whether token `index` is a legal form as written.
    @inline(__always)
    static func isLegalForm(_ tokens: WordTokens, _ index: Int) -> Bool {
        guard tokens[index].isCapitalized, legalForms.contains(tokens, index) else { return false }
        guard legalFormsNeedingCapitals.contains(tokens, index) else { return true }
        return tokens.textBytes[tokens[index].textRange].filter { $0 >= 65 && $0 <= 90 }.count >= 2
    }

    static func apply(_ sentences: inout [SentenceEntities]) {
        var names = Set<String>()
        for index in sentences.indices {
            joinLegalForms(&sentences[index], sentence: index, names: &names)
            joinPlaceOfBody(&sentences[index])
            defineAcronyms(&sentences[index], sentence: index, names: &names)
        }
        guard !names.isEmpty else { return }
        for index in sentences.indices { spread(&sentences[index], sentence: index, names: names) }
    }

    // MARK: legal forms

    private static func joinLegalForms(_ row: inout SentenceEntities, sentence: Int, names: inout Set<String>) {
        let tokens = row.tokens
        // "Alpo Petfoods Inc of Allentown": a connector the rules ran over ends no organisation's name.
        for position in row.mentions.indices where row.mentions[position].kind == .organization && row.mentions[position].code.isEmpty {
            // Read and changed in place: a copy of the mention, made for each organisation, retained its strings.
            guard row.mentions[position].surfaceTokens == nil else { continue }
            var range = row.mentions[position].tokens
            while range.count > 1, !tokens[range.upperBound - 1].isCapitalized,
                NameWords.organizationConnectors.contains(tokens, range.upperBound - 1)
            {
                range = range.lowerBound..<(range.upperBound - 1)
            }
            guard range != row.mentions[position].tokens else { continue }
            let surface = EntityRecognizer.surface(tokens, range)
            row.mentions[position].tokens = range
            row.mentions[position].surface = surface
            row.mentions[position].name = surface
        }
        var index = 1
        while index < tokens.count {
            defer { index += 1 }
            guard tokens[index].isCapitalized, tokens[index].keyLength <= 12, isLegalForm(tokens, index),
                let start = companyStart(tokens, before: index, mentions: row.mentions)
            else { continue }
            let span = start..<(index + 1)
            let surface = EntityRecognizer.surface(tokens, span)
            // A dictionary organisation named with its legal form keeps its code.
            var company = row.mentions.first { $0.kind == .organization && !$0.code.isEmpty && ($0.surfaceTokens ?? $0.tokens) == start..<index }
                ?? organization(span, surface, sentence: sentence)
            company.tokens = span
            company.surfaceTokens = nil
            company.surface = surface
            if company.code.isEmpty { company.name = surface }
            row.mentions.removeAll { ($0.surfaceTokens ?? $0.tokens).overlaps(span) || $0.tokens.overlaps(span) }
            row.mentions.append(company)
            row.mentions.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
            names.insert(surface.lowercased())
            rememberStem(tokens, span, names: &names)
        }
    }

    /// Where the name a legal form ends starts: capitalised words (and "&" or "-" between two of them) right
    /// before it, taking in whole mentions ("Shell Transport and Trading Co Plc" as the rules joined it) other
    /// than countries named as nouns (a country adjective is part of the name: "British Airways Plc"); nil
    /// when there is none.
    private static func companyStart(_ tokens: WordTokens, before form: Int, mentions: [EntityMention]) -> Int? {
        var start = form
        while start > 0 {
            let index = start - 1
            if let mention = mentions.first(where: { ($0.surfaceTokens ?? $0.tokens).contains(index) || $0.tokens.contains(index) }) {
                let range = mention.surfaceTokens ?? mention.tokens
                let isCountryNoun = mention.kind == .country && mention.surface == mention.name
                guard !isCountryNoun, range.upperBound <= form + 1, tokens[range.lowerBound].isCapitalized,
                    !isLegalForm(tokens, range.lowerBound)
                else { break }
                start = min(range.lowerBound, mention.tokens.lowerBound)
                continue
            }
            if tokens[index].isWord, tokens[index].isCapitalized, !NameWords.notNames.contains(tokens, index), !isLegalForm(tokens, index) {
                start = index
            } else if index > 0, start < form, tokens[start].isCapitalized,
                tokens.key(index, is: "&") || tokens.key(index, is: "-"),
                tokens[index - 1].isCapitalized, !isLegalForm(tokens, index - 1)
            {
                start = index
            } else {
                break
            }
        }
        while start < form, !tokens[start].isCapitalized { start += 1 }
        return start < form ? start : nil
    }

    // MARK: "National Bank of Poland"

    /// A body's name ending in "of" (or "of the") and a country or place ("National Bank of Poland", "Bankers
    /// Association of the Philippines", "Federal Radio Corporation of Nigeria") is one organisation; the
    /// dictionary's country inside it is no mention of its own.
    private static func joinPlaceOfBody(_ row: inout SentenceEntities) {
        let tokens = row.tokens
        var position = 0
        while position + 1 < row.mentions.count {
            defer { position += 1 }
            // An uncoded organisation's mention only is copied out (a copy retains each of its strings).
            guard row.mentions[position].kind == .organization, row.mentions[position].code.isEmpty else { continue }
            let mention = row.mentions[position]
            let span = mention.surfaceTokens ?? mention.tokens
            let last = span.upperBound - 1
            guard span.upperBound + 1 < tokens.count,
                NameWords.organizationHeads.contains(tokens, last) || isLegalForm(tokens, last),
                tokens.key(span.upperBound, is: "of")
            else { continue }
            var placeStart = span.upperBound + 1
            if tokens.key(placeStart, is: "the") { placeStart += 1 }
            let place = row.mentions[position + 1]
            // A company "of" a town is where it sits ("Metaview Corporation of San Francisco"); of a country, it
            // may be its name ("Federal Radio Corporation of Nigeria").
            let isCompany = isLegalForm(tokens, last) || companyHeads.contains(tokens, last)
            guard place.tokens.lowerBound == placeStart, place.surfaceTokens == nil,
                place.kind == .country || place.kind == .location && !isCompany
            else { continue }
            var joined = mention
            joined.tokens = mention.tokens.lowerBound..<place.tokens.upperBound
            if let surfaceTokens = mention.surfaceTokens { joined.surfaceTokens = surfaceTokens.lowerBound..<place.tokens.upperBound }
            joined.surface = EntityRecognizer.surface(tokens, joined.surfaceTokens ?? joined.tokens)
            joined.name = joined.surface
            joined.country = joined.country.isEmpty && place.kind == .country ? place.code : joined.country
            row.mentions[position] = joined
            row.mentions.remove(at: position + 1)
        }
    }

    /// The name without its legal form ("Siemens", "Ford Motor"), as the rest of a story calls it.
    private static func rememberStem(_ tokens: WordTokens, _ span: Range<Int>, names: inout Set<String>) {
        var stem = span.lowerBound..<(span.upperBound - 1)
        while !stem.isEmpty, !tokens[stem.upperBound - 1].isWord || tokens.key(stem.upperBound - 1, is: "&")
            || legalForms.contains(tokens, stem.upperBound - 1)
        {
            stem = stem.lowerBound..<(stem.upperBound - 1)
        }
        guard !stem.isEmpty, tokens[stem.upperBound - 1].isCapitalized, tokens[stem.lowerBound].isCapitalized else { return }
        names.insert(EntityRecognizer.surface(tokens, stem).lowercased())
    }

    // MARK: acronyms in brackets

    private static func defineAcronyms(_ row: inout SentenceEntities, sentence: Int, names: inout Set<String>) {
        let tokens = row.tokens
        var open = 1
        while open + 2 < tokens.count {
            defer { open += 1 }
            let acronym = open + 1
            guard !tokens[open].isWord, tokens[acronym].isCapitalized, tokens.key(open, is: "("), tokens.key(open + 2, is: ")"),
                isAcronym(tokens, acronym),
                !notOrganizations.contains(tokens, acronym)
            else { continue }
            guard let span = definition(of: acronym, before: open, in: row) else { continue }
            let inside = row.mentions.filter { $0.tokens.overlaps(span) }
            if inside.count == 1, inside[0].tokens == span || inside[0].surfaceTokens == span, inside[0].kind == .organization {
                // Already the organisation.
            } else {
                row.mentions.removeAll { $0.tokens.overlaps(span) }
                row.mentions.append(organization(span, EntityRecognizer.surface(tokens, span), sentence: sentence))
                row.mentions.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
            }
            names.insert(EntityRecognizer.surface(tokens, span).lowercased())
            let surface = tokens.text(acronym)
            names.insert(surface.lowercased())
            if let index = row.mentions.firstIndex(where: { $0.tokens.contains(acronym) }) {
                let mention = row.mentions[index]
                guard mention.tokens == acronym..<(acronym + 1), mention.kind != .organization, mention.kind != .country,
                    mention.code.isEmpty
                else { continue }
                row.mentions[index].kind = .organization
                row.mentions[index].role = nil
                row.mentions[index].place = nil
            } else {
                row.mentions.append(organization(acronym..<(acronym + 1), surface, sentence: sentence))
                row.mentions.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
            }
        }
    }

    /// The organisation an acronym in brackets stands for: the longest run of capitalised words (and
    /// connectors) right before the bracket whose initials fit the acronym, unless a country is that run or a
    /// mention reaches into it from before; else an organisation mention ending at the bracket.
    private static func definition(of acronym: Int, before open: Int, in row: SentenceEntities) -> Range<Int>? {
        let tokens = row.tokens
        let letters = initials(tokens.key(acronym))
        if let run = capitalisedRun(tokens, endingBefore: open) {
            for start in run where tokens[start].isCapitalized {
                let span = start..<open
                guard fits(letters, capitalInitials(tokens, span)), span.contains(where: { bodyWords.contains(tokens, $0) }) else { continue }
                if row.mentions.contains(where: {
                    $0.tokens.overlaps(span) && ($0.tokens.lowerBound < start || $0.kind == .country && ($0.surfaceTokens ?? $0.tokens) == span)
                }) {
                    return nil
                }
                return span
            }
        }
        guard let mention = row.mentions.last(where: { ($0.surfaceTokens ?? $0.tokens).upperBound == open }),
            mention.kind == .organization
        else { return nil }
        return mention.surfaceTokens ?? mention.tokens
    }

    /// Acronyms of things, not bodies, that news writes capitalised and defines in brackets.
    static let notOrganizations: TokenSet = [
        "gdp", "gnp", "vat", "ceo", "cfo", "coo", "ipo", "gmt", "cpi", "ppi", "pmi", "hiv", "aids", "sars", "lng", "lpg",
        "ev", "evs", "ai", "faq", "pdf", "url", "tv", "dna", "ppp", "fdi", "eps", "ebit", "ebitda", "roe", "m&a",
    ]

    /// "OSCE", "UNITA", "FORD-Kenya": two to eight letters, the first two capitals.
    private static func isAcronym(_ tokens: WordTokens, _ index: Int) -> Bool {
        let token = tokens[index]
        guard token.isWord, token.isCapitalized else { return false }
        let text = tokens.textBytes[token.textRange]
        let head = text.prefix { $0 != UInt8(ascii: "-") }
        guard head.count >= 2, head.count <= 8 else { return false }
        return head.allSatisfy { ($0 >= 65 && $0 <= 90) || $0 == UInt8(ascii: ".") }
            && head.filter({ $0 >= 65 && $0 <= 90 }).count >= 2
    }

    /// The acronym's letters before any hyphen ("ford-kenya" → "ford"), dots dropped.
    private static func initials(_ key: String) -> [Character] {
        Array(key.prefix { $0 != "-" }.filter(\.isLetter))
    }

    /// First letters of the capitalised words of a name, lower case; hyphenated words give each part's
    /// ("Congo-Zaire" → c, z).
    private static func capitalInitials(_ tokens: WordTokens, _ span: Range<Int>) -> [Character] {
        var result: [Character] = []
        for index in span where tokens[index].isWord && tokens[index].isCapitalized {
            for part in tokens.key(index).split(separator: "-") { if let first = part.first { result.append(first) } }
        }
        return result
    }

    /// The acronym's letters in order among the initials, first letters equal ("adfl" in a-d-f-l-c-z), or
    /// the same letters in another order (a name translated: "Institutional Revolutionary Party ( PRI )").
    static func fits(_ letters: [Character], _ initials: [Character]) -> Bool {
        guard letters.count >= 2, initials.count >= 2 else { return false }
        if letters.first == initials.first {
            var position = initials.startIndex
            var matched = true
            for letter in letters {
                guard let found = initials[position...].firstIndex(of: letter) else {
                    matched = false
                    break
                }
                position = found + 1
            }
            if matched { return true }
        }
        return letters.count == initials.count && letters.sorted() == initials.sorted()
    }

    /// Capitalised words (joined by "of", "for", "and", "the", "in", "on", "&") right before `end`; nil when none or
    /// one word.
    private static func capitalisedRun(_ tokens: WordTokens, endingBefore end: Int) -> Range<Int>? {
        var start = end
        while start > 0 {
            let index = start - 1
            if tokens[index].isWord, tokens[index].isCapitalized, !NameWords.notNames.contains(tokens, index) {
                start = index
            } else if index > 0, start < end, isConnector(tokens, index),
                tokens[index - 1].isCapitalized || isConnector(tokens, index - 1)
            {
                start = index
            } else {
                break
            }
        }
        while start < end, !tokens[start].isCapitalized { start += 1 }
        guard end - start >= 2 else { return nil }
        return start..<end
    }

    /// "of", "for", "and", "the", "on", "&", "in": words inside an organisation's name.
    private static func isConnector(_ tokens: WordTokens, _ index: Int) -> Bool {
        !tokens[index].isCapitalized && (NameWords.organizationConnectors.contains(tokens, index) || tokens.key(index, is: "in"))
    }

    // MARK: one name, one type

    private static func spread(_ row: inout SentenceEntities, sentence: Int, names: Set<String>) {
        let tokens = row.tokens
        var changed = false
        for position in row.mentions.indices {
            let mention = row.mentions[position]
            guard mention.kind == .person || mention.kind == .location, mention.code.isEmpty,
                names.contains(mention.surface.lowercased())
            else { continue }
            row.mentions[position].kind = .organization
            row.mentions[position].role = nil
            row.mentions[position].place = nil
        }
        // Capitalised runs no mention covers that spell a marked name (up to six words, longest first).
        var covered = [Bool](repeating: false, count: tokens.count)
        for mention in row.mentions { for index in mention.surfaceTokens ?? mention.tokens where index < covered.count { covered[index] = true } }
        var start = 0
        while start < tokens.count {
            guard !covered[start], tokens[start].isWord, tokens[start].isCapitalized,
                !NameWords.notNames.contains(tokens, start)
            else {
                start += 1
                continue
            }
            var end = start
            while end < tokens.count, end - start < 6, !covered[end], tokens[end].isWord || tokens.key(end, is: "&") { end += 1 }
            var found: Range<Int>?
            var length = end - start
            while length > 0, found == nil {
                let range = start..<(start + length)
                if tokens[range.upperBound - 1].isCapitalized, names.contains(EntityRecognizer.surface(tokens, range).lowercased()) {
                    found = range
                }
                length -= 1
            }
            guard let range = found else {
                start += 1
                continue
            }
            row.mentions.append(organization(range, EntityRecognizer.surface(tokens, range), sentence: sentence))
            changed = true
            start = range.upperBound
        }
        if changed { row.mentions.sort { $0.tokens.lowerBound < $1.tokens.lowerBound } }
    }

    private static func organization(_ range: Range<Int>, _ surface: String, sentence: Int) -> EntityMention {
        EntityMention(
            sentence: sentence, tokens: range, surface: surface, kind: .organization, name: surface, code: "", country: "",
            role: nil)
    }
}
