import Foundation

/// Finds the places an article names and resolves each to one GeoNames place, as geoparsers such as CLAVIN
/// and Mordecai do: gazetteer names over the capitalised words other passes left, then a choice among the
/// places a name can mean by
///   1. an explicit region ("Paris, Texas", "Alexandria, La.", "London, Ontario"),
///   2. the countries and first-level divisions the article names elsewhere (a Texas story's Paris),
///   3. population and feature class (a capital or division over a town) as the prior.
/// Names inside longer names are refused ("West Nile virus", "Georgia Tech", "Paris Hilton", "US$10,000"), and
/// names that are English words or towns under 15,000 people need context. It runs after the entity
/// recogniser and only annotates or adds location mentions, so the countries, people and organisations the
/// lexicon and rules found stay as they were, except a rule-made "person" whose words are a place's name
/// ("Fort Worth") and a country whose name is another country's division ("Georgia" in a story about Atlanta).
public struct PlaceResolver: Sendable {
    let gazetteer: Gazetteer
    /// The entity lexicon's country names by alpha-3, so a place's country is counted under the same name.
    let countryNames: [String: String]

    public init(gazetteer: Gazetteer = .standard, countryNames: [String: String]) {
        self.gazetteer = gazetteer
        self.countryNames = countryNames
    }

    /// Towns below this population need their division in the article, or a locative word and their country.
    static let smallTown: UInt32 = 15_000

    /// Place names resolved per document, at most: a 7 KB article has about 60; a file of nothing but place
    /// names (issue 8's bounds) stops being looked up here, and its later names keep what the dictionaries
    /// and the tagger said, without geo. Each name costs a span, its candidates' scoring and a `GeoPlace`.
    static let maximumNames = 4_096

    /// Names of a list walked past to find its place ("from Stewartville, Byron and Winona"), at most.
    static let listReach = 12

    public func resolve(_ sentences: inout [SentenceEntities]) {
        var spans: [PlaceSpan] = []
        var dropped: [(sentence: Int, mention: Int)] = []
        var countryPeople: [(sentence: Int, mention: Int)] = []
        var scratch = CollectStorage()
        for index in sentences.indices where spans.count < Self.maximumNames {
            collect(sentences[index], sentence: index, into: &spans, dropping: &dropped, countryPeople: &countryPeople, storage: &scratch)
        }
        for (sentence, mention) in countryPeople {
            sentences[sentence].mentions[mention].kind = .country
            sentences[sentence].mentions[mention].role = nil
        }
        guard !spans.isEmpty || !dropped.isEmpty || !countryPeople.isEmpty || sentences.contains(where: { $0.mentions.contains { $0.kind == .country } }) else { return }
        var removed = MentionSet()
        for (sentence, mention) in dropped { removed.insert(sentence: sentence, mention: mention) }
        let context = self.context(spans, sentences, removed: removed)
        let lowercaseWords = Self.lowercaseWords(sentences, spans)
        let personWords = Self.personWords(sentences, spans)
        var added: [[EntityMention]] = Array(repeating: [], count: sentences.count)
        // Countries read as another country's division ("Georgia" the state): their demonyms ("Georgians") then
        // name the division's people, not the country.
        var divisionReadings: [(code: String, name: String)] = []
        // One record per place named, shared by its mentions (its Strings are made once).
        var geoPlaces: [UInt32: GeoPlace] = [:]
        for span in spans {
            let tokens = sentences[span.sentence].tokens
            switch span.origin {
            case .abbreviation(let place):
                added[span.sentence].append(mention(span, tokens, place, &geoPlaces))
            case .text:
                if let place = choose(span, context, lowercaseWords: lowercaseWords, tokens: tokens),
                    !isPersonsName(span, place, tokens, personWords)
                {
                    added[span.sentence].append(mention(span, tokens, place, &geoPlaces))
                }
            case .person(let index):
                if let place = choose(span, context, lowercaseWords: lowercaseWords, tokens: tokens),
                    !isPersonsName(span, place, tokens, personWords)
                {
                    added[span.sentence].append(mention(span, tokens, place, &geoPlaces))
                    removed.insert(sentence: span.sentence, mention: index)
                }
            case .personAfterLocative(let index):
                if let place = best(span, context, among: gazetteer.candidateIndices(span.candidates)),
                    context.names(division: gazetteer.places[Int(place)].admin1, excluding: span.surface),
                    !isPersonsName(span, place, tokens, personWords)
                {
                    added[span.sentence].append(mention(span, tokens, place, &geoPlaces))
                    removed.insert(sentence: span.sentence, mention: index)
                }
            case .part(let index):
                removed.insert(sentence: span.sentence, mention: index)
                if let place = choose(span, context, lowercaseWords: lowercaseWords, tokens: tokens),
                    !isPersonsName(span, place, tokens, personWords)
                {
                    added[span.sentence].append(mention(span, tokens, place, &geoPlaces))
                }
            case .location(let index):
                let existing = sentences[span.sentence].mentions[index]
                if Self.isInsideAnotherName(tokens, span.tokens) {
                    removed.insert(sentence: span.sentence, mention: index)
                } else if let place = best(span, context, among: gazetteer.candidateIndices(span.candidates), favouring: existing.country) {
                    if isPersonsName(span, place, tokens, personWords) {
                        removed.insert(sentence: span.sentence, mention: index)
                        continue
                    }
                    let geo = geoPlace(place, &geoPlaces)
                    let isWord = isEnglishWord(span, lowercaseWords: lowercaseWords, tokens: tokens)
                    let lacksContext = span.region == nil && (isWord || isSmallTown(place)) && !hasContext(span, place, context)
                    // A dictionary region of no one country names what the words mean ("Gulf": the Persian Gulf):
                    // a gazetteer place of another name (Papua New Guinea's Gulf Province) is not it.
                    let dictionarySaysOtherwise = span.region == nil && existing.country.isEmpty
                        && existing.name != existing.surface && existing.name != geo.name
                    if lacksContext && isWord && existing.code.isEmpty && existing.country.isEmpty && existing.name == existing.surface {
                        // The tagger's or the rules' reading of an English word ("Western sanctions"), with no
                        // place named around it: not a place.
                        removed.insert(sentence: span.sentence, mention: index)
                    } else if !lacksContext && !dictionarySaysOtherwise {
                        sentences[span.sentence].mentions[index] = mention(span, tokens, place, &geoPlaces)
                    }
                }
            case .country(let index):
                let existing = sentences[span.sentence].mentions[index]
                if Self.followsHonorific(tokens, span.tokens) {
                    removed.insert(sentence: span.sentence, mention: index)
                } else if let division = otherCountrysDivision(span, existing, context, tokens) {
                    sentences[span.sentence].mentions[index] = mention(span, tokens, division, &geoPlaces)
                    divisionReadings.append((existing.code, existing.surface.lowercased()))
                } else if !Self.isInsideAnotherName(tokens, span.tokens), let city = capitalNamed(span, existing) {
                    // A capital's name in a story set elsewhere ("Paris" in a Texas story) is that other place.
                    if let other = best(span, context, among: gazetteer.candidateIndices(span.candidates)),
                        other != city, span.region != nil || outweighs(other, city, span, context)
                    {
                        sentences[span.sentence].mentions[index] = mention(span, tokens, other, &geoPlaces)
                    } else {
                        sentences[span.sentence].mentions[index].place = geoPlace(city, &geoPlaces)
                    }
                }
            }
        }
        // The countries' own places, looked up once per code (an article names a few countries many times).
        var countryPlaces: [(code: String, place: GeoPlace?)] = []
        countryPlaces.reserveCapacity(8)
        for index in sentences.indices {
            // A sentence nothing is removed from or added to keeps its list, its countries given their places
            // in place (rebuilt, it would copy each mention's strings).
            if added[index].isEmpty, divisionReadings.isEmpty,
                !removed.touches(sentence: index)
            {
                for position in sentences[index].mentions.indices
                where sentences[index].mentions[position].kind == .country && sentences[index].mentions[position].place == nil {
                    sentences[index].mentions[position].place = countryPlace(sentences[index].mentions[position].code, &countryPlaces)
                }
                continue
            }
            var mentions: [EntityMention] = []
            mentions.reserveCapacity(sentences[index].mentions.count + added[index].count)
            for (position, var mention) in sentences[index].mentions.enumerated() where !removed.contains(sentence: index, mention: position) {
                if !divisionReadings.isEmpty, mention.kind == .country,
                    divisionReadings.contains(where: { $0.code == mention.code && mention.surface.lowercased().hasPrefix($0.name) })
                {
                    continue
                }
                if mention.kind == .country, mention.place == nil { mention.place = countryPlace(mention.code, &countryPlaces) }
                mentions.append(mention)
            }
            if !added[index].isEmpty {
                mentions += added[index]
                mentions.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
            }
            sentences[index].mentions = mentions
        }
    }

