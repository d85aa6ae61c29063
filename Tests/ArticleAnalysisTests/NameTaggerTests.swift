@testable import ArticleAnalysis
import Testing

@Suite struct NameTaggerTests {
    /// The features of token `index` of `text` (no dictionary matches unless given, previous tags outside).
    private func features(
        _ text: String, _ index: Int, lexicon: [(tokens: Range<Int>, kind: EntityKind)] = [], previous: NameTag = .outside
    ) -> Set<UInt64> {
        let tokens = WordTokenizer.tokens(of: text)
        var result: [UInt64] = []
        NameTagFeatures.extract(
            tokens, NameTagSentence(tokens, lexiconMentions: lexicon), at: index, previous: previous,
            beforePrevious: .outside, into: &result)
        return Set(result)
    }

    private func feature(_ template: NameTagFeatures.Template, _ value: UInt64) -> UInt64 {
        Mix64.combine(template.rawValue, value)
    }

    private func shape(_ word: String) -> UInt64 { NameTagFeatures.shape(ArraySlice(word.utf8), capitalized: word.first?.isUppercase ?? false) }

    @Test func shapesCollapseRunsOfLettersAndDigits() {
        #expect(shape("Tehran") == shape("Moscow"))
        #expect(shape("NATO") == shape("UN"))
        #expect(shape("U.S.") == shape("E.U."))
        #expect(shape("1990") == shape("12"))
        #expect(shape("al-Assad") == shape("el-Sisi"))
        #expect(Set([shape("Tehran"), shape("NATO"), shape("U.S."), shape("1990"), shape("al-Assad"), shape("iPhone")]).count == 6)
        #expect(shape("Érik") == shape("Tehran"))
    }

    @Test func wordAffixesAndNeighbours() {
        let kwame = features("Officials said Kwame Mensah arrived yesterday .", 2)
        #expect(kwame.contains(feature(.word, TokenHash.of("kwame"))))
        #expect(kwame.contains(feature(.previousWord, TokenHash.of("said"))))
        #expect(kwame.contains(feature(.secondPreviousWord, TokenHash.of("officials"))))
        #expect(kwame.contains(feature(.nextWord, TokenHash.of("mensah"))))
        #expect(kwame.contains(feature(.secondNextWord, TokenHash.of("arrived"))))
        #expect(kwame.contains(feature(.shape, shape("Kwame"))))
        #expect(kwame.contains(feature(.nextShape, shape("Mensah"))))
        #expect(kwame.contains(Mix64.combine(NameTagFeatures.Template.prefix3.rawValue, NameTagFeatures.affixHash(ArraySlice("kwa".utf8)))))
        #expect(kwame.contains(Mix64.combine(NameTagFeatures.Template.suffix2.rawValue, NameTagFeatures.affixHash(ArraySlice("me".utf8)))))
        // Three words away is outside the window: changing it changes nothing.
        #expect(kwame == features("Officials said Kwame Mensah arrived today .", 2))
        #expect(kwame != features("Officials said Kwame Mensah left yesterday .", 2))
    }

    @Test func positionAndSentenceCasing() {
        let first = features("Kwame arrived in Accra on Monday .", 0)
        let inside = features("Yesterday Kwame arrived in Accra .", 1)
        #expect(first.contains(feature(.firstInSentenceShape, shape("Kwame"))))
        #expect(!inside.contains(feature(.firstInSentenceShape, shape("Kwame"))))
        let tokens = WordTokenizer.tokens(of: "PRESIDENT ARRIVES IN ACCRA FOR TALKS")
        #expect(NameTagSentence(tokens, lexiconMentions: []).casing == .allCaps)
        #expect(NameTagSentence(WordTokenizer.tokens(of: "omg just landed in accra"), lexiconMentions: []).casing == .lowercase)
        #expect(NameTagSentence(WordTokenizer.tokens(of: "Officials met in Accra on Monday ."), lexiconMentions: []).casing == .normal)
    }

    @Test func dictionaryTitleAndOrganisationWords() {
        let plain = features("He met Mensah in Accra .", 2)
        let titled = features("He met Mr. Mensah in Accra .", 3)
        #expect(titled.contains(feature(.titleBefore, 1)) && !plain.contains(feature(.titleBefore, 1)))
        let authority = features("the Ghana Ports Authority said", 1)
        #expect(authority.contains(feature(.organizationHeadSecondNext, 1)))
        let matched = features("He flew to Accra .", 3, lexicon: [(3..<4, .location)])
        #expect(matched.contains(feature(.lexicon, 1 + 2 * UInt64(EntityKind.allCases.firstIndex(of: .location)!))))
        #expect(!features("He flew to Accra .", 3).contains(feature(.lexicon, 1 + 2 * UInt64(EntityKind.allCases.firstIndex(of: .location)!))))
        #expect(features("He met Mensah .", 2, previous: .beginPerson).contains(feature(.previousTag, UInt64(NameTag.beginPerson.rawValue))))
    }

