/// The features of one token for the name tagger, each a 64-bit hash of (template, value): the model is a
/// table from those hashes to per-tag weights, so nothing here builds a String. The corpora the weights are
/// learned from are web text, Wikipedia and tweets, not news wire, so most templates describe what carries
/// across genres — word shape, affixes, neighbouring words and shapes, dictionary matches, title and
/// organisation words around the token, and how the whole sentence is cased — besides the word itself.
public enum NameTagFeatures {
    /// Template numbers; a feature is `Mix64.combine(template, value)`. Changing any of them (or what they
    /// hash) needs the weights retrained (`make train-tagger`).
    enum Template: UInt64 {
        case bias = 1, word, previousWord, nextWord, secondPreviousWord, secondNextWord
        case shape, previousShape, nextShape, secondPreviousShape, secondNextShape, shapeBigramLeft, shapeBigramRight
        case prefix1, prefix2, prefix3, prefix4, suffix1, suffix2, suffix3, suffix4
        case firstInSentenceShape, casingShape, casingFirst
        case lexicon, previousLexicon, nextLexicon, lexiconShape
        case titleBefore, titleTwoBefore, organizationHead, organizationHeadNext, organizationHeadSecondNext
        case commonCapital, particle
        case previousTag, previousTwoTags, previousTagWord, previousTagShape
        case wordBigramLeft, wordBigramRight
        case gazetteerWord, previousGazetteerWord, nextGazetteerWord, gazetteerWordShape
        case secondNextLexicon
        case place, previousPlace, nextPlace, placeShape
    }

    /// Sentence edges as neighbouring words and shapes.
    static let beforeStart: UInt64 = 0x5354_4152_5400_0001
    static let afterEnd: UInt64 = 0x454e_4400_0000_0002

