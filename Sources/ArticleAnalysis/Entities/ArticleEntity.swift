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

    /// `"key":[[start,end],…]`; the key a literal, copied without a scan for bytes to escape.
    private static func write(_ ranges: [Range<Int>], as key: StaticString, to json: inout JSONWriter) {
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
        for sentence in sentences.indices {
            // Each mention read in place, its fields handed over one by one: a copy of a mention (or a list of
            // one made for it) retains each of its strings.
            for position in sentences[sentence].mentions.indices {
                let kind = sentences[sentence].mentions[position].kind
                guard let place = sentences[sentence].mentions[position].place, !place.isCountry else {
                    let mention = Reading(sentences[sentence].mentions[position])
                    fold(
                        mention, kind: kind, name: sentences[sentence].mentions[position].name,
                        code: sentences[sentence].mentions[position].code, country: sentences[sentence].mentions[position].country,
                        place: sentences[sentence].mentions[position].place, into: &entities, positions: &positions)
                    continue
                }
                let mention = Reading(sentences[sentence].mentions[position])
                fold(mention, kind: .location, name: place.name, code: "", country: place.country, place: place, into: &entities, positions: &positions)
                let entity = countries(place.country)
                guard kind == .country || entity != nil else { continue }
                if kind != .country, let entity {
                    fold(mention, kind: .country, name: entity.name, code: place.country, country: "", place: entity.geo, into: &entities, positions: &positions)
                } else {
                    fold(
                        mention, kind: kind, name: sentences[sentence].mentions[position].name,
                        code: sentences[sentence].mentions[position].code, country: sentences[sentence].mentions[position].country,
                        place: entity?.geo, into: &entities, positions: &positions)
                }
            }
        }
        // By count, then first appearance: the order of indices sorted, not of the entities (each a large struct).
        var order = Array(entities.indices)
        order.sort { lhs, rhs in
            entities[lhs].mentions != entities[rhs].mentions ? entities[lhs].mentions > entities[rhs].mentions : lhs < rhs
        }
        var sorted: [ArticleEntity] = []
        sorted.reserveCapacity(entities.count)
        for index in order {
            // Moved out, an empty entity left behind: a copy retained each of its strings and lists, which the
            // unsorted list then released again.
            var entity = ArticleEntity(name: "", kind: .person, code: nil, country: nil, mentions: 0, aliases: [], role: nil)
            swap(&entity, &entities[index])
            sorted.append(entity)
        }
        return sorted
    }

    /// What a mention gives an entity besides its kind, name, codes and place: borrowed from the mention.
    private struct Reading {
        let surface: String
        let role: String?
        let textRange: Range<Int>

        @inline(__always)
        init(_ mention: EntityMention) { (surface, role, textRange) = (mention.surface, mention.role, mention.textRange) }
    }

    /// Folds one mention, read as `kind` `name`, into its entity, or starts one.
    private static func fold(
        _ mention: Reading, kind: EntityKind, name: String, code: String, country: String, place: GeoPlace?,
        into entities: inout [ArticleEntity], positions: inout KeyedTable<UInt64, Void>
    ) {
        let key = Self.key(kind, name)
        // A key's index in the table is its entity's position: both are made together, in the same order.
        let (found, slot) = positions.find(forUpdating: key) { index in
            entities[index].kind == kind && entities[index].name == name
        }
        if found >= 0 {
            entities[found].add(mention, country: country, place: place)
            return
        }
        positions.insert(key, (), at: slot)
        // Room for a few offsets from the start: an entity named again grew its list 1 → 2 → 4, an
        // allocation each time.
        var offsets: [Range<Int>] = []
        if !mention.textRange.isEmpty {
            offsets.reserveCapacity(4)
            offsets.append(mention.textRange)
        }
        entities.append(
            ArticleEntity(
                name: name, kind: kind,
                code: kind == .country || !code.isEmpty ? code : nil,
                country: country.isEmpty ? nil : country, mentions: 1,
                aliases: [mention.surface], role: mention.role,
                offsets: offsets, geo: place))
    }

    /// FNV-1a over the name's UTF-8 bytes after the kind, mixed: the key of an entity's slot.
    private static func key(_ kind: EntityKind, _ name: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(kind.featureIndex)
        let bytes = name.utf8.span
        for index in bytes.indices { hash = (hash ^ UInt64(bytes[index])) &* 0x0000_0100_0000_01b3 }
        return Mix64.finalize(hash)
    }

    /// Counts one more mention.
    private mutating func add(_ mention: Reading, country mentionCountry: String, place: GeoPlace?) {
        mentions += 1
        if !mention.textRange.isEmpty { offsets.append(mention.textRange) }
        if !aliases.contains(mention.surface) { aliases.append(mention.surface) }
        if role == nil, let mentionRole = mention.role { role = mentionRole }
        if country == nil, !mentionCountry.isEmpty { country = mentionCountry }
        if geo == nil, let place { geo = place }
    }
}