    /// `gazetteer.country(code)`, from `known` when asked before (at most one entry per country code).
    private func countryPlace(_ code: String, _ known: inout [(code: String, place: GeoPlace?)]) -> GeoPlace? {
        if let index = known.firstIndex(where: { $0.code == code }) { return known[index].place }
        let place = gazetteer.country(code)
        known.append((code, place))
        return place
    }

    /// Which one-word names the article also writes in lower case, when some one-word name needs the test
    /// ("Mobile" is a place unless the article also writes "mobile"): the hashes of the one-word spans (the
    /// only ones `isEnglishWord` asks about) that some lower-case word of four letters or more spells. Only
    /// the asked hashes are kept: a table of every lower-case word of the article cost more than the rest of
    /// the test.
    private static func lowercaseWords(_ sentences: [SentenceEntities], _ spans: [PlaceSpan]) -> KeyedTable<UInt64, Void> {
        guard spans.contains(where: { $0.tokens.count == 1 && $0.origin == .text }) else { return KeyedTable(capacity: 1) }
        var asked = KeyedTable<UInt64, Void>(capacity: 16)
        // Two 64-bit masks of the asked hashes' top bits, a filter before the table: most lower-case words of an
        // article are no asked name, and two bit tests cost less than a probe.
        var high: UInt64 = 0
        var low: UInt64 = 0
        for span in spans where span.tokens.count == 1 {
            let hash = sentences[span.sentence].tokens[span.tokens.lowerBound].hash
            let (found, free) = asked.find(forUpdating: hash)
            if found < 0 { asked.insert(hash, (), at: free) }
            high |= 1 &<< (hash &>> 58)
            low |= 1 &<< ((hash &>> 52) & 63)
        }
        var words = KeyedTable<UInt64, Void>(capacity: asked.count)
        for sentence in sentences.indices {
            for token in sentences[sentence].tokens.tokens
            where token.isWord && !token.isCapitalized && token.keyLength > 3
                && high & (1 &<< (token.hash &>> 58)) != 0 && low & (1 &<< ((token.hash &>> 52) & 63)) != 0
                && asked.index(of: token.hash) != nil
            {
                let (found, free) = words.find(forUpdating: token.hash)
                if found < 0 { words.insert(token.hash, (), at: free) }
            }
        }
        return words
    }

    /// The hashes of the words of the article's persons of two to four words, sorted, when some one-word name
    /// needs the test ("Feliciano Lopez" … "Lopez"). Not a list ("Texarkana and Sherman"), and not in a Title
    /// Case line, whose capitals make the rules' persons of anything.
    private static func personWords(_ sentences: [SentenceEntities], _ spans: [PlaceSpan]) -> [UInt64] {
        guard spans.contains(where: { $0.tokens.count == 1 }) else { return [] }
        var words: [UInt64] = []
        for sentence in sentences {
            var titleCase: Bool?
            for position in sentence.mentions.indices where sentence.mentions[position].kind == .person {
                // Its range only: a copy of the mention retains each of its strings.
                let range = sentence.mentions[position].tokens
                guard (2...4).contains(range.count)
                    && !range.contains(where: { $0 < sentence.tokens.count && PlaceWords.listJoiners.contains(sentence.tokens, $0) })
                else { continue }
                if titleCase == nil { titleCase = isTitleCase(sentence.tokens) }
                if titleCase == true { break }
                for index in range where index < sentence.tokens.count && sentence.tokens[index].isWord {
                    words.append(sentence.tokens[index].hash)
                }
            }
        }
        words.sort()
        return words
    }

    /// A one-word name right after an honorific ("Mr. Washington said"), or one the article also writes inside
    /// a person's full name ("Feliciano Lopez" … "Granollers and Lopez") when it would be a town or county:
    /// a person's name. Countries, capitals and first-level divisions keep the second reading ("Georgia Harris"
    /// in a story about Georgia), and so does a name with its region after it ("Lopez, Quezon").
    private func isPersonsName(_ span: PlaceSpan, _ place: UInt32, _ tokens: WordTokens, _ personWords: [UInt64]) -> Bool {
        guard span.tokens.count == 1, span.region == nil else { return false }
        if Self.followsHonorific(tokens, span.tokens) { return true }
        let feature = gazetteer.places[Int(place)].feature
        return feature != .division && feature != .capital && Self.contains(personWords, tokens[span.tokens.lowerBound].hash)
    }