    /// Adds the features of token `index` given the two tags before it to `features`, in template order.
    /// What reads one word alone goes through `add(word:)` (see `NameTagFeatureSink`); a neighbour beyond the
    /// sentence's edge is a plain feature of the token.
    @inline(__always)
    public static func extract(
        _ tokens: some NameTagTokenView, _ sentence: NameTagSentence, at index: Int,
        previous: NameTag, beforePrevious: NameTag, into features: inout some NameTagFeatureSink
    ) {
        let count = tokens.count
        @inline(__always) func add(_ template: Template, _ value: UInt64) {
            features.add(Mix64.combine(template.rawValue, value))
        }
        @inline(__always) func add(_ template: Template, _ first: UInt64, _ second: UInt64) {
            features.add(Mix64.combine(Mix64.combine(template.rawValue, first), second))
        }
        /// A feature of the word `offset` tokens away, or `edge` as a plain feature where there is none.
        @inline(__always) func add(word offset: Int, _ template: Template, edge: UInt64?, _ value: () -> UInt64?) {
            if index + offset >= 0, index + offset < count {
                features.add(word: offset) {
                    guard let value = value() else { return nil }
                    return Mix64.combine(template.rawValue, value)
                }
            } else if let edge {
                add(template, edge)
            }
        }
        let word = tokens.keyHash(index)
        let shape = sentence.shapes[index]
        let previousWord = index > 0 ? tokens.keyHash(index - 1) : beforeStart
        let nextWord = index + 1 < count ? tokens.keyHash(index + 1) : afterEnd
        let previousShape = index > 0 ? sentence.shapes[index - 1] : beforeStart
        let nextShape = index + 1 < count ? sentence.shapes[index + 1] : afterEnd
        // The same for every token: kept with the word's own sum.
        add(word: 0, .bias, edge: nil) { 0 }
        add(word: 0, .word, edge: nil) { word }
        add(word: -1, .previousWord, edge: beforeStart) { previousWord }
        add(word: 1, .nextWord, edge: afterEnd) { nextWord }
        add(word: -2, .secondPreviousWord, edge: beforeStart) { tokens.keyHash(index - 2) }
        add(word: 2, .secondNextWord, edge: afterEnd) { tokens.keyHash(index + 2) }
        add(.wordBigramLeft, previousWord, word)
        add(.wordBigramRight, word, nextWord)
        let secondPreviousShape = index > 1 ? sentence.shapes[index - 2] : beforeStart
        let secondNextShape = index + 2 < count ? sentence.shapes[index + 2] : afterEnd
        // The five shapes around the token are all these read: one group, summed once per window.
        let shapes = SIMD8<UInt64>(secondPreviousShape, previousShape, shape, nextShape, secondNextShape, 0, 0, 1)
        features.add(context: shapes) { sink in
            plain(&sink, .shape, shape)
            plain(&sink, .previousShape, previousShape)
            plain(&sink, .nextShape, nextShape)
            plain(&sink, .secondPreviousShape, secondPreviousShape)
            plain(&sink, .secondNextShape, secondNextShape)
            plain(&sink, .shapeBigramLeft, previousShape, shape)
            plain(&sink, .shapeBigramRight, shape, nextShape)
        }
        // Affixes of the lower-case key, 1–4 bytes, from words longer than the affix. The key is read once, and
        // each prefix's hash continues the one before it.
        features.add(word: 0, group: { sink in
            let key = tokens.tokenKey(index)
            var prefix = affixSeed
            for length in 1...4 {
                let offset = UInt64(length - 1)
                if key.count > length { prefix = affixStep(prefix, key[key.startIndex + length - 1]) }
                sink.add(word: 0) { key.count > length ? Mix64.combine(Template.prefix1.rawValue + offset, prefix) : nil }
                sink.add(word: 0) {
                    key.count > length
                        ? Mix64.combine(Template.suffix1.rawValue + offset, affixHash(key[(key.endIndex - length)...])) : nil
                }
            }
        })
        let casing = sentence.casing(at: index).rawValue
        let first: UInt64 = index == 0 ? 1 : 2
        let lexicon = UInt64(sentence.lexicon[index])
        let previousLexicon = index > 0 ? UInt64(sentence.lexicon[index - 1]) : 99
        let nextLexicon = index + 1 < count ? UInt64(sentence.lexicon[index + 1]) : 99
        let secondNextLexicon = index + 2 < count ? UInt64(sentence.lexicon[index + 2]) : 99
        let place = UInt64(sentence.places[index])
        let previousPlace = index > 0 ? UInt64(sentence.places[index - 1]) : 99
        let nextPlace = index + 1 < count ? UInt64(sentence.places[index + 1]) : 99
        // The token's shape, casing and place in the sentence and the dictionary and GeoNames matches around
        // it are all these read (each match value below 256): one group, summed once per such context.
        let matches = lexicon | previousLexicon << 8 | nextLexicon << 16 | secondNextLexicon << 24 | place << 32
            | previousPlace << 40 | nextPlace << 48
        features.add(context: SIMD8<UInt64>(shape, casing, first, matches, 0, 0, 0, 2)) { sink in
            // A capital at the start of a sentence is weak evidence; in a headline or a lower-case tweet, weaker.
            if index == 0 { plain(&sink, .firstInSentenceShape, shape) }
            plain(&sink, .casingShape, casing, shape)
            plain(&sink, .casingFirst, casing, first)
            plain(&sink, .lexicon, lexicon)
            plain(&sink, .previousLexicon, previousLexicon)
            plain(&sink, .nextLexicon, nextLexicon)
            plain(&sink, .lexiconShape, lexicon, shape)
            // "Yeltsin's Russia": what follows a possessive says what owns it.
            plain(&sink, .secondNextLexicon, secondNextLexicon)
            // GeoNames names (`NameTagPlaceMatches`): the longest one covering the token and its neighbours.
            plain(&sink, .place, place)
            plain(&sink, .placeShape, place, shape)
            plain(&sink, .previousPlace, previousPlace)
            plain(&sink, .nextPlace, nextPlace)
        }
        // One probe per word of the window answers every word list (`NameTagGazetteer`); the sink may keep the
        // answer per distinct word (`NameTagFeatureSink.classes(ofWord:_:_:)`). Words beyond the edge read none.
        let gazetteer = NameTagGazetteer.standard
        let lists = features.classes(ofWord: 0, word, gazetteer)
        let previousLists = index > 0 ? features.classes(ofWord: -1, previousWord, gazetteer) : 0
        let nextLists = index + 1 < count ? features.classes(ofWord: 1, nextWord, gazetteer) : 0
        let secondPreviousLists = index > 1 ? features.classes(ofWord: -2, tokens.keyHash(index - 2), gazetteer) : 0
        let secondNextLists = index + 2 < count ? features.classes(ofWord: 2, tokens.keyHash(index + 2), gazetteer) : 0
        let classes = UInt64(lists & NameTagGazetteer.nameKinds)
        add(word: 0, .gazetteerWord, edge: nil) { classes }
        add(.gazetteerWordShape, classes, shape)
        add(word: -1, .previousGazetteerWord, edge: 99) { UInt64(previousLists & NameTagGazetteer.nameKinds) }
        add(word: 1, .nextGazetteerWord, edge: 99) { UInt64(nextLists & NameTagGazetteer.nameKinds) }
        add(word: -1, .titleBefore, edge: nil) { previousLists & NameTagGazetteer.title != 0 ? 1 : nil }
        add(word: -2, .titleTwoBefore, edge: nil) { secondPreviousLists & NameTagGazetteer.title != 0 ? 1 : nil }
        add(word: 0, .organizationHead, edge: nil) { lists & NameTagGazetteer.organizationHead != 0 ? 1 : nil }
        add(word: 1, .organizationHeadNext, edge: nil) { nextLists & NameTagGazetteer.organizationHead != 0 ? 1 : nil }
        add(word: 2, .organizationHeadSecondNext, edge: nil) {
            secondNextLists & NameTagGazetteer.organizationHead != 0 ? 1 : nil
        }
        add(word: 0, .commonCapital, edge: nil) { lists & NameTagGazetteer.commonWord != 0 ? 1 : nil }
        add(word: 0, .particle, edge: nil) { lists & NameTagGazetteer.particle != 0 ? 1 : nil }
        features.add(previous: previous, beforePrevious: beforePrevious) { sink in
            addTagFeatures(previous: previous, beforePrevious: beforePrevious, into: &sink)
        }
        add(.previousTagWord, UInt64(previous.rawValue), word)
        add(.previousTagShape, UInt64(previous.rawValue), shape)
    }

