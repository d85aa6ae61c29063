/// English function words: prose is about 40–50 % of them, headlines and lists far fewer. The set is the
/// closed-class core (articles, pronouns, auxiliaries, prepositions, conjunctions) common to the SMART and
/// NLTK lists; it was checked against the seed articles, whose body lines score 0.30–0.55 and whose headline
/// lists 0.05–0.25.
enum StopWords {
    static let english: Set<String> = Set("""
    a about above after again against all also am an and any are as at be because been before being below \
    between both but by can could did do does doing down during each few for from further had has have having \
    he her here hers herself him himself his how i if in into is it its itself just may me might more most must \
    my myself no nor not of off on once only or other ought our ours ourselves out over own same shall she \
    should so some such than that the their theirs them themselves then there these they this those through to \
    too under until up upon very was we were what when where which while who whom why will with would you your \
    yours yourself yourselves whether although though however yet since within without among across toward \
    towards
    """.split(separator: " ").map(String.init))

    static let englishHashes = WordHashSet(english)
    static let secondPerson = WordHashSet(["you", "your", "yours", "yourself", "yourselves"])

    /// For each byte, the lengths (bit n for n bytes) of the stop words that start with it: a word whose first
    /// letter and length match no stop word needs no hash and no look-up (about half the words of prose).
    static let lengthsByFirstByte: [UInt16] = english.reduce(into: Array(repeating: 0, count: 256)) { table, word in
        table[Int(word.utf8.first!)] |= 1 << word.utf8.count
    }

    /// The same by first and last letter (a…z, `endsIndex`): "government" (g…t, 10 letters) passes the first
    /// test ("get" is none, but lengths by "g" alone let many through) and fails this one, without a hash.
    static let lengthsByEnds: [UInt16] = english.reduce(into: Array(repeating: 0, count: 26 * 26)) { table, word in
        table[endsIndex(first: word.utf8.first!, last: word.utf8.last!)!] |= 1 << word.utf8.count
    }

    /// The index of lower-case ASCII letters `first` and `last` in `lengthsByEnds`; nil when either is no such
    /// letter (no stop word starts or ends with one).
    @inline(__always)
    static func endsIndex(first: UInt8, last: UInt8) -> Int? {
        let first = first &- UInt8(ascii: "a"), last = last &- UInt8(ascii: "a")
        guard first < 26, last < 26 else { return nil }
        return Int(first) &* 26 &+ Int(last)
    }
}
