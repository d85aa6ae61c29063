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
        // One entity per kind and name; a tuple-like key, not a joined String built per mention.
        // Sized for one entity per mention up front: growing it rehashed every name several times per article.
        var positions: [EntityKey: Int] = [:]
        positions.reserveCapacity(sentences.reduce(0) { $0 + $1.mentions.count })
        for sentence in sentences {
            for mention in sentence.mentions {
                guard let place = mention.place, !place.isCountry else {
                    fold(mention, into: &entities, positions: &positions)
                    continue
                }
                var location = mention
                (location.kind, location.name, location.code, location.country) = (.location, place.name, "", place.country)
                fold(location, into: &entities, positions: &positions)
                let entity = countries(place.country)
                guard mention.kind == .country || entity != nil else { continue }
                var country = mention
                if mention.kind != .country, let entity {
                    (country.kind, country.name, country.code, country.country) = (.country, entity.name, place.country, "")
                }
                country.place = entity?.geo
                fold(country, into: &entities, positions: &positions)
            }
        }
        return entities.enumerated().sorted { lhs, rhs in
            lhs.element.mentions != rhs.element.mentions
                ? lhs.element.mentions > rhs.element.mentions : lhs.offset < rhs.offset
        }.map(\.element)
    }

    private static func fold(_ mention: EntityMention, into entities: inout [ArticleEntity], positions: inout [EntityKey: Int]) {
        let key = EntityKey(kind: mention.kind, name: mention.name)
        if let position = positions[key] {
            entities[position].add(mention)
        } else {
            positions[key] = entities.count
            entities.append(
                ArticleEntity(
                    name: mention.name, kind: mention.kind,
                    code: mention.kind == .country || !mention.code.isEmpty ? mention.code : nil,
                    country: mention.country.isEmpty ? nil : mention.country, mentions: 1,
                    aliases: [mention.surface], role: mention.role,
                    offsets: mention.textRange.isEmpty ? [] : [mention.textRange], geo: mention.place))
        }
    }

    private mutating func add(_ mention: EntityMention) {
        mentions += 1
        if !mention.textRange.isEmpty { offsets.append(mention.textRange) }
        if !aliases.contains(mention.surface) { aliases.append(mention.surface) }
        if role == nil { role = mention.role }
        if country == nil, !mention.country.isEmpty { country = mention.country }
        if geo == nil { geo = mention.place }
    }
}

/// What makes two mentions the same entity in `ArticleEntity.aggregate`.
private struct EntityKey: Hashable {
    let kind: EntityKind
    let name: String
}