    @Test func bioDecodingIsAlwaysValid() {
        // Inside tags only continue their own kind, whatever the scores.
        for previous in NameTag.allCases {
            for favourite in NameTag.allCases {
                let (tag, margin) = NameTagger.best(previous: previous) { $0 == favourite ? 10 : 0 }
                #expect(tag.canFollow(previous))
                #expect(margin >= 0)
                if favourite.canFollow(previous) { #expect(tag == favourite) }
            }
        }
        let spans = NameTagSpan.spans(
            of: [.beginPerson, .insidePerson, .outside, .beginLocation, .beginLocation, .insideLocation], margins: [1, 2, 9, 3, 4, 5])
        #expect(spans == [
            NameTagSpan(tokens: 0..<2, kind: .person, margin: 1), NameTagSpan(tokens: 3..<4, kind: .location, margin: 3),
            NameTagSpan(tokens: 4..<6, kind: .location, margin: 4),
        ])
        let text = "Officials said Kwame Mensah , a spokesman for the Ghana Ports Authority , arrived in Takoradi ."
        let tokens = WordTokenizer.tokens(of: text)
        let tags = NameTagger.standard.tags(tokens, NameTagSentence(tokens, lexiconMentions: [])).tags
        for index in tags.indices { #expect(tags[index].canFollow(index == 0 ? .outside : tags[index - 1])) }
    }

    @Test func corpusWordsAlignToTokens() {
        let aligned = NameTagAlignment.align(
            words: ["The", "U.S.-based", "firm", "Acme", "Corp.", "hired", "Kwame"],
            tags: [.outside, .beginLocation, .outside, .beginOrganization, .insideOrganization, .outside, .insidePerson])
        #expect(aligned.tags.count == aligned.tokens.count)
        #expect(aligned.tags.last == .beginPerson)  // IOB1-style inside after outside begins a span
        #expect(aligned.tags.first == .outside)
    }

    @Test func shippedModelLoadsAndRoundTrips() throws {
        #expect(NameTagger.standard.model.featureCount > 10_000)
        let weights: [(feature: UInt64, weights: [Float])] = [
            (0x1234_5678_0000_0001, [0, 1.5, 0, 0, -0.5, 0, 0.01]), (0xFFFF_0000_0000_0002, [2, 0, 0, 0, 0, 0, 0]),
        ]
        let model = try NameTagModel(base64: Base64.encode(NameTagModel.encode(weights, threshold: 0.05)))
        #expect(model.featureCount == 2)
        var scores: (Int32, Int32, Int32, Int32, Int32, Int32, Int32) = (0, 0, 0, 0, 0, 0, 0)
        model.accumulate(0x1234_5678_0000_0001, into: &scores)
        #expect(abs(Float(scores.1) * model.scale - 1.5) < 0.001 && abs(Float(scores.4) * model.scale + 0.5) < 0.001)
        #expect(scores.6 == 0 && scores.0 == 0)
        #expect(throws: NameTagModel.DecodingError.notAModel) { try NameTagModel(bytes: Array("nope, not a model".utf8)) }
        #expect(throws: NameTagModel.DecodingError.truncated) { try NameTagModel(bytes: Array(NameTagModel.encode(weights, threshold: 0).dropLast(3))) }
    }

    @Test func base64DecodesEveryLengthWrappedOrNot() {
        let bytes = (0..<40).map { UInt8(truncatingIfNeeded: $0 &* 97 &+ 13) }
        for length in 0...bytes.count {
            let prefix = Array(bytes.prefix(length))
            let encoded = Base64.encode(prefix)
            #expect(Base64.decode(encoded) == prefix)
            // Wrapped into indented lines of 7 symbols, as a generated literal may be.
            let symbols = Array(encoded)
            let lines = stride(from: 0, to: symbols.count, by: 7).map { String(symbols[$0..<min($0 + 7, symbols.count)]) }
            #expect(Base64.decode(lines.joined(separator: "\n    ")) == prefix)
        }
    }