    /// An honorific stands right before the name ("Mr. Washington", "Dr Houston").
    static func followsHonorific(_ tokens: WordTokens, _ range: Range<Int>) -> Bool {
        var before = range.lowerBound - 1
        if before >= 1, tokens.key(before, is: ".") { before -= 1 }
        return before >= 0 && PlaceWords.honorifics.contains(tokens, before)
    }

    private static func contains(_ sorted: [UInt64], _ value: UInt64) -> Bool {
        var low = 0
        var high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low < sorted.count && sorted[low] == value
    }

    // MARK: finding names

    /// The per-sentence arrays of `collect`, kept from sentence to sentence: allocated per sentence, they cost
    /// more than most sentences' look-ups.
    private struct CollectStorage {
        var hashes: [UInt64] = []
        var covered: [Bool] = []
        var claimed: [Bool] = []

        /// The array `stored` held, moved out and holding `count` times `false` in its old storage.
        static func take(_ stored: inout [Bool], count: Int) -> [Bool] {
            var array: [Bool] = []
            swap(&array, &stored)
            array.removeAll(keepingCapacity: true)
            // Copied from a run of falses in one go: `append(contentsOf: repeatElement(…))` went through the
            // generic sequence path, and so does a loop of appends (a capacity and uniqueness check per flag).
            var left = count
            while left > 0 {
                let part = min(left, falses.count)
                array.append(contentsOf: falses[0..<part])
                left -= part
            }
            return array
        }

        private static let falses = [Bool](repeating: false, count: 256)
    }

