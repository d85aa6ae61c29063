/// One entity of an article as the record shows it: all its mentions folded together.
public struct ArticleEntity: Sendable, Equatable, JSONWritable {
    public var name: String
    public var kind: EntityKind
    /// ISO alpha-3 for a country, the CAMEO actor code for a dictionary organisation or person.
    public var code: String?
    /// The country a person, organisation or place belongs to, when known.
    public var country: String?
    public var mentions: Int
    /// The surface forms seen, in order of first appearance ("Iran", "Tehran", "Iranian").
    public var aliases: [String]
    /// A title stated before the name ("President").
    public var role: String?
    /// Where each mention is in the record's `text`: Unicode scalar (code point) offsets, end exclusive, in
    /// reading order; what Python's `text[start:end]` and jq's `.text[start:end]` slice by.
    public var offsets: [Range<Int>] = []
    /// Where each mention is in the record's `title` (which `text` does not hold), in the same unit
    /// (Entities/TitleEntities.swift); these mentions count in `mentions` too.
    public var titleOffsets: [Range<Int>] = []
    /// Where a location or country is (GDELT GKG's location block); a country's is its capital's point.
    public var geo: GeoPlace? = nil

    public func write(to json: inout JSONWriter) {
        json.beginObject()
        json.member("name", name)
        json.member("type", kind.rawValue)
        json.member("code", code)
        if kind != .country { json.member("country", country) }
        json.member("mentions", mentions)
        json.member("aliases", aliases)
        Self.write(offsets, as: "offsets", to: &json)
        Self.write(titleOffsets, as: "titleOffsets", to: &json)
        if kind == .person { json.member("role", role) }
        if kind == .location || kind == .country { json.member("geo", geo) }
        json.endObject()
    }

    /// `"key":[[start,end],…]`.
    private static func write(_ ranges: [Range<Int>], as key: String, to json: inout JSONWriter) {
        json.key(key)
        json.beginArray()
        for range in ranges {
            json.beginArray()
            json.int(range.lowerBound)
            json.int(range.upperBound)
            json.endArray()
        }
        json.endArray()
    }

    /// Folds mentions into entities: one per (type, name), ordered by mentions, then first appearance.
    /// A mention of a place inside a country (a town, a division, a capital) counts for the place and for its
    /// country, whose name and geo `countries` gives (`PlaceResolver.countryEntity`).
    public static func aggregate(
        _ sentences: [SentenceEntities], countries: (String) -> (name: String, geo: GeoPlace?)? = { _ in nil }
    ) -> [ArticleEntity] {
        var entities: [ArticleEntity] = []
        // One entity per kind and name, found by a 64-bit hash of both and confirmed by comparing them (no
        // SipHash of the name per mention). Sized for one entity per mention up front.
        var positions = KeyedTable<UInt64, Void>(capacity: max(16, sentences.reduce(0) { $0 + $1.mentions.count }))
        for sentence in sentences {
            // By position: a mention folded as it is is read in place (a copy retains each of its strings).
            for position in sentence.mentions.indices {
                guard let isCountry = sentence.mentions[position].place?.isCountry, !isCountry else {
                    fold(sentence.mentions, at: position, into: &entities, positions: &positions)
                    continue
                }
                let mention = sentence.mentions[position]
                let place = mention.place!
                var location = mention
                (location.kind, location.name, location.code, location.country) = (.location, place.name, "", place.country)
                fold([location], at: 0, into: &entities, positions: &positions)
                let entity = countries(place.country)
                guard mention.kind == .country || entity != nil else { continue }
                var country = mention
                if mention.kind != .country, let entity {
                    (country.kind, country.name, country.code, country.country) = (.country, entity.name, place.country, "")
                }
                country.place = entity?.geo
                fold([country], at: 0, into: &entities, positions: &positions)
            }
        }
        return entities.enumerated().sorted { lhs, rhs in
            lhs.element.mentions != rhs.element.mentions
                ? lhs.element.mentions > rhs.element.mentions : lhs.offset < rhs.offset
        }.map(\.element)
    }

    /// Folds `mentions[position]` into its entity, or starts one.
    private static func fold(
        _ mentions: [EntityMention], at position: Int, into entities: inout [ArticleEntity], positions: inout KeyedTable<UInt64, Void>
    ) {
        let kind = mentions[position].kind
        let key = Self.key(kind, mentions[position].name)
        // A key's index in the table is its entity's position: both are made together, in the same order.
        let (found, slot) = positions.find(forUpdating: key) { index in
            entities[index].kind == kind && entities[index].name == mentions[position].name
        }
        if found >= 0 {
            entities[found].add(mentions, at: position)
            return
        }
        positions.insert(key, (), at: slot)
        let mention = mentions[position]
        entities.append(
            ArticleEntity(
                name: mention.name, kind: mention.kind,
                code: mention.kind == .country || !mention.code.isEmpty ? mention.code : nil,
                country: mention.country.isEmpty ? nil : mention.country, mentions: 1,
                aliases: [mention.surface], role: mention.role,
                offsets: mention.textRange.isEmpty ? [] : [mention.textRange], geo: mention.place))
    }

    /// FNV-1a over the name's UTF-8 bytes after the kind, mixed: the key of an entity's slot.
    private static func key(_ kind: EntityKind, _ name: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(kind.featureIndex)
        let bytes = name.utf8.span
        for index in bytes.indices { hash = (hash ^ UInt64(bytes[index])) &* 0x0000_0100_0000_01b3 }
        return Mix64.finalize(hash)
    }

    /// Counts one more mention, read in place from `list`.
    private mutating func add(_ list: [EntityMention], at position: Int) {
        mentions += 1
        if !list[position].textRange.isEmpty { offsets.append(list[position].textRange) }
        if !aliases.contains(list[position].surface) { aliases.append(list[position].surface) }
        if role == nil { role = list[position].role }
        if country == nil, !list[position].country.isEmpty { country = list[position].country }
        if geo == nil { geo = list[position].place }
    }
}