    @Test func bundledWordClassesAreThoseOfTheLexiconRows() {
        // `standard` is read in the entity lexicon's pass over its rows; reading the rows alone gives the same table.
        let fromRows = NameTagGazetteer(rows: EntityLexicon.rows)
        #expect(fromRows.count > 20_000)
        #expect(NameTagGazetteer.standard.storedEntries == fromRows.storedEntries)
    }

    @Test func unseenNamesInANewsSentence() {
        let recognizer = EntityRecognizer()
        let found = ArticleEntity.aggregate(recognizer.recognize(sentences: [
            "Officials said Kwame Mensah, a spokesman for the Ghana Ports Authority, arrived in Takoradi.",
        ]))
        #expect(found.contains { $0.kind == .person && $0.name == "Kwame Mensah" })
        #expect(found.contains { $0.kind == .organization && $0.name.hasSuffix("Ports Authority") })
        #expect(found.contains { $0.kind == .location && $0.name == "Takoradi" })
    }

    @Test func seedPersonsBeyondTheDictionaries() throws {
        let text = try SharedData.text("seeds/002_ad51de1e5cf64859.txt")
        let sentences = text.split(separator: "\n").map(String.init)
        let found = ArticleEntity.aggregate(EntityRecognizer().recognize(sentences: sentences))
        #expect(found.contains { $0.kind == .person && $0.name == "Imad Mughniyeh" })
        #expect(found.contains { $0.kind == .person && $0.aliases.contains("Yeltsin") })
    }

    @Test func dictionaryRulesAndTaggerVote() {
        let tokens = WordTokenizer.tokens(of: "Iran and Acme Widgets met Kwame Mensah in Takoradi")
        func mention(_ range: Range<Int>, _ kind: EntityKind, code: String = "") -> EntityMention {
            let surface = EntityRecognizer.surface(tokens, range)
            return EntityMention(sentence: 0, tokens: range, surface: surface, kind: kind, name: surface, code: code, country: "", role: nil)
        }
        let dictionary = [mention(0..<1, .country, code: "IRN")]
        let rules = dictionary + [mention(2..<4, .person)]
        let spans = [
            NameTagSpan(tokens: 0..<1, kind: .person, margin: 50), NameTagSpan(tokens: 2..<4, kind: .organization, margin: 5),
            NameTagSpan(tokens: 5..<7, kind: .person, margin: 3), NameTagSpan(tokens: 8..<9, kind: .location, margin: 0.5, touchesKnownPlace: true),
        ]
        let merged = NameTagVote(newSpanMargin: 1, retypeMargin: 2).merge(
            mentions: rules, dictionary: dictionary, spans: spans, tokens: tokens, sentence: 0)
        #expect(merged.map(\.name) == ["Iran", "Acme Widgets", "Kwame Mensah"])
        #expect(merged.map(\.kind) == [.country, .organization, .person])
        #expect(merged[0].code == "IRN")
        let lenient = NameTagVote(newSpanMargin: 0, retypeMargin: 10).merge(
            mentions: rules, dictionary: dictionary, spans: spans, tokens: tokens, sentence: 0)
        #expect(lenient.map(\.kind) == [.country, .person, .person, .location])
    }