    /// The features that read the two tags before a token and nothing else (`NameTagFeatureSink.add(previous:`
    /// `beforePrevious:_:)`).
    @inline(__always)
    static func addTagFeatures(previous: NameTag, beforePrevious: NameTag, into sink: inout some NameTagFeatureSink) {
        plain(&sink, .previousTag, UInt64(previous.rawValue))
        plain(&sink, .previousTwoTags, UInt64(beforePrevious.rawValue), UInt64(previous.rawValue))
    }

    /// A plain feature of a group (`NameTagFeatureSink.add(context:_:)`).
    @inline(__always)
    private static func plain(_ sink: inout some NameTagFeatureSink, _ template: Template, _ value: UInt64) {
        sink.add(Mix64.combine(template.rawValue, value))
    }

    @inline(__always)
    private static func plain(_ sink: inout some NameTagFeatureSink, _ template: Template, _ first: UInt64, _ second: UInt64) {
        sink.add(Mix64.combine(Mix64.combine(template.rawValue, first), second))
    }

    @inline(__always)
    static func affixHash(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        var hash = affixSeed
        for byte in bytes { hash = affixStep(hash, byte) }
        return hash
    }

    /// FNV-1a over an affix's bytes: its start, and one byte more.
    static let affixSeed: UInt64 = 0xcbf2_9ce4_8422_2325
    @inline(__always) static func affixStep(_ hash: UInt64, _ byte: UInt8) -> UInt64 { (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }

    /// The word's shape with runs collapsed, as a hash: "Tehran" → Xx, "NATO" → X, "U.S." → X.X., "1990s" →
    /// dx, "al-Assad" → x-Xx. Letters outside ASCII count as lower case except a capital that starts the token.
    public static func shape(_ text: ArraySlice<UInt8>, capitalized: Bool) -> UInt64 {
        shape(text.span, 0..<text.count, capitalized: capitalized)
    }

    @inline(__always)
    static func shape(_ bytes: Span<UInt8>, _ range: Range<Int>, capitalized: Bool) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var last: UInt8 = 0
        var first = true
        var length = 0
        // The word's own bytes, checked against the text once: each byte read below is then in bounds.
        let word = bytes.extracting(range)
        for position in 0..<word.count {
            let byte = word[position]
            let symbol: UInt8
            if byte &- 65 < 26 {
                symbol = 88  // X
            } else if byte &- 97 < 26 {
                symbol = 120  // x
            } else if byte &- 48 < 10 {
                symbol = 100  // d
            } else if byte >= 0xC0 {
                symbol = first && capitalized ? 88 : 120
            } else if byte >= 0x80 {
                continue  // UTF-8 continuation byte
            } else {
                symbol = byte
            }
            first = false
            guard symbol != last else { continue }
            last = symbol
            length += 1
            // Long shapes say no more than their first few symbols.
            if length > 6 { break }
            hash = (hash ^ UInt64(symbol)) &* 0x0000_0100_0000_01b3
        }
        return hash
    }
}
