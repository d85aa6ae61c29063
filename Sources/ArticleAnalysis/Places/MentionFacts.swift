/// What the place resolver's pass over a sentence's mentions reads of each: its tokens, its type and whether
/// it has a code, a country and a role. Made from the mention in place, so the pass copies no strings (a
/// copy of an `EntityMention` retains each of them).
struct MentionFacts {
    let tokens: Range<Int>
    let kind: EntityKind
    let hasCode: Bool
    let hasCountry: Bool
    let hasRole: Bool

    @inline(__always)
    init(_ mention: EntityMention) {
        (tokens, kind) = (mention.tokens, mention.kind)
        (hasCode, hasCountry, hasRole) = (!mention.code.isEmpty, !mention.country.isEmpty, mention.role != nil)
    }
}
