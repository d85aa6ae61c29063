/// What the features need of a whole sentence, computed once before tagging it: each token's word shape,
/// the dictionary match and the gazetteer name covering it, and how the sentence is cased as a whole (a
/// headline in capitals or a tweet in lower case says little through a word's capital letter).
public struct NameTagSentence {
    public enum Casing: UInt64 { case normal = 1, allCaps, lowercase, titleCase }

    public private(set) var casing: Casing = .normal
    /// `NameTagFeatures.shape` of each token; `capsLineShape` for a word inside a run of capitals.
    public private(set) var shapes: [UInt64] = []
    /// Per token: 0, or 1 + 2·kind + (0 first token, 1 later token) of the dictionary match covering it.
    public private(set) var lexicon: [UInt8] = []
    /// Per token: `NameTagPlaceMatches.values`, the GeoNames name covering it.
    public private(set) var places: [UInt8] = []
    /// Per token: a word inside a run of three or more all-capital words ("RUSSIA 'S YELTSIN SACKS GENERAL"),
    /// a headline line even where the segmenter joined it to the sentence after it. Its capitals say nothing
    /// of whether it is a name, so its shape and casing features are those of an all-caps sentence.
    public private(set) var inCapsRun: [Bool] = []
    /// Per token: a capitalised function word, day or month ("The", "But", "Monday") with no capitalised word
    /// after it, which starts no name: left outside without scoring, in training as in tagging.
    public private(set) var isPlainCommonWord: [Bool] = []
    /// The tokens' hashes, kept for the GeoNames look-ups (`NameTagPlaceMatches`).
    private var hashes: [UInt64] = []

    /// The shape every word of a capitals run gets.
    static let capsLineShape: UInt64 = 0x4341_5053_4c49_4e45

    public init(_ tokens: some NameTagTokenView, lexiconMentions: [(tokens: Range<Int>, kind: EntityKind)]) {
        refill(tokens, lexiconCount: lexiconMentions.count) { lexiconMentions[$0] }
    }

    /// Nothing read yet (`refill` reads a sentence).
    init() {}