    @Test func aHeadlineInCapitalsIsReadByItsWords() {
        let text = "RUSSIA 'S YELTSIN SACKS A GENERAL MOSCOW 1996-08-30 President Boris Yeltsin on Friday sacked NATO envoys ."
        let tokens = WordTokenizer.tokens(of: text)
        let sentence = NameTagSentence(tokens, lexiconMentions: [])
        let index = { (word: String) in tokens.indices.first { tokens.text($0) == word }! }
        for word in ["RUSSIA", "YELTSIN", "SACKS", "A", "GENERAL", "MOSCOW"] {
            #expect(sentence.inCapsRun[index(word)], "\(word)")
            #expect(sentence.shapes[index(word)] == NameTagSentence.capsLineShape)
        }
        // A lone acronym in running text keeps its shape; the sentence as a whole is not a headline.
        for word in ["President", "Boris", "NATO"] { #expect(!sentence.inCapsRun[index(word)], "\(word)") }
        #expect(sentence.shapes[index("NATO")] == shape("NATO"))
        #expect(sentence.casing != .allCaps && sentence.casing(at: index("President")) != .allCaps)
        #expect(sentence.casing(at: index("YELTSIN")) == .allCaps)
        // A rule-made name all inside the headline gives way to the tagger's spans there.
        let rule = EntityMention(
            sentence: 0, tokens: 2..<6, surface: "YELTSIN SACKS A GENERAL", kind: .person, name: "YELTSIN SACKS A GENERAL", code: "",
            country: "", role: nil)
        let merged = NameTagVote(newSpanMargin: 1).merge(
            mentions: [rule], dictionary: [], spans: [NameTagSpan(tokens: 2..<3, kind: .person, margin: 30)], tokens: tokens,
            sentence: 0, capsRun: sentence.inCapsRun)
        #expect(merged.map(\.surface) == ["YELTSIN"])
    }

    @Test func taggerNamesSplitARuleRunJoinedAtAConnector() {
        let tokens = WordTokenizer.tokens(of: "It has plants in Wolfsburg and Emden .")
        let rule = EntityMention(
            sentence: 0, tokens: 4..<7, surface: "Wolfsburg and Emden", kind: .person, name: "Wolfsburg and Emden", code: "",
            country: "", role: nil)
        let spans = [NameTagSpan(tokens: 4..<5, kind: .location, margin: 3), NameTagSpan(tokens: 6..<7, kind: .location, margin: 2)]
        let merged = NameTagVote().merge(mentions: [rule], dictionary: [], spans: spans, tokens: tokens, sentence: 0)
        #expect(merged.map(\.surface) == ["Wolfsburg", "Emden"])
        #expect(merged.allSatisfy { $0.kind == .location })
        // One tagger name inside keeps the rules' extent.
        let one = NameTagVote().merge(mentions: [rule], dictionary: [], spans: Array(spans.prefix(1)), tokens: tokens, sentence: 0)
        #expect(one.map(\.surface) == ["Wolfsburg and Emden"])
    }

    @Test func gazetteerNamesAreFeatures() {
        let tokens = WordTokenizer.tokens(of: "He flew from Des Moines to Takoradi on Monday .")
        let places = NameTagSentence(tokens, lexiconMentions: []).places
        #expect(places[3] != 0 && places[4] == places[3] + 1)  // "Des Moines": first and later token of one name
        #expect(places[6] != 0)
        #expect(places[0] == 0 && places[1] == 0 && places[5] == 0)
        let takoradi = features("He flew from Des Moines to Takoradi on Monday .", 6)
        #expect(takoradi.contains(feature(.place, UInt64(places[6]))))
        #expect(takoradi.contains(feature(.previousPlace, 0)))
    }

    @Test func oneNameOneTypePerDocument() {
        func sentence(_ text: String, _ mentions: [(Range<Int>, EntityKind, String)]) -> SentenceEntities {
            let tokens = WordTokenizer.tokens(of: text)
            return SentenceEntities(
                tokens: tokens,
                mentions: mentions.map { range, kind, code in
                    let surface = EntityRecognizer.surface(tokens, range)
                    return EntityMention(sentence: 0, tokens: range, surface: surface, kind: kind, name: surface, code: code, country: "", role: nil)
                })
        }
        var document = [
            sentence("Kwame Mensah joined Acme Widgets in Accra .", [(0..<2, .person, ""), (3..<5, .organization, ""), (6..<7, .location, "")]),
            sentence("Acme Widgets said profits rose .", [(0..<2, .organization, "")]),
            sentence("Mensah told Acme Widgets staff .", [(0..<1, .location, ""), (2..<4, .person, "")]),
            sentence("ACME WIDGETS HIRES MENSAH", []),
            sentence("The rally went on .", []),
        ]
        NameTagConsistency.apply(&document)
        let third = document[2].mentions
        #expect(third.map(\.kind) == [.person, .organization])
        #expect(third.first?.name == "Kwame Mensah")
        let headline = document[3].mentions
        #expect(headline.map(\.tokens) == [0..<2, 3..<4])
        #expect(headline.map(\.kind) == [.organization, .person])
        #expect(headline.last?.name == "Kwame Mensah")
        #expect(document[4].mentions.isEmpty)
        // A dictionary name keeps its type and code; a tie between two types changes nothing.
        var coded = [
            sentence("Georgia beat Acme .", [(0..<1, .country, "GEO"), (2..<3, .organization, "")]),
            sentence("Georgia and Acme .", [(0..<1, .country, "GEO"), (2..<3, .person, "")]),
        ]
        NameTagConsistency.apply(&coded)
        #expect(coded.flatMap(\.mentions).map(\.kind) == [.country, .organization, .country, .person])
        #expect(coded.flatMap(\.mentions).filter { $0.kind == .country }.allSatisfy { $0.code == "GEO" })
    }
}