    private func collect(
        _ sentence: SentenceEntities, sentence index: Int, into spans: inout [PlaceSpan],
        dropping dropped: inout [(sentence: Int, mention: Int)], countryPeople: inout [(sentence: Int, mention: Int)],
        storage: inout CollectStorage
    ) {
        let tokens = sentence.tokens
        guard !tokens.isEmpty else { return }
        let firstSpan = spans.endIndex
        storage.hashes.removeAll(keepingCapacity: true)
        storage.hashes.reserveCapacity(tokens.count)
        for token in tokens.tokens { storage.hashes.append(token.hash) }
        let hashes = storage.hashes
        var covered = CollectStorage.take(&storage.covered, count: tokens.count)
        // Words a dictionary place's longer gazetteer name took from the next mention ("Iowa" + "City and
        // Coralville" is "Iowa City" and "Coralville").
        var claimed = CollectStorage.take(&storage.claimed, count: tokens.count)
        defer { (storage.covered, storage.claimed) = (covered, claimed) }
        // By position, what the pass reads of the mention taken in place (a copy retains each of its strings);
        // the kind is the one field this pass changes.
        for position in sentence.mentions.indices {
            let mention = MentionFacts(sentence.mentions[position])
            var kind = mention.kind
            for token in mention.tokens where token < covered.count { covered[token] = true }
            if let last = mention.tokens.last(where: { $0 < claimed.count && claimed[$0] }) {
                dropped.append((index, position))
                let rest = (last + 1)..<mention.tokens.upperBound
                if !rest.isEmpty, let parts = placeParts(index, position, rest, tokens, hashes, anywhere: false, covered: &covered) {
                    spans += parts
                }
                continue
            }
            // A dictionary "person" named exactly as its own country (Phoenix's "Georgia" row) is the country.
            if kind == .person, mention.hasCode, countryNames[sentence.mentions[position].code] == sentence.mentions[position].name {
                kind = .country
                countryPeople.append((index, position))
            }
            let mentionLength = mention.tokens.count
            if !mention.hasCode, kind != .country {
                // The tagger's "Minn" (Minden) or person "Ky" in "Rochester, Minn.": the abbreviation rule below
                // reads it as the division, so the tagger's span gives way.
                if isAbbreviationAfterName(tokens, hashes, mention.tokens) {
                    dropped.append((index, position))
                    for token in mention.tokens where token < covered.count { covered[token] = false }
                    continue
                }
                // "Dundas Street", "Harrogate Road": a road, not a place.
                if kind == .location, !mention.hasCountry, PlaceWords.streetWords.contains(tokens, mention.tokens.upperBound - 1) {
                    dropped.append((index, position))
                    continue
                }
            }
            if kind == .person || kind == .organization, !mention.hasRole,
                let place = placeNameAtMention(mention, sentence.mentions, tokens, hashes)
            {
                // "CAMDEN, N.J.", "Harris" + "County Judge", "League" + "City", "the city of Jackson": a place the
                // tagger or the dictionary took for a person or an organisation.
                for token in place.tokens where token < claimed.count {
                    claimed[token] = token >= mention.tokens.upperBound
                    covered[token] = true
                }
                spans.append(span(index, place.tokens, place.range, .person(position), tokens, hashes))
                continue
            }
            switch kind {
            case .country, .location:
                // "US$10,000": a currency, not the country; "Chad Johnson", "Washington Street", "Bank of England":
                // part of another name.
                if !Self.isCurrencyPrefix(tokens, mention.tokens), let longer = longerName(mention, sentence.mentions, tokens, hashes) {
                    let range = mention.tokens.lowerBound..<(mention.tokens.lowerBound + longer.length)
                    for token in range {
                        claimed[token] = token >= mention.tokens.upperBound
                        covered[token] = true
                    }
                    spans.append(span(index, range, longer.range, .part(position), tokens, hashes))
                    continue
                }
                if Self.isCurrencyPrefix(tokens, mention.tokens)
                    || (kind == .country && Self.isCountryInsideName(tokens, mention.tokens, sentence.mentions))
                {
                    dropped.append((index, position))
                    continue
                }
                if let earlier = earlierStart(mention, tokens, hashes, covered) {
                    // "County" + "Galway", "St." + "Martin Parish", "New" + "Glasgow": the gazetteer's name starts
                    // a word or two before the mention.
                    for token in earlier.tokens { covered[token] = true }
                    spans.append(span(index, earlier.tokens, earlier.range, .part(position), tokens, hashes))
                    continue
                }
                guard let match = gazetteer.longestName(in: hashes, at: mention.tokens.lowerBound, accept: { $0 == mentionLength }) else {
                    // A lexicon place inside another name ("West Nile virus"): no place at all.
                    if kind == .location, Self.isInsideAnotherName(tokens, mention.tokens) { dropped.append((index, position)) }
                    // A list of places in one mention.
                    if kind == .location, !mention.hasCode, !mention.hasCountry,
                        let parts = placeParts(index, position, mention.tokens, tokens, hashes, anywhere: false, covered: &covered)
                    {
                        spans += parts
                    }
                    continue
                }
                spans.append(
                    span(index, mention.tokens, match.range, kind == .country ? .country(position) : .location(position), tokens, hashes))
            case .person where !mention.hasCode && !mention.hasRole && mention.tokens.count >= 2:
                // "Fort Worth", "Gainesville and Springfield": the rule-made person is place names throughout.
                var parts: [PlaceSpan] = []
                var start = mention.tokens.lowerBound
                while start < mention.tokens.upperBound {
                    if tokens.key(start, is: "and") || tokens.key(start, is: "&") || tokens.key(start, is: ",") {
                        start += 1
                        continue
                    }
                    let limit = mention.tokens.upperBound - start
                    guard let match = gazetteer.longestName(in: hashes, at: start, accept: { $0 <= limit }) else {
                        parts.removeAll()
                        break
                    }
                    parts.append(span(index, start..<(start + match.length), match.range, .person(position), tokens, hashes))
                    start += match.length
                }
                spans += parts
                if parts.isEmpty, Self.isTitleCase(tokens),
                    let parts = placeParts(index, position, mention.tokens, tokens, hashes, anywhere: true, covered: &covered)
                {
                    spans += parts
                }
            case .person where !mention.hasCode && !mention.hasRole
                && Self.isCoordinatedWithPlace(position, sentence.mentions, tokens):
                // "in Texarkana and Sherman": a name listed with a place is read as a place when the gazetteer
                // has it (the tagger's person for it gives way; the evidence rules below still apply).
                if let match = gazetteer.longestName(in: hashes, at: mention.tokens.lowerBound, accept: { $0 == mentionLength }) {
                    spans.append(span(index, mention.tokens, match.range, .person(position), tokens, hashes))
                }
            case .person where mention.tokens.count == 1 && !mention.hasRole && mention.tokens.lowerBound > 0
                && PlaceWords.locatives.contains(tokens, mention.tokens.lowerBound - 1):
                if let match = gazetteer.longestName(in: hashes, at: mention.tokens.lowerBound, accept: { $0 == mentionLength }), !match.range.isCommonWord {
                    spans.append(span(index, mention.tokens, match.range, .personAfterLocative(position), tokens, hashes))
                }
            case .person, .organization:
                // A Title Case headline ("Wildfire Near Boulder Forces Evacuations In Colorado Foothills") reads as
                // one long name to the rules: the places inside it are places.
                if !mention.hasCode, Self.isTitleCase(tokens),
                    let parts = placeParts(index, position, mention.tokens, tokens, hashes, anywhere: true, covered: &covered)
                {
                    spans += parts
                }
            default:
                continue
            }
        }
        var start = 0
        while start < tokens.count {
            guard !covered[start], tokens[start].isWord, tokens[start].isCapitalized else {
                start += 1
                continue
            }
            // "Alexandria, La.": after a name and a comma, an abbreviation is the division itself.
            if start >= 2, covered[start - 2], tokens.key(start - 1, is: ","),
                let abbreviation = gazetteer.abbreviation(in: hashes, at: start),
                Self.abbreviationCaseFits(tokens, start, abbreviation.length)
            {
                let abbreviated = start..<(start + abbreviation.length)
                spans.append(
                    PlaceSpan(
                        sentence: index, tokens: abbreviated, candidates: CandidateRange(start: 0, count: 0, isCommonWord: false),
                        origin: .abbreviation(abbreviation.place), surface: hashes[start], region: nil, afterLocative: false))
                for token in abbreviated { covered[token] = true }
                start = abbreviated.upperBound
                continue
            }
            let match = gazetteer.longestName(in: hashes, at: start) { length in
                start + length <= tokens.count && !covered[start..<(start + length)].contains(true)
                    && tokens[start + length - 1].isCapitalized
            }
            guard let match else {
                start += 1
                continue
            }
            let range = start..<(start + match.length)
            spans.append(span(index, range, match.range, .text, tokens, hashes))
            for token in range { covered[token] = true }
            start = range.upperBound
        }
        // "City, Region": the region is the span (or country mention) right after the comma, found by its first
        // token: by a scan in a sentence of a few spans and mentions, in dictionaries made on the first comma
        // after a span in a sentence of many (a sentence of place names only stays linear). Two dictionaries
        // per sentence cost more than the rest of this loop.
        var spanAt: [Int: Int] = [:]
        var countryAt: [Int: Int] = [:]
        var madeTables = false
        let scans = spans.count - firstSpan <= 16 && sentence.mentions.count <= 16
        for position in spans.indices[firstSpan...] {
            let after = spans[position].tokens.upperBound
            guard after + 1 < tokens.count, tokens.key(after, is: ",") else { continue }
            if !scans, !madeTables {
                madeTables = true
                for position in spans.indices[firstSpan...] where spanAt[spans[position].tokens.lowerBound] == nil {
                    spanAt[spans[position].tokens.lowerBound] = position
                }
                for (position, mention) in sentence.mentions.enumerated() where mention.kind == .country {
                    countryAt[mention.tokens.lowerBound] = position
                }
            }
            // The first span and the last country mention starting there, as the dictionaries keep them.
            let next = scans ? spans.indices[firstSpan...].first { spans[$0].tokens.lowerBound == after + 1 } : spanAt[after + 1]
            if let next {
                spans[position].region = region(of: spans[next], sentence)
            } else if let country = (scans
                ? sentence.mentions.indices.last { sentence.mentions[$0].kind == .country && sentence.mentions[$0].tokens.lowerBound == after + 1 }
                : countryAt[after + 1]).map({ sentence.mentions[$0] }), let number = gazetteer.countryNumber(country.code) {
                spans[position].region = PlaceRegion(country: number, division: nil)
            } else if let match = gazetteer.longestName(in: hashes, at: after + 1, accept: { _ in true }) {
                // A division another pass took for something else ("Atlanta, Georgia" with Georgia a person).
                spans[position].region = region(
                    of: PlaceSpan(
                        sentence: index, tokens: (after + 1)..<(after + 1 + match.length), candidates: match.range, origin: .text,
                        surface: 0, region: nil, afterLocative: false), sentence)
            }
            // "restrictions imposed by the West, Moscow resorted to…": no candidate lies in the region after the
            // comma, so the comma was no "City, Region".
            if let region = spans[position].region, !hasCandidate(spans[position], inside: region) { spans[position].region = nil }
        }
    }

