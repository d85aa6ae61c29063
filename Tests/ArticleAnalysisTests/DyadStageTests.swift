import ArticleAnalysis
import Foundation
import Testing

@Suite struct DyadStageTests {
    private func analyze(_ text: String, language: String? = nil) throws -> AnalysisRecord {
        let pipeline = try AnalysisPipeline.standard()
        guard case let .analyzed(record) = pipeline.analyze(
            Article(name: "seed", bytes: Array(text.utf8), receivedAt: Date(timeIntervalSince1970: 0)), options: AnalysisOptions())
        else { throw StageFailure(.internal, "not analyzed") }
        return record
    }

    /// Mean Goldstein and cooperation share of the Iran–Russia events, both directions.
    private func iranRussia(_ record: AnalysisRecord) throws -> (goldstein: Double, cooperation: Double, events: Int) {
        guard case let .array(dyads)? = record.json["dyads"] else { throw StageFailure(.internal, "no dyads") }
        var sum = 0.0, events = 0, cooperation = 0
        for dyad in dyads {
            guard case let .string(source)? = dyad["source"], case let .string(target)? = dyad["target"],
                Set([source, target]) == ["IRN", "RUS"], case let .int(count)? = dyad["events"],
                case let .double(goldstein)? = dyad["goldstein"], case let .int(coop)? = dyad["cooperation"]
            else { continue }
            sum += goldstein * Double(count)
            events += count
            cooperation += coop
        }
        return (sum / Double(max(events, 1)), Double(cooperation) / Double(max(events, 1)), events)
    }

    @Test func strategicPartnershipIsMoreCooperativeThanNotNaturalAllies() throws {
        let partnership = try iranRussia(analyze(SharedData.text("seeds/003_55d04feb3a4e1a7e.txt")))
        let notAllies = try iranRussia(analyze(SharedData.text("seeds/004_06d0ec6ae6a1f917.txt")))
        #expect(partnership.events >= 5 && notAllies.events >= 2)
        #expect(partnership.goldstein > notAllies.goldstein + 1.5)
        #expect(partnership.cooperation > notAllies.cooperation)
    }

    @Test func recordCarriesEntitiesThemesAndDyads() throws {
        let record = try analyze("Russia has supplied Iran with missiles despite sanctions. Western sanctions hit Iran's oil exports.")
        guard case let .array(entities)? = record.json["entities"], case let .array(themes)? = record.json["themes"],
            case let .array(dyads)? = record.json["dyads"]
        else { Issue.record("sections missing"); return }
        #expect(entities.count == 2)
        #expect(themes.contains { $0["theme"] == .string("SANCTIONS") })
        #expect(dyads.first?["source"] == .string("RUS"))
    }

    /// The entities stage is skipped for French, and the dyads stage, which needs its output, is skipped
    /// with it: one warning, no second "needs entities" one.
    @Test func skipsOtherLanguagesWithAWarning() throws {
        let pipeline = try AnalysisPipeline(stages: [
            PresetSentencesStage(["La Russie soutient l'Iran."], language: "fr"), EntityStage(), DyadStage(),
        ])
        let article = Article(name: "fr", bytes: [], receivedAt: Date(timeIntervalSince1970: 0))
        guard case let .analyzed(record) = pipeline.analyze(article, options: AnalysisOptions()) else {
            Issue.record("expected a record")
            return
        }
        #expect(record.json["entities"] == .array([]))
        #expect(record.json["dyads"] == .array([]))
        #expect(record.warnings == ["entities: skipped for language 'fr', the lexicons are English"])
    }
}

@Suite struct PetrarchUnitTestRecordsTests {
    /// PETRARCH2's own unit-test sentences, coded with its validation dictionaries, from the text alone.
    @Test func reproducesMostGoldCodings() throws {
        let directory = "data/petrarch2-cameo/"
        let recognizer = EntityRecognizer(
            lexicon: TabariActorDictionary.lexicon(actors: try SharedData.text(directory + "PETR.Validate.actors.txt")),
            usesRules: false)
        let coder = EventCoder(verbs: CameoVerbDictionary(text: try SharedData.text(directory + "PETR.Validate.verbs.txt")))
        let xml = try SharedData.text(directory + "PETR.UnitTest.records.xml")
        var gold = 0, hits = 0
        for chunk in xml.components(separatedBy: "<Sentence ").dropFirst() {
            guard let open = chunk.range(of: "<Text>"), let close = chunk.range(of: "</Text>") else { continue }
            let text = chunk[open.upperBound..<close.lowerBound].split(whereSeparator: \.isWhitespace).joined(separator: " ")
            let events = coder.events(in: recognizer.recognize(sentences: [text])[0], index: 0)
            for coding in chunk.components(separatedBy: "<EventCoding ").dropFirst() {
                let fields = coding.split(separator: "\"")
                guard fields.count >= 6 else { continue }
                gold += 1
                if events.contains(where: {
                    $0.source.prefix(3) == fields[1].prefix(3) && $0.target.prefix(3) == fields[3].prefix(3)
                        && $0.code.root == String(fields[5].prefix(2))
                }) { hits += 1 }
            }
        }
        #expect(gold > 300)
        #expect(Double(hits) / Double(gold) >= 0.5)
    }
}
