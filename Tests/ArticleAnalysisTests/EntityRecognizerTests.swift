import ArticleAnalysis
import Foundation
import Testing

@Suite struct EntityRecognizerTests {
    let recognizer = EntityRecognizer()

    private func entities(_ sentences: [String]) -> [ArticleEntity] {
        ArticleEntity.aggregate(recognizer.recognize(sentences: sentences))
    }

    @Test func countriesByNameDemonymCapitalAndSeatOfPower() {
        let found = entities([
            "Tehran is disappointed with the Kremlin.", "Iranian officials met the United States envoy in Washington.",
            "Russia's pace angered Iranians, and the U.S. watched.",
        ])
        let iran = found.first { $0.code == "IRN" }
        #expect(iran?.name == "Iran")
        #expect(Set(iran?.aliases ?? []) == ["Tehran", "Iranian", "Iranians"])
        #expect(found.first { $0.code == "RUS" }?.aliases == ["Kremlin", "Russia"] || found.first { $0.code == "RUS" }?.aliases == ["the Kremlin", "Russia"])
        #expect(found.first { $0.code == "USA" }?.mentions == 3)
    }

    @Test func acronymsNeedCapitals() {
        let found = entities(["They told us that the US would act."])
        #expect(found.map(\.name) == ["United States"])
    }

    @Test func peopleWithTitlesRolesAndSurnames() {
        let found = entities([
            "Russian President Vladimir Putin and Iranian President Hassan Rouhani met.",
            "The two nations are not natural allies, writes Dr Majid Rafizadeh.", "Rafizadeh adds that Putin wants leverage.",
        ])
        let putin = found.first { $0.name == "Vladimir Putin" }
        #expect(putin?.kind == .person && putin?.country == "RUS" && putin?.role == "President" && putin?.mentions == 2)
        let writer = found.first { $0.name == "Majid Rafizadeh" }
        #expect(writer?.role == "Dr" && writer?.mentions == 2)
        #expect(found.first { $0.name == "Hassan Rouhani" }?.country == "IRN")
    }

    @Test func organisationsAndPlaces() {
        let found = entities([
            "Russia shielded Tehran at the UN Security Council and in OPEC.",
            "A nuclear policy expert at the Carnegie Endowment for International Peace visited Bushehr.",
            "A pro-Iranian Hezbollah leader flew to Aleppo with the Russian Air Force.",
        ])
        #expect(found.contains { $0.name == "UN Security Council" && $0.kind == .organization })
        #expect(found.contains { $0.name == "OPEC" && $0.kind == .organization })
        #expect(found.contains { $0.name == "Carnegie Endowment for International Peace" && $0.kind == .organization })
        #expect(found.contains { $0.name == "Bushehr" && $0.kind == .location && $0.country == "IRN" })
        #expect(found.contains { $0.name == "Aleppo" && $0.kind == .location && $0.country == "SYR" })
        #expect(found.contains { $0.name == "Hezbollah" && $0.country == "LBN" })
        #expect(found.contains { $0.name == "Russian Air Force" && $0.country == "RUS" })
    }

    /// The hand-labelled seed paragraphs: the recogniser must find most of what a reader marked.
    @Test func labelledSeedParagraphs() throws {
        let items = try #require(try JSONSerialization.jsonObject(with: SharedData.fixture("entities-labelled.json")) as? [[String: Any]])
        var gold = 0
        var found = 0
        for item in items {
            let text = try #require(item["text"] as? String)
            let sentences = text.split(separator: "\n").map(String.init)
            let names = Set(entities(sentences).flatMap { [$0.name.lowercased()] + $0.aliases.map { $0.lowercased() } })
            for entity in item["entities"] as? [[String: Any]] ?? [] {
                gold += 1
                let labels = [(entity["name"] as? String ?? "")] + (entity["aliases"] as? [String] ?? [])
                if labels.contains(where: { names.contains($0.lowercased()) }) { found += 1 }
            }
        }
        #expect(gold >= 50)
        #expect(Double(found) / Double(gold) >= 0.9)
    }
}