    private func hasCandidate(_ span: PlaceSpan, inside region: PlaceRegion) -> Bool {
        if case .abbreviation = span.origin { return true }
        return gazetteer.candidateIndices(span.candidates).contains { candidate in
            let place = gazetteer.places[Int(candidate)]
            return place.country == region.country && (region.division == nil || place.admin1 == region.division)
        }
    }

    private func span(
        _ sentence: Int, _ range: Range<Int>, _ candidates: CandidateRange, _ origin: PlaceSpan.Origin, _ tokens: WordTokens,
        _ hashes: [UInt64]
    ) -> PlaceSpan {
        var surface = hashes[range.lowerBound]
        for index in range.dropFirst() { surface = TokenHash.extend(surface, with: hashes[index]) }
        let before = range.lowerBound - 1
        return PlaceSpan(
            sentence: sentence, tokens: range, candidates: candidates, origin: origin, surface: surface, region: nil,
            afterLocative: before >= 0 && PlaceWords.locatives.contains(tokens, before))
    }

    /// The places a tagger or rule mention holds when it is a list of them ("Texarkana and Sherman", "Nitro and
    /// St. Albans" cut after "St"), or a place after words ending in "of" or a locative ("Residents of Hinds
    /// County"); `anywhere` (a Title Case headline) takes the gazetteer names wherever they are in the mention.
    /// Nil when some words are neither a place nor a joiner.
    private func placeParts(
        _ sentence: Int, _ position: Int, _ range: Range<Int>, _ tokens: WordTokens, _ hashes: [UInt64], anywhere: Bool,
        covered: inout [Bool]
    ) -> [PlaceSpan]? {
        var parts: [PlaceSpan] = []
        var start = range.lowerBound
        var unmatchedBefore = false
        while start < range.upperBound {
            if PlaceWords.listJoiners.contains(tokens, start) {
                start += 1
                continue
            }
            // The last place may run past the mention's end ("St" | ". Albans"), over words no one else took.
            let match = tokens[start].isWord && tokens[start].isCapitalized
                ? gazetteer.longestName(in: hashes, at: start) { length in
                    start + length <= tokens.count && tokens[start + length - 1].isCapitalized
                        && (start + length <= range.upperBound || !covered[range.upperBound..<(start + length)].contains(true))
                } : nil
            guard let match, !anywhere || !match.range.isCommonWord else {
                guard anywhere || parts.isEmpty else { return nil }
                unmatchedBefore = true
                start += 1
                continue
            }
            let found = start..<(start + match.length)
            if parts.isEmpty, unmatchedBefore, !anywhere, !PlaceWords.locatives.contains(tokens, found.lowerBound - 1),
                !PlaceWords.beforePlace.contains(tokens, found.lowerBound - 1)
            {
                return nil
            }
            // Two names side by side are one name ("Central Asia"), not a list.
            if !anywhere, let last = parts.last, last.tokens.upperBound == found.lowerBound { return nil }
            parts.append(span(sentence, found, match.range, .part(position), tokens, hashes))
            start = found.upperBound
        }
        guard !parts.isEmpty else { return nil }
        for part in parts { for token in part.tokens { covered[token] = true } }
        return parts
    }

    /// A gazetteer name that starts with a dictionary place and runs on over capitalised words no dictionary
    /// took ("Iowa" → "Iowa City", "San Juan" → "San Juan County").
    private func longerName(_ mention: MentionFacts, _ mentions: [EntityMention], _ tokens: WordTokens, _ hashes: [UInt64])
        -> (length: Int, range: CandidateRange)?
    {
        let start = mention.tokens.lowerBound
        guard mention.tokens.upperBound < tokens.count, tokens[mention.tokens.upperBound].isCapitalized else { return nil }
        return gazetteer.longestName(in: hashes, at: start) { length in
            let end = start + length
            guard length > mention.tokens.count, end <= tokens.count, tokens[end - 1].isCapitalized else { return false }
            let extra = mention.tokens.upperBound..<end
            return !mentions.contains { !$0.code.isEmpty && $0.tokens.overlaps(extra) }
        }
    }

    /// Whether the mention at `position` is joined to a place or country mention by "and", "or" or a comma alone
    /// ("Texarkana and Sherman", "Sherman, Denison and Paris"), directly or through other uncoded names of the
    /// same list ("from Stewartville, Byron and Winona": Byron and Winona both).
    static func isCoordinatedWithPlace(_ position: Int, _ mentions: [EntityMention], _ tokens: WordTokens) -> Bool {
        let isPlace = { (mention: EntityMention) in mention.kind == .location || mention.kind == .country }
        let isListName = { (mention: EntityMention) in mention.kind == .person && mention.code.isEmpty && mention.role == nil }
        let joins = { (left: EntityMention, right: EntityMention) -> Bool in
            guard left.tokens.upperBound <= right.tokens.lowerBound else { return false }
            let gap = left.tokens.upperBound..<right.tokens.lowerBound
            return gap.count == 1
                && (tokens.key(gap.lowerBound, is: "and") || tokens.key(gap.lowerBound, is: "or") || tokens.key(gap.lowerBound, is: ","))
        }
        // A list in prose is short: the walk stops after `listReach` names, so a file of nothing but names joined
        // by commas stays linear.
        var index = position
        while index > 0, position - index < Self.listReach, joins(mentions[index - 1], mentions[index]) {
            if isPlace(mentions[index - 1]) { return true }
            guard isListName(mentions[index - 1]) else { break }
            index -= 1
        }
        index = position
        while index + 1 < mentions.count, index - position < Self.listReach, joins(mentions[index], mentions[index + 1]) {
            if isPlace(mentions[index + 1]) { return true }
            guard isListName(mentions[index + 1]) else { break }
            index += 1
        }
        return false
    }

    /// Most words of the sentence are capitalised (a headline in Title Case): a capital says nothing there, so
    /// neighbouring capitals do not make a place part of another name. A lower-case word of four letters or
    /// more other than a preposition or conjunction means prose, however
    /// many names it holds ("Critics compared her to Virginia Woolf and Edith Wharton").
    static func isTitleCase(_ tokens: WordTokens) -> Bool {
        var words = 0
        var capitalized = 0
        for token in tokens.tokens where token.isWord && token.keyLength > 3 {
            words += 1
            if token.isCapitalized { capitalized += 1 }
        }
        guard words >= 3 && capitalized * 5 >= words * 4 else { return false }
        for index in tokens.indices where tokens[index].isWord && tokens[index].keyLength > 3 && !tokens[index].isCapitalized {
            // Lower case, not a number ("July 6, 1990").
            guard tokens.textBytes[tokens[index].textRange.lowerBound] &- 97 < 26 else { continue }
            if !PlaceWords.titleCaseLowercase.contains(tokens, index) { return false }
        }
        return true
    }