    /// Reads another sentence into this one's storage: the tagger reads every sentence of a document with
    /// one `NameTagSentence`, so that its arrays are allocated once per document rather than per sentence.
    /// The dictionary matches are read by position (`lexiconMention(0..<lexiconCount)`), so that a caller
    /// holding whole mentions reads their two fields in place rather than copying each one out.
    mutating func refill(
        _ tokens: some NameTagTokenView, lexiconCount: Int, lexiconMention: (Int) -> (tokens: Range<Int>, kind: EntityKind)
    ) {
        let count = tokens.count
        var shapes = Self.take(&self.shapes, filledWith: 0, count: count)
        var inCapsRun = Self.take(&self.inCapsRun, filledWith: false, count: count)
        var words = 0, capitalized = 0, allCaps = 0
        var runStart = -1, runWords = 0
        tokens.withTextBytes { bytes in
            for index in 0..<count {
                guard tokens.isWord(index) else { continue }
                words += 1
                let range = tokens.textRange(index)
                let hasCapital = tokens.hasCapital(index)
                if hasCapital { capitalized += 1 }
                // Runs of all-capital words; numbers, single capitals ("A") and "'S" inside a headline neither
                // break nor extend one, a word with a lower-case letter ends it.
                if tokens.isAllCaps(index) {
                    allCaps += 1
                    if runWords == 0 { runStart = index }
                    runWords += 1
                } else if hasCapital ? Self.hasLowercase(bytes, range) : Self.startsWithLetter(bytes, range) {
                    if runWords >= 3 { Self.mark(&inCapsRun, runStart..<index, tokens, bytes) }
                    runWords = 0
                }
            }
            if runWords >= 3 { Self.mark(&inCapsRun, runStart..<count, tokens, bytes) }
        }
        let casing: Casing
        if words >= 3, allCaps * 5 >= words * 4 {
            casing = .allCaps
        } else if capitalized == 0 {
            casing = .lowercase
        } else if words >= 4, capitalized * 10 >= words * 7 {
            casing = .titleCase
        } else {
            casing = .normal
        }
        self.casing = casing
        tokens.withTextBytes { bytes in
            // Shapes are read for scored tokens and their two neighbours each side; in text that uses capitals
            // the scored ones are near a capital, so a shape more than two tokens from every capital is left 0
            // (training reads the same). A word of a capitals run gets `capsLineShape`.
            var lastCapital = Int.min / 2
            var nextCapital = -1
            for index in 0..<count {
                if index > nextCapital {
                    nextCapital = index
                    while nextCapital < count, !tokens.hasCapital(nextCapital) { nextCapital += 1 }
                }
                if tokens.hasCapital(index) { lastCapital = index }
                guard casing == .lowercase || index - lastCapital <= 2 || (nextCapital < count && nextCapital - index <= 2) else { continue }
                shapes[index] = inCapsRun[index]
                    ? Self.capsLineShape
                    : NameTagFeatures.shape(bytes, tokens.textRange(index), capitalized: tokens.isCapitalized(index))
            }
        }
        self.shapes = shapes
        self.inCapsRun = inCapsRun
        var isPlainCommonWord = Self.take(&self.isPlainCommonWord, filledWith: false, count: count)
        let gazetteer = NameTagGazetteer.standard
        for index in 0..<count where tokens.isCapitalized(index) && !tokens.isAllCaps(index) && !inCapsRun[index] {
            guard index + 1 == count || !tokens.hasCapital(index + 1) else { continue }
            isPlainCommonWord[index] = gazetteer.classes(of: tokens.keyHash(index)) & NameTagGazetteer.commonWord != 0
        }
        self.isPlainCommonWord = isPlainCommonWord
        var lexicon = Self.take(&self.lexicon, filledWith: 0, count: count)
        for position in 0..<lexiconCount {
            let mention = lexiconMention(position)
            let kind = UInt8(truncatingIfNeeded: mention.kind.featureIndex)
            for index in mention.tokens where index < lexicon.count {
                lexicon[index] = 1 + 2 * kind + (index == mention.tokens.lowerBound ? 0 : 1)
            }
        }
        self.lexicon = lexicon
        var places = Self.take(&self.places, filledWith: 0, count: count)
        NameTagPlaceMatches.fill(&places, tokens, scoresEveryToken: casing == .lowercase, hashes: &hashes)
        self.places = places
    }

    /// The array `stored` held, moved out (so that it is not shared while refilled) and holding `count`
    /// copies of `value` in its old storage.
    private static func take<Element>(_ stored: inout [Element], filledWith value: Element, count: Int) -> [Element] {
        var array: [Element] = []
        swap(&array, &stored)
        array.refill(with: value, count: count)
        return array
    }

    /// The casing the features of token `index` read: a word of a capitals run is read as in a headline.
    @inline(__always) func casing(at index: Int) -> Casing { inCapsRun[index] ? .allCaps : casing }

    private static func mark(
        _ inCapsRun: inout [Bool], _ range: Range<Int>, _ tokens: some NameTagTokenView, _ bytes: Span<UInt8>
    ) {
        for index in range where tokens.isWord(index) && tokens.hasCapital(index) && !hasLowercase(bytes, tokens.textRange(index)) {
            inCapsRun[index] = true
        }
    }

    /// An ASCII lower-case letter anywhere (letters beyond ASCII do not break a run).
    private static func hasLowercase(_ bytes: Span<UInt8>, _ range: Range<Int>) -> Bool {
        for position in range where bytes[position] &- 97 < 26 { return true }
        return false
    }

    /// A lower-case word rather than a number ("said", not "1996").
    private static func startsWithLetter(_ bytes: Span<UInt8>, _ range: Range<Int>) -> Bool {
        guard let first = range.first else { return false }
        return bytes[first] &- 97 < 26 || bytes[first] >= 0xC0
    }
}

extension EntityKind {
    /// The kind's number in the tagger's dictionary features (the order of `allCases`, without building it).
    var featureIndex: Int {
        switch self {
        case .country: 0
        case .person: 1
        case .organization: 2
        case .location: 3
        }
    }
}