    /// A country's name starting another name: a capitalised word after it that no dictionary took ("Chad
    /// Johnson", "Georgia Harris", "Washington Street", "Nigeria Centre for Disease Control"), or an institution
    /// "of" it ("Bank of England"). Not in a Title Case headline, and not for capitals-only forms ("US Navy").
    static func isCountryInsideName(_ tokens: WordTokens, _ range: Range<Int>, _ mentions: [EntityMention]) -> Bool {
        if isInstitutionOf(tokens, range) { return true }
        let after = range.upperBound
        guard after < tokens.count, tokens[after].isWord, tokens[after].isCapitalized, !tokens[after].isAllCaps,
            !tokens[range.lowerBound].isAllCaps, !PlaceWords.afterPlace.contains(tokens, after),
            !NameWords.notNames.contains(tokens, after), !PlaceWords.beforePlace.contains(tokens, after)
        else { return false }
        // A dictionary organisation or country after it stands on its own ("US Navy" aside, "Iran Air"); a person
        // after it is the rest of a person's name ("Chad Johnson").
        if mentions.contains(where: { $0.tokens.contains(after) && !$0.code.isEmpty && $0.kind != .person }) { return false }
        return !isTitleCase(tokens)
    }

    /// "University of Florida", "Bank of England": the place names the institution.
    static func isInstitutionOf(_ tokens: WordTokens, _ range: Range<Int>) -> Bool {
        let before = range.lowerBound - 1
        return before >= 1 && tokens.key(before, is: "of") && tokens[before - 1].isCapitalized
            && PlaceWords.institutionsOf.contains(tokens, before - 1)
    }

    /// The region a span after "City," names: a division (an abbreviation or a division's name) or a country.
    private func region(of span: PlaceSpan, _ sentence: SentenceEntities) -> PlaceRegion? {
        switch span.origin {
        case .abbreviation(let place):
            let division = gazetteer.places[Int(place)]
            return PlaceRegion(country: division.country, division: division.admin1)
        case .country(let index):
            return gazetteer.countryNumber(sentence.mentions[index].code).map { PlaceRegion(country: $0, division: nil) }
        default:
            for candidate in gazetteer.candidateIndices(span.candidates) {
                let place = gazetteer.places[Int(candidate)]
                if place.feature == .division { return PlaceRegion(country: place.country, division: place.admin1) }
            }
            return nil
        }
    }

    /// Postal codes must be capitals ("TX", not "Tx"); AP forms, written with a dot, start with one ("La.").
    /// A division's abbreviation right after "Name," ("Gainesville, Fla."), the way `collect` looks for one.
    func isAbbreviationAfterName(_ tokens: WordTokens, _ hashes: [UInt64], _ range: Range<Int>) -> Bool {
        let start = range.lowerBound
        guard start >= 2, tokens.key(start - 1, is: ","),
            let abbreviation = gazetteer.abbreviation(in: hashes, at: start)
        else { return false }
        return Self.abbreviationCaseFits(tokens, start, abbreviation.length) && start + abbreviation.length >= range.upperBound
    }

    static func abbreviationCaseFits(_ tokens: WordTokens, _ start: Int, _ length: Int) -> Bool {
        let first = tokens[start]
        let dotted = length > 1 || tokens.text(start).contains(".")
        return dotted ? first.isCapitalized : first.isAllCaps
    }

    /// The name is written right against a "$" ("US$10,000", "HK$5").
    static func isCurrencyPrefix(_ tokens: WordTokens, _ range: Range<Int>) -> Bool {
        let next = range.upperBound
        guard next < tokens.count, tokens.key(next, is: "$") else { return false }
        return tokens[next].textRange.lowerBound == tokens[range.upperBound - 1].textRange.upperBound
    }

    /// A capitalised word right before or after makes the name part of a longer one ("Georgia Tech", "Paris
    /// Hilton", "Chad Smith", "Baker Street"), as does a disease word after it ("West Nile virus").
    static func isInsideAnotherName(_ tokens: WordTokens, _ range: Range<Int>) -> Bool {
        if isInstitutionOf(tokens, range) { return true }
        let after = range.upperBound
        if after < tokens.count, PlaceWords.afterDisease.contains(tokens, after) || isCurrencyPrefix(tokens, range) { return true }
        // The capital-letter rules below; the sentence is scanned for Title Case only when one of them fires.
        // "University of Florida": a capitalised name followed by "of" and another name.
        if after + 1 < tokens.count, tokens.key(after, is: "of"), tokens[after + 1].isCapitalized { return !isTitleCase(tokens) }
        let before = range.lowerBound - 1
        if before >= 0, tokens[before].isWord, tokens[before].isCapitalized,
            !PlaceWords.beforePlace.contains(tokens, before), !NameWords.notNames.contains(tokens, before),
            !PlaceWords.locatives.contains(tokens, before)
        {
            return !isTitleCase(tokens)
        }
        guard after < tokens.count else { return false }
        return tokens[after].isWord && tokens[after].isCapitalized && !PlaceWords.afterPlace.contains(tokens, after)
            && !NameWords.notNames.contains(tokens, after) && !isTitleCase(tokens)
    }

    // MARK: choosing

    /// The countries and divisions the article names: country mentions, division names, "City, Region"
    /// patterns, and towns whose most likely reading outweighs the next tenfold.
    private func context(_ spans: [PlaceSpan], _ sentences: [SentenceEntities], removed: MentionSet) -> PlaceContext {
        // Most voting names are spans; a few more are country mentions no span holds ("American").
        var context = PlaceContext(
            countryCount: gazetteer.countryCodes.count, divisionCount: gazetteer.divisionPlace.count, names: spans.count + 16)
        var ambiguous: [UInt64: [(country: UInt16, division: UInt32)]] = [:]
        for (index, sentence) in sentences.enumerated() {
            for position in sentence.mentions.indices {
                let kind = sentence.mentions[position].kind
                guard (kind == .country || (kind == .location && !sentence.mentions[position].country.isEmpty))
                    && !removed.contains(sentence: index, mention: position)
                else { continue }
                // Read in place: a copy of the mention retains each of its strings.
                guard let number = gazetteer.countryNumber(kind == .country ? sentence.mentions[position].code : sentence.mentions[position].country)
                else { continue }
                let range = sentence.mentions[position].tokens
                var surface = sentence.tokens[range.lowerBound].hash
                for index in range.dropFirst() { surface = TokenHash.extend(surface, with: sentence.tokens[index].hash) }
                context.add(surface: surface, country: number, division: nil, isPlace: kind == .location)
            }
        }
        for span in spans {
            if let region = span.region {
                context.add(surface: span.surface, country: region.country, division: region.division, isPlace: true)
            }
            switch span.origin {
            case .abbreviation(let place):
                let division = gazetteer.places[Int(place)]
                context.add(surface: span.surface, country: division.country, division: division.admin1, isPlace: true)
            case .text, .person, .location, .part:
                guard !span.candidates.isCommonWord else { continue }
                // A dictionary region of no one country ("Gulf": the Persian Gulf) is not Papua New Guinea's Gulf
                // Province, so it says nothing for that country either.
                if case .location(let index) = span.origin, case let existing = sentences[span.sentence].mentions[index],
                    existing.country.isEmpty, existing.name != existing.surface
                {
                    continue
                }
                // "the New York Giants" says nothing about where the story is.
                if span.origin == .text || span.origin.isPart || span.origin.isLocation,
                    Self.isInsideAnotherName(sentences[span.sentence].tokens, span.tokens)
                {
                    continue
                }
                let candidates = gazetteer.candidateIndices(span.candidates)
                guard let first = candidates.first.map({ gazetteer.places[Int($0)] }) else { continue }
                let second = candidates.dropFirst().first.map { gazetteer.places[Int($0)] }
                // A small town needs context itself ("Arab", Alabama; "Middle East", a Baltimore neighbourhood); a
                // name only one small town bears ("Mount Joy", "Manheim") joins the shared-division vote below.
                if first.feature == .town, first.population < Self.smallTown {
                    if second == nil, ambiguous.count < 64, ambiguous[span.surface] == nil, first.admin1 != UInt32.max {
                        ambiguous[span.surface] = [(first.country, first.admin1)]
                    }
                    continue
                }
                // A division outweighs its namesakes unless one is a city larger than it ("Savannah": a Ghanaian
                // region of 49,000 people and a Georgia city of 148,000).
                let divisionLeads = first.feature == .division
                    && (second.map { $0.feature == .division || $0.population <= first.population } ?? true)
                if divisionLeads || second == nil || first.population / 10 >= second!.population {
                    context.add(
                        surface: span.surface, country: first.country,
                        division: first.admin1 == UInt32.max ? nil : first.admin1, isPlace: true)
                } else if ambiguous.count < 64, ambiguous[span.surface] == nil {
                    ambiguous[span.surface] = sharedDivisionCandidates(candidates)
                }
            case .country, .personAfterLocative:
                continue
            }
        }
        addSharedDivisions(ambiguous, to: &context)
        return context
    }

    /// The divisions of a name's likely readings (towns and counties of `smallTown` people or more, seats,
    /// capitals and divisions), for `addSharedDivisions`.
    private func sharedDivisionCandidates(_ candidates: ArraySlice<UInt32>) -> [(country: UInt16, division: UInt32)] {
        var divisions: [(country: UInt16, division: UInt32)] = []
        for candidate in candidates.prefix(16) {
            let place = gazetteer.places[Int(candidate)]
            guard place.admin1 != UInt32.max,
                place.population >= Self.smallTown || (place.feature != .town && place.feature != .county),
                !divisions.contains(where: { $0.division == place.admin1 })
            else { continue }
            divisions.append((place.country, place.admin1))
        }
        return divisions
    }

    /// Names of no one likely reading that can all lie in one division ("Savannah and Macon": Georgia) are
    /// evidence for it, as geoparsers take the readings that lie closest together: each such name votes for
    /// the division (under its own name, so it is weighed without its own vote).
    /// A name with a reading in a division the article already names ("Wheeling" in a story that writes "W.Va.")
    /// votes for that division only, and counts for no other: explicit evidence comes first, so "Wheeling" and
    /// "Bridgeport" do not pull a West Virginia story to Illinois, where both also lie.
    private func addSharedDivisions(_ ambiguous: [UInt64: [(country: UInt16, division: UInt32)]], to context: inout PlaceContext) {
        guard !ambiguous.isEmpty else { return }
        var names: [UInt32: Int] = [:]
        var explicit: [UInt64: [(country: UInt16, division: UInt32)]] = [:]
        for (surface, divisions) in ambiguous {
            let view = context.excluding(surface)
            let named = divisions.filter { view.names(division: $0.division) }
            if named.isEmpty {
                for entry in divisions { names[entry.division, default: 0] += 1 }
            } else {
                explicit[surface] = named
            }
        }
        for (surface, divisions) in ambiguous.sorted(by: { $0.key < $1.key }) {
            if let named = explicit[surface] {
                for entry in named { context.add(surface: surface, country: entry.country, division: entry.division, isPlace: true) }
                continue
            }
            for entry in divisions where names[entry.division, default: 0] >= 2 {
                context.add(surface: surface, country: entry.country, division: entry.division, isPlace: true)
            }
        }
    }

    /// The most likely place for a name no other pass claimed, or nil when it should not count as a place.
    private func choose(_ span: PlaceSpan, _ context: PlaceContext, lowercaseWords: KeyedTable<UInt64, Void>, tokens: WordTokens) -> UInt32? {
        if span.origin == .text || (span.origin.isPart && span.region == nil), Self.isInsideAnotherName(tokens, span.tokens) { return nil }
        guard let best = best(span, context, among: gazetteer.candidateIndices(span.candidates)) else { return nil }
        if span.region != nil { return best }
        if isEnglishWord(span, lowercaseWords: lowercaseWords, tokens: tokens) || isSmallTown(best) {
            return hasContext(span, best, context) ? best : nil
        }
        return best
    }

    /// A town under `smallTown` people: many share a name with something larger, so it needs context too.
    private func isSmallTown(_ index: UInt32) -> Bool {
        let place = gazetteer.places[Int(index)]
        return place.feature == .town && place.population < Self.smallTown
    }

    /// A name spelt like an English word ("Mobile", "Western") or a short all-capitals word: a place only with
    /// context, whichever pass found it (text, dictionary or the name tagger).
    private func isEnglishWord(_ span: PlaceSpan, lowercaseWords: KeyedTable<UInt64, Void>, tokens: WordTokens) -> Bool {
        let first = tokens[span.tokens.lowerBound]
        if span.candidates.isCommonWord || (span.tokens.count == 1 && lowercaseWords.index(of: first.hash) != nil) { return true }
        return first.isAllCaps && span.tokens.count == 1 && first.keyLength <= 3
    }

    /// The article names the place's division, or its country with a locative word before the name.
    private func hasContext(_ span: PlaceSpan, _ index: UInt32, _ context: PlaceContext) -> Bool {
        let place = gazetteer.places[Int(index)]
        let divisionNamed = context.names(division: place.admin1, excluding: span.surface) && place.feature != .division
        let countryNamed = context.count(country: place.country, excluding: span.surface, placesOnly: false) > 0
        return divisionNamed || (countryNamed && span.afterLocative)
    }

    /// The best-scoring candidate: log10(population) plus the feature prior, +2.5 when the article names its
    /// country and +5 when it names its division; an explicit region keeps only the candidates inside it.
    private func best(
        _ span: PlaceSpan, _ context: PlaceContext, among candidates: ArraySlice<UInt32>, favouring favoured: String = ""
    ) -> UInt32? {
        let limited = candidates.prefix(200)
        let favouredCountry = favoured.isEmpty ? nil : gazetteer.countryNumber(favoured)
        var inside: [UInt32] = []
        if let region = span.region {
            inside = limited.filter { candidate in
                let place = gazetteer.places[Int(candidate)]
                return place.country == region.country && (region.division == nil || place.admin1 == region.division)
            }
        }
        let pool = inside.isEmpty ? limited : inside[...]
        let view = context.excluding(span.surface)
        var best: (index: UInt32, score: Float)?
        for candidate in pool {
            let place = gazetteer.places[Int(candidate)]
            var score = log10(Float(place.population) + 10) + place.feature.prior
            // The name's own evidence does not count: "Oklahoma" names its division, not Oklahoma City's.
            if view.count(country: place.country, placesOnly: false) > 0 { score += 2.5 }
            if place.feature != .division, view.names(division: place.admin1) { score += 5 }
            // The entity lexicon's own country for its place row ("Helmand" → Afghanistan).
            if place.country == favouredCountry { score += 1 }
            if best == nil || score > best!.score { best = (candidate, score) }
        }
        // A division named like its own main city ("Tokyo", "Beirut", "Odesa"): news means the city when the city
        // holds a third or more of the division's people (not "Quebec", whose namesake city holds a twentieth).
        if let chosen = best?.index, case let division = gazetteer.places[Int(chosen)], division.feature == .division {
            for candidate in pool {
                let place = gazetteer.places[Int(candidate)]
                if place.country == division.country, place.admin1 == division.admin1, place.feature != .division,
                    place.feature != .county, UInt64(place.population) * 3 >= UInt64(division.population)
                {
                    return candidate
                }
            }
        }
        return best?.index
    }

    /// A capital or seat of power the lexicon made a country mention ("Tehran", "Moscow"): that city, when it is
    /// a capital or a large place of the same country. Country names and demonyms give nil.
    private func capitalNamed(_ span: PlaceSpan, _ existing: EntityMention) -> UInt32? {
        guard let country = gazetteer.countryNumber(existing.code), existing.surface.lowercased() != existing.name.lowercased() else { return nil }
        var best: UInt32?
        for candidate in gazetteer.candidateIndices(span.candidates) {
            let place = gazetteer.places[Int(candidate)]
            guard place.country == country, place.feature == .capital || place.feature == .seat || place.population >= 100_000 else { continue }
            if place.feature == .capital { return candidate }
            if best == nil { best = candidate }
        }
        return best
    }

    /// The article names the other place's division, and its country more often than the capital's ("Paris" in a
    /// Texas story; not "Damascus" in a Syria story that names Maryland once).
    private func outweighs(_ other: UInt32, _ capital: UInt32, _ span: PlaceSpan, _ context: PlaceContext) -> Bool {
        let place = gazetteer.places[Int(other)]
        let capitalCountry = gazetteer.places[Int(capital)].country
        return context.names(division: place.admin1, excluding: span.surface)
            && context.count(country: place.country, excluding: span.surface, placesOnly: false)
                > context.count(country: capitalCountry, excluding: span.surface, placesOnly: false)
    }

    /// A country named like another country's first-level division ("Georgia"): that division when the article's
    /// evidence says so (`CountryOrDivision`: its other places against the country's, the larger population when
    /// even).
    private func otherCountrysDivision(_ span: PlaceSpan, _ existing: EntityMention, _ context: PlaceContext, _ tokens: WordTokens) -> UInt32? {
        guard let country = gazetteer.countryNumber(existing.code), !Self.isInsideAnotherName(tokens, span.tokens) else { return nil }
        for candidate in gazetteer.candidateIndices(span.candidates) {
            let place = gazetteer.places[Int(candidate)]
            // Only a division of exactly the country's name: "Niger" is the country, not Nigeria's Niger State.
            guard place.feature == .division, place.country != country,
                gazetteer.geoPlace(candidate).name.lowercased() == existing.surface.lowercased()
            else { continue }
            if CountryOrDivision(country: country, division: place, view: context.excluding(span.surface), gazetteer: gazetteer).isDivision {
                return candidate
            }
        }
        return nil
    }

    private func geoPlace(_ index: UInt32, _ cache: inout [UInt32: GeoPlace]) -> GeoPlace {
        if let place = cache[index] { return place }
        let place = gazetteer.geoPlace(index)
        cache[index] = place
        return place
    }

    private func mention(_ span: PlaceSpan, _ tokens: WordTokens, _ index: UInt32, _ cache: inout [UInt32: GeoPlace]) -> EntityMention {
        let place = geoPlace(index, &cache)
        return EntityMention(
            sentence: span.sentence, tokens: span.tokens, surface: EntityRecognizer.surface(tokens, span.tokens),
            kind: .location, name: place.name, code: "", country: place.country, role: nil, place: place)
    }

    /// A country as `ArticleEntity.aggregate` shows it: the entity lexicon's name for the code (GeoNames' when
    /// the lexicon has none) and its geo.
    public func countryEntity(_ alpha3: String) -> (name: String, geo: GeoPlace?)? {
        guard !alpha3.isEmpty else { return nil }
        return (countryNames[alpha3] ?? gazetteer.country(alpha3)?.name ?? alpha3, gazetteer.country(alpha3))
    }
}

